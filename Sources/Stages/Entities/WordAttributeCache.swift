import CPrefetch
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
/// Each slot is one 128-byte entry aligned to 128 bytes (`Entry`): key, start and attributes
/// in one pair of adjacent cache lines, which the processor fetches together, where three
/// arrays put them in three to four lines in three places (a cache past the L2 waited on each).
///
/// - Cost: a lookup reads the token's bytes into two words (`key`), hashes and compares them; a miss
///   describes the token and overwrites the slot (direct-mapped). `slotCount` entries of
///   128 bytes (2 MB by default), allocated once.
/// - Thread safety: a value to be used by one thread at a time (`TaggerCaches.Pool` lends
///   one per document). A copy shares the entries until either writes (copy on write).
package struct WordAttributeCache: @unchecked Sendable {
    /// The entries' memory, owned; `base` is its first entry and `mask` the slot count less one.
    private var storage: AlignedEntries<UInt8>
    private var base: UnsafeMutableRawPointer
    private let mask: Int
    /// 64 less the bits of a slot number: a key's product shifted right by it is its slot.
    private let shift: UInt64
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
        precondition(Entry.fits, "WordAttributeCache: an entry's parts outgrew its \(Entry.size) bytes")
        storage = AlignedEntries(slotCount: size, entrySize: Entry.size, alignment: Entry.size)
        base = storage.base
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The slots of the cache: it never holds more words than this.
    package var slotCount: Int { mask + 1 }

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
        let probe = self.probe(bytes, count: count)
        if probe.found {
            hits += 1
            let entry = self.entry(probe.slot)
            start = entry.load(fromByteOffset: Entry.start, as: Gazetteer.Start.self)
            return entry.load(fromByteOffset: Entry.attributes, as: WordAttributes.self)
        }
        misses += 1
        let attributes = Self.uncached(bytes, count: count, lexicon: lexicon)
        // The word's hash is the start's (`Gazetteer.start`: the folded bytes) but for a word
        // read with its typographic marks as ASCII ones; it is not hashed a second time.
        start =
            attributes.readsTypographic
            ? gazetteer.start(bytes, count: count)
            : Gazetteer.Start(hash: attributes.word, categories: gazetteer.categories(attributes.word))
        keep(slot: probe.slot, key: probe.key, attributes: attributes, start: start)
        return attributes
    }

    /// Writes to `word` and `start` what `attributes(_:count:lexicon:gazetteer:start:)` gives
    /// for the `count` bytes at `bytes`. A hit copies the entry's parts straight to their
    /// places; a miss (or a token the cache does not keep) goes out of line. Returning the
    /// attributes (72 bytes then) from one function for both paths made the compiler merge them
    /// through the stack: a hit copied them twice and the tagger's loop spilled its registers.
    ///
    /// `bytesBefore` bytes before `bytes` may be read (the token's offset in its text): a token
    /// ending at least 8 bytes into it is keyed without a branch on its length (`key(_:count:bytesBefore:)`).
    @inline(__always)
    package mutating func describe(
        _ bytes: UnsafePointer<UInt8>, count: Int, bytesBefore: Int = 0, lexicon: WordLexicon, gazetteer: Gazetteer,
        into word: UnsafeMutablePointer<WordAttributes>, start: UnsafeMutablePointer<Gazetteer.Start>
    ) {
        describe(
            bytes, count: count, place: place(bytes, count: count, bytesBefore: bytesBefore), lexicon: lexicon, gazetteer: gazetteer,
            into: word, start: start)
    }

    /// `describe(_:count:bytesBefore:lexicon:gazetteer:into:start:)` with the token's `place`
    /// (`place(_:count:bytesBefore:)`) computed before, when its entry was asked for
    /// (`prefetch(_:)`), so that the token is keyed once, not at each step.
    @inline(__always)
    package mutating func describe(
        _ bytes: UnsafePointer<UInt8>, count: Int, place: Place, lexicon: WordLexicon, gazetteer: Gazetteer,
        into word: UnsafeMutablePointer<WordAttributes>, start: UnsafeMutablePointer<Gazetteer.Start>
    ) {
        if count > 0, count <= Self.longest, holds(place, count: count) {
            hits += 1
            let entry = self.entry(place.slot)
            start.pointee = entry.load(fromByteOffset: Entry.start, as: Gazetteer.Start.self)
            word.pointee = entry.load(fromByteOffset: Entry.attributes, as: WordAttributes.self)
            return
        }
        describeMissing(bytes, count: count, lexicon: lexicon, gazetteer: gazetteer, into: word, start: start)
    }

    /// `describe`'s miss: the token described (and kept) by `attributes(_:count:lexicon:gazetteer:start:)`.
    @inline(never)
    private mutating func describeMissing(
        _ bytes: UnsafePointer<UInt8>, count: Int, lexicon: WordLexicon, gazetteer: Gazetteer,
        into word: UnsafeMutablePointer<WordAttributes>, start: UnsafeMutablePointer<Gazetteer.Start>
    ) {
        word.pointee = attributes(bytes, count: count, lexicon: lexicon, gazetteer: gazetteer, start: &start.pointee)
    }

    /// Where the `count` bytes at `bytes` (1 to `longest`) are kept: their slot, their key (the
    /// first 8 bytes, the next 8, the length) and whether the slot's entry holds them.
    @inline(__always)
    private func probe(
        _ bytes: UnsafePointer<UInt8>, count: Int, bytesBefore: Int = 0
    ) -> (slot: Int, key: (UInt64, UInt64, UInt64), found: Bool) {
        let place = self.place(bytes, count: count, bytesBefore: bytesBefore)
        return (place.slot, (place.key.0, place.key.1, UInt64(count)), holds(place, count: count))
    }

    /// Where a token is kept: its key (the first 8 bytes, the next 8; the length is the
    /// token's count) and its slot. A function of the token's bytes and the cache's size alone,
    /// so it stays true while entries are written.
    package struct Place {
        let slot: Int
        let key: (UInt64, UInt64)
    }

    /// The place of the `count` bytes at `bytes` (`bytesBefore` as in `describe`); slot 0 and
    /// an empty key when `count` is not 1 to `longest` (such a token is not kept, and its
    /// bytes are not read).
    @inline(__always)
    package func place(_ bytes: UnsafePointer<UInt8>, count: Int, bytesBefore: Int) -> Place {
        guard count > 0, count <= Self.longest else { return Place(slot: 0, key: (0, 0)) }
        let key = Self.key(bytes, count: count, bytesBefore: bytesBefore)
        return Place(slot: slot(key, length: UInt64(count)), key: key)
    }

    /// Whether the entry of `place` holds the token of `count` bytes (1 to `longest`) placed there.
    @inline(__always) private func holds(_ place: Place, count: Int) -> Bool {
        let entry = self.entry(place.slot)
        // The three words compared at once, one branch (hit or miss) where `&&` made three.
        let difference =
            (entry.load(as: UInt64.self) ^ place.key.0) | (entry.load(fromByteOffset: 8, as: UInt64.self) ^ place.key.1)
            | (entry.load(fromByteOffset: 16, as: UInt64.self) ^ UInt64(count))
        return difference == 0
    }

    /// The slot of `key` (from `key(_:count:)`) for a token of `length` bytes. The key is raw
    /// bytes: the first word spread by one multiplication, the rest and the length mixed in,
    /// and the top bits of a second product (every bit of the key reaches them) pick the slot;
    /// the full mixer took twice the instructions for one token.
    @inline(__always) private func slot(_ key: (UInt64, UInt64), length: UInt64) -> Int {
        let spread = (key.0 &* 0x9e37_79b9_7f4a_7c15) ^ (key.1 &+ length)
        return Int(truncatingIfNeeded: (spread &* 0xbf58_476d_1ce4_e5b9) &>> shift) & mask
    }

    /// Asks the processor for both lines of the entry where `describe` looks the `count` bytes
    /// at `bytes` up (`bytesBefore` as there), so that a lookup a few tokens later finds it in
    /// the first-level cache. A hint: nothing is read but the token's bytes.
    @inline(__always)
    package func prefetch(_ bytes: UnsafePointer<UInt8>, count: Int, bytesBefore: Int) {
        guard count > 0, count <= Self.longest else { return }
        prefetch(place(bytes, count: count, bytesBefore: bytesBefore))
    }

    /// Asks the processor for both lines of the entry of `place` (`place(_:count:bytesBefore:)`).
    /// A hint: nothing is read.
    @inline(__always)
    package func prefetch(_ place: Place) {
        let entry = self.entry(place.slot)
        gloss_prefetch(entry)
        gloss_prefetch(entry + 64)
    }

    /// When the entry where `describe` looks the `count` bytes at `bytes` up does not hold
    /// them (its lines asked for a few tokens before: `prefetch`), asks for the lines their
    /// description reads: the slots of their folded hash in `lexicon` and `gazetteer`. A hint:
    /// nothing is written.
    @inline(__always)
    package func prefetchDescription(
        _ bytes: UnsafePointer<UInt8>, count: Int, bytesBefore: Int, lexicon: SlotPrefetcher, gazetteer: SlotPrefetcher
    ) {
        prefetchDescription(
            bytes, count: count, place: place(bytes, count: count, bytesBefore: bytesBefore), lexicon: lexicon, gazetteer: gazetteer)
    }

    /// `prefetchDescription(_:count:bytesBefore:lexicon:gazetteer:)` with the token's `place`
    /// computed before (`place(_:count:bytesBefore:)`).
    @inline(__always)
    package func prefetchDescription(
        _ bytes: UnsafePointer<UInt8>, count: Int, place: Place, lexicon: SlotPrefetcher, gazetteer: SlotPrefetcher
    ) {
        guard count > 0, count <= Self.longest, !holds(place, count: count) else { return }
        let hash = WordHash.folded(bytes, count: count)
        lexicon(hash)
        gazetteer(hash)
    }

    /// Asks the processor for the first slot a table keyed by a word's hash searches
    /// (`WordLexicon.withPrefetcher`, `Gazetteer.withPrefetcher`): the slot `hash >> keyShift`
    /// masked by `mask`, of `stride` bytes each, from `base`. Holds the table's address, not
    /// the table, so asking costs no reference count (an atomic instruction, which waited for
    /// the loads in flight); valid only inside the call that gave it.
    package struct SlotPrefetcher {
        let base: UnsafeRawPointer
        let mask: Int
        let stride: Int
        let keyShift: UInt64

        @inline(__always) func callAsFunction(_ hash: UInt64) {
            gloss_prefetch(base + (Int(truncatingIfNeeded: hash &>> keyShift) & mask) &* stride)
        }
    }

    /// The entry of `slot`.
    @inline(__always) private func entry(_ slot: Int) -> UnsafeMutableRawPointer { base + slot &<< Entry.shift }

    /// Writes an entry into `slot` (after copying the entries if a copy of this cache shares them).
    private mutating func keep(slot: Int, key: (UInt64, UInt64, UInt64), attributes: WordAttributes, start: Gazetteer.Start) {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy()
            base = storage.base
        }
        let entry = self.entry(slot)
        entry.storeBytes(of: key.0, as: UInt64.self)
        entry.storeBytes(of: key.1, toByteOffset: 8, as: UInt64.self)
        entry.storeBytes(of: key.2, toByteOffset: 16, as: UInt64.self)
        entry.storeBytes(of: start, toByteOffset: Entry.start, as: Gazetteer.Start.self)
        entry.storeBytes(of: attributes, toByteOffset: Entry.attributes, as: WordAttributes.self)
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

    /// The same key, for a token with `bytesBefore` readable bytes before it in its text. When
    /// it ends at least 8 bytes into the text, the 8 bytes that end where it does (some of them
    /// before it, for a token shorter than 8) are read and shifted down, and its first 8 for a
    /// longer token: the same loads whatever its length, chosen without branches. Tokens'
    /// lengths change from token to token, and the branches on them (`key(_:count:)`) were
    /// mispredicted 105,000 times in the 150,000 tokens of reut2-000 (callgrind's branch
    /// simulation). A token nearer the text's start is keyed by `key(_:count:)`.
    @inline(__always)
    static func key(_ bytes: UnsafePointer<UInt8>, count: Int, bytesBefore: Int) -> (UInt64, UInt64) {
        guard bytesBefore + count >= 8 else { return key(bytes, count: count) }
        let raw = UnsafeRawPointer(bytes)
        let long = count > 8
        let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: long ? 0 : count - 8, as: UInt64.self))
        return (first &>> UInt64(long ? 0 : 8 * (8 - count)), long ? last &>> UInt64(8 * (16 - count)) : 0)
    }

    /// The attributes of the `count` bytes at `bytes`, marked by `lexicon`, without a cache.
    @inline(__always)
    package static func uncached(_ bytes: UnsafePointer<UInt8>, count: Int, lexicon: WordLexicon) -> WordAttributes {
        var attributes = WordAttributes(bytes, count: count)
        lexicon.mark(&attributes)
        return attributes
    }
}

extension WordAttributeCache {
    /// Where a slot's parts lie in its entry: the key's three words (first 8 bytes, next 8,
    /// length; a length of 0 is an empty slot) at 0, the gazetteer start at `start`, the
    /// attributes at `attributes`, in `size` bytes.
    enum Entry {
        static let shift = 7
        static let size = 1 << shift
        static let start = 24
        static let attributes = 40

        /// Whether the parts fit their places at their types' alignments.
        static var fits: Bool {
            MemoryLayout<Gazetteer.Start>.size <= attributes - start && MemoryLayout<Gazetteer.Start>.alignment <= 8
                && attributes + MemoryLayout<WordAttributes>.size <= size && MemoryLayout<WordAttributes>.alignment <= 8
        }
    }
}
