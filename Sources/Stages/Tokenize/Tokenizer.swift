import GlossCore

/// STAND-IN, being replaced: splits on spaces.
public struct Tokenizer: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "tokenize", summary: "splits text into tokens", requires: [.text], provides: [.tokens])
    public init() {}
    public init(options: StageOptions) throws {}
    public func process(_ document: inout Document) throws {
        var tokens: [Token] = []
        var start: Int? = nil
        for (i, b) in document.text.utf8.enumerated() {
            if b == 32 || b == 10 || b == 9 { if let s = start { tokens.append(Token(span: Span(start: s, end: i), kind: .word)); start = nil } }
            else if start == nil { start = i }
        }
        if let s = start { tokens.append(Token(span: Span(start: s, end: document.text.utf8.count), kind: .word)) }
        try document.setTokens(tokens)
    }
}
