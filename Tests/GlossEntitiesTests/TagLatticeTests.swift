import Foundation
import GlossCore
import Testing

@testable import GlossEntities

@Suite struct TagLatticeTests {
    /// Scores a row by a table of per-tag scores; rows it does not list (the transition rows
    /// here) score 0.
    struct TableScorer: TagScorer {
        var table: [UInt32: [Float]]

        func score(rows: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
            for t in 0..<EntityTag.count { scores[t] = 0 }
            for row in rows {
                guard let weights = table[row] else { continue }
                for t in 0..<EntityTag.count { scores[t] += weights[t] }
            }
        }
    }

    /// Per-tag scores with `scores` for the named tags and 0 for the rest.
    static func scores(_ scores: [EntityTag: Float]) -> [Float] {
        var out = [Float](repeating: 0, count: EntityTag.count)
        for (tag, score) in scores { out[Int(tag.rawValue)] = score }
        return out
    }

    /// Decodes a sentence whose token `i` has the single word row `2048 + i + 1`, scored by
    /// `table` (keyed by `i + 1`).
    static func decode(
        _ table: [UInt32: [Float]], rules: [TagLattice.Rule], temperature: Float = 1
    ) -> (tags: [EntityTag], confidence: [Float]) {
        let n = rules.count
        let words = [WordAttributes](repeating: .start, count: n)
        // Word rows above the 1,024 rows of the model's table, so no transition row (hashed
        // into those) can be one of them.
        let rows = (0..<n).map { UInt32(2048 + $0 + 1) }
        let counts = [Int](repeating: 1, count: n)
        var scratch = [Float](repeating: .nan, count: TagLattice.scratchCount(n))
        var tags = [EntityTag](repeating: .outside, count: n)
        var confidence = [Float](repeating: -1, count: n)
        words.withUnsafeBufferPointer { words in
            scratch.withUnsafeMutableBufferPointer { scratch in
                tags.withUnsafeMutableBufferPointer { tags in
                    TagLattice.decode(
                        words, rules: rules, rows: rows, counts: counts, capacity: 1, scorer: TableScorer(table: Dictionary(uniqueKeysWithValues: table.map { (2048 + $0.key, $0.value) })), bits: 10,
                        scratch: scratch.baseAddress!, tags: tags.baseAddress!)
                    TagLattice.confidences(
                        count: n, rules: rules, tags: tags.baseAddress!, scratch: scratch.baseAddress!, temperature: temperature,
                        into: &confidence)
                }
            }
        }
        return (tags, confidence)
    }

    @Test func weighsTheWholeNameNotItsFirstWord() {
        // "Del" is ORG by a hair; "Frisco" reads as the inside of a place, and O after an ORG
        // beats I-ORG. Tagged greedily: B-ORG O. The best path: B-LOC I-LOC.
        let table: [UInt32: [Float]] = [
            1: Self.scores([.begin(.organization): 1.0, .begin(.location): 0.9]),
            2: Self.scores([.inside(.location): 2.0, .outside: 0.5]),
        ]
        let result = Self.decode(table, rules: [.scored, .scored])
        #expect(result.tags == [.begin(.location), .inside(.location)])
        // Max-marginals: the best path through each tag against the best one (2.9). "Del": through
        // B-ORG 1.5, through O, B-PER or B-MISC 0.5. "Frisco": through O 1.5; through any B, or
        // I-ORG, 1.0; through I-PER or I-MISC 0.
        let first = 1 / (1 + exp(-1.4) + 3 * exp(-2.4))
        let second = 1 / (1 + exp(-1.4) + 5 * exp(-1.9) + 2 * exp(-2.9))
        #expect(abs(Double(result.confidence[0]) - first) < 1e-4)
        #expect(abs(Double(result.confidence[1]) - second) < 1e-4)
    }

