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
}
