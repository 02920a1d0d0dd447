/// A fixed list of short ASCII words with a small value each (abbreviations, emoticons,
/// sentence starters), looked up by a `Key` packed from the text's bytes with one multiply and
/// a probe or two: no hashing of strings, no allocation.
///
/// Open addressing with linear probing in a table at most a quarter full; an all-zero key
/// marks an empty slot (no word packs to zero).
///
/// The type and its `Key` are `public` (with no public members) only so that their `@inlinable`
/// members are inlined into the numbers stage, as `WordHash`'s are: Swift 6.3 calls, rather
/// than inlines, the `@inlinable` members of a `package` type from another module (a key packed
/// there cost ~120 Ir a call, some 6,600 calls a pass of `bench`'s pages).
public struct WordTable: Sendable {
    /// Up to 16 ASCII bytes of the text packed into two integers: a word looked up without
    /// making a `String`.
    ///
    /// Byte `k` of the word sits in bits `8 * (k % 8)` of `low` (k < 8) or `high`; unused bytes are
    /// zero, so words of different lengths never collide.
    public struct Key: Hashable, Sendable {
        @usableFromInline package var low: UInt64
        @usableFromInline package var high: UInt64

        /// The key no word packs to: marks an empty slot in a `WordTable`.
        package static let empty = Key(low: 0, high: 0)

        private init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        /// Packs `bytes[start..<end]`, folding A–Z to lowercase if `lowercased` (`WordHash`'s
        /// fold rule; the Latin-1 part of it never applies, as only ASCII packs). Nil if the slice
        /// is empty, longer than 16 bytes, or holds a byte outside printable ASCII (such a word is
        /// on none of the lists).
        ///
        /// Eight bytes at a time: each half is read in at most two overlapping loads, then tested
        /// and folded as a whole word (`isPrintable`, `folded`), with no branch per byte.
        /// Inlinable, as the helpers below are: the numbers stage packs keys from another
        /// module, where an opaque call cost ~120 Ir against the few dozen of the body.
        @inlinable @inline(__always)
        package init?(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, lowercased: Bool = false) {
            let length = end - start
            guard length > 0 && length <= 16 else { return nil }
            let lowCount = min(length, 8)
            var low = Self.gather(UnsafeRawPointer(bytes + start), count: lowCount)
            var high = Self.gather(UnsafeRawPointer(bytes + start + lowCount), count: length - lowCount)
            guard Self.isPrintable(low, count: lowCount) && Self.isPrintable(high, count: length - lowCount) else { return nil }
            if lowercased {
                low = Self.folded(low)
                high = Self.folded(high)
            }
            self.low = low
            self.high = high
        }

        /// The `count` (0–8) bytes at `bytes`, byte `k` in bits `8 * k`, the rest zero: one load
        /// for eight, two overlapping ones for two to seven.
        @inlinable @inline(__always)
        static func gather(_ bytes: UnsafeRawPointer, count: Int) -> UInt64 {
            switch count {
            case 8:
                return UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
            case 4...7:
                let first = UInt64(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
                let last = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
                return first | last << UInt64(8 * (count - 4))
            case 2...3:
                let first = UInt64(UInt16(littleEndian: bytes.loadUnaligned(as: UInt16.self)))
                let last = UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)))
                return first | last << UInt64(8 * (count - 2))
            case 1:
                return UInt64(bytes.load(as: UInt8.self))
            default:
                return 0
            }
        }

        /// Whether the first `count` bytes of `word` (the rest zero) are all printable ASCII,
        /// 0x21–0x7E. Once no byte has its top bit set, adding a constant to every byte carries
        /// into none of the others, so each byte's top bit tells one bound.
        @inlinable @inline(__always)
        static func isPrintable(_ word: UInt64, count: Int) -> Bool {
            let tops: UInt64 = 0x8080_8080_8080_8080
            guard word & tops == 0 else { return false }
            let used = (count == 8 ? UInt64.max : (1 << UInt64(8 * count)) &- 1) & tops
            let above20 = (word &+ 0x5F5F_5F5F_5F5F_5F5F) & used  // byte + 0x5F ≥ 0x80: byte ≥ 0x21
            let above7E = (word &+ 0x0101_0101_0101_0101) & used  // byte + 0x01 ≥ 0x80: byte ≥ 0x7F
            return above20 == used && above7E == 0
        }

        /// `word` with each byte A–Z made lowercase (`WordHash.lowerASCII` on each byte); every
        /// byte is below 0x80.
        @inlinable @inline(__always)
        static func folded(_ word: UInt64) -> UInt64 {
            let tops: UInt64 = 0x8080_8080_8080_8080
            let atLeastA = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & tops  // byte ≥ 0x41
            let pastZ = (word &+ 0x2525_2525_2525_2525) & tops  // byte ≥ 0x5B
            return word | (atLeastA & ~pastZ) >> 2
        }

        /// Packs a word of a list, as written.
        package init?(_ word: String) {
            let utf8 = Array(word.utf8)
            guard
                let key = utf8.withUnsafeBufferPointer({ buffer in
                    buffer.baseAddress.flatMap { Key($0, from: 0, to: buffer.count) }
                })
            else { return nil }
            self = key
        }
    }

    @usableFromInline let keys: [Key]
    @usableFromInline let values: [UInt8]
    @usableFromInline let shift: UInt64

    /// A table of `entries`; a later entry for the same word replaces an earlier one.
    package init(_ entries: [(key: Key, value: UInt8)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [Key](repeating: Key.empty, count: size)
        var values = [UInt8](repeating: 0, count: size)
        shift = 64 - bits
        for (key, value) in entries {
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != Key.empty && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    /// A table of `words` (each packed as written), all with `value`.
    package init(_ words: [String], value: UInt8 = 1) {
        self.init(
            words.map { word in
                guard let key = Key(word) else { preconditionFailure("'\(word)' does not fit a Key") }
                return (key, value)
            })
    }

    /// The value stored for `key`, or nil.
    @inlinable @inline(__always)
    package func value(for key: Key) -> UInt8? {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let candidate = keys[slot]
            if candidate.low == 0 && candidate.high == 0 { return nil }  // Key.empty, without its global's accessor
            if candidate == key { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `key` is in the table.
    @inlinable @inline(__always)
    package func contains(_ key: Key) -> Bool { value(for: key) != nil }

    @inlinable @inline(__always)
    static func slot(of key: Key, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> shift)
    }
}
