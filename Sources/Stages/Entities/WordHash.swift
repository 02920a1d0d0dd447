/// Hashing of word bytes for the entity tagger's features: FNV-1a over case-folded UTF-8, and
/// a finaliser that spreads a feature's hash over the weight table.
///
/// Case folding covers ASCII and the Latin-1 capitals (À–Þ), which is what names in news
/// need; other scripts hash as they are written.
package enum WordHash {
    // Inlinable constants, so that other modules (the sentiment lexicon's `WordKey`) read them
    // without a global's accessor per word.
    @inlinable package static var basis: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inlinable package static var prime: UInt64 { 0x0000_0100_0000_01b3 }

    @inlinable @inline(__always) package static func fold(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// `byte` case-folded, given the byte before it (for two-byte Latin-1 capitals).
    @inline(__always) package static func lower(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte &- 65 < 26 { return byte | 0x20 }
        if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { return byte &+ 0x20 }
        return byte
    }

    /// The case-folded hash of `count` bytes at `bytes`, continuing from `hash`.
    @inline(__always)
    package static func folded(_ bytes: UnsafePointer<UInt8>, count: Int, from hash: UInt64 = basis) -> UInt64 {
        var h = hash
        var previous: UInt8 = 0
        for i in 0..<count {
            let byte = bytes[i]
            h = fold(h, lower(byte, after: previous))
            previous = byte
        }
        return h
    }

    /// The hash of a phrase whose words so far hash to `phrase`, extended by a word whose hash
    /// is `word` (the keys of names in `DocumentConsistency` and `NameLinker`).
    @inline(__always) package static func extend(_ phrase: UInt64, with word: UInt64) -> UInt64 { mix(phrase &* 31 &+ word) }

    /// SplitMix64's finaliser: every input bit reaches every output bit.
    @inline(__always) package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
