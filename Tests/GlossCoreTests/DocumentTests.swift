import GlossCore
import Testing

@Suite struct DocumentTests {
    @Test func tokensAreValidatedWhenAdded() throws {
        var document = Document(id: "d", text: "ab cd")
        try document.setTokens([Token(span: Span(start: 0, end: 2), kind: .word), Token(span: Span(start: 3, end: 5), kind: .word)])
        #expect(document.present.contains(.tokens))
        #expect(document.text(of: document.tokens[1].span) == "cd")
        #expect(throws: StageError.self) { try document.setTokens([Token(span: Span(start: 3, end: 9), kind: .word)]) }
        #expect(throws: StageError.self) {
            try document.setTokens([Token(span: Span(start: 2, end: 4), kind: .word), Token(span: Span(start: 3, end: 5), kind: .word)])
        }
        #expect(throws: StageError.self) { try document.setTokens([Token(span: Span(start: 1, end: 1), kind: .word)]) }
    }

    @Test func sentencesMustAgreeWithTokens() throws {
        var document = Document(id: "d", text: "ab cd")
        try document.setTokens([Token(span: Span(start: 0, end: 2), kind: .word), Token(span: Span(start: 3, end: 5), kind: .word)])
        try document.setSentences([Sentence(span: Span(start: 0, end: 5), tokens: 0..<2)])
        #expect(throws: StageError.self) { try document.setSentences([Sentence(span: Span(start: 0, end: 2), tokens: 0..<2)]) }
        #expect(throws: StageError.self) { try document.setSentences([Sentence(span: Span(start: 0, end: 5), tokens: 0..<3)]) }
    }

    @Test func textCannotBeRewrittenUnderAnnotations() throws {
        var document = Document(id: "d", raw: Array("xy".utf8))
        #expect(!document.present.contains(.text))
        try document.replaceText("xy", map: .identity)
        try document.setTokens([Token(span: Span(start: 0, end: 2), kind: .word)])
        let error = #expect(throws: StageError.self) { try document.replaceText("z", map: .identity) }
        #expect(error?.message.contains("run text-rewriting stages (ingest, normalise) before the tokeniser") == true)
    }

    @Test func rewritesComposeSoSpansLeadBackToRawBytes() throws {
        // raw "<b>héllo</b>" → text "héllo" (drop 3 bytes of markup) → "hello" (é→e)
        var document = Document(id: "d", raw: Array("<b>héllo</b>".utf8))
        var ingest = OffsetMap.Builder()
        ingest.replace(source: 3, target: 0)
        ingest.copy(6)
        ingest.replace(source: 4, target: 0)
        try document.replaceText("héllo", map: ingest.build())
        var fold = OffsetMap.Builder()
        fold.copy(1)
        fold.replace(source: 2, target: 1)
        fold.copy(3)
        try document.replaceText("hello", map: fold.build(), provides: .normalizedText)
        #expect(document.present.isSuperset(of: [.text, .normalizedText]))
        #expect(document.sourceRange(of: Span(start: 0, end: 5)) == 3..<9)
        #expect(document.sourceRange(of: Span(start: 1, end: 2)) == 4..<6)  // "e" came from "é"
        #expect(document.sourceRange(of: Span(start: 2, end: 5)) == 6..<9)
    }

    @Test func typedLayersAreStoredAndMarkedPresent() {
        var document = Document(id: "d", text: "t")
        document[CountLayer.self] = Count(value: 3)
        #expect(document[CountLayer.self]?.value == 3)
        #expect(document.present.contains(CountLayer.id))
        document[CountLayer.self] = nil
        #expect(document[CountLayer.self] == nil)
        #expect(!document.present.contains(CountLayer.id))
    }
}

struct Count: Sendable, JSONEncodable {
    var value: Int
    func writeJSON(to writer: inout JSONWriter, context: JSONContext) { writer.number(value) }
}

enum CountLayer: LayerKey {
    static let id: LayerID = "test.count"
    typealias Value = Count
}
