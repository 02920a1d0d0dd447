/// One sentence: its span of the text and the range of tokens inside it.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence stands in the document's text, from its first token to its last.
    public var span: Span
    /// The indices of its tokens in `Document.tokens`.
    public var tokens: Range<Int>

    public init(span: Span, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
