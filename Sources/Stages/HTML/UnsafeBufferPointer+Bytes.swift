import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` at or after `start` and before `end` (the buffer's end when
    /// nil), or nil: `memchr`, which reads many bytes per step, for the byte scans that run
    /// ahead of the parser (`RawTextElision`, `AttributeLimit`). (Reading the first bytes here,
    /// eight at a time, before calling it cost more instructions than it saved.)
    func firstIndex(of byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
        let end = Swift.min(end ?? count, count)
        guard start < end, let base = baseAddress, let found = memchr(base + start, Int32(byte), end - start) else {
            return nil
        }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The index of the first of three bytes at or after `start`, or nil: read eight bytes at a
    /// time, for searches that end within a tag.
    func firstIndex(of first: UInt8, _ second: UInt8, _ third: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let (a, b, c) = (ones &* UInt64(first), ones &* UInt64(second), ones &* UInt64(third))
        var index = start
        while index + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let flags = Self.zeroFlags(word ^ a) | Self.zeroFlags(word ^ b) | Self.zeroFlags(word ^ c)
            if flags != 0 { return index + flags.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte == first || byte == second || byte == third { return index }
            index += 1
        }
        return nil
    }

    /// The high bit of each zero byte of `word` set, and of no byte below the first zero byte
    /// (a byte above one can be flagged falsely, by the borrow): its lowest set bit is exact.
    @inline(__always)
    static func zeroFlags(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// The index of the first `byte` at or after `start`, or nil, for a byte that is usually
    /// near (an end tag's `>`): the first 16 bytes are read one by one, and `memchr` called
    /// only past them (a call costs more than a short loop).
    @inline(__always)
    func firstIndexNear(of byte: UInt8, from start: Int) -> Int? {
        var index = start
        let near = Swift.min(count, start + 16)
        while index < near {
            if self[index] == byte { return index }
            index += 1
        }
        return firstIndex(of: byte, from: index)
    }
}
