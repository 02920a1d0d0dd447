import CPrefetch
import GlossText

/// The summed weights of a word's own features (`FeatureTemplates.ownFeatures`: half of a
/// token's rows, those that do not look at its neighbours), kept across sentences and documents:
/// news vocabulary is Zipfian, so most scored tokens ("The", "Mr", "said", the names of the
/// day) are words scored before, and their 24 hashed rows, each most often a cache miss,
/// become one lookup.
///
/// Exact: an entry is keyed by every attribute the own features read (word, shape, affixes,
/// flags, gazetteer bits, document casing, cluster, corpus casing and frequency), compared in
/// full, and holds integer sums (`TagSums`), which add up to the same total in any order; so
/// the tagger's scores with the cache are those without it, to the bit.
///
/// It keeps as well the scores of a word's transition rows (`FeatureTemplates.transitionFeatures`,
/// 3 rows for each of the 9 tags before it, keyed by the word and its shape; their integer sums
/// scaled once, as `TagSums.write` scales them): the lattice reads them in place for every tag
/// a path reaches before a scored token. An entry sums only the previous tags asked for
/// (most often O alone: a name rarely follows a name), and adds the others when a later lookup
/// asks for them (`Transition`): a word new to the cache sums 3 rows, not 27. The key, the
/// tags summed and the scores after O share the entry's first cache line, so the usual lookup
/// reads one line where the keys, the filled marks and the scores in three arrays read three.
///
/// An own entry is 128 bytes aligned to 128 (`Own`): its 64-byte key on one cache line, its sums
/// on the next, a pair the processor fetches together; in two arrays a key straddled two lines
/// (an array's elements start 32 bytes into its storage) and its sums lay in a third.
///
/// - Cost: a lookup hashes the key and compares 64 bytes (16 for transitions); a miss sums the
///   24 rows (3 for each previous tag asked for and not yet summed, for transitions) and
///   overwrites the slot (direct-mapped: no growth, no eviction list). `slotCount` own entries
///   of 128 bytes and `slotCount / 2` transition entries of 384 bytes (1.3 MB by default),
///   allocated once.
/// - Thread safety: a value to be used by one thread at a time; `TaggerCaches.Pool` lends one
///   to each document being tagged, so a runner's workers never share one. A copy shares the
///   transition entries until either writes (copy on write), as `WordAttributeCache` does;
///   hence `@unchecked Sendable` (the entries' address is kept beside their owner).
package struct WordScoreCache: @unchecked Sendable {
    /// What an entry is keyed by: all the attributes that `ownFeatures` reads.
    struct Key: Equatable, Sendable {
        var word: UInt64
        var shape: UInt64
        var prefix: UInt64
        var suffix2: UInt64
        var suffix3: UInt64
        var suffix4: UInt64
        /// Cluster, gazetteer bits, flags and document casing.
        var packed: UInt64
        /// Corpus casing and frequency, and bit 16 set, so that no key is an empty entry's (all zeros).
        var lexicon: UInt64

        @inline(__always) init(_ w: WordAttributes) {
            word = w.word
            shape = w.shape
            prefix = w.prefix
            suffix2 = w.suffix2
            suffix3 = w.suffix3
            suffix4 = w.suffix4
            packed = UInt64(w.cluster) | UInt64(w.gazetteer) << 32 | UInt64(w.flags) << 48 | UInt64(w.document) << 56
            lexicon = UInt64(w.casing) | UInt64(w.frequency) << 8 | 1 << 16
        }

        /// Whether two keys are the same: their eight words' differences (exclusive or) in
        /// one vector, folded by or to one word, no branch per word. The derived `==` was a
        /// call for each scored token that compared word by word; `all` of a vector
        /// comparison, a call to a generic reduction.
        @inline(__always) static func == (a: Key, b: Key) -> Bool {
            none(of: a.words ^ b.words)
        }

        /// Whether the key at `entry` (aligned to 64 bytes) is this one: compared as `==`
        /// compares, read straight from the entry.
        @inline(__always) func isKept(at entry: UnsafeRawPointer) -> Bool {
            Self.none(of: words ^ entry.load(as: SIMD8<UInt64>.self))
        }

        /// The key's eight words in one vector.
        @inline(__always) private var words: SIMD8<UInt64> {
            withUnsafeBytes(of: self) { $0.loadUnaligned(as: SIMD8<UInt64>.self) }
        }

        /// Whether `difference` is all zeros: folded by or to one word.
        @inline(__always) private static func none(of difference: SIMD8<UInt64>) -> Bool {
            let half = difference.lowHalf | difference.highHalf
            let quarter = half.lowHalf | half.highHalf
            return quarter[0] | quarter[1] == 0
        }

        /// The slot of the key in a table of `mask + 1` slots (a power of two) whose slot
        /// numbers take `64 - shift` bits: the words folded into one (the word is a hash
        /// already; the packed attributes spread by a multiplication), and the top bits of
        /// its product, which every bit reaches. SplitMix's finaliser took twice the
        /// instructions for each scored token.
        @inline(__always) func slot(shift: UInt64, mask: Int) -> Int {
            let folded = word ^ shape &* 31 ^ packed &* 0x9e37_79b9_7f4a_7c15 ^ lexicon
            return Int(truncatingIfNeeded: (folded &* 0xbf58_476d_1ce4_e5b9) &>> shift) & mask
        }
    }

    /// The own entries (`Own`), the first of them (`ownBase`) and their count less one.
    private var own: AlignedEntries<UInt8>
    private var ownBase: UnsafeMutableRawPointer
    private let ownMask: Int
    /// 64 less the bits of a slot number of the own entries and of the transition slots.
    private let shift: UInt64
    private let transitionShift: UInt64
    /// The transition entries (`Transition`), and the first of them (`transitions.base`).
    private var transitions: AlignedEntries<Float>
    private var transitionBase: UnsafeMutableRawPointer
    /// The transition slots less one (their count is a power of two).
    private let transitionMask: Int
    /// Lookups (of own and transition sums) answered from the cache and lookups that summed
    /// the rows, since the cache was made.
    package private(set) var hits = 0
    package private(set) var misses = 0

    /// Slots in a cache made with the default size: enough for the distinct capitalised words
    /// of many news pages.
    package static let defaultSlotCount = 4096

    /// An empty cache of `slotCount` slots (rounded up to a power of two).
    package init(slotCount: Int = defaultSlotCount) {
        var size = 1
        while size < slotCount { size *= 2 }
        precondition(Own.fits, "WordScoreCache: an own entry's parts outgrew its \(Own.size) bytes")
        own = AlignedEntries(slotCount: size, entrySize: Own.size, alignment: Own.size)
        ownBase = own.base
        ownMask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        let transitionSize = max(1, size / 2)
        transitionShift = UInt64(64 - transitionSize.trailingZeroBitCount)
        precondition(Transition.fits, "WordScoreCache: a transition entry's parts outgrew its \(Transition.size) bytes")
        transitions = AlignedEntries(slotCount: transitionSize, entrySize: Transition.size, alignment: 64)
        transitionBase = transitions.base
        transitionMask = transitionSize - 1
    }

    /// The slots of the cache: it never holds more words than this.
    package var slotCount: Int { ownMask + 1 }

    /// The sums of `model`'s weights over the own features of `word` (`ownFeatures`), from the
    /// cache or summed and kept.
    @inline(__always)
    package mutating func ownSums(_ word: WordAttributes, model: EntityModel) -> TagSums {
        ownSums(word, slot: ownSlot(word), model: model)
    }

    /// The slot of `word`'s own entry (`ownSums(_:slot:model:)`).
    @inline(__always) package func ownSlot(_ word: WordAttributes) -> Int {
        Key(word).slot(shift: shift, mask: ownMask)
    }

    /// `ownSums(_:model:)` with `word`'s slot (`ownSlot`) found before, when its entry was
    /// asked for (`prefetch(_:)`), so that the key is hashed once.
    ///
    /// - Requires: `slot == ownSlot(word)` (checked in debug builds only): another slot would
    ///   be read and written past the entries when out of range, and would keep the word
    ///   where no lookup finds it when in range.
    @inline(__always)
    package mutating func ownSums(_ word: WordAttributes, slot: Int, model: EntityModel) -> TagSums {
        assert(slot == ownSlot(word), "WordScoreCache.ownSums: slot \(slot) is not the word's (\(ownSlot(word)))")
        let key = Key(word)
        let entry = ownBase + slot &<< Own.shift
        if key.isKept(at: entry) {
            hits += 1
            return entry.load(fromByteOffset: Own.sums, as: TagSums.self)
        }
        return ownSumsMissing(word, key: key, slot: slot, model: model)
    }

    /// `ownSums`' miss: the rows summed, and kept in the entry of `slot` (after copying the
    /// entries if a copy of this cache shares them).
    @inline(never)
    private mutating func ownSumsMissing(_ word: WordAttributes, key: Key, slot: Int, model: EntityModel) -> TagSums {
        misses += 1
        #if GLOSS_ROW_TRACE
            RowTrace.note(0xFFFF_FFFE)
        #endif
        let sum = Self.ownSums(word, model: model)
        if !isKnownUniquelyReferenced(&own) {
            own = own.copy()
            ownBase = own.base
        }
        let entry = ownBase + slot &<< Own.shift
        entry.storeBytes(of: key, as: Key.self)
        entry.storeBytes(of: sum, toByteOffset: Own.sums, as: TagSums.self)
        return sum
    }

    /// The sums of all the word rows of token `i` of a sentence's `words`: its own features'
    /// (from the cache), its window's and its history row (`history`, from `DocumentMemory`),
    /// summed with `rows` as scratch (room for `FeatureTemplates.wordCapacity`). The same as
    /// summing `staticFeatures` and `historyFeature`, to the bit. `edges` is
    /// `FeatureTemplates.Window.edges`, read once by a caller that sums many tokens.
    @inline(__always)
    package mutating func wordSums(
        _ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, history: UInt8, model: EntityModel, rows: UnsafeMutablePointer<UInt32>,
        edges: UnsafePointer<WordAttributes> = FeatureTemplates.Window.edges
    ) -> TagSums {
        model.withRowPlaces { places in wordSums(words, i, history: history, model: model, places: places, rows: rows, edges: edges) }
    }

    /// The same, with the model's row places (`EntityModel.withRowPlaces`) given by a caller
    /// that sums many tokens and asks for them once (each asking reads a global table, which
    /// the runtime checks is made: `swift_once`). Each window row is turned into its place in
    /// the model's weights as it is hashed (or read from the model's table, for a listed
    /// template's: `FeatureTemplates.Listed`), and `rows` holds the places.
    @inline(__always)
    package mutating func wordSums(
        _ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, history: UInt8, model: EntityModel, places: EntityModel.RowPlaces,
        rows: UnsafeMutablePointer<UInt32>, edges: UnsafePointer<WordAttributes>
    ) -> TagSums {
        #if GLOSS_ROW_TRACE
            RowTrace.note(0xFFFF_FFFF)
        #endif
        let window = FeatureTemplates.window(words, i, edges: edges)
        let bits = model.bits
        var count = 0
        // The listed templates' rows (the history's too) from the model's table by their
        // index, the others hashed and looked up (`EntityModel.RowPlaces`).
        FeatureTemplates.forEachWindowFeature(
            window, bits: bits,
            { row in
                rows[count] = places(row)
                count += 1
            },
            listed: { template, index, _ in
                rows[count] = places(template, index)
                count += 1
            })
        rows[count] = places(.history, FeatureTemplates.historyIndex(window.w.pointee, history: history))
        count += 1
        return ownSums(window.w.pointee, model: model) &+ model.sum(places: UnsafeBufferPointer(start: rows, count: count))
    }

    /// The scores (`Float(sum) * model.scale`, as `TagSums.write`) of `word`'s transition
    /// rows after each previous tag `p` whose bit `1 << p` is set in `reached`, written to
    /// `scores + p * EntityTag.count`: one lookup for them all.
    @inline(__always)
    package mutating func transitionScores(_ word: WordAttributes, reached: UInt16, model: EntityModel, into scores: UnsafeMutablePointer<Float>) {
        withTransitionScores(word, reached: reached, model: model) { kept in
            var left = reached
            while left != 0 {
                let p = left.trailingZeroBitCount
                left &= left - 1
                (scores + p * EntityTag.count).update(from: kept + p * EntityTag.count, count: EntityTag.count)
            }
        }
    }

    /// Calls `body` with the scores of `word`'s transition rows after each previous tag `p`
    /// whose bit `1 << p` is set in `reached`, at `p * EntityTag.count` from the pointer it is
    /// given (valid only inside `body`; the other previous tags' scores are not to be read),
    /// from the cache, or summed for the tags the entry lacks and kept (keyed by the word and
    /// its shape, all they read).
    @inline(__always)
    package mutating func withTransitionScores<Result>(
        _ word: WordAttributes, reached: UInt16, model: EntityModel, _ body: (UnsafePointer<Float>) -> Result
    ) -> Result {
        // The entry first: a call on `self` with it as an argument would read `self` before
        // the lookup fills the entry.
        let entry = transitionEntry(word, reached: reached, model: model)
        return body(UnsafePointer(Transition.scores(entry)))
    }

    /// The transition entry holding `word`'s scores after every previous tag in `reached`,
    /// those it lacked summed and kept (the entry taken over when it held another word).
    @inline(__always)
    private mutating func transitionEntry(_ word: WordAttributes, reached: UInt16, model: EntityModel) -> UnsafeMutableRawPointer {
        let slot = transitionSlot(word)
        let entry = transitionBase + slot &* Transition.size
        // The entry's tags count only when it holds the word: both key words compared at once.
        let other = (entry.load(as: UInt64.self) ^ word.word) | (entry.load(fromByteOffset: Transition.shape, as: UInt64.self) ^ word.shape)
        let summed = other == 0 ? entry.load(fromByteOffset: Transition.summed, as: UInt16.self) : 0
        let missing = reached & ~summed
        guard missing == 0 else {
            misses += 1
            return fillTransitions(slot, word, keeping: summed, adding: missing, model: model)
        }
        hits += 1
        return entry
    }

    /// The slot of `word`'s transition entry: keyed by the word and its shape.
    @inline(__always) private func transitionSlot(_ word: WordAttributes) -> Int {
        let folded = word.word ^ word.shape &* 0x9e37_79b9_7f4a_7c15
        return Int(truncatingIfNeeded: (folded &* 0xbf58_476d_1ce4_e5b9) &>> transitionShift) & transitionMask
    }

    /// Asks the processor for the lines `ownSums` and the lattice's transition lookup will read
    /// for `word`: its own entry's two (key and sums), and its transition entry's first line
    /// (the key and the scores after O). A hint: nothing is read or written. Returns the own
    /// entry's slot (`ownSlot`), for `ownSums(_:slot:model:)`.
    @inline(__always) @discardableResult
    package func prefetch(_ word: WordAttributes) -> Int {
        let slot = ownSlot(word)
        let entry = ownBase + slot &<< Own.shift
        gloss_prefetch(entry)
        gloss_prefetch(entry + Own.sums)
        gloss_prefetch(transitionBase + transitionSlot(word) &* Transition.size)
        return slot
    }

    /// Sums `word`'s transition rows after each previous tag in `missing` into the entry of
    /// `slot`, which keeps those in `summed` (0 when it held another word); returns the entry.
    @inline(never)
    private mutating func fillTransitions(
        _ slot: Int, _ word: WordAttributes, keeping summed: UInt16, adding missing: UInt16, model: EntityModel
    ) -> UnsafeMutableRawPointer {
        if !isKnownUniquelyReferenced(&transitions) {
            transitions = transitions.copy()
            transitionBase = transitions.base
        }
        let entry = transitionBase + slot &* Transition.size
        entry.storeBytes(of: word.word, as: UInt64.self)
        entry.storeBytes(of: word.shape, toByteOffset: Transition.shape, as: UInt64.self)
        entry.storeBytes(of: summed | missing, toByteOffset: Transition.summed, as: UInt16.self)
        let scores = Transition.scores(entry)
        #if GLOSS_ROW_TRACE
            RowTrace.note(0xFFFF_FFFD)
        #endif
        var left = missing
        while left != 0 {
            let p = left.trailingZeroBitCount
            left &= left - 1
            let sums = Self.transitionSums(word, previous: EntityTag(rawValue: UInt8(p)), model: model)
            sums.write(scale: model.scale, into: scores + p * EntityTag.count)
        }
        return entry
    }

    /// The same sums, without a cache.
    @inline(__always)
    package static func transitionSums(_ word: WordAttributes, previous: EntityTag, model: EntityModel) -> TagSums {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: FeatureTemplates.transitionCount) { rows in
            FeatureTemplates.transitionFeatures(word, previous: previous, bits: model.bits, into: rows.baseAddress!)
            return model.sum(rows: UnsafeBufferPointer(rows))
        }
    }

    /// The same sums, without a cache.
    @inline(__always)
    package static func ownSums(_ word: WordAttributes, model: EntityModel) -> TagSums {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: FeatureTemplates.ownCapacity) { rows in
            let count = FeatureTemplates.ownFeatures(word, bits: model.bits, into: rows.baseAddress!)
            return model.sum(rows: UnsafeBufferPointer(rebasing: rows[..<count]))
        }
    }
}

