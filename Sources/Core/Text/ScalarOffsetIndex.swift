/// Converts UTF-8 byte offsets of a text into Unicode-scalar offsets, the offsets that Python
/// strings slice by.
///
/// Built in one pass over the text (O(n)): for each 64 bytes, the scalars before them and a
/// 64-bit mask of their continuation bytes (`10xxxxxx`), flagged eight bytes at a time. A
/// lookup is then O(1): the scalars before a byte are its block's count, plus the bytes before
/// it in the block, less the continuation bytes among them (the bits of the mask below it).
/// For pure-ASCII text no table is kept and lookups are the identity. Holds a quarter of the text's
/// size (one `Int` and one mask per 64 bytes), not a copy of it.
public struct ScalarOffsetIndex: Sendable {
    /// The scalars before each block of 64 bytes, and last all the text's scalars; empty when
    /// the text is ASCII.
    private let checkpoints: [Int]
    /// For each block of 64 bytes, bit i set when byte i of the block continues a scalar.
    private let continuations: [UInt64]
    /// The text's length in bytes.
    private let byteCount: Int

    public init(text: String) {
        var points: [Int] = []
        var masks: [UInt64] = []
        var copy = text
        byteCount = copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress, !Self.isASCII(base, count: buffer.count) else { return buffer.count }
            masks.reserveCapacity(buffer.count / 64 + 1)
            points.reserveCapacity(buffer.count / 64 + 2)
            var scalars = 0
            var offset = 0
            while offset < buffer.count {
                let length = min(64, buffer.count - offset)
                let mask = Self.continuationMask(base + offset, count: length)
                points.append(scalars)
                masks.append(mask)
                scalars += length - mask.nonzeroBitCount
                offset += length
            }
            points.append(scalars)
            return buffer.count
        }
        checkpoints = points
        continuations = masks
    }

    /// The number of Unicode scalars before byte `offset`. Offsets inside a multi-byte scalar
    /// count that scalar as not yet begun.
    public func scalarOffset(ofByte offset: Int) -> Int {
        guard !checkpoints.isEmpty else { return offset }
        let clamped = min(max(offset, 0), byteCount)
        let block = clamped >> 6
        let bits = clamped & 63
        // at a block's start (or the end of a text of whole blocks) the checkpoint is the answer
        guard bits != 0 else { return checkpoints[block] }
        let before = continuations[block] & (UInt64.max &>> UInt64(64 - bits))
        return checkpoints[block] + bits - before.nonzeroBitCount
    }

    /// The scalar offsets of bytes `start` and `end` (`start <= end`), the same as two
    /// `scalarOffset(ofByte:)` calls.
    public func scalarRange(ofBytes start: Int, _ end: Int) -> Range<Int> {
        guard !checkpoints.isEmpty else { return start..<end }
        return scalarOffset(ofByte: start)..<scalarOffset(ofByte: end)
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

    /// Bit i set when byte i of the `count` (at most 64) bytes at `base` is a continuation byte.
    static func continuationMask(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var mask: UInt64 = 0
        var offset = 0
        while offset + 8 <= count {
            let bytes = word(base, at: offset)
            // bit 7 of each byte: bit 7 set and bit 6 (moved up to bit 7 of the same byte) clear
            let flags = (bytes & ~(bytes &<< 1) & 0x8080_8080_8080_8080) &>> 7
            // the eight flags (bits 0, 8, … 56) gathered into the top byte, lane i at bit 56 + i
            mask |= ((flags &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(offset)
            offset += 8
        }
        while offset < count {
            if base[offset] & 0xC0 == 0x80 { mask |= 1 &<< UInt64(offset) }
            offset += 1
        }
        return mask
    }

    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }
}
