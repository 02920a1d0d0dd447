/// The one way Gloss keys a case-folded word: the byte fold rule, and the 64-bit FNV-1a hash of
/// the folded UTF-8 bytes, computed in place (no `String`, no copy).
///
/// The fold (`lower(_:after:)`): A–Z become a–z, and the two-byte Latin-1 capitals À–Þ
/// (`C3 80`–`C3 9E`, but not × `C3 97`) become à–þ, which is what names in news need; other
/// scripts hash as they are written. `WordTable.Key` packs ASCII words with the same rule, the
/// entity tagger's features and name keys hash through `folded(_:count:from:)`, and the
/// sentiment lexicons look words up with `hash(_:from:to:readingApostrophes:)`, which also reads
/// the typographic apostrophe U+2019 as `'`, as their entries are spelled.
///
/// The entity model's feature weights sit at these hashes: changing the fold or the hash means
/// retraining it (`scripts/train-entities.sh`).
///
/// The type is `public` (with no public members) only so that its `@inlinable` members are
/// inlined into other modules: Swift 6.3 calls, rather than inlines, the `@inlinable` members
/// of a `package` type from another module (the entity tagger made a call per byte it hashed
/// and per feature row it placed).
public enum WordHash {
    // Inlinable, so that other modules (the tokenizer's neighbours, the sentiment lexicon, the
    // entity features) hash inline, without a call per byte.
    @inlinable package static var basis: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inlinable package static var prime: UInt64 { 0x0000_0100_0000_01b3 }

    /// One FNV-1a step: `hash` extended by `byte`.
    @inlinable @inline(__always) package static func fold(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// `byte` case-folded if it is an ASCII capital A–Z.
    @inlinable @inline(__always) package static func lowerASCII(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }

    /// `byte` case-folded, given the byte before it (for two-byte Latin-1 capitals).
    @inlinable @inline(__always) package static func lower(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte &- 65 < 26 { return byte | 0x20 }
        if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { return byte &+ 0x20 }
        return byte
    }

    /// The case-folded hash of `count` bytes at `bytes`, continuing from `hash`.
    @inlinable @inline(__always)
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

    /// Calls `body` with each case-folded byte of `bytes[start..<end]`; with
    /// `readingApostrophes`, U+2019 (`E2 80 99`) is given as one `'`.
    @inlinable @inline(__always)
    package static func forEachFolded(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, readingApostrophes: Bool, _ body: (UInt8) -> Void
    ) {
        var index = start
        var previous: UInt8 = 0
        while index < end {
            let byte = bytes[index]
            if readingApostrophes && byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                body(UInt8(ascii: "'"))
                previous = 0x99
                index += 3
            } else {
                body(lower(byte, after: previous))
                previous = byte
                index += 1
            }
        }
    }

    /// The hash of the folded bytes of `bytes[start..<end]` (see `forEachFolded`).
    @inlinable @inline(__always)
    package static func hash(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, readingApostrophes: Bool) -> UInt64 {
        var hash = basis
        forEachFolded(bytes, from: start, to: end, readingApostrophes: readingApostrophes) { byte in hash = fold(hash, byte) }
        return hash
    }

    /// `hash(_:from:to:readingApostrophes:)`, and whether the bytes are all ASCII: an ASCII
    /// word folds byte by byte (A–Z to a–z), so it is hashed in one pass and may be compared
    /// with `equalsASCII`; any other word is hashed again through the full fold.
    @inlinable @inline(__always)
    package static func hashNotingASCII(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, readingApostrophes: Bool
    ) -> (hash: UInt64, isASCII: Bool) {
        var hash = basis
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 { return (self.hash(bytes, from: start, to: end, readingApostrophes: readingApostrophes), false) }
            hash = fold(hash, lowerASCII(byte))
            index += 1
        }
        return (hash, true)
    }

    /// `equals` for ASCII bytes (see `hashNotingASCII`): a length check, then byte by byte to
    /// the first difference.
    @inlinable @inline(__always)
    package static func equalsASCII(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, _ stored: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == end - start else { return false }
        for offset in 0..<stored.count where stored[offset] != lowerASCII(bytes[start + offset]) { return false }
        return true
    }

    /// Whether the folded bytes of `bytes[start..<end]` equal `stored` (folded already, the
    /// same way): the check after a hash lookup.
    @inlinable @inline(__always)
    package static func equals(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, readingApostrophes: Bool, _ stored: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        var position = 0
        var same = true
        forEachFolded(bytes, from: start, to: end, readingApostrophes: readingApostrophes) { byte in
            if position >= stored.count || stored[position] != byte { same = false }
            position += 1
        }
        return same && position == stored.count
    }

    /// The hash of a phrase whose words so far hash to `phrase`, extended by a word whose hash
    /// is `word` (the keys of names in `DocumentConsistency` and `NameLinker`).
    @inlinable @inline(__always) package static func extend(_ phrase: UInt64, with word: UInt64) -> UInt64 { mix(phrase &* 31 &+ word) }

    /// SplitMix64's finaliser: every input bit reaches every output bit.
    @inlinable @inline(__always) package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