/// The tagger's scorer for `TagLattice`: the model, with transition sums from a cache.
///
/// - Thread safety: holds a pointer to a cache that only its caller uses, for one decoding.
struct CachedScorer: TagScorer {
    let model: EntityModel
    let cache: UnsafeMutablePointer<WordScoreCache>

    @inline(__always) func score(rows: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        model.score(rows: rows, into: scores)
    }

    @inline(__always)
    func transitionScores(_ word: WordAttributes, reached: UInt16, bits: Int, into scores: UnsafeMutablePointer<Float>) {
        cache.pointee.transitionScores(word, reached: reached, model: model, into: scores)
    }

    /// The scores read in place, in the cache (`WordScoreCache.withTransitionScores`).
    @inline(__always)
    func withTransitionScores<Result>(
        _ word: WordAttributes, reached: UInt16, bits: Int, scratch: UnsafeMutablePointer<Float>,
        _ body: (UnsafePointer<Float>) -> Result
    ) -> Result {
        cache.pointee.withTransitionScores(word, reached: reached, model: model, body)
    }
}

extension WordScoreCache {
    /// Where an own entry's parts lie: the key (`Key`, 64 bytes: all zeros in an empty entry,
    /// which no key is) on the entry's first line, its sums (`TagSums`) from `sums`, on the
    /// second; entries are `size` bytes aligned to `size`, `1 << shift`.
    enum Own {
        static let sums = 64
        static let size = 128
        static let shift = 7

