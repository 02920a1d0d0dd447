import GlossCore

/// Small stages for testing the runner without the real text stages.

/// Provides `tokens`: one token per space-separated word.
package struct SpaceTokenizer: Stage {
    package init() {}
    package let name = "test.tokens"
    package let requires: Set<LayerID> = [.text]
    package let provides: Set<LayerID> = [.tokens]

    package func process(_ document: inout Document) throws {
        var tokens: [Token] = []
        var start: Int?
        for (offset, byte) in document.text.utf8.enumerated() {
            if byte == 32 || byte == 10 {
                if let begin = start { tokens.append(Token(span: Span(start: begin, end: offset), kind: .word)) }
                start = nil
            } else if start == nil {
                start = offset
            }
        }
        if let begin = start { tokens.append(Token(span: Span(start: begin, end: document.text.utf8.count), kind: .word)) }
        try document.setTokens(tokens)
    }
}

/// Throws on documents whose text contains "bad".
package struct Picky: Stage {
    package init() {}
    package let name = "test.picky"
    package let requires: Set<LayerID> = [.text]
    package let provides: Set<LayerID> = []

    package func process(_ document: inout Document) throws {
        if document.text.contains("bad") { throw StageError("the text says bad", byteOffset: 3) }
    }
}

/// Spends work proportional to a number in the text, so documents finish out of order.
package struct Uneven: Stage {
    package init() {}
    package let name = "test.uneven"
    package let provides: Set<LayerID> = []

    package func process(_ document: inout Document) throws {
        let rounds = (Int(document.id.filter(\.isNumber)) ?? 0) % 7 * 2000
        var value: UInt64 = 1
        for round in 0..<rounds { value = value &* 6364136223846793005 &+ UInt64(round) }
        if value == 0 { document.diagnostics.append(Diagnostic(stage: name, message: "impossible")) }
    }
}

package func textInputs(_ count: Int, _ text: (Int) -> String = { "document number \($0)" }) -> [DocumentInput] {
    (0..<count).map { DocumentInput.text(text($0), id: "doc\($0)") }
}
