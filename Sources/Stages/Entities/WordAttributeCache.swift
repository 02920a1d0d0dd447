import GlossText

/// The attributes of tokens as their bytes and the word lexicon give them (`WordAttributes`
/// with its cluster, corpus casing and frequency; no gazetteer, sentence or document marks),
/// kept across sentences and documents: most tokens of news are words seen before, and a lookup
/// costs a fraction of the pass over the bytes, the affix hashes and the lexicon lookup. Beside
/// them, what the gazetteer lists under the token as a phrase's first word (`Gazetteer.Start`),
/// so that marking the sentence's listed phrases does not hash each token again.
///
/// Exact: a token of at most `longest` bytes is keyed by its bytes and length, compared in
/// full, and its attributes and start are a function of them (and of the tagger's one lexicon
/// and gazetteer); a longer token is described without the cache.
///
/// - Cost: a lookup reads the token's bytes into two words (`key`), hashes and compares them; a miss
///   describes the token and overwrites the slot (direct-mapped). `slotCount` entries of
///   112 bytes (1.84 MB by default), allocated once.
/// - Thread safety: a value to be used by one thread at a time (`TaggerCaches.Pool` lends
///   one per document).
package struct WordAttributeCache: Sendable {
    /// Per slot: the token's first 8 bytes, its next 8 (zero-padded), and its length (0 while
    /// empty).
    private var keys: [UInt64]
    private var values: [WordAttributes]
    private var starts: [Gazetteer.Start]
    /// Lookups answered from the cache and lookups that described the token.
    package private(set) var hits = 0
    package private(set) var misses = 0

    /// The longest token kept, in bytes.
    package static let longest = 16
    /// Slots in a cache made with the default size: room for the distinct tokens of a few
    /// thousand news stories (a Reuters file of 1,000 stories has about 14,000; with 4,096
    /// slots, 37,000 of its 161,000 tokens missed).
    package static let defaultSlotCount = 16384

    /// An empty cache of `slotCount` slots (rounded up to a power of two).
    package init(slotCount: Int = defaultSlotCount) {
        var size = 1
        while size < slotCount { size *= 2 }
        keys = [UInt64](repeating: 0, count: 3 * size)
        values = [WordAttributes](repeating: .start, count: size)
        starts = [Gazetteer.Start](repeating: Gazetteer.Start(hash: 0, categories: 0), count: size)
    }

    /// The slots of the cache: it never holds more words than this.
    package var slotCount: Int { values.count }

    /// The attributes of the `count` bytes at `bytes`, marked by `lexicon`
    /// (`uncached(_:count:lexicon:)`), from the cache or described and kept; their phrase start
    /// in `gazetteer` (`Gazetteer.start`) is written to `start`.
    @inline(__always)
    package mutating func attributes(
        _ bytes: UnsafePointer<UInt8>, count: Int, lexicon: WordLexicon, gazetteer: Gazetteer, start: inout Gazetteer.Start
    ) -> WordAttributes {
        guard count > 0, count <= Self.longest else {
            start = gazetteer.start(bytes, count: count)
            return Self.uncached(bytes, count: count, lexicon: lexicon)
        }
        let key = Self.key(bytes, count: count)
        let length = UInt64(count)
        let slot = Int(truncatingIfNeeded: WordHash.mix(key.0 &+ key.1 &* 0x9e37_79b9_7f4a_7c15 &+ length)) & (values.count - 1)
        if keys[3 * slot] == key.0, keys[3 * slot + 1] == key.1, keys[3 * slot + 2] == length {
            hits += 1
            start = starts[slot]
            return values[slot]
        }
        misses += 1
        let attributes = Self.uncached(bytes, count: count, lexicon: lexicon)
        start = gazetteer.start(bytes, count: count)
        keys[3 * slot] = key.0
        keys[3 * slot + 1] = key.1
        keys[3 * slot + 2] = length
        values[slot] = attributes
        starts[slot] = start
        return attributes
    }

    /// The key of the `count` bytes at `bytes` (1 to 16): the first 8 bytes and the rest as two
    /// little-endian words, zero-padded, as a copy of the bytes into two zeroed words reads.
    /// Read in registers with loads inside the token that may overlap (so never past its last
    /// byte): a copy through memory called `memcpy`, and the two 8-byte reads of what it had
    /// written just before, in smaller pieces, waited for the stores (store-to-load forwarding
    /// fails on such reads).
    @inline(__always)
    static func key(_ bytes: UnsafePointer<UInt8>, count: Int) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(bytes)
        if count >= 8 {
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            // Bytes count - 8 ..< count, shifted down so that byte 8 comes first.
            let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            return (first, count == 8 ? 0 : last &>> UInt64(8 * (16 - count)))
        }
        if count >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return (low | high &<< UInt64(8 * (count - 4)), 0)
        }
        // 1 to 3 bytes: the first, the middle and the last (some the same).
        let middle = UInt64(bytes[count >> 1]) &<< UInt64(8 * (count >> 1))
        return (UInt64(bytes[0]) | middle | UInt64(bytes[count - 1]) &<< UInt64(8 * (count - 1)), 0)
    }

    /// The attributes of the `count` bytes at `bytes`, marked by `lexicon`, without a cache.
    @inline(__always)
    package static func uncached(_ bytes: UnsafePointer<UInt8>, count: Int, lexicon: WordLexicon) -> WordAttributes {
        var attributes = WordAttributes(bytes, count: count)
        lexicon.mark(&attributes)
        return attributes
    }
}
