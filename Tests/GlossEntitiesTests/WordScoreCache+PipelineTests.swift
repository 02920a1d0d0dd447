import GlossCore
import Testing

@testable import GlossEntities

@Suite struct WordScoreCachePipelineTests {
    /// `writeWordSums` over the tokens `scored` of `sentence`, with the history `history(i)`.
    static func pipelined(
        _ sentence: UnsafeBufferPointer<WordAttributes>, scored: [Int], history: (Int) -> UInt8, model: EntityModel,
        cache: inout WordScoreCache
    ) -> [Float] {
        var scores = [Float](repeating: .nan, count: sentence.count * EntityTag.count)
        var rows = [UInt32](repeating: 0, count: max(1, scored.count) * FeatureTemplates.wordCapacity)
        // Storage even for no token (an empty array may have no address).
        let tokens = scored + [0]
        tokens.withUnsafeBufferPointer { tokens in
            scores.withUnsafeMutableBufferPointer { scores in
                rows.withUnsafeMutableBufferPointer { rows in
                    model.withRowPlaces { places in
                        cache.writeWordSums(
                            sentence, first: 0, tokens: tokens.baseAddress!, count: scored.count,
                            history: history, model: model, places: places, rows: rows.baseAddress!, edges: FeatureTemplates.Window.edges,
                            into: scores.baseAddress!)
                    }
                }
            }
        }
        return scores
    }

    /// The scores `wordSums` gives token `i`, one token at a time.
    static func oneByOne(_ sentence: UnsafeBufferPointer<WordAttributes>, _ i: Int, history: UInt8, model: EntityModel) -> [Float] {
        var cache = WordScoreCache()
        var rows = [UInt32](repeating: 0, count: FeatureTemplates.wordCapacity)
        var scores = [Float](repeating: 0, count: EntityTag.count)
        let sums = rows.withUnsafeMutableBufferPointer { cache.wordSums(sentence, i, history: history, model: model, rows: $0.baseAddress!) }
        scores.withUnsafeMutableBufferPointer { sums.write(scale: model.scale, into: $0.baseAddress!) }
        return scores
    }

    @Test func sumsInStepAreThoseOfEachTokenAlone() {
        // Every token, none, one, two and every other: fewer tokens than the steps between a
        // token's hashing and its sum, and more.
        let model = WordScoreCacheTests.randomModel(seed: 5)
        let gazetteer = Gazetteer(text: "city\tparis\ncity\tnew york\nsurname\tcook\n")
        let (words, ranges) = WordScoreCacheTests.describedDocument(WordScoreCacheTests.sentences, gazetteer: gazetteer)
        var cache = WordScoreCache()
        for range in ranges {
            words[range].withUnsafeBufferPointer { sentence in
                let all = Array(sentence.indices)
                for scored in [all, [], [0], [1, 2], all.filter { $0 % 2 == 1 }] {
                    let history = { (i: Int) in UInt8(i % 3) }
                    let scores = Self.pipelined(sentence, scored: scored, history: history, model: model, cache: &cache)
                    for i in sentence.indices {
                        let mine = Array(scores[(i * EntityTag.count)..<((i + 1) * EntityTag.count)])
                        if scored.contains(i) {
                            #expect(mine == Self.oneByOne(sentence, i, history: history(i), model: model), "\(range) \(i)")
                        } else {
                            // A token not asked for is left as it was.
                            #expect(mine.allSatisfy { $0.isNaN }, "\(range) \(i)")
                        }
                    }
                }
            }
        }
        #expect(cache.hits > 0)
    }

    @Test func sumsInStepStayExactWhenWordsCollide() {
        // Two slots: the words push each other's own sums out between a token's hashing and
        // its sum, and read them again.
        let model = WordScoreCacheTests.randomModel(seed: 8)
        let words = FeatureTemplatesTests.variedWords(seed: 3)
        var cache = WordScoreCache(slotCount: 2)
        words.withUnsafeBufferPointer { sentence in
            for _ in 0..<2 {
                let scores = Self.pipelined(sentence, scored: Array(sentence.indices), history: { _ in 1 }, model: model, cache: &cache)
                for i in sentence.indices {
                    #expect(
                        Array(scores[(i * EntityTag.count)..<((i + 1) * EntityTag.count)])
                            == Self.oneByOne(sentence, i, history: 1, model: model), "\(i)")
                }
            }
        }
        #expect(cache.slotCount == 2)
    }

    /// Sentences of 1 to 8 tokens, every token scored (no token scored is
    /// `sumsInStepAreThoseOfEachTokenAlone`'s): the steps taken apart at a piece's two
    /// ends (the first two hashes, the last two sums) meet or overlap for the shortest, and a
    /// one-slot cache makes every token after the first push the one before out of the slot
    /// kept for it (`ownSlotAt`) between its hashing and its sum. Each token's scores are those
    /// `wordSums` gives it alone, in a cache of one slot and in the default one, on a first pass
    /// and a second.
    @Test func everyShortLengthSumsEachTokenAsAlone() {
        let model = WordScoreCacheTests.randomModel(seed: 11)
        let varied = FeatureTemplatesTests.variedWords(seed: 4)
        for slotCount in [1, WordScoreCache.defaultSlotCount] {
            var cache = WordScoreCache(slotCount: slotCount)
            for length in 1...8 {
                let words = Array((varied + varied).prefix(length))
                words.withUnsafeBufferPointer { sentence in
                    for pass in 0..<2 {
                        let history = { (i: Int) in UInt8((i + pass) % 3) }
                        let scores = Self.pipelined(
                            sentence, scored: Array(sentence.indices), history: history, model: model, cache: &cache)
                        #expect(scores.count == length * EntityTag.count)
                        for i in sentence.indices {
                            #expect(
                                Array(scores[(i * EntityTag.count)..<((i + 1) * EntityTag.count)])
                                    == Self.oneByOne(sentence, i, history: history(i), model: model),
                                "slots \(slotCount) length \(length) pass \(pass) token \(i)")
                        }
                    }
                }
            }
            #expect(cache.misses > 0)
            if slotCount > 1 { #expect(cache.hits > 0) }
        }
    }

    @Test func askingForAWordsEntriesChangesNothing() {
        let model = WordScoreCacheTests.randomModel(seed: 2)
        var cache = WordScoreCache()
        let word = WordAttributes(testing: "Paris")
        cache.prefetch(word)
        #expect(cache.hits == 0 && cache.misses == 0)
        #expect(cache.ownSums(word, model: model) == WordScoreCache.ownSums(word, model: model))
        cache.prefetch(word)
        #expect(cache.ownSums(word, model: model) == WordScoreCache.ownSums(word, model: model))
        #expect(cache.hits == 1 && cache.misses == 1)
    }
}
