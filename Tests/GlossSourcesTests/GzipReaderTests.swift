import Foundation
import GlossCore
@testable import GlossSources
import Testing

@Suite struct GzipReaderTests {
    @Test func yieldsOneDeferredInputThatDecompresses() throws {
        let fixtures = XMLFixtures()
        let path = fixtures.write("page.html.gz", bytes: GzipFixtures.members(["<p>one</p>", "<p>two</p>"]))
        let inputs = try #require(XMLFixtures.inputs(GzipReader(), path))
        #expect(inputs.count == 1)
        #expect(inputs[0].id == path)
        #expect(inputs[0].metadata.contentType == "text/html")
        let document = try inputs[0].makeDocument(textIsGiven: true, maxBytes: 1 << 20)
        #expect(document.text == "<p>one</p><p>two</p>")
    }

    @Test func doesNotClaimPlainFiles() {
        let fixtures = XMLFixtures()
        #expect(XMLFixtures.inputs(GzipReader(), fixtures.write("plain.gz", "not gzip")) == nil)
    }

    @Test func truncatedFileFailsWhenReadWithTheOffset() throws {
        let fixtures = XMLFixtures()
        let whole = GzipFixtures.gzip(GzipFixtures.noise(20_000))
        let path = fixtures.write("notes.txt.gz", bytes: Array(whole.prefix(300)))
        let inputs = try #require(XMLFixtures.inputs(GzipReader(), path))
        #expect(inputs.count == 1)
        #expect(inputs[0].metadata.contentType == "text/plain")
        #expect {
            _ = try inputs[0].makeDocument(textIsGiven: true, maxBytes: 1 << 20)
        } throws: { error in
            "\(error)".contains("truncated gzip stream at byte 300")
        }
    }

    @Test func overTheLimitFails() throws {
        let fixtures = XMLFixtures()
        let path = fixtures.write("big.txt.gz", bytes: GzipFixtures.gzip(GzipFixtures.noise(5_000)))
        let inputs = try #require(XMLFixtures.inputs(GzipReader(), path))
        #expect(throws: DocumentFailure.self) { try inputs[0].makeDocument(textIsGiven: true, maxBytes: 1_000) }
    }

    @Test(arguments: [
        ("a/page.html.gz", "text/html"), ("feed.XML.gz", "application/xml"), ("notes.txt.gz", "text/plain"),
        ("page.xhtml.gz", "application/xhtml+xml"),
    ])
    func contentTypeComesFromTheInnerExtension(path: String, type: String) {
        #expect(GzipReader.contentType(path: path) == type)
    }

    @Test func unknownInnerExtensionHasNoContentType() {
        #expect(GzipReader.contentType(path: "archive.gz") == nil)
        #expect(GzipReader.contentType(path: "data.bin.gz") == nil)
    }
}
