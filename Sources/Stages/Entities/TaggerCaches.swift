import GlossCore

/// The caches that tagging one document uses, kept from one document to the next: the words'
/// attributes (`WordAttributeCache`) and their own and transition rows' sums
/// (`WordScoreCache`). Both are exact: tagging with them gives what tagging without them does.
/// Beside them, the lattice's scratch (`TagLattice.Scratch`), so that a document allocates
/// none: `decode` writes each scratch value before it reads it.
///
/// - Cost: about 3 MB per cache set (the default sizes: 1.84 MB of word attributes, 1.1 MB of
///   score sums), allocated once per worker, and the scratch of the longest sentence tagged
///   (at most `EntityTagger.longestPiece` tokens, about 280 KB).
/// - Thread safety: a value to be used by one thread at a time; `Pool` lends each to one
///   document at a time.
package struct TaggerCaches: Sendable {
    package var attributes: WordAttributeCache
    package var scores: WordScoreCache
    package var scratch = TagLattice.Scratch()

    /// Caches of `slotCount` slots each (the default sizes when nil).
    package init(slotCount: Int? = nil) {
        attributes = WordAttributeCache(slotCount: slotCount ?? WordAttributeCache.defaultSlotCount)
        scores = WordScoreCache(slotCount: slotCount ?? WordScoreCache.defaultSlotCount)
    }

    /// Cache sets for the documents being tagged at once, each lent to one document at a time
    /// (see `LendingPool`).
    package typealias Pool = LendingPool<TaggerCaches>
}

extension LendingPool where Value == TaggerCaches {
    /// A pool of cache sets of `slotCount` slots each (the default sizes when nil).
    package convenience init(slotCount: Int? = nil) {
        self.init { TaggerCaches(slotCount: slotCount) }
    }

    /// Calls `body` with caches no other caller holds meanwhile.
    package func withCaches<Result>(_ body: (inout TaggerCaches) -> Result) -> Result { withValue(body) }
}
