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

    /// The lattice's scratch is carried from one document to the next (`TaggerCaches.scratch`):
    /// a document tagged after a longer one, whose scratch holds what no decoding writes (NaN
    /// scores, rows past any table, every rule `.scored`), is tagged as by a fresh tagger.
    @Test func aScratchLeftByAnotherDocumentChangesNoTag() {
        let model = WordScoreCacheTests.randomModel(seed: 13)
        let gazetteer = Gazetteer(text: "city\tparis\ngiven\ttim\n")
        let warm = EntityTagger(model: model, gazetteer: gazetteer)
        let long = [WordScoreCacheTests.sentences.flatMap { $0 } + WordScoreCacheTests.sentences.flatMap { $0 }]
        _ = warm.tags(inDocument: long)
        warm.caches.withCaches { lent in
            let scratch = lent.scratch
            #expect(scratch.rules.count >= long[0].count)
            lent.scratch.rules = [TagLattice.Rule](repeating: .scored, count: scratch.rules.count)
            lent.scratch.rows = [UInt32](repeating: .max, count: scratch.rows.count)
            lent.scratch.counts = [Int](repeating: .max, count: scratch.counts.count)
            lent.scratch.floats = [Float](repeating: .nan, count: scratch.floats.count)
        }
        let expected = EntityTagger(model: model, gazetteer: gazetteer).tags(inDocument: WordScoreCacheTests.sentences)
        let again = warm.tags(inDocument: WordScoreCacheTests.sentences)
        #expect(warm.caches.madeCount == 1)
        #expect(expected.map(\.tags) == again.map(\.tags))
        #expect(expected.map { $0.confidence.map(\.bitPattern) } == again.map { $0.confidence.map(\.bitPattern) })
        #expect(expected.contains { $0.tags.contains { $0 != .outside } })
    }
}
