import GlossCore

/// The text a normaliser writes, with the offset map that leads each of its bytes back to the
/// input, written lazily so that an unchanged text is never copied.
///
/// Input bytes the normaliser keeps stay *pending* in the input until an edit needs the output
/// written; then they are copied in one piece, as a slice of the input string (which needs no
/// UTF-8 validation), and recorded as one copy segment, so a text with few edits gets a map of
/// a few segments. The *output* seen by `count(at:)` and `scalar(before:at:)` is what has been
/// written followed by the pending input bytes.
///
/// Cost: O(1) per edit plus one copy of the text once something changed.
/// Thread safety: a value used by one pass on one thread.
struct NormalizedOutput {
    /// The input text and its UTF-8 bytes.
    let sourceText: String
    let source: UnsafeBufferPointer<UInt8>
    /// The text written so far (empty until the first edit).
    private(set) var text = ""
    private var builder = OffsetMap.Builder()
    /// The first input byte not yet written or replaced.
    private(set) var pendingStart = 0
    /// Whether any input byte was replaced.
    private(set) var edited = false

    /// An output for `sourceText`, whose UTF-8 bytes are `source`.
    init(sourceText: String, source: UnsafeBufferPointer<UInt8>) {
        self.sourceText = sourceText
        self.source = source
    }

    /// The output's length in bytes while the pass stands at input offset `position`.
    func count(at position: Int) -> Int { text.utf8.count + position - pendingStart }

    /// Replaces the input bytes in `range` (which starts at or after `pendingStart`) with
    /// `replacement`; the pending bytes before it are kept.
    mutating func replace(_ range: Range<Int>, with replacement: UnsafeBufferPointer<UInt8>) {
        if !edited {
            edited = true
            text.reserveCapacity(source.count + source.count / 16 + 16)
        }
        keepPending(upTo: range.lowerBound)
        text += String(decoding: replacement, as: UTF8.self)
        builder.replace(source: range.count, target: replacement.count)
        pendingStart = range.upperBound
    }

    /// Replaces `range` with `replacement`, keeping as pending the longest common prefix and
    /// suffix of whole scalars so that the replaced segment of the map is as small as possible.
    /// Does nothing when the two are equal.
    mutating func replaceChangedPart(_ range: Range<Int>, with replacement: UnsafeBufferPointer<UInt8>) {
        let original = UnsafeBufferPointer(rebasing: source[range])
        var prefix = 0
        let shorter = min(original.count, replacement.count)
        while prefix < shorter && original[prefix] == replacement[prefix] { prefix += 1 }
        if prefix == original.count && prefix == replacement.count { return }
        // the prefix must end before a scalar's first byte in both
        while prefix > 0
            && ((prefix < original.count && Self.isContinuation(original[prefix]))
                || (prefix < replacement.count && Self.isContinuation(replacement[prefix])))
        {
            prefix -= 1
        }
        var suffix = 0
        while suffix < shorter - prefix
            && original[original.count - 1 - suffix] == replacement[replacement.count - 1 - suffix]
        {
            suffix += 1
        }
        // the suffix must start on a scalar's first byte in both
        while suffix > 0
            && (Self.isContinuation(original[original.count - suffix])
                || Self.isContinuation(replacement[replacement.count - suffix]))
        {
            suffix -= 1
        }
        replace(
            (range.lowerBound + prefix)..<(range.upperBound - suffix),
            with: UnsafeBufferPointer(rebasing: replacement[prefix..<(replacement.count - suffix)]))
    }

    /// The scalar that ends at output offset `end`, and the output offset where it starts,
    /// while the pass stands at input offset `position`; nil at the start of the output.
    func scalar(before end: Int, at position: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        guard end > 0 else { return nil }
        let written = text.utf8.count
        if end > written {
            let inputEnd = pendingStart + end - written
            guard inputEnd <= position else { return nil }
            let found = Self.scalar(in: source, before: inputEnd, floor: pendingStart)
            return (found.scalar, written + found.start - pendingStart)
        }
        let found = text.utf8.withContiguousStorageIfAvailable { Self.scalar(in: $0, before: end, floor: 0) }
        guard let found else { return nil }
        return (found.scalar, found.start)
    }

    /// The text and its map, the input from `pendingStart` to `end` kept; nil when nothing was
    /// replaced (the text is unchanged).
    mutating func finish(at end: Int) -> (text: String, map: OffsetMap)? {
        guard edited else { return nil }
        keepPending(upTo: end)
        return (text, builder.build())
    }

    /// Copies the pending input bytes before `end` (a scalar boundary) to the output.
    private mutating func keepPending(upTo end: Int) {
        guard end > pendingStart else { return }
        let utf8 = sourceText.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: pendingStart)
        text += sourceText[from..<utf8.index(from, offsetBy: end - pendingStart)]
        builder.copy(end - pendingStart)
        pendingStart = end
    }

    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Decodes the scalar at `index` of valid UTF-8; a truncated sequence reads as U+FFFD of
    /// length 1, so that no input can read past the end.
    @inline(__always)
    static func scalar(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(buffer[index])
        if lead < 0x80 { return (lead, 1) }
        let available = buffer.count - index
        @inline(__always) func continuation(_ offset: Int) -> UInt32 { UInt32(buffer[index + offset] & 0x3F) }
        if lead >= 0xF0 {
            if available >= 4 {
                return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
            }
        } else if lead >= 0xE0 {
            if available >= 3 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        } else if lead >= 0xC0 {
            if available >= 2 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        }
        return (0xFFFD, 1)
    }

    /// The scalar that ends at `end` in `buffer`, looking no further back than `floor`.
    private static func scalar(in buffer: UnsafeBufferPointer<UInt8>, before end: Int, floor: Int)
        -> (scalar: Unicode.Scalar, start: Int)
    {
        var start = end - 1
        while start > floor && end - start < 4 && isContinuation(buffer[start]) { start -= 1 }
        let decoded = scalar(in: UnsafeBufferPointer(rebasing: buffer[..<end]), at: start)
        return (Unicode.Scalar(decoded.value) ?? "\u{FFFD}", start)
    }
}
