/// Leads byte offsets of a rewritten text back to byte offsets of the text it came from.
///
/// Ingest (decoding, markup removal) and normalisation rewrite text; every span a later stage
/// adds is relative to the final text, and this map answers where that span stood in the
/// original input. It is a list of segments that tile both texts in order: a *copy* segment
/// maps byte for byte, a *replace* segment maps a run of target bytes to a run of source bytes
/// of any length (either may be empty, for insertions and deletions). An unchanged text has
/// the identity map, which stores nothing.
///
/// Cost: lookups are O(log segments) (O(1) for ranges looked up in order with a hint,
/// `sourceRange(of:hint:)`); building is O(segments).
public struct OffsetMap: Sendable, Equatable {
    /// Target offset where each segment begins.
    private var targetStarts: [Int] = []
    /// Source offset where each segment begins.
    private var sourceStarts: [Int] = []
    /// Whether each segment copies bytes one to one.
    private var copies: [Bool] = []
    /// Total target and source lengths, when not the identity.
    private var targetLength = 0
    private var sourceLength = 0
    /// The map this one is composed onto (this map's sources are its targets), if any.
    private var inner: [OffsetMap] = []

    /// The identity map: the text was not rewritten.
    public static let identity = OffsetMap()

    public init() {}

    /// Whether every offset maps to itself.
    public var isIdentity: Bool { targetStarts.isEmpty && inner.allSatisfy(\.isIdentity) }

    /// The source byte where the byte at target `offset` came from (for a span's start).
    public func sourceStart(of offset: Int) -> Int {
        var result = offset
        if !targetStarts.isEmpty {
            let i = segment(containing: offset)
            result = copies[i] ? sourceStarts[i] + (offset - targetStarts[i]) : sourceStarts[i]
        }
        return inner.last.map { $0.sourceStart(of: result) } ?? result
    }

    /// The source offset just past the bytes that target bytes before `offset` came from
    /// (for a span's exclusive end).
    public func sourceEnd(of offset: Int) -> Int {
        var result = offset
        if !targetStarts.isEmpty, offset > 0 {
            let i = segment(containing: offset - 1)
            if copies[i] {
                result = sourceStarts[i] + (offset - targetStarts[i])
            } else {
                result = i + 1 < sourceStarts.count ? sourceStarts[i + 1] : sourceLength
            }
        } else if !targetStarts.isEmpty {
            result = sourceStarts[0]
        }
        return inner.last.map { $0.sourceEnd(of: result) } ?? result
    }

    /// The source byte range a target byte range came from.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let start = sourceStart(of: range.lowerBound)
            return start..<start
        }
        let (start, end) = sourceBounds(range.lowerBound, range.upperBound)
        return start..<max(start, end)
    }

    /// `sourceRange(of:)`, with the search for the range's first segment begun at `hint`, which
    /// is then set to the range's last segment: ranges looked up in the order of their starts
    /// (a record's spans, layer by layer) find their segment in a step or two instead of a
    /// binary search. Any `hint` gives the same range as `sourceRange(of:)`; a stale one costs
    /// the search. Only this map's own segments are hinted (a map composed onto others searches
    /// those).
    public func sourceRange(of range: Range<Int>, hint: inout Int) -> Range<Int> {
        guard !range.isEmpty else { return sourceRange(of: range) }
        let (start, end) = sourceBounds(range.lowerBound, range.upperBound, hint: &hint)
        return start..<max(start, end)
    }

    /// `sourceStart(of: start)` and `sourceEnd(of: end)`, at every level of
    /// the map, with one search: the end's segment is found by stepping on from the start's
    /// (a span crosses few segments), by a search beyond it when it crosses many.
    private func sourceBounds(_ start: Int, _ end: Int) -> (Int, Int) {
        var hint = -1
        return sourceBounds(start, end, hint: &hint)
    }

    /// `sourceBounds(_:_:)` with the start's segment looked for from `hint` first
    /// (`segment(containing:near:)`); sets `hint` to the end's segment.
    private func sourceBounds(_ start: Int, _ end: Int, hint: inout Int) -> (Int, Int) {
        // an inner level may see an empty range (an insertion's source): ask for each alone
        guard start < end else { return (sourceStart(of: start), sourceEnd(of: end)) }
        var bounds = (start, end)
        if !targetStarts.isEmpty {
            let first = segment(containing: start, near: hint)
            var last = first
            var steps = 0
            while last + 1 < targetStarts.count && targetStarts[last + 1] <= end - 1 {
                last += 1
                steps += 1
                if steps == 8 {
                    last = segment(containing: end - 1)
                    break
                }
            }
            hint = last
            bounds.0 = copies[first] ? sourceStarts[first] + (start - targetStarts[first]) : sourceStarts[first]
            if copies[last] {
                bounds.1 = sourceStarts[last] + (end - targetStarts[last])
            } else {
                bounds.1 = last + 1 < sourceStarts.count ? sourceStarts[last + 1] : sourceLength
            }
        }
        return inner.last.map { $0.sourceBounds(bounds.0, bounds.1) } ?? bounds
    }

    /// This map applied after `earlier`: the result leads targets of this map back to the
    /// sources of `earlier`.
    public func composed(onto earlier: OffsetMap) -> OffsetMap {
        if earlier.isIdentity { return self }
        if isIdentity { return earlier }
        var result = self
        result.inner = [inner.last.map { $0.composed(onto: earlier) } ?? earlier]
        return result
    }

    /// The last segment whose start is at or before `offset` and that is not empty, or the
    /// last segment when `offset` is past the end.
    private func segment(containing offset: Int) -> Int {
        var low = 0
        var high = targetStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if targetStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// `segment(containing: offset)`, looked for first at `hint` and the two segments after it
    /// (targets ascend, so the answer is the last segment from `hint` on whose start is at or
    /// before `offset`), by the binary search when it is not there.
    @inline(__always)
    private func segment(containing offset: Int, near hint: Int) -> Int {
        let count = targetStarts.count
        guard hint >= 0, hint < count, targetStarts[hint] <= offset else { return segment(containing: offset) }
        var index = hint
        while index + 1 < count && targetStarts[index + 1] <= offset {
            if index - hint == 2 { return segment(containing: offset) }
            index += 1
        }
        return index
    }

    /// Builds an offset map while a text is rewritten from left to right.
    ///
    /// Call `copy` for bytes kept as they are and `replace` for bytes rewritten; adjacent
    /// copies merge, so a text with few edits gives a small map.
    public struct Builder: Sendable {
        private var map = OffsetMap()
        private var target = 0
        private var source = 0
        private var edited = false

        public init() {}

        /// `count` bytes were copied unchanged.
        public mutating func copy(_ count: Int) {
            guard count > 0 else { return }
            if let last = map.copies.last, last {
                // extends the current copy segment
            } else {
                map.targetStarts.append(target)
                map.sourceStarts.append(source)
                map.copies.append(true)
            }
            target += count
            source += count
        }

        /// `sourceCount` bytes of the source became `targetCount` bytes of the target.
        public mutating func replace(source sourceCount: Int, target targetCount: Int) {
            guard sourceCount > 0 || targetCount > 0 else { return }
            edited = true
            map.targetStarts.append(target)
            map.sourceStarts.append(source)
            map.copies.append(false)
            target += targetCount
            source += sourceCount
        }

        /// The map, or the identity when nothing was replaced.
        public func build() -> OffsetMap {
            guard edited else { return .identity }
            var result = map
            result.targetLength = target
            result.sourceLength = source
            return result
        }
    }
}
