import Testing

@testable import GlossEntities

@Suite struct TaggerCachesTests {
    @Test func aPoolLendsACacheSetToOneCallerAtATime() {
        let pool = TaggerCaches.Pool(slotCount: 16)
        let model = WordScoreCacheTests.randomModel(seed: 2)
        let word = WordAttributes(testing: "Paris")
        pool.withCaches { outer in
            _ = outer.scores.ownSums(word, model: model)
            // A nested caller gets another set, not the one lent out.
            pool.withCaches { inner in
                #expect(inner.scores.hits + inner.scores.misses == 0)
                #expect(inner.scores.slotCount == 16 && inner.attributes.slotCount == 16)
            }
        }
        // Both came back; the next caller gets the last one given back: the outer, warm one.
        #expect(pool.keptNow == 2)
        pool.withCaches { lent in
            _ = lent.scores.ownSums(word, model: model)
            #expect(lent.scores.hits == 1)
        }
    }

    /// Sets are made only for callers at once and all kept: twelve nested callers twice make
    /// twelve sets, not more (review11 saw 53 sets built at 16 jobs while 8 were kept).
    @Test func aPoolKeepsEverySetItMade() {
        let pool = TaggerCaches.Pool(slotCount: 4)
        func nest(_ depth: Int) {
            guard depth > 0 else { return }
            pool.withCaches { _ in nest(depth - 1) }
        }
        nest(12)
        nest(12)
        #expect(pool.keptNow == 12 && pool.madeCount == 12)
    }
}
