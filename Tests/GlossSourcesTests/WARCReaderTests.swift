import Foundation
import GlossCore
@testable import GlossSources
import Testing

@Suite struct WARCReaderTests {
    @Test func claimsPlainAndCompressedWARCAndARC() {
        let fixtures = XMLFixtures()
        let warc = fixtures.write("a.warc", WARCFixtures.threePages)
        let warcGz = fixtures.write("a.warc.gz", bytes: GzipFixtures.gzip(WARCFixtures.threePages))
        let arc = fixtures.write("a.arc", "filedesc://a.arc 0.0.0.0 20080430204825 text/plain 0\n\n")
        #expect(XMLFixtures.inputs(WARCReader(), warc)?.count == 3)
        #expect(XMLFixtures.inputs(WARCReader(), warcGz)?.count == 3)
        #expect(XMLFixtures.inputs(WARCReader(), arc) != nil)
    }

    @Test func leavesOtherFilesToOtherReaders() {
        let fixtures = XMLFixtures()
        #expect(XMLFixtures.inputs(WARCReader(), fixtures.write("page.html.gz", bytes: GzipFixtures.gzip("<p>hi</p>"))) == nil)
        #expect(XMLFixtures.inputs(WARCReader(), fixtures.write("notes.txt", "WARC is an archive format")) == nil)
    }

    @Test func standardReadersAskWARCBeforeGzip() throws {
        let names = Readers.standard.map(\.name)
        let warc = try #require(names.firstIndex(of: "warc"))
        let gzip = try #require(names.firstIndex(of: "gzip"))
        #expect(warc < gzip)
    }

    @Test func theHTTPContentLanguageBecomesTheLanguage() throws {
        let fixtures = XMLFixtures()
        let block = WARCFixtures.http("<p>Guten Tag</p>", extraHeaders: "Content-Language: de-DE, en\r\n")
        let path = fixtures.write("lang.warc", WARCFixtures.record("response", block: block))
        let inputs = try #require(XMLFixtures.inputs(WARCReader(), path))
        #expect(inputs.first?.metadata.language == "de-DE")
    }
}
