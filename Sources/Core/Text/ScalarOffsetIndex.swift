/// Converts UTF-8 byte offsets of a text into Unicode-scalar offsets, the offsets that Python
/// strings slice by.
///
/// Built in one pass over the text (O(n), one checkpoint per 64 bytes); each lookup then scans
/// at most 63 bytes. For pure-ASCII text no table is kept and lookups are the identity.
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
            var isASCII = true
            for byte in buffer where byte >= 0x80 { isASCII = false; break }
            guard !isASCII else { return }
            bytes = Array(buffer)
            points.reserveCapacity(buffer.count / Self.stride + 1)
            var scalars = 0
            for (offset, byte) in buffer.enumerated() {
                if offset % Self.stride == 0 { points.append(scalars) }
                if byte & 0xC0 != 0x80 { scalars += 1 }
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
        let block = clamped / Self.stride
        if block >= checkpoints.count {
            // offset == utf8.count on a checkpoint boundary
            var count = checkpoints[checkpoints.count - 1]
            for i in ((checkpoints.count - 1) * Self.stride)..<clamped where utf8[i] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        var count = checkpoints[block]
        var i = block * Self.stride
        while i < clamped {
            if utf8[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
