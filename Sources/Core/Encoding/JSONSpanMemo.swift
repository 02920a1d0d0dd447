/// Span members (`"span":…,"chars":…` and `"source":…`) formatted once in a record and copied
/// when the same span is written again: a record writes each sentence's span in the document's
/// `sentences` and again in the `sentiment` layer, and working the offsets out and formatting
/// them is most of the cost of a sentence.
///
/// Spans are kept in the order of their starts (sentences do not overlap); a span is looked up
/// first where the last one found was followed, then by binary search. Belongs to one
/// `JSONContext` at a time (a `JSONContext.Scratch` is lent to one record's encoding and
/// cleared for the next) and is never used by two threads at once. Kept between records, it
/// holds what its largest record grew it to, up to 64 KiB of members and 4,096 spans (16
/// bytes each): at most 128 KiB for each record encoded at once (`removeAll`).
final class JSONSpanMemo {
    // Unchecked: the memo is one context's, used on one thread, and its methods do not call
    // out while they hold these; checking every access cost more than the memo saved.
    /// The kept spans, starts ascending, with where their members end in `bytes` (they start
    /// where the previous one's end): one array, so keeping a span is one append.
    @exclusivity(unchecked) private var spans: [(span: Span, end: Int)] = []
    private let bytes = JSONBuffer(capacity: 4096)
    /// The index the next lookup tries first: the one after the last found.
    @exclusivity(unchecked) private var next = 0

    init() { spans.reserveCapacity(64) }

    /// Forgets every kept span, keeping the memory for the next record's (`JSONContext.Scratch`);
    /// what a huge record grew past 64 KiB of members or 4,096 spans is given back.
    func removeAll() {
        if spans.capacity > 4096 {
            spans = []
            spans.reserveCapacity(64)
        } else {
            spans.removeAll(keepingCapacity: true)
        }
        bytes.removeAll()
        bytes.shrink(to: 65_536)
        next = 0
    }

    /// The members kept for `span`, or nil.
    func members(of span: Span) -> UnsafeBufferPointer<UInt8>? {
        guard let index = index(of: span) else { return nil }
        next = index + 1
        return members(at: index)
    }

    /// Where to format `span`'s members to keep them (room for `JSONBytes.maxSpanMembersBytes`),
    /// to be followed by `keep(_:count:)`; nil when `span` starts no later than the last kept
    /// span, so cannot be kept.
    func target(for span: Span) -> UnsafeMutablePointer<UInt8>? {
        if let last = spans.last, last.span.start >= span.start { return nil }
        return bytes.reserve(JSONBytes.maxSpanMembersBytes)
    }

    /// Keeps the `count` bytes formatted at `target(for: span)` as `span`'s members and returns them.
    func keep(_ span: Span, count: Int) -> UnsafeBufferPointer<UInt8> {
        let start = bytes.count
        bytes.commit(count)
        spans.append((span, bytes.count))
        next = spans.count
        return UnsafeBufferPointer(start: bytes.base + start, count: count)
    }

    private func members(at index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : spans[index - 1].end
        return UnsafeBufferPointer(start: bytes.base + start, count: spans[index].end - start)
    }

    private func index(of span: Span) -> Int? {
        if next < spans.count && spans[next].span == span { return next }
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].span.start < span.start { low = middle + 1 } else { high = middle }
        }
        return low < spans.count && spans[low].span == span ? low : nil
    }
}
