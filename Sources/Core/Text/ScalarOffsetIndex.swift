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
            guard !Self.isASCII(buffer) else { return }
            bytes = Array(buffer)
            points.reserveCapacity(buffer.count / Self.stride + 1)
            var scalars = 0
            var start = 0
            while start < buffer.count {
                points.append(scalars)
                let end = min(start + Self.stride, buffer.count)
                scalars += Self.scalarStarts(in: buffer, from: start, to: end)
                start = end
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
        return checkpoints[block] + utf8.withUnsafeBufferPointer {
            Self.scalarStarts(in: $0, from: block * Self.stride, to: clamped)
        }
    }

    /// Whether every byte is below 0x80, read eight at a time.
    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var i = 0
        while i + 8 <= buffer.count {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < buffer.count {
            if buffer[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// How many scalars start in `buffer[from..<to]`: the bytes that are not continuation bytes
    /// (`10xxxxxx`), counted eight at a time (a continuation byte has bit 7 set and bit 6 clear;
    /// shifting the word left by one lines each byte's bit 6 up under its bit 7).
    @inline(__always)
    static func scalarStarts(in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        var i = from
        while i + 8 <= to {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
            count += 8 - continuations.nonzeroBitCount
            i += 8
        }
        while i < to {
            if buffer[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
