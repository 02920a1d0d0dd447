import Foundation
import GlossCore
import GlossSources
import GlossTestSupport
import Testing

@Suite struct JSONLinesReaderTests {
    func inputs(_ path: String) -> [DocumentInput]? {
        (JSONLinesReader().inputs(path: path, head: [], limits: ContainerLimits())).map(Array.init)
    }

    @Test func claimsFilesByTheirExtensionAlone() throws {
        let directory = TemporaryDirectory()
        let json = directory.write("a.NDJSON", "WARC/1.0\n")
        let text = directory.write("a.txt", "{\"text\": \"x\"}\n")
        #expect(inputs(json)?.map(\.id) == [json + ":1"])
        #expect(inputs(text) == nil)
    }

    @Test func eachLineIsAnInputParsedWhenRead() throws {
        let directory = TemporaryDirectory()
        let path = directory.write(
            "d.jsonl",
            #"{"id": 42, "html": "<p>x</p>", "url": "https://e.org/a", "authors": ["A", "B"], "lang": "en"}"# + "\n \r\n"
                + #"{"text": "plain", "title": "T"}"# + "\n" + #"{"title": "no body"}"# + "\nnot json")
        let all = try #require(inputs(path))
        #expect(all.map(\.id) == [path + ":1", path + ":3", path + ":4", path + ":5"])
        #expect(all.allSatisfy { $0.origin == path && $0.source == path })
        let first = try all[0].makeDocument(textIsGiven: false, maxBytes: 1000)
        #expect(first.id == "42" && first.raw == Array("<p>x</p>".utf8))
        #expect(first.metadata.url == "https://e.org/a" && first.metadata.authors == ["A", "B"])
        #expect(first.metadata.language == "en" && first.metadata.contentType == "text/html")
        let second = try all[1].makeDocument(textIsGiven: true, maxBytes: 1000)
        #expect(second.id == path + ":3" && second.text == "plain" && second.metadata.title == "T")
        #expect(second.metadata.contentType == nil)
        for (input, message) in [(all[2], #"record has no "text" or "html" string field"#), (all[3], "line is not valid JSON")] {
            let failure = #expect(throws: DocumentFailure.self) { _ = try input.makeDocument(textIsGiven: false, maxBytes: 100) }
            #expect(failure?.code == .jsonlInvalid && failure?.message.hasPrefix(message) == true)
        }
    }

    @Test func aFileWithoutRecordsIsOneError() throws {
        let directory = TemporaryDirectory()
        let blank = directory.write("blank.jsonl", "\n  \n")
        let all = try #require(inputs(blank))
        #expect(all.count == 1 && all[0].id == blank)
        guard case .unreadable(_, let code) = all[0].payload else { Issue.record("expected an error input"); return }
        #expect(code == .jsonlEmpty)
    }

    @Test func readsADescriptorSuchAsStandardInput() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let line = Array("{\"text\": \"from a pipe\"}\n".utf8)
        #expect(line.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == line.count)
        close(ends[1])
        defer { close(ends[0]) }
        let all = Array(JSONLinesReader().inputs(descriptor: ends[0], path: "-"))
        #expect(all.map(\.id) == ["-:1"])
        #expect(try all[0].makeDocument(textIsGiven: true, maxBytes: 100).text == "from a pipe")
    }
}
