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
/// - Cost: a lookup copies the token's bytes into two words, hashes and compares them; a miss
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
        var key = (UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &key) { $0.baseAddress!.copyMemory(from: bytes, byteCount: count) }
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

    /// The attributes of the `count` bytes at `bytes`, marked by `lexicon`, without a cache.
    @inline(__always)
    package static func uncached(_ bytes: UnsafePointer<UInt8>, count: Int, lexicon: WordLexicon) -> WordAttributes {
        var attributes = WordAttributes(bytes, count: count)
        lexicon.mark(&attributes)
        return attributes
    }
}
