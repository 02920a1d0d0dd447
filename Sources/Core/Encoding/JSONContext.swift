/// What a layer needs to write spans: the text's character offsets and the offset map back to
/// the source bytes.
public struct JSONContext {
    /// Converts UTF-8 byte offsets of the text to Unicode-scalar offsets.
    public var characters: ScalarOffsetIndex {
        didSet { memo = nil }
    }
    /// Leads spans of the text back to bytes of the original input.
    public var offsets: OffsetMap {
        didSet {
            sourceIsIdentity = offsets.isIdentity
            memo = nil
        }
    }
    /// `offsets.isIdentity`, asked once rather than for every span.
    private var sourceIsIdentity: Bool
    /// The document's text, for layers that write the text a span covers (empty when the
    /// encoder was not given it).
    public var text: String
    /// The members `writeSharedSpanMembers` formatted, shared by the copies of this context
    /// (nil: not kept; dropped when the offsets or characters change).
    private var memo: JSONSpanMemo?
    /// Where the last span's source range was found in `offsets`, shared by the copies of this
    /// context (`OffsetMap.sourceRange(of:hint:)`): a record's spans come in order, layer by layer.
    private let sourceHint: JSONSourceHint

    /// A context; with `sharingSpans`, `writeSharedSpanMembers` formats a span's members once
    /// and copies them when the span is written again (a record's encoder makes one per record).
    public init(characters: ScalarOffsetIndex, offsets: OffsetMap, text: String = "", sharingSpans: Bool = false) {
        self.characters = characters
        self.offsets = offsets
        self.sourceIsIdentity = offsets.isIdentity
        self.text = text
        self.memo = sharingSpans ? JSONSpanMemo() : nil
        self.sourceHint = JSONSourceHint()
    }

    /// A context sharing spans, as `init(…, sharingSpans: true)` makes, through `scratch`'s memo
    /// and hint, cleared here: a record's encoder borrows one per record from its workers'
    /// (`RecordEncoder`), so a record makes none of the five allocations a new memo and hint
    /// take (some 3,500 instructions with their frees). Requires that no other context uses
    /// `scratch` until this one and its copies are done with (the encoder lends it for one
    /// record's encoding; a layer's `writeJSON` does not keep its context).
    package init(characters: ScalarOffsetIndex, offsets: OffsetMap, text: String, reusing scratch: Scratch) {
        self.characters = characters
        self.offsets = offsets
        self.sourceIsIdentity = offsets.isIdentity
        self.text = text
        scratch.memo.removeAll()
        scratch.hint.segment = 0
        self.memo = scratch.memo
        self.sourceHint = scratch.hint
    }

    /// A span memo and a source hint kept from one record to the next (`init(…reusing:)`).
    /// Lent to one record at a time (a `LendingPool`'s value), hence `@unchecked Sendable`.
    package final class Scratch: @unchecked Sendable {
        let memo = JSONSpanMemo()
        let hint = JSONSourceHint()

        package init() {}
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

    /// Writes the text `span` covers as a JSON string: the same as
    /// `writer.string(utf8: text(of: span).utf8)`, with the bytes read in place when the span
    /// starts and ends on scalar boundaries (as token and name spans do).
    public func writeText(of span: Span, to writer: inout JSONWriter) {
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let covered = Self.covered(span, in: bytes) else { return false }
            writer.string(utf8: covered)
            return true
        }
        if done != true { writer.string(utf8: text(of: span).utf8) }
    }

    /// Writes a member, `key` and the text `span` covers: the same bytes as `writer.key(key)`
    /// then `writeText(of: span, to: &writer)`, for one start of the writer.
    public func writeText(of span: Span, as key: JSONKey, to writer: inout JSONWriter) {
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let covered = Self.covered(span, in: bytes) else { return false }
            writer.member(key, string: covered)
            return true
        }
        if done != true {
            writer.key(key)
            writer.string(utf8: text(of: span).utf8)
        }
    }

    /// The bytes of `bytes` (the text's) that `span` covers, when it lies in them and starts and
    /// ends on scalar boundaries; otherwise nil.
    @inline(__always)
    private static func covered(_ span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let start = Int(span.start)
        let end = Int(span.end)
        guard start <= end, end <= bytes.count, isScalarBoundary(bytes, start), isScalarBoundary(bytes, end)
        else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether byte offset `offset` of `bytes` (at most `bytes.count`) starts a scalar or ends the text.
    @inline(__always)
    private static func isScalarBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    /// Writes `"span":[s,e],"chars":[s,e],"source":[s,e]` members for a span of the text.
    public func writeSpanMembers(_ span: Span, to writer: inout JSONWriter) {
        writeSpanMembers(span, opening: false, to: &writer)
    }

    /// Begins an object with the members of `span`: the same bytes as `writer.beginObject()`
    /// then `writeSpanMembers(span, to: &writer)`, with one start of the writer.
    public func beginSpanObject(_ span: Span, to writer: inout JSONWriter) {
        writeSpanMembers(span, opening: true, to: &writer)
    }

    /// Writes the same members as `writeSpanMembers`, for a span that more than one part of a
    /// record writes (a sentence): with `sharingSpans`, the first writing of a span is kept and
    /// later ones copy it. Suits spans written in order of their starts, each part anew.
    public func writeSharedSpanMembers(_ span: Span, to writer: inout JSONWriter) {
        writeSharedSpanMembers(span, opening: false, to: &writer)
    }

    /// Begins an object with the members of `span` as `writeSharedSpanMembers` writes them: the
    /// same bytes as `writer.beginObject()` then `writeSharedSpanMembers(span, to: &writer)`.
    public func beginSharedSpanObject(_ span: Span, to writer: inout JSONWriter) {
        writeSharedSpanMembers(span, opening: true, to: &writer)
    }

    @inline(__always)
    private func writeSpanMembers(_ span: Span, opening: Bool, to writer: inout JSONWriter) {
        let (chars, source) = ranges(of: span)
        writer.spanMembers(span, chars: chars, source: source, opening: opening)
    }

    @inline(__always)
    private func writeSharedSpanMembers(_ span: Span, opening: Bool, to writer: inout JSONWriter) {
        guard let memo else { return writeSpanMembers(span, opening: opening, to: &writer) }
        if let members = memo.members(of: span) {
            writer.spanMembers(copying: members, opening: opening)
        } else if let target = memo.target(for: span) {
            let (chars, source) = ranges(of: span)
            let count = JSONBytes.writeSpanMembers(span, chars: chars, source: source, at: target)
            writer.spanMembers(copying: memo.keep(span, count: count), opening: opening)
        } else {
            writeSpanMembers(span, opening: opening, to: &writer)
        }
    }

    /// The character range of `span` and, unless the map is the identity, its source range.
    @inline(__always)
    private func ranges(of span: Span) -> (chars: Range<Int>, source: Range<Int>?) {
        (characters.scalarRange(ofBytes: Int(span.start), Int(span.end)),
            sourceIsIdentity ? nil : offsets.sourceRange(of: span.range, hint: &sourceHint.segment))
    }
}
