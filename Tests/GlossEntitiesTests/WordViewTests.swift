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

    /// A document of my own whose describing sets every field the views mirror somewhere:
    /// a restored headline (`inHeadline`), words written both ways (`document`), listed names
    /// (`gazetteer`), a rule word, a capital inside a word, and sentences of one token.
    static let mirroredDocument: [[String]] = [
        ["Harbour", "Board", "Backs", "New", "Ferry", "Plan", "For", "Lisbon"],
        ["The", "harbour", "board", "of", "Lisbon", "said", "on", "Tuesday", "that", "BoltCo", "Ltd", "would", "build", "it", "."],
        ["Reuters"],
        ["Okafor", ",", "who", "runs", "BoltCo", ",", "told", "Reuters", "the", "Harbour", "Board", "agreed", "."],
        ["Yes", "."],
        ["!"],
    ]

    /// The views the rules read are the attributes the words end with: nothing after a
    /// sentence's views are written (the later sentences' decoding, the rules) changes a field
    /// a view mirrors. Fails if a pass that writes a mirrored field runs after `WordView.fill`
    /// without writing the views again.
    @Test func theRulesViewsAreTheAttributesTheWordsEndWith() throws {
        let tagger = try EntityTagger.bundled()
        let document = LabeledSentence.documentText(Self.mirroredDocument.map { LabeledSentence(words: $0, tags: []) })
        var words = [WordAttributes](repeating: .start, count: document.tokens.count)
        var tags = [EntityTag](repeating: .outside, count: words.count)
        var confidence = [Float](repeating: 0, count: words.count)
        document.text.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    var memory = EntityTagger.describe(
                        document: text.baseAddress!, tokens: tokens, sentences: document.sentences, gazetteer: tagger.gazetteer,
                        lexicon: tagger.lexicon, caches: tagger.caches, into: words)
                    tagger.decode(
                        document: UnsafeBufferPointer(words), sentences: document.sentences, memory: &memory, tags: &tags,
                        confidence: &confidence)
                }
            }
        }
        // The describing set each mirrored field somewhere, so a drift would show.
        #expect(words.contains { $0.inHeadline } && words.contains { !$0.inHeadline })
        #expect(words.contains { $0.document != 0 } && words.contains { $0.gazetteer != 0 })
        #expect(words.contains { $0.ruleWords != 0 } && words.contains { $0.innerCapital != 0 })
        #expect(tags.contains { $0 != .outside })
        let views = tagger.caches.withCaches { $0.views }
        #expect(tagger.caches.madeCount == 1)
        #expect(views.count >= words.count)
        #expect(Array(views.prefix(words.count)) == words.map(WordView.init))
    }

    /// The kept views of a longer document (10,000 tokens, one sentence of 5,000) are written
    /// over, not read, by a shorter one: with every kept view spoilt, the shorter document (and
    /// then a long one again) is tagged as a fresh tagger tags it.
    @Test func viewsLeftByAnotherDocumentChangeNoTag() throws {
        let warm = try EntityTagger.bundled()
        let filler = ["Okafor", "of", "Meridian", "Trust", "met", "BoltCo", "in", "Lisbon", "."]
        let long = [[String]](repeating: filler, count: 500) + [Array(repeatElement(filler, count: 556).joined())]
        #expect(long.reduce(0) { $0 + $1.count } == 9_504)
        let short = Self.mirroredDocument
        let expectedLong = try EntityTagger.bundled().tags(inDocument: long)
        #expect(warm.tags(inDocument: long).map(\.tags) == expectedLong.map(\.tags))
        var spoilt = WordView()
        spoilt.word = 0x9E37_79B9_7F4A_7C15
        spoilt.gazetteer = .max
        spoilt.flags = .max
        spoilt.ruleWords = .max
        spoilt.innerCapital = .max
        spoilt.initial = .max
        spoilt.document = .max
        spoilt.marks = .max
        warm.caches.withCaches { lent in
            #expect(lent.views.count >= 9_504)
            lent.views = [WordView](repeating: spoilt, count: lent.views.count)
        }
        let expected = try EntityTagger.bundled().tags(inDocument: short)
        let again = warm.tags(inDocument: short)
        #expect(expected.map(\.tags) == again.map(\.tags))
        #expect(expected.map { $0.confidence.map(\.bitPattern) } == again.map { $0.confidence.map(\.bitPattern) })
        #expect(expected.contains { $0.tags.contains { $0 != .outside } })
        warm.caches.withCaches { lent in lent.views = [WordView](repeating: spoilt, count: lent.views.count) }
        #expect(warm.tags(inDocument: long).map(\.tags) == expectedLong.map(\.tags))
        #expect(warm.caches.madeCount == 1)
    }
}
