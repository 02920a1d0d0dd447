import GlossCore
import Testing

@testable import GlossEntities

@Suite struct EntityTaggerTests {
    /// A model whose only weights are on the bias feature, preferring I-PER, then B-PER, to O:
    /// every token it scores becomes part of a person's name.
    static func biasedModel() -> EntityModel {
        let bits = 10
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        let bias = Int(FeatureTemplates.row(1, 0, bits: bits))
        weights[bias * EntityTag.count + Int(EntityTag.begin(.person).rawValue)] = 5
        weights[bias * EntityTag.count + Int(EntityTag.inside(.person).rawValue)] = 6
        return EntityModel(bits: bits, weights: weights)
    }

    @Test func wordsWithoutACapitalAfterOStayOUnlessListed() {
        let tagger = EntityTagger(model: Self.biasedModel(), gazetteer: Gazetteer(text: "city\tparis\n"))
        let tagged = tagger.tags(inDocument: [["the", "dog", "paris", "Big", "dog"]])[0]
        // "the" and "dog" are not scored; "paris" is listed, so it is, and "Big" goes on with
        // it; the last "dog" is neither a capital nor a connector, so the name ends there.
        #expect(tagged.tags == [.outside, .outside, .begin(.person), .inside(.person), .outside])
        #expect(tagged.confidence[0] == 1)
        #expect(tagger.tags(inDocument: [["iPhone"]])[0].tags == [.begin(.person)])
    }

    @Test func lowerCaseWordsThatMayBeginANameAreScored() throws {
        // "will" and "young" are census surnames that a corpus writes in lower case: not scored.
        // "john" (a given name usually capitalised), "kabul" (a listed city) and the particle
        // "al" are.
        let lexicon = try WordLexicon.bundled()
        let gazetteer = Gazetteer(text: "surname\twill\nsurname\tyoung\ngiven\tjohn\ncity\tkabul\n")
        let tagger = EntityTagger(model: Self.biasedModel(), gazetteer: gazetteer, lexicon: lexicon)
        for word in ["will", "young", "the"] {
            #expect(tagger.tags(inDocument: [[word]])[0].tags == [.outside], "\(word)")
        }
        for word in ["john", "kabul", "al"] {
            #expect(tagger.tags(inDocument: [[word]])[0].tags == [.begin(.person)], "\(word)")
        }
    }

    @Test func aNameGoesOnThroughConnectorsOnly() {
        let tagger = EntityTagger(model: Self.biasedModel(), gazetteer: Gazetteer(text: ""))
        // ("Bank of Mars" would be re-typed: "Bank" begins an organisation before "of", `NameHeads`.)
        #expect(tagger.tags(inDocument: [["Rock", "of", "Mars"]])[0].tags == [.begin(.person), .inside(.person), .inside(.person)])
        #expect(tagger.tags(inDocument: [["Frisco", "'s"]])[0].tags == [.begin(.person), .inside(.person)])
        #expect(tagger.tags(inDocument: [["Chevron", "says", "Mars"]])[0].tags == [.begin(.person), .outside, .begin(.person)])
        // Digits and punctuation are still scored inside a name.
        #expect(tagger.tags(inDocument: [["Super", "8"]])[0].tags == [.begin(.person), .inside(.person)])
    }

    @Test func theCompactTableScoresLikeTheFullOne() {
        let model = Self.biasedModel()
        let full = model.weights
        let rows: [UInt32] = [FeatureTemplates.row(1, 0, bits: 10), 7, FeatureTemplates.row(1, 0, bits: 10)]
        var compact = [Float](repeating: 0, count: EntityTag.count)
        var reference = [Float](repeating: 0, count: EntityTag.count)
        rows.withUnsafeBufferPointer { rows in
            compact.withUnsafeMutableBufferPointer { model.score(rows: rows, into: $0) }
            full.withUnsafeBufferPointer { full in
                reference.withUnsafeMutableBufferPointer { EntityTagger.score(rows: rows, weights: full, into: $0) }
            }
        }
        // The model sums its Int8 weights and scales once; the full table adds floats.
        for t in 0..<EntityTag.count { #expect(abs(compact[t] - reference[t]) <= 1e-5 * max(1, abs(reference[t]))) }
        #expect(abs(compact[Int(EntityTag.inside(.person).rawValue)] - 12) < 1e-4)
    }

    @Test func aLongSentenceIsTaggedInPieces() {
        // 1,300 tokens: pieces of 512, 512 and 276, each decoded after the last tag of the one
        // before, so a name goes on across their edges; every token gets a tag.
        let tagger = EntityTagger(model: Self.biasedModel(), gazetteer: Gazetteer(text: ""))
        let words = (0..<1300).map { $0 % 3 == 2 ? "and" : "Big" }
        let tagged = tagger.tags(inDocument: [words])[0]
        #expect(tagged.tags.count == 1300 && tagged.confidence.count == 1300)
        #expect(tagged.tags[0] == .begin(.person))
        // "and" (a connector) begins the second piece and goes on with the name before it.
        #expect(tagged.tags[511] == .inside(.person) && tagged.tags[512] == .inside(.person))
        #expect(tagged.tags[1024] == .inside(.person) && tagged.tags[1299] == .inside(.person))
        #expect(tagged.confidence.allSatisfy { $0 > 0 && $0 <= 1 })
    }

    @Test func describingWithTheCacheAtEverySentenceLengthGivesTheBytesAttributes() throws {
        // Sentences of 0 to 40 tokens: shorter and longer than the tokens `describe` keys ahead
        // (`describeAhead`, and half as many for the check), so each ring position and each
        // end of a sentence is reached; words repeated (hits), colliding in a 4-slot cache, one
        // past the cache's longest key, and listed ones (a phrase's first word among them). A
        // token given another token's place would read that token's entry.
        let lexicon = try WordLexicon.bundled()
        let gazetteer = Gazetteer(text: "city\tnew york\ncompany\tacme\n")
        let vocabulary = ["New", "York", "acme", "said", "Acme", ",", "Internationalisations", "of", "the", "U.S.", "2026", "Ann"]
        var cache = WordAttributeCache(slotCount: 4)
        for length in 0...40 {
            let sentence = (0..<length).map { vocabulary[($0 &* 7 &+ length) % vocabulary.count] }
            let (joined, tokens) = LabeledSentence(words: sentence, tags: []).text
            func described(_ cache: UnsafeMutablePointer<WordAttributeCache>?) -> [String] {
                var words = [WordAttributes](repeating: .start, count: tokens.count)
                Array(joined.utf8).withUnsafeBufferPointer { bytes in
                    tokens.withUnsafeBufferPointer { tokens in
                        words.withUnsafeMutableBufferPointer {
                            EntityTagger.describe(
                                bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: lexicon, attributes: cache, into: $0)
                        }
                    }
                }
                return words.map(WordAttributeCacheTests.fields)
            }
            let plain = described(nil)
            #expect(plain.count == length)
            #expect(withUnsafeMutablePointer(to: &cache) { described($0) } == plain, "\(length) tokens")
        }
        #expect(cache.hits > 0 && cache.misses > 0)
    }
}