        /// Whether the parts fit, aligned.
        static var fits: Bool {
            MemoryLayout<Key>.size <= sums && sums % MemoryLayout<TagSums>.alignment == 0
                && sums + MemoryLayout<TagSums>.size <= size && 1 << shift == size
        }
    }

    /// Where a transition entry's parts lie: the word and its shape (the key) at 0 and
    /// `shape`, the previous tags whose scores it holds (bit `1 << p`; 0 in an empty entry) at
    /// `summed`, and from `firstScore` the scores after each previous tag `p`, `EntityTag.count`
    /// floats at `firstScore + 4 × p × EntityTag.count` bytes: the key, the tags and the scores
    /// after O (p = 0) fill the entry's first 64 bytes, which are one cache line (entries are
    /// aligned to 64 bytes), `size` bytes in all.
    enum Transition {
        static let shape = 8
        static let summed = 16
        static let firstScore = 28
        static let size = 384

        /// The entry's scores.
        @inline(__always) static func scores(_ entry: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Float> {
            (entry + firstScore).assumingMemoryBound(to: Float.self)
        }

        /// Whether the parts fit: the scores after O in the first 64 bytes, all of them in `size`.
        static var fits: Bool {
            firstScore + 4 * EntityTag.count <= 64 && firstScore + 4 * EntityTag.count * EntityTag.count <= size
                && firstScore % 4 == 0 && summed + 2 <= firstScore && EntityTag.count <= 16
        }
    }
}
