import Testing

@testable import GlossEntities

@Suite struct WordViewTests {
    static let gazetteer = Gazetteer(text: "organization\tmeridian trust\ncity\tlisbon\nsurname\tokafor\n")

    /// Attributes of a sentence with every field the view keeps set somewhere: a listed phrase,
    /// a particle and a connector, a word with a capital inside, a rule word, marks, digits.
    static func sampleWords() -> [WordAttributes] {
        var words = WordAttributes.described(
            ["Okafor", "of", "Meridian", "Trust", "met", "van", "der", "BoltCo", "in", "Lisbon", "on", "3.5", "Reuters", "(", "MT", ")"],
            gazetteer: gazetteer)
        words[2].document = DocumentMemory.capitalized
        words[4].document = DocumentMemory.lowercase
        words[9].inHeadline = true
        return words
    }

    @Test func aViewGivesTheFieldsOfItsAttributes() {
        let words = Self.sampleWords()
        #expect(words.contains { $0.gazetteer != 0 } && words.contains { $0.innerCapital != 0 } && words.contains { $0.ruleWords != 0 })
        #expect(words.contains { $0.isParticle } && words.contains { $0.isConnector && !$0.isParticle })
        for attributes in words {
            let view = WordView(attributes)
            #expect(view.word == attributes.word)
            #expect(view.gazetteer == attributes.gazetteer)
            #expect(view.flags == attributes.flags)
            #expect(view.ruleWords == attributes.ruleWords)
            #expect(view.innerCapital == attributes.innerCapital)
            #expect(view.initial == attributes.initial)
            #expect(view.document == attributes.document)
            #expect(view.hasCapital == attributes.hasCapital)
            #expect(view.isParticle == attributes.isParticle)
            #expect(view.isConnector == attributes.isConnector)
            #expect(view.inHeadline == attributes.inHeadline)
            #expect(view.isCapitalisedWord == attributes.isCapitalisedWord)
            #expect(view.isTitleCase == attributes.isTitleCase)
            #expect(view.isTitleCaseInText == attributes.isTitleCaseInText)
        }
    }

    /// The point of the view: four tokens to a 64-byte cache line, where the attributes take
    /// one; and a view is the attributes' first 16 bytes.
    @Test func aViewIsTheAttributesFirstSixteenBytes() {
        #expect(MemoryLayout<WordView>.stride == 16)
        #expect(MemoryLayout<WordAttributes>.stride == 64)
        #expect(WordView.matchesAttributes)
    }

    /// The three booleans packed in `marks` are set and cleared one at a time.
    @Test func markedBooleansAreIndependent() {
        var attributes = WordAttributes(testing: "van")
        #expect(attributes.isParticle && attributes.isConnector && !attributes.inHeadline)
        attributes.inHeadline = true
        attributes.isParticle = false
        #expect(!attributes.isParticle && attributes.isConnector && attributes.inHeadline)
        attributes.isConnector = false
        #expect(attributes.marks == WordAttributes.Marks.inHeadline)
        #expect(!WordAttributes(testing: "of").isParticle && WordAttributes(testing: "of").isConnector)
        #expect(WordAttributes(testing: "Van").marks == WordAttributes.Marks.hasCapital)
        attributes.hasCapital = true
        #expect(attributes.hasCapital && attributes.inHeadline && !attributes.isConnector)
    }

    @Test func viewsAreMadeForEveryWord() {
        let words = Self.sampleWords()
        var filled = [WordView](repeating: WordView(), count: words.count)
        words.withUnsafeBufferPointer { words in
            filled.withUnsafeMutableBufferPointer { WordView.fill(words, into: $0.baseAddress!) }
            let made = WordView.withViews(of: words) { Array(UnsafeBufferPointer(start: $0, count: words.count)) }
            #expect(made == filled)
        }
        #expect(filled == words.map(WordView.init))
        // No words: a caller may still ask (a rule called on an empty document).
        #expect([WordAttributes]().withUnsafeBufferPointer { WordView.withViews(of: $0) { _ in true } })
    }

    /// A test written for `WordFields` reads a view as it reads the attributes.
    @Test func aRuleTestReadsViewsAsAttributes() {
        for attributes in Self.sampleWords() {
            #expect(TitledPersons.isNameWord(attributes) == TitledPersons.isNameWord(WordView(attributes)))
            #expect(AcronymDefinitions.isAcronym(attributes) == AcronymDefinitions.isAcronym(WordView(attributes)))
        }
    }
}
