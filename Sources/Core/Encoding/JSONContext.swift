/// What a layer needs to write spans: the text's character offsets and the offset map back to
/// the source bytes.
public struct JSONContext {
    /// Converts UTF-8 byte offsets of the text to Unicode-scalar offsets.
    public var characters: ScalarOffsetIndex
    /// Leads spans of the text back to bytes of the original input.
    public var offsets: OffsetMap {
        didSet { sourceIsIdentity = offsets.isIdentity }
    }
    /// `offsets.isIdentity`, asked once rather than for every span.
    private var sourceIsIdentity: Bool
    /// The document's text, for layers that write the text a span covers (empty when the
    /// encoder was not given it).
    public var text: String

    public init(characters: ScalarOffsetIndex, offsets: OffsetMap, text: String = "") {
        self.characters = characters
        self.offsets = offsets
        self.sourceIsIdentity = offsets.isIdentity
        self.text = text
    }

    /// The text `span` covers, or an empty string when the context has no text or the span lies
    /// outside it.
    public func text(of span: Span) -> Substring {
        let utf8 = text.utf8
        guard Int(span.end) <= utf8.count,
            let start = utf8.index(utf8.startIndex, offsetBy: Int(span.start), limitedBy: utf8.endIndex),
            let end = utf8.index(start, offsetBy: span.count, limitedBy: utf8.endIndex)
        else { return "" }
        return text[start..<end]
    }

    /// Writes `"span":[s,e],"chars":[s,e],"source":[s,e]` members for a span of the text.
    public func writeSpanMembers(_ span: Span, to writer: inout JSONWriter) {
        let chars = characters.scalarRange(ofBytes: Int(span.start), Int(span.end))
        let source = sourceIsIdentity ? nil : offsets.sourceRange(of: span.range)
        writer.spanMembers(span, chars: chars, source: source)
    }
}
