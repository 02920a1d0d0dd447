import Synchronization

/// The caches that tagging one document uses, kept from one document to the next: the words'
/// attributes (`WordAttributeCache`) and their own and transition rows' sums
/// (`WordScoreCache`). Both are exact: tagging with them gives what tagging without them does.
///
/// - Cost: about 1.5 MB per cache set (the default sizes), allocated once per worker.
/// - Thread safety: a value to be used by one thread at a time; `Pool` lends each to one
///   document at a time.
package struct TaggerCaches: Sendable {
    package var attributes: WordAttributeCache
    package var scores: WordScoreCache

    /// Caches of `slotCount` slots each (the default sizes when nil).
    package init(slotCount: Int? = nil) {
        attributes = WordAttributeCache(slotCount: slotCount ?? WordAttributeCache.defaultSlotCount)
        scores = WordScoreCache(slotCount: slotCount ?? WordScoreCache.defaultSlotCount)
    }

    /// Cache sets for the documents being tagged at once, each lent to one caller at a time, so
    /// that the words of one document carry over to the next on the same worker without any
    /// two threads sharing a cache. Stages create no threads: there are as many sets as
    /// documents the runner's workers tag at once.
    ///
    /// - Cost: a lock taken twice per loan; at most `keptCount` sets are kept.
    /// - Thread safety: safe to share.
    package final class Pool: Sendable {
        private let caches = Mutex<[TaggerCaches]>([])
        private let slotCount: Int?
        /// The most sets kept for reuse (one per worker of a runner; a set given back when as
        /// many are kept is dropped).
        package static let keptCount = 8

        package init(slotCount: Int? = nil) { self.slotCount = slotCount }

        /// Calls `body` with caches no other caller holds meanwhile.
        package func withCaches<Result>(_ body: (inout TaggerCaches) -> Result) -> Result {
            var lent = caches.withLock { $0.popLast() } ?? TaggerCaches(slotCount: slotCount)
            let result = body(&lent)
            caches.withLock { kept in
                if kept.count < Self.keptCount { kept.append(lent) }
            }
            return result
        }

        /// The sets kept for reuse now.
        package var keptNow: Int { caches.withLock { $0.count } }
    }
}
