import Dispatch
import GlossCore
import Synchronization
import Testing

@testable import GlossEntities

@Suite struct WordScoreCacheTests {
    /// A model with random weights on about one row in three, so that any two feature sets
    /// almost surely score differently.
    static func randomModel(seed: UInt64 = 11) -> EntityModel {
        var random = SplitMix64(seed: seed)
        let bits = 12
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        for k in weights.indices where random.next() % 3 == 0 { weights[k] = Float(Int(random.next() % 2001) - 1000) / 97 }
        return EntityModel(bits: bits, weights: weights, temperature: 3)
    }

    static let sentences: [[String]] = [
        ["Apple", "said", "on", "Monday", "that", "Tim", "Cook", "will", "visit", "Paris", "."],
        ["APPLE", "and", "apple", "are", "not", "the", "same", "word", "to", "Apple", "Inc", "."],
        ["Paris", "Hilton", "met", "the", "Mayor", "of", "Paris", "in", "New", "York", "on", "Monday", "."],
        ["Tim", "Cook", "'s", "Apple", "sold", "2025", "iPhones", "in", "São", "Paulo", "and", "Zürich", "."],
    ]

    /// The described words of `sentences`, one document, with the given gazetteer.
    static func describedDocument(_ sentences: [[String]], gazetteer: Gazetteer) -> (words: [WordAttributes], ranges: [Range<Int>]) {
        let document = LabeledSentence.documentText(sentences.map { LabeledSentence(words: $0, tags: []) })
        var words = [WordAttributes](repeating: .start, count: document.tokens.count)
        document.text.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    _ = EntityTagger.describe(
                        document: text.baseAddress!, tokens: tokens, sentences: document.sentences, gazetteer: gazetteer, lexicon: .empty,
                        into: words)
                }
            }
        }
        return (words, document.sentences)
    }

    /// Sums every static and history row of token `i` at once, as the trainer does.
    static func uncachedSums(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, history: UInt8, model: EntityModel) -> TagSums {
        var rows = [UInt32](repeating: 0, count: FeatureTemplates.wordCapacity)
        return rows.withUnsafeMutableBufferPointer { rows in
            let count = FeatureTemplates.staticFeatures(words, i, bits: model.bits, into: rows.baseAddress!)
            rows[count] = FeatureTemplates.historyFeature(words[i], history: history, bits: model.bits)
            return model.sum(rows: UnsafeBufferPointer(rebasing: rows[..<(count + 1)]))
        }
    }

    @Test func sumsWithListedRowsAreThoseOfTheHashedRows() {
        // Casings and clusters the listed templates read (`FeatureTemplates.Listed`), a casing
        // past their lists among them, and histories of every type.
        let model = Self.randomModel(seed: 4)
        let words = FeatureTemplatesTests.variedWords(seed: 21)
        var cache = WordScoreCache()
        var rows = [UInt32](repeating: 0, count: FeatureTemplates.wordCapacity)
        words.withUnsafeBufferPointer { words in
            for i in words.indices {
                for history in [UInt8(0), 1, 0b1010, 255] {
                    let cached = rows.withUnsafeMutableBufferPointer {
                        cache.wordSums(words, i, history: history, model: model, rows: $0.baseAddress!)
                    }
                    #expect(cached == Self.uncachedSums(words, i, history: history, model: model), "\(i) \(history)")
                }
            }
        }
    }

    @Test func cachedSumsAreThoseOfAllTheRowsSummedAtOnce() {
        let model = Self.randomModel()
        let gazetteer = Gazetteer(text: "city\tparis\ncity\tnew york\nsurname\tcook\n")
        let (words, ranges) = Self.describedDocument(Self.sentences, gazetteer: gazetteer)
        var cache = WordScoreCache()
        var rows = [UInt32](repeating: 0, count: FeatureTemplates.wordCapacity)
        // Twice over: misses the first time, hits the second, the same sums both times.
        for pass in 0..<2 {
            for range in ranges {
                words[range].withUnsafeBufferPointer { sentence in
                    for i in sentence.indices {
                        for history in [UInt8(0), 5] {
                            let cached = rows.withUnsafeMutableBufferPointer {
                                cache.wordSums(sentence, i, history: history, model: model, rows: $0.baseAddress!)
                            }
                            #expect(cached == Self.uncachedSums(sentence, i, history: history, model: model), "pass \(pass), \(range), \(i)")
                        }
                    }
                }
            }
        }
        #expect(cache.hits > cache.misses)
        // "Apple" at a sentence's start and inside one, "APPLE" and "apple" share the word but
        // not the flags: each is its own entry, and each sums as without a cache.
        let apples = words.filter { $0.word == words[0].word }
        #expect(apples.count == 5)
        #expect(Set(apples.map { "\($0.flags) \($0.shape)" }).count == 4)
    }

    /// With 8 slots, the sentences' words collide in the own sums' table: every token's sums
    /// stay those of all its rows.
    @Test func wordSumsStayExactWhenWordsCollide() {
        let model = Self.randomModel(seed: 13)
        let gazetteer = Gazetteer(text: "city\tparis\nsurname\tcook\n")
        let (words, ranges) = Self.describedDocument(Self.sentences, gazetteer: gazetteer)
        var cache = WordScoreCache(slotCount: 8)
        var rows = [UInt32](repeating: 0, count: FeatureTemplates.wordCapacity)
        for _ in 0..<2 {
            for range in ranges {
                words[range].withUnsafeBufferPointer { sentence in
                    for i in sentence.indices {
                        let cached = rows.withUnsafeMutableBufferPointer {
                            cache.wordSums(sentence, i, history: 2, model: model, rows: $0.baseAddress!)
                        }
                        #expect(cached == Self.uncachedSums(sentence, i, history: 2, model: model), "\(range), \(i)")
                    }
                }
            }
        }
        #expect(cache.slotCount == 8)
    }

    @Test func theCacheStaysItsSizeAndStaysExactWhenWordsCollide() {
        let model = Self.randomModel(seed: 3)
        var cache = WordScoreCache(slotCount: 5)
        #expect(cache.slotCount == 8)
        let words = (0..<2_000).map { WordAttributes(testing: "Word\($0 % 700)") }
        for word in words + words {
            #expect(cache.ownSums(word, model: model) == WordScoreCache.ownSums(word, model: model))
        }
        #expect(cache.slotCount == 8)
        #expect(cache.hits + cache.misses == 4_000)
        #expect(cache.misses > 3_000)
    }

    /// The key is compared as one 64-byte vector: any attribute the own features read
    /// tells two keys apart.
    @Test func keysDifferingInAnyAttributeTheOwnFeaturesReadAreUnequal() {
        #expect(MemoryLayout<WordScoreCache.Key>.size == 64)
        let base = WordAttributes(testing: "Bukele")
        #expect(WordScoreCache.Key(base) == WordScoreCache.Key(WordAttributes(testing: "Bukele")))
        let changes: [(inout WordAttributes) -> Void] = [
            { $0.word &+= 1 }, { $0.shape &+= 1 }, { $0.prefix &+= 1 }, { $0.suffix2 &+= 1 }, { $0.suffix3 &+= 1 },
            { $0.suffix4 &+= 1 }, { $0.cluster &+= 1 }, { $0.gazetteer &+= 1 }, { $0.flags ^= 1 }, { $0.document &+= 1 },
            { $0.casing &+= 1 }, { $0.frequency &+= 1 }, { $0.word &+= 1 << 40 },
        ]
        for (k, change) in changes.enumerated() {
            var word = base
            change(&word)
            #expect(WordScoreCache.Key(word) != WordScoreCache.Key(base), "change \(k)")
        }
    }

    @Test func cachedTransitionScoresAreThoseOfTheRowsSummed() {
        let model = Self.randomModel(seed: 4)
        var cache = WordScoreCache(slotCount: 8)
        // 4 transition slots for 40 words: entries are overwritten, and stay exact.
        let words = (0..<40).map { WordAttributes(testing: $0 % 2 == 0 ? "Name\($0)" : "name\($0 / 2)") }
        for word in words + words.reversed() {
            // Read in place, every previous tag's scores at once.
            let kept = cache.withTransitionScores(word, reached: 0x1FF, model: model) { Array(UnsafeBufferPointer(start: $0, count: 81)) }
            for p in 0..<EntityTag.count {
                let sums = WordScoreCache.transitionSums(word, previous: EntityTag(rawValue: UInt8(p)), model: model)
                var expected = [Float](repeating: 0, count: EntityTag.count)
                expected.withUnsafeMutableBufferPointer { sums.write(scale: model.scale, into: $0.baseAddress!) }
                #expect(kept[(p * EntityTag.count)..<((p + 1) * EntityTag.count)].map(\.bitPattern) == expected.map(\.bitPattern))
            }
        }
        #expect(cache.hits > 0 && cache.misses >= 40)
        #expect(cache.slotCount == 8)
    }

    @Test func transitionEntriesSumOnlyThePreviousTagsAskedForAndAddTheOthersLater() {
        // One transition slot (a cache of 2): every word takes the entry over from the last.
        let model = Self.randomModel(seed: 6)
        var cache = WordScoreCache(slotCount: 2)
        let name = WordAttributes(testing: "Varnell")
        let other = WordAttributes(testing: "Osterby")
        func expected(_ word: WordAttributes, _ p: Int) -> [UInt32] {
            var scores = [Float](repeating: 0, count: EntityTag.count)
            scores.withUnsafeMutableBufferPointer {
                WordScoreCache.transitionSums(word, previous: EntityTag(rawValue: UInt8(p)), model: model)
                    .write(scale: model.scale, into: $0.baseAddress!)
            }
            return scores.map(\.bitPattern)
        }
        func read(_ word: WordAttributes, _ reached: UInt16) -> [Int: [UInt32]] {
            cache.withTransitionScores(word, reached: reached, model: model) { kept in
                var rows: [Int: [UInt32]] = [:]
                for p in 0..<EntityTag.count where reached & (1 << p) != 0 {
                    rows[p] = (0..<EntityTag.count).map { kept[p * EntityTag.count + $0].bitPattern }
                }
                return rows
            }
        }
        // (word, previous tags asked, whether the entry had them all)
        let steps: [(WordAttributes, UInt16, Bool)] = [
            (name, 1, false), (name, 1, true), (name, 0b110, false), (name, 0b111, true), (name, 0b10, true),
            (other, 0b10, false), (other, 0b1, false), (name, 0b1, false), (name, 0x1FF, false), (name, 0x1FF, true),
            (name, 0, true),
        ]
        for (k, (word, reached, kept)) in steps.enumerated() {
            let (hits, misses) = (cache.hits, cache.misses)
            let got = read(word, reached)
            let (hitsAfter, missesAfter) = (cache.hits, cache.misses)
            #expect(got.count == reached.nonzeroBitCount, "step \(k)")
            for (p, scores) in got { #expect(scores == expected(word, p), "step \(k), previous tag \(p)") }
            #expect(hitsAfter == hits + (kept ? 1 : 0) && missesAfter == misses + (kept ? 0 : 1), "step \(k)")
        }
    }

    @Test func aCopiedCacheKeepsItsTransitionEntriesApart() {
        let model = Self.randomModel(seed: 7)
        var cache = WordScoreCache(slotCount: 2)
        let name = WordAttributes(testing: "Varnell")
        let other = WordAttributes(testing: "Osterby")
        _ = cache.withTransitionScores(name, reached: 1, model: model) { $0[0] }
        var copy = cache
        // The copy takes the entry over for another word; the original still holds the first.
        let otherScore = copy.withTransitionScores(other, reached: 1, model: model) { $0[3].bitPattern }
        let misses = cache.misses
        let nameScore = cache.withTransitionScores(name, reached: 1, model: model) { $0[3].bitPattern }
        #expect(cache.misses == misses)
        var fresh = WordScoreCache(slotCount: 2)
        let freshName = fresh.withTransitionScores(name, reached: 1, model: model) { $0[3].bitPattern }
        let freshOther = fresh.withTransitionScores(other, reached: 1, model: model) { $0[3].bitPattern }
        #expect(nameScore == freshName && otherScore == freshOther)
    }

    /// One slot: both words' own entries fall in it. A copy that takes the slot over for
    /// another word leaves the original's entry as it was (copy on write of the aligned entries).
    @Test func aCopiedCacheKeepsItsOwnEntriesApart() {
        let model = Self.randomModel(seed: 8)
        var cache = WordScoreCache(slotCount: 1)
        let name = WordAttributes(testing: "Varnell")
        let other = WordAttributes(testing: "Osterby")
        #expect(cache.ownSlot(name) == 0 && cache.ownSlot(other) == 0)
        let nameSums = cache.ownSums(name, model: model)
        var copy = cache
        let otherSums = copy.ownSums(other, model: model)
        #expect(copy.misses == 2)
        #expect(cache.ownSums(name, model: model) == nameSums)
        #expect(cache.hits == 1 && cache.misses == 1)
        #expect(nameSums == WordScoreCache.ownSums(name, model: model) && otherSums == WordScoreCache.ownSums(other, model: model))
        // The copy holds the other word now, the original still the first.
        #expect(copy.ownSums(other, model: model) == otherSums && copy.hits == 1)
    }

    /// The slot `prefetch` gives is the one `ownSums` looks in, and looking there gives the same sums.
    @Test func theSlotAskedForIsTheOneLookedIn() {
        let model = Self.randomModel(seed: 9)
        var cache = WordScoreCache(slotCount: 64)
        for k in 0..<200 {
            let word = WordAttributes(testing: k % 2 == 0 ? "Word\(k % 37)" : "word\(k % 23)")
            let slot = cache.prefetch(word)
            #expect(slot == cache.ownSlot(word) && (0..<64).contains(slot))
            #expect(cache.ownSums(word, slot: slot, model: model) == WordScoreCache.ownSums(word, model: model), "\(k)")
        }
        #expect(cache.hits > 0 && cache.hits + cache.misses == 200)
    }

    @Test func transitionScoresForSeveralPreviousTagsAreThoseOfEachOne() {
        let model = Self.randomModel(seed: 5)
        var cache = WordScoreCache(slotCount: 8)
        let words = (0..<24).map { WordAttributes(testing: $0 % 3 == 0 ? "Name\($0)" : "name\($0 % 5)") }
        for (k, word) in (words + words).enumerated() {
            // Every previous tag, none, one, and a few: only the asked rows are written.
            for reached in [UInt16(0x1FF), 0, 1 << (k % 9), UInt16(k * 37) & 0x1FF] {
                var scores = [Float](repeating: .nan, count: EntityTag.count * EntityTag.count)
                scores.withUnsafeMutableBufferPointer { cache.transitionScores(word, reached: reached, model: model, into: $0.baseAddress!) }
                var byOne = [Float](repeating: .nan, count: EntityTag.count * EntityTag.count)
                byOne.withUnsafeMutableBufferPointer { model.transitionScores(word, reached: reached, bits: model.bits, into: $0.baseAddress!) }
                for p in 0..<EntityTag.count {
                    let row = (p * EntityTag.count)..<((p + 1) * EntityTag.count)
                    if reached & (1 << p) != 0 {
                        let sums = WordScoreCache.transitionSums(word, previous: EntityTag(rawValue: UInt8(p)), model: model)
                        var expected = [Float](repeating: 0, count: EntityTag.count)
                        expected.withUnsafeMutableBufferPointer { sums.write(scale: model.scale, into: $0.baseAddress!) }
                        #expect(scores[row].map(\.bitPattern) == expected.map(\.bitPattern), "\(k) \(reached) \(p)")
                        #expect(byOne[row].map(\.bitPattern) == expected.map(\.bitPattern))
                    } else {
                        #expect(scores[row].allSatisfy(\.isNaN) && byOne[row].allSatisfy(\.isNaN))
                    }
                }
            }
        }
        #expect(cache.hits > 0 && cache.misses >= 24)
    }

    @Test func taggingIsTheSameWithAWarmCacheAsWithAFreshOne() {
        let model = Self.randomModel(seed: 7)
        let gazetteer = Gazetteer(text: "city\tparis\ngiven\ttim\n")
        let fresh = { EntityTagger(model: model, gazetteer: gazetteer) }
        let warm = fresh()
        // Warm the tagger's cache on other documents (the same words elsewhere, in other
        // casings), then tag the test document with it and with a fresh tagger.
        for sentence in Self.sentences.reversed() { _ = warm.tags(inDocument: [sentence, sentence.map { $0.uppercased() }]) }
        let expected = fresh().tags(inDocument: Self.sentences)
        let again = warm.tags(inDocument: Self.sentences)
        #expect(expected.map(\.tags) == again.map(\.tags))
        #expect(expected.map { $0.confidence.map(\.bitPattern) } == again.map { $0.confidence.map(\.bitPattern) })
        #expect(expected.contains { $0.tags.contains { $0 != .outside } })
    }

    @Test func concurrentTaggersEachHoldTheirOwnCache() {
        let model = Self.randomModel(seed: 9)
        let tagger = EntityTagger(model: model, gazetteer: Gazetteer(text: "city\tparis\n"))
        let documents = (0..<64).map { k in Self.sentences.map { sentence in sentence + ["Word\(k % 5)", "."] } }
        let expected = documents.map { EntityTagger(model: model, gazetteer: Gazetteer(text: "city\tparis\n")).tags(inDocument: $0) }
        let results = Mutex([[(tags: [EntityTag], confidence: [Float])]](repeating: [], count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { k in
            let tagged = tagger.tags(inDocument: documents[k])
            results.withLock { $0[k] = tagged }
        }
        let all = results.withLock { $0 }
        for k in documents.indices {
            #expect(all[k].map(\.tags) == expected[k].map(\.tags))
            #expect(all[k].map { $0.confidence.map(\.bitPattern) } == expected[k].map { $0.confidence.map(\.bitPattern) })
        }
        #expect(tagger.caches.keptNow >= 1 && tagger.caches.keptNow == tagger.caches.madeCount)
    }
}
