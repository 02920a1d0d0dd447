import Foundation
import GlossCore
@testable import GlossSinks
import GlossTestSupport
import Testing

@Suite struct RecordEncoderTests {
    func parse(_ bytes: [UInt8]) throws -> [String: Any] {
        #expect(bytes.last == 10)
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func documentsCarrySpansInBytesAndCharacters() throws {
        var document = Document(id: "d1", source: "a.txt", text: "Año nuevo")
        try SpaceTokenizer().process(&document)
        try document.setSentences([Sentence(span: Span(start: 0, end: 10), tokens: 0..<2)])
        document.metadata.title = "T"
        document.diagnostics.append(Diagnostic(stage: "s", message: "m", count: 2))
        let object = try parse(RecordEncoder(includeTokens: true).encode(.document(document)))
        #expect(object["id"] as? String == "d1")
        #expect(object["text"] as? String == "Año nuevo")
        #expect((object["metadata"] as? [String: Any])?["title"] as? String == "T")
        let stats = try #require(object["stats"] as? [String: Int])
        #expect(stats == ["bytes": 10, "characters": 9, "tokens": 2, "sentences": 1])
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        #expect(tokens[1]["span"] as? [Int] == [5, 10])
        #expect(tokens[1]["chars"] as? [Int] == [4, 9])
        #expect(tokens[1]["kind"] as? String == "word")
        #expect(tokens[1]["source"] == nil)  // the text was not rewritten
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences[0]["tokens"] as? [Int] == [0, 2])
        #expect((object["diagnostics"] as? [[String: Any]])?.first?["count"] as? Int == 2)
    }

    @Test func tokensAndTextOnlyOnRequest() throws {
        var document = Document(id: "d", text: "a b")
        try SpaceTokenizer().process(&document)
        let object = try parse(RecordEncoder(includeText: false).encode(.document(document)))
        #expect(object["tokens"] == nil && object["text"] == nil)
    }

    @Test func rewrittenTextGivesSourceSpans() throws {
        var document = Document(id: "d", raw: Array("xx ab".utf8))
        var builder = OffsetMap.Builder()
        builder.replace(source: 3, target: 0)
        builder.copy(2)
        try document.replaceText("ab", map: builder.build())
        try SpaceTokenizer().process(&document)
        let object = try parse(RecordEncoder(includeTokens: true).encode(.document(document)))
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        #expect(tokens[0]["source"] as? [Int] == [3, 5])
    }

    @Test func failuresNameTheStageAndMessage() throws {
        let failure = DocumentFailure(id: "x", source: "x.txt", stage: "read", message: "no such file", byteOffset: 7)
        let object = try parse(RecordEncoder().encode(.failure(failure)))
        #expect(object["id"] as? String == "x")
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["stage"] as? String == "read" && error["message"] as? String == "no such file")
        #expect(error["byte_offset"] as? Int == 7)
        #expect(error["code"] as? String == "read.failed")
        #expect(failure.description == "x.txt: read at byte 7: no such file [read.failed]")
    }

    @Test func failuresCarryTheirCode() throws {
        let failure = DocumentFailure(id: "x", source: nil, stage: "read", code: .readNotFound, message: "gone")
        let error = try #require(try parse(RecordEncoder().encode(.failure(failure)))["error"] as? [String: Any])
        #expect(error["code"] as? String == "read.not-found")
        #expect(DocumentFailure(id: "d", source: nil, stage: "numbers", message: "bad").code.rawValue == "numbers.failed")
    }
}
