import GlossCore

/// STAND-IN, being replaced: one sentence per document.
public struct SentenceSplitter: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "sentences", summary: "splits sentences", requires: [.tokens], provides: [.sentences])
    public init() {}
    public init(options: StageOptions) throws {}
    public func process(_ document: inout Document) throws {
        guard let first = document.tokens.first, let last = document.tokens.last else { try document.setSentences([]); return }
        try document.setSentences([Sentence(span: Span(start: Int(first.span.start), end: Int(last.span.end)), tokens: 0..<document.tokens.count)])
    }
}