    @Test func tokensBeforeTheFirstNameAreCertainAndLeaveItsConfidenceAlone() {
        // "Del Frisco" after two words that can only be O (the backward pass stops at "Del"):
        // the max-marginals of the name are those of the name alone.
        let table: [UInt32: [Float]] = [
            3: Self.scores([.begin(.organization): 1.0, .begin(.location): 0.9]),
            4: Self.scores([.inside(.location): 2.0, .outside: 0.5]),
        ]
        let result = Self.decode(table, rules: [.outside, .outside, .scored, .scored])
        let alone = Self.decode([1: table[3]!, 2: table[4]!], rules: [.scored, .scored])
        #expect(result.tags == [.outside, .outside, .begin(.location), .inside(.location)])
        #expect(result.confidence[..<2] == [1, 1])
        #expect(Array(result.confidence[2...]) == alone.confidence)
    }

    @Test func rulesMakeTokensOWithoutAScore() {
        let person = Self.scores([.begin(.person): 5, .inside(.person): 6])
        let table: [UInt32: [Float]] = [1: person, 2: person, 3: person, 4: person]
        // An `.outside` token is O whatever its rows say; an `.outsideAfterOutside` one is O
        // after O and goes on with a name after one.
        #expect(Self.decode(table, rules: [.outside, .scored]).tags == [.outside, .begin(.person)])
        #expect(Self.decode(table, rules: [.outsideAfterOutside, .scored]).tags == [.outside, .begin(.person)])
        #expect(
            Self.decode(table, rules: [.scored, .outsideAfterOutside, .scored, .outside]).tags == [
                .begin(.person), .inside(.person), .inside(.person), .outside,
            ])
    }

    @Test func tiesGoToOAndOIsCertain() {
        let table: [UInt32: [Float]] = [1: Self.scores([.begin(.person): 0])]
        let result = Self.decode(table, rules: [.scored])
        #expect(result.tags == [.outside])
        #expect(result.confidence == [1])
    }

    @Test func aHigherTemperatureIsLessSure() {
        let table: [UInt32: [Float]] = [1: Self.scores([.begin(.person): 3, .begin(.location): 2])]
        let cold = Self.decode(table, rules: [.scored], temperature: 1).confidence[0]
        let warm = Self.decode(table, rules: [.scored], temperature: 10).confidence[0]
        #expect(cold > warm && warm > 1 / Float(5))
    }

    @Test func aSentenceOfWordsThatCanOnlyBeOIsCertain() {
        // Nothing is scored, and the scratch (filled with NaN here) is never read for them.
        let table: [UInt32: [Float]] = [1: Self.scores([.begin(.person): 9])]
        #expect(Self.decode(table, rules: [.outside]) == ([.outside], [1]))
        let result = Self.decode(table, rules: [.outside, .outside, .outside])
        #expect(result.tags == [.outside, .outside, .outside] && result.confidence == [1, 1, 1])
        // An O word between two names: the confidences are probabilities, not NaN.
        let person = Self.scores([.begin(.person): 4])
        let between = Self.decode([1: person, 3: person], rules: [.scored, .outside, .scored])
        #expect(between.tags == [.begin(.person), .outside, .begin(.person)])
        #expect(between.confidence.allSatisfy { $0 > 0 && $0 <= 1 })
    }

    @Test func aConnectorAfterAWordThatCanOnlyBeOCanOnlyBeO() {
        var the = WordAttributes.start
        the.isConnector = true
        the.flags = WordAttributes.Flags.letter
        var dog = WordAttributes.start
        dog.flags = WordAttributes.Flags.letter
        var mars = WordAttributes.start
        mars.hasCapital = true
        #expect(TagLattice.rule(the) == .outsideAfterOutside)
        #expect(TagLattice.rule(the, after: nil) == .outside)
        #expect(TagLattice.rule(the, after: .outside) == .outside)
        #expect(TagLattice.rule(the, after: .scored) == .outsideAfterOutside)
        #expect(TagLattice.rule(dog, after: .scored) == .outside)
        #expect(TagLattice.rule(mars, after: .outside) == .scored)
    }

    /// Decodes `words` with `rules` and `wordScores` by `scorer`: the tags and the edge and
    /// best-path scores the lattice keeps, as bit patterns.
    static func lattice<Scorer: TagScorer>(
        _ words: [WordAttributes], rules: [TagLattice.Rule], wordScores: [Float], scorer: Scorer, bits: Int
    ) -> (tags: [EntityTag], scores: [UInt32]) {
        let n = words.count
        var scratch = [Float](repeating: 0, count: TagLattice.scratchCount(n))
        var tags = [EntityTag](repeating: .outside, count: n)
        words.withUnsafeBufferPointer { words in
            TagLattice.decode(words, rules: rules, wordScores: wordScores, scorer: scorer, bits: bits, scratch: &scratch, tags: &tags)
        }
        return (tags, scratch[..<(n * EntityTag.count * (EntityTag.count + 1))].map(\.bitPattern))
    }

    @Test func aCachedScorerDecodesAsTheModelScoringEachPreviousTagDoes() {
        // The tagger asks its cache for a token's transition scores once; the trainer's scorer
        // (here the model) sums them for each previous tag: the lattice is the same, to the bit.
        let model = WordScoreCacheTests.randomModel(seed: 13)
        let (words, ranges) = WordScoreCacheTests.describedDocument(WordScoreCacheTests.sentences, gazetteer: Gazetteer(text: "city\tparis\n"))
        var random = SplitMix64(seed: 1)
        var cache = WordScoreCache(slotCount: 8)
        for range in ranges {
            let sentence = Array(words[range])
            let rules = sentence.indices.map { k -> TagLattice.Rule in k % 5 == 3 ? .outside : (k % 5 == 2 ? .outsideAfterOutside : .scored) }
            let wordScores = (0..<(sentence.count * EntityTag.count)).map { _ in Float(Int(random.next() % 201) - 100) / 8 }
            let plain = Self.lattice(sentence, rules: rules, wordScores: wordScores, scorer: model, bits: model.bits)
            let cached = withUnsafeMutablePointer(to: &cache) { cache in
                Self.lattice(sentence, rules: rules, wordScores: wordScores, scorer: CachedScorer(model: model, cache: cache), bits: model.bits)
            }
            #expect(plain.tags == cached.tags)
            #expect(plain.scores == cached.scores)
            #expect(plain.tags.contains { $0 != .outside })
        }
    }

    @Test func theBacktraceFindsTheBestPathOverTheLatticesEdges() {
        // Every path of short sentences scored from the edges the forward pass kept, summed in
        // the lattice's order: the decoded tags are the best path, to the bit.
        let model = WordScoreCacheTests.randomModel(seed: 21)
        var random = SplitMix64(seed: 2)
        let word = WordAttributes(testing: "Word")
        let all: [TagLattice.Rule] = [.scored, .scored, .outsideAfterOutside, .outside]
        for round in 0..<40 {
            let n = 1 + round % 4
            let rules = (0..<n).map { _ in all[Int(random.next() % 4)] }
            let words = [WordAttributes](repeating: word, count: n)
            let wordScores = (0..<(n * EntityTag.count)).map { _ in Float(Int(random.next() % 2001) - 1000) / 64 }
            var scratch = [Float](repeating: 0, count: TagLattice.scratchCount(n))
            var tags = [EntityTag](repeating: .outside, count: n)
            words.withUnsafeBufferPointer { words in
                TagLattice.decode(words, rules: rules, wordScores: wordScores, scorer: model, bits: model.bits, scratch: &scratch, tags: &tags)
            }
            let pairs = EntityTag.count * EntityTag.count
            func score(_ path: [Int]) -> Float {
                var total: Float = 0
                for i in 0..<n {
                    let p = i == 0 ? 0 : path[i - 1]
                    total = total + (rules[i] == .outside ? (path[i] == 0 ? 0 : -.infinity) : scratch[i * pairs + p * EntityTag.count + path[i]])
                }
                return total
            }
            var best: (score: Float, count: Int) = (-.infinity, 0)
            var path = [Int](repeating: 0, count: n)
            for code in 0..<Int(pow(Double(EntityTag.count), Double(n))) {
                var rest = code
                for i in 0..<n {
                    path[i] = rest % EntityTag.count
                    rest /= EntityTag.count
                }
                let s = score(path)
                if s > best.score { best = (s, 1) } else if s == best.score { best.count += 1 }
            }
            let decoded = tags.map { Int($0.rawValue) }
            #expect(score(decoded) == best.score, "\(rules) \(decoded)")
            #expect(best.score > -.infinity && best.count >= 1)
        }
    }

    @Test func aPieceBeginsAfterTheTagBeforeIt() {
        // After I-PER, a connector goes on with the name; after O (the default) it cannot.
        let inside = Self.scores([.inside(.person): 2])
        let words = [WordAttributes](repeating: .start, count: 1)
        var scratch = [Float](repeating: .nan, count: TagLattice.scratchCount(1))
        var tag = [EntityTag.outside]
        for (start, expected) in [(EntityTag.inside(.person), EntityTag.inside(.person)), (.outside, .outside)] {
            words.withUnsafeBufferPointer { words in
                TagLattice.decode(
                    words, rules: [.outsideAfterOutside], rows: [2049], counts: [1], capacity: 1,
                    scorer: TableScorer(table: [2049: inside]), bits: 10, scratch: &scratch, tags: &tag, after: start)
            }
            #expect(tag == [expected])
        }
    }

    @Test func confidencesAreTheSoftmaxOfTheBestPathThroughEachTag() {
        // Every path of short sentences scored from the edges the forward pass kept: a name
        // token's confidence is the softmax of the best path through each of its tags, taken at
        // its own tag (sums kept in another order than the lattice's: equal within rounding).
        let model = WordScoreCacheTests.randomModel(seed: 23)
        var random = SplitMix64(seed: 5)
        let word = WordAttributes(testing: "Word")
        let all: [TagLattice.Rule] = [.scored, .scored, .outsideAfterOutside, .outside]
        let tagCount = EntityTag.count
        for round in 0..<40 {
            let n = 1 + round % 4
            let rules = (0..<n).map { _ in all[Int(random.next() % 4)] }
            let words = [WordAttributes](repeating: word, count: n)
            let wordScores = (0..<(n * tagCount)).map { _ in Float(Int(random.next() % 2001) - 1000) / 64 }
            var scratch = [Float](repeating: 0, count: TagLattice.scratchCount(n))
            var tags = [EntityTag](repeating: .outside, count: n)
            var confidence = [Float](repeating: -1, count: n)
            words.withUnsafeBufferPointer { words in
                TagLattice.decode(words, rules: rules, wordScores: wordScores, scorer: model, bits: model.bits, scratch: &scratch, tags: &tags)
            }
            TagLattice.confidences(count: n, rules: rules, tags: tags, scratch: &scratch, temperature: 2, into: &confidence)
            let pairs = tagCount * tagCount
            // through[i][t]: the best score of a path whose token i is tagged t.
            var through = [[Float]](repeating: [Float](repeating: -.infinity, count: tagCount), count: n)
            var path = [Int](repeating: 0, count: n)
            for code in 0..<Int(pow(Double(tagCount), Double(n))) {
                var rest = code
                var total: Float = 0
                for i in 0..<n {
                    path[i] = rest % tagCount
                    rest /= tagCount
                    let p = i == 0 ? 0 : path[i - 1]
                    total += rules[i] == .outside ? (path[i] == 0 ? 0 : -.infinity) : scratch[i * pairs + p * tagCount + path[i]]
                }
                for i in 0..<n where total > through[i][path[i]] { through[i][path[i]] = total }
            }
            for i in 0..<n where tags[i] != .outside {
                let top = through[i][Int(tags[i].rawValue)]
                let sum = through[i].filter { $0 > -.infinity }.reduce(Float(0)) { $0 + exp(($1 - top) / 2) }
                #expect(abs(confidence[i] - 1 / sum) < 1e-4, "\(rules) \(tags) \(i)")
            }
        }
    }
}
