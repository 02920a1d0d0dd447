import GlossCore
import GlossText
import Testing

@testable import GlossEntities

@Suite struct FeatureTemplatesTests {
    /// The described words of one sentence.
    static func words(_ sentence: [String]) -> [WordAttributes] {
        WordScoreCacheTests.describedDocument([sentence], gazetteer: Gazetteer(text: "")).words
    }

    @Test func aWindowPointsAtTheSentencesWordsAndAtTheEdgesBeyondIt() {
        let words = Self.words(["Tim", "Cook", "said"])
        words.withUnsafeBufferPointer { words in
            let base = words.baseAddress!
            let first = FeatureTemplates.window(words, 0)
            #expect(first.w == base && first.n1 == base + 1 && first.n2 == base + 2)
            #expect(first.p1.pointee.word == WordAttributes.start.word && first.p2.pointee.word == WordAttributes.start.word)
            let middle = FeatureTemplates.window(words, 1)
            #expect(middle.p1 == base && middle.w == base + 1 && middle.n1 == base + 2)
            #expect(middle.p2.pointee.word == WordAttributes.start.word && middle.n2.pointee.word == WordAttributes.end.word)
            let last = FeatureTemplates.window(words, 2)
            #expect(last.p2 == base && last.p1 == base + 1 && last.w == base + 2)
            #expect(last.n1.pointee.word == WordAttributes.end.word && last.n2.pointee.word == WordAttributes.end.word)
            #expect(last.n1 == FeatureTemplates.Window.edges + 1 && first.p1 == FeatureTemplates.Window.edges)
        }
    }

    @Test func windowFeaturesReadTheEdgesAsTheStartAndEndWords() {
        // A one-word sentence: its window is .start, .start, the word, .end, .end, which a
        // five-word sentence made of them gives at its middle word as well.
        let word = Self.words(["Paris"])[0]
        let alone = [word]
        let spelled = [WordAttributes.start, .start, word, .end, .end]
        var a = [UInt32](repeating: 0, count: FeatureTemplates.staticCapacity)
        var b = a
        let count = alone.withUnsafeBufferPointer { FeatureTemplates.windowFeatures($0, 0, bits: 20, into: &a) }
        let spelledCount = spelled.withUnsafeBufferPointer { FeatureTemplates.windowFeatures($0, 2, bits: 20, into: &b) }
        #expect(count == spelledCount && count == FeatureTemplates.staticCapacity - FeatureTemplates.ownCapacity)
        #expect(a == b)
    }

    @Test func aRowIsTheTopBitsOfTheWholeMixer() {
        // The mixer's last step is left out: it changes no bit a row of at most 31 bits reads.
        var random = SplitMix64(seed: 3)
        for bits in 1...FeatureTemplates.largestBits {
            for _ in 0..<200 {
                let (template, value) = (random.next() % 64, random.next())
                let whole = WordHash.mix(value &+ template &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - bits)
                #expect(FeatureTemplates.row(template, value, bits: bits) == UInt32(truncatingIfNeeded: whole), "bits \(bits)")
            }
        }
    }

    @Test func eachListedIndexNamesTheValueItsTemplateHashes() {
        // Indices and values one to one, and the lists laid end to end in the cases' order.
        var offset = 0
        for listed in FeatureTemplates.Listed.allCases {
            #expect(listed.offset == offset)
            offset += listed.count
            #expect(Set((0..<listed.count).map(listed.value)).count == listed.count)
        }
        #expect(offset == FeatureTemplates.Listed.total)
        // The history's index and value for one word and history, by both routes.
        var word = WordAttributes.start
        word.flags = WordAttributes.Flags.initialCapital | WordAttributes.Flags.letter
        let index = FeatureTemplates.historyIndex(word, history: 0b101)
        #expect(FeatureTemplates.Listed.history.value(index) == FeatureTemplates.historyValue(word, history: 0b101))
    }

    @Test func aModelsListedPlacesAreThoseOfTheHashedRows() {
        let model = WordScoreCacheTests.randomModel()
        model.withRowPlaces { places in
            for listed in FeatureTemplates.Listed.allCases {
                for index in 0..<listed.count {
                    let hashed = places(FeatureTemplates.row(listed.template, listed.value(index), bits: model.bits))
                    #expect(places(listed, index) == hashed, "\(listed) \(index)")
                }
            }
        }
    }

    /// A sentence's words with random corpus casings and clusters (the empty lexicon gives 0),
    /// one casing past the buckets the lexicon writes.
    static func variedWords(seed: UInt64) -> [WordAttributes] {
        var words = Self.words(["Tim", "Cook", "of", "Apple", "visited", "São", "Paulo", "on", "Monday", "."])
        var random = SplitMix64(seed: seed)
        for i in words.indices {
            words[i].casing = UInt8(random.next() % 9)
            words[i].cluster = UInt32(truncatingIfNeeded: random.next()) & 0xFFFF
        }
        words[4].casing = 9
        return words
    }

    @Test func listedRowsComeInTheirPlacesWithTheirIndexAndValue() {
        let words = Self.variedWords(seed: 9)
        words.withUnsafeBufferPointer { words in
            for i in words.indices {
                let window = FeatureTemplates.window(words, i)
                var plain: [UInt32] = []
                FeatureTemplates.forEachWindowFeature(window, bits: 20) { plain.append($0) }
                var split: [UInt32] = []
                var listedCount = 0
                FeatureTemplates.forEachWindowFeature(window, bits: 20, { split.append($0) }) { listed, index, value in
                    #expect(index < listed.count && listed.value(index) == value)
                    split.append(FeatureTemplates.row(listed.template, value, bits: 20))
                    listedCount += 1
                }
                #expect(split == plain)
                // Templates 48 and 49 unless a casing is past the buckets (token 4's).
                let casingPast = (max(i - 1, 0)...min(i + 1, words.count - 1)).contains(4)
                #expect(listedCount == (casingPast ? 0 : 2), "token \(i)")
            }
        }
    }
}
