/// Converts UTF-8 byte offsets of a text into Unicode-scalar offsets, the offsets that Python
/// strings slice by.
///
/// Built in one pass over the text (O(n), one checkpoint per 64 bytes); each lookup then counts
/// at most 63 bytes. Both count eight bytes at a time: a scalar starts at every byte that is not
/// a continuation byte (`10xxxxxx`), so the scalars of a run of bytes are its length less the
/// continuation bytes, which are flagged a word at a time and added up lane by lane. For
/// pure-ASCII text no table is kept and lookups are the identity.
public struct ScalarOffsetIndex: Sendable {
    private static let stride = 64
    private let utf8: [UInt8]
    /// The scalar count before each checkpoint; empty when the text is ASCII.
    private let checkpoints: [Int]

    public init(text: String) {
        var bytes: [UInt8] = []
        var points: [Int] = []
        var copy = text
        copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress, !Self.isASCII(base, count: buffer.count) else { return }
            bytes = Array(buffer)
            points.reserveCapacity(buffer.count / Self.stride + 1)
            var scalars = 0
            var offset = 0
            while offset < buffer.count {
                points.append(scalars)
                let end = min(offset + Self.stride, buffer.count)
                scalars += Self.scalarStarts(base, from: offset, to: end)
                offset = end
            }
        }
        utf8 = bytes
        checkpoints = points
    }

    /// The number of Unicode scalars before byte `offset`. Offsets inside a multi-byte scalar
    /// count that scalar as not yet begun.
    public func scalarOffset(ofByte offset: Int) -> Int {
        guard !checkpoints.isEmpty else { return offset }
        let clamped = min(max(offset, 0), utf8.count)
        // offset == utf8.count on a checkpoint boundary counts on from the last checkpoint
        let block = min(clamped / Self.stride, checkpoints.count - 1)
        return utf8.withUnsafeBufferPointer { buffer in
            checkpoints[block] + Self.scalarStarts(buffer.baseAddress!, from: block * Self.stride, to: clamped)
        }
    }

    /// The scalar offsets of bytes `start` and `end` (`start <= end`), the same as two
    /// `scalarOffset(ofByte:)` calls: the end's is counted on from the start when both lie in
    /// one checkpoint's block (a token or a name), which counts fewer bytes than its checkpoint.
    public func scalarRange(ofBytes start: Int, _ end: Int) -> Range<Int> {
        guard !checkpoints.isEmpty else { return start..<end }
        let first = scalarOffset(ofByte: start)
        guard start >= 0, start <= end, end < utf8.count, start / Self.stride == end / Self.stride else {
            return first..<scalarOffset(ofByte: end)
        }
        let scalars = utf8.withUnsafeBufferPointer { Self.scalarStarts($0.baseAddress!, from: start, to: end) }
        return first..<(first + scalars)
    }

    /// Whether the `count` bytes at `base` are all ASCII.
    static func isASCII(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= count {
            high |= word(base, at: offset)
            offset += 8
        }
        while offset < count {
            high |= UInt64(base[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The number of bytes in `start..<end` that start a scalar (are not `10xxxxxx`).
    static func scalarStarts(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var offset = start
        var continuations = 0
        while offset + 8 <= end {
            // a 0 or 1 per byte lane, summed over up to 31 words, then the lanes added up by
            // one multiplication into the top lane (their total, at most 248, fits it)
            var lanes: UInt64 = 0
            var words = 0
            while offset + 8 <= end && words < 31 {
                let bytes = word(base, at: offset)
                // bit 7 set and bit 6 (moved up to bit 7 of the same byte) clear
                lanes &+= (bytes & ~(bytes << 1) & 0x8080_8080_8080_8080) >> 7
                offset += 8
                words += 1
            }
            continuations += Int((lanes &* 0x0101_0101_0101_0101) >> 56)
        }
        while offset < end {
            if base[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return end - start - continuations
    }

    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }
}
