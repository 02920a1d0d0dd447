import GlossCore
import GlossText
import Testing

@testable import GlossEntities
import GlossStages

@Suite struct EntityRecognizerTests {
    /// `text` tokenised, split into sentences and tagged with the bundled model.
    func entities(_ text: String) throws -> (Document, DocumentEntities) {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        try SentenceSplitter().process(&document)
        try EntityRecognizer().process(&document)
        return (document, try #require(document[EntityLayer.self]))
    }

    /// The mentions of `text` as (text, type) pairs, in order.
    func mentions(_ text: String) throws -> [String] {
        let (document, entities) = try entities(text)
        return entities.mentions.map { "\(document.text(of: $0.span))/\($0.type)" }
    }

    @Test func tagsTheSeedsPeopleAndPlaces() throws {
        #expect(
            try mentions("President Nayib Bukele of El Salvador met Donald Trump on Monday.").contains("Nayib Bukele/PER"))
        #expect(try mentions("President Nayib Bukele of El Salvador met Donald Trump on Monday.").contains("Donald Trump/PER"))
        #expect(try mentions("The government of El Salvador said on Sunday that it would hold the prisoners.") == ["El Salvador/LOC"])
        #expect(try mentions("Nayib Bukele offered to send the men back to Venezuela.").contains("Venezuela/LOC"))
        #expect(try mentions("Donald Trump invoked a law of 1798 against the gang.").contains("Donald Trump/PER"))
    }

    @Test func aNameMayBeginWithALowerCaseParticle() throws {
        #expect(try mentions("He met the leaders of al Qaeda and of Hamas.").contains("al Qaeda/ORG"))
    }

    @Test func aNameEndsAtALowerCaseWordThatIsNotAConnector() throws {
        let court = try mentions("The Supreme Court on Saturday blocked the deportations.")
        #expect(!court.contains { $0.contains("Saturday") && $0.contains("Court") })
        #expect(try !mentions("Exxon and Chevron says profits fell.").contains { $0.contains("says") })
    }

    @Test func aTitleCaseHeadlineIsNotANameOfManyWords() throws {
        let headline = try mentions("Tariffs Hit Specialty Grocery Stores for Some Immigrant Communities Especially Hard")
        #expect(headline.allSatisfy { $0.split(separator: " ").count <= 2 })
        #expect(try mentions("U.S. STOCKS FALL AS IBM WARNS ON PROFIT").contains("IBM/ORG"))
    }

    @Test func findsHyphenatedNamesAsTheTokenizerKeepsThem() throws {
        #expect(try mentions("The attack was claimed by al-Qaeda in Iraq.").contains("al-Qaeda/ORG"))
        let paris = try mentions("French Prime Minister Jean-Pierre Raffarin met Hewlett-Packard executives in Paris.")
        #expect(paris.contains("Jean-Pierre Raffarin/PER"))
        #expect(try mentions("The Rolls-Royce plant in Derby will close.").contains("Rolls-Royce/ORG"))
    }

    @Test func aNamesHeadWordSaysItsType() throws {
        // Without `NameHeads` the bundled model tags these LOC, PER and ORG.
        let names = try mentions("Prices fell, said Jane Smith, a professor at the University of Michigan.")
        #expect(names.contains("University of Michigan/ORG"))
        #expect(try mentions("Martin Marietta Corp said it would bid.") == ["Martin Marietta Corp/ORG"])
        #expect(try mentions("The Boston Bruins won the Stanley Cup.").contains("Stanley Cup/MISC"))
    }

    @Test func findsListedOrganisationsTheTaggerMisses() throws {
        // Without `ListedNames` the bundled model tags nothing here.
        #expect(try mentions("Officials in the European Union disagreed.") == ["European Union/ORG"])
    }

    @Test func leavesTheOutsideInstitutionsNames() throws {
        let whiteHouse = try mentions("A spokesman for the White House declined to comment.")
        #expect(whiteHouse.count == 1)
        #expect(whiteHouse.first?.hasPrefix("White House/") == true)
    }

    @Test func findsAPersonNamedInFullAndThenBySurname() throws {
        let (document, entities) = try entities(
            "Nayib Bukele called on Venezuelan President Nicolás Maduro in an article. He asked Maduro to accept the deal.")
        let maduro = entities.mentions.filter { document.text(of: $0.span).hasSuffix("Maduro") }
        #expect(maduro.count >= 2)
        #expect(Set(maduro.map(\.entity)).count == 1)
        #expect(entities.entities[maduro[0].entity].name == "Nicolás Maduro")
    }

    @Test func linksASurnameToTheFullNameInTheJSON() throws {
        let text = "Nayib Bukele met Donald Trump in Washington. Later, Trump said he liked Bukele."
        let (document, entities) = try entities(text)
        let trump = entities.mentions.filter { document.text(of: $0.span).contains("Trump") }
        #expect(trump.count == 2)
        #expect(trump[0].entity == trump[1].entity)
        #expect(entities.entities[trump[0].entity] == Entity(name: "Donald Trump", type: .person, mentions: 2))
        var writer = JSONWriter()
        entities.writeJSON(
            to: &writer, context: JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity, text: text))
        let json = String(decoding: writer.bytes, as: UTF8.self)
        #expect(json.contains(#""name":"Donald Trump","type":"PER","mentions":2"#))
        #expect(json.contains(#""span":[17,29],"chars":[17,29],"text":"Donald Trump","type":"PER""#))
        #expect(json.contains(#""span":[52,57],"chars":[52,57],"text":"Trump","type":"PER""#))
    }

    @Test func mentionsLieInsideTheirSentencesWithConfidences() throws {
        let (document, entities) = try entities(
            "Venezuela's attorney general, Tarek William Saab, criticized the proposal. The White House did not answer.")
        #expect(!entities.mentions.isEmpty)
        for mention in entities.mentions {
            #expect(mention.confidence > 0 && mention.confidence <= 1)
            #expect(document.sentences.contains { $0.tokens.contains(mention.tokens.lowerBound) && $0.tokens.contains(mention.tokens.upperBound - 1) })
            #expect(mention.span.start == document.tokens[mention.tokens.lowerBound].span.start)
        }
        #expect(entities.mentions.contains { document.text(of: $0.span) == "Tarek William Saab" })
    }

    @Test func windowsHoldWholeSentencesUpToTheLimit() {
        let ranges = [0..<3, 3..<5, 5..<9, 9..<10]
        #expect(EntityRecognizer.windows(ranges, tokenCount: 10, limit: 10).map(\.tokens) == [0..<10])
        let windows = EntityRecognizer.windows(ranges, tokenCount: 10, limit: 5)
        #expect(windows.map(\.tokens) == [0..<5, 5..<10])
        #expect(windows.map(\.sentences) == [0..<2, 2..<4])
        // A sentence longer than the limit is a window of its own.
        #expect(EntityRecognizer.windows([0..<8, 8..<9], tokenCount: 9, limit: 5).map(\.tokens) == [0..<8, 8..<9])
    }

    /// 8 MB of "Hi. " held 64 bytes of word attributes per token, 4 million tokens at once; a
    /// document over the limit is now tagged a window at a time, and finds what it found whole.
    @Test func aDocumentTaggedInWindowsFindsTheSameNames() throws {
        var document = Document(id: "t", text: "Ana Torres met Bukele in San Salvador. Hi. Hi. Ana Torres flew to Paris on Monday.")
        try Tokenizer().process(&document)
        try SentenceSplitter().process(&document)
        let recognizer = try EntityRecognizer()
        let whole = recognizer.findMentions(in: document, tokensAtOnce: 1 << 20)
        let windowed = recognizer.findMentions(in: document, tokensAtOnce: 3)
        #expect(whole.map(\.span) == windowed.map(\.span))
        #expect(whole.map(\.type) == windowed.map(\.type))
        #expect(whole.count >= 4)
    }

    /// `process` gives the linker the mentions' word hashes from the tagger's attributes; they
    /// are those hashed from the text, a typographic apostrophe's word ("O’Neill") and a
    /// headline's restored words included, and a document tagged in windows hashes them anew.
    @Test func theMentionsWordsFromTheAttributesAreThoseOfTheText() throws {
        var document = Document(
            id: "t", text: "ACME CORP NAMES NEW CHIEF. Dana O’Neill of Acme Corp met Lee Park in Hanoi. O’Neill said Acme Corp grew.")
        try Tokenizer().process(&document)
        try SentenceSplitter().process(&document)
        let recognizer = try EntityRecognizer()
        let found = recognizer.findMentions(in: document, tokensAtOnce: 1 << 20, keepingWords: true)
        let words = try #require(found.words)
        #expect(found.mentions.count >= 4)
        #expect(words.map(Array.init) == NameLinker.keys(of: found.mentions, in: document).map(Array.init))
        #expect(recognizer.findMentions(in: document, tokensAtOnce: 5, keepingWords: true).words == nil)
        #expect(recognizer.findMentions(in: document, tokensAtOnce: 1 << 20, keepingWords: false).words == nil)
    }

    /// The invariant `NameLinker.keys(of:in:described:)` rests on: a word's attribute `word` is
    /// the folded hash of its bytes as written (`WordHash.folded`) unless `readsTypographic`
    /// says the tagger read other bytes. Checked on every token of documents with each way a
    /// word's bytes may be read: typographic quotes and dashes (and the neighbours of those the
    /// tagger reads as ASCII: U+2011, U+2012, U+2015, U+201B, U+201E, U+2026, U+2032), Latin-1
    /// and other scripts' capitals (which the fold leaves), ligatures and full-width letters
    /// (no NFKC), combining accents, headlines whose casing is restored, words longer than the
    /// attribute cache keeps, and each document described twice (the second from the cache).
    @Test func everyWordsHashIsThatOfItsTextUnlessItWasReadTypographically() throws {
        let long = String(repeating: "Zed", count: 30)
        let texts = [
            "‘ACME’ CORP’S “BIG” DEAL — O’NEILL QUITS AS ÉCOLE CHIEF",
            "Dana O’Neill–Smith met “Lee” Park‒Kim in Hanoi―and Jean‑Paul ‛Bo‛ said „Ja“ to Acme… at 5′.",
            "ÉCOLE NORMALE and Straße and STRASSE, İstanbul, ΑΘΗΝΑ and Αθήνα, МОСКВА and Москва.",
            "The ﬁnance Oﬃce of ＡＣＭＥ Corp met José and Jose\u{301} Ruiz 👍 in Zürich for €5.",
            "\(long)’s firm and \(long) met \(long)’ — \(long)“ said.",
            "WHY ‘THE’ TIMES’ “NEWS” ÀLA CARTE — IS BACK",
        ]
        let tagger = try EntityTagger.bundled()
        for sample in texts {
            var document = Document(id: "t", text: sample)
            try Tokenizer().process(&document)
            try SentenceSplitter().process(&document)
            let sentences = document.sentences.map(\.tokens)
            for pass in 0..<2 {
                var words = [WordAttributes](repeating: .start, count: document.tokens.count)
                document.withTextBytes { text in
                    document.tokens.withUnsafeBufferPointer { tokens in
                        words.withUnsafeMutableBufferPointer { words in
                            _ = EntityTagger.describe(
                                document: text.baseAddress!, tokens: tokens, sentences: sentences, gazetteer: tagger.gazetteer,
                                lexicon: tagger.lexicon, caches: tagger.caches, into: words)
                        }
                    }
                    for (t, token) in document.tokens.enumerated() where sentences.contains(where: { $0.contains(t) }) {
                        let folded = WordHash.folded(text.baseAddress! + Int(token.span.start), count: token.span.count)
                        #expect(
                            words[t].readsTypographic || words[t].word == folded,
                            "pass \(pass): \(document.text(of: token.span)) in \(sample)")
                    }
                }
            }
            // And the linker's keys taken from the attributes are those hashed from the text.
            let found = try EntityRecognizer().findMentions(in: document, tokensAtOnce: 1 << 20, keepingWords: true)
            let words = try #require(found.words)
            #expect(words.map(Array.init) == NameLinker.keys(of: found.mentions, in: document).map(Array.init), "\(sample)")
        }
    }

    @Test func anEmptyDocumentHasNoEntities() throws {
        let (_, entities) = try entities("")
        #expect(entities.mentions.isEmpty && entities.entities.isEmpty)
    }

    @Test func isRegisteredAfterSentencesAndRequiresThem() throws {
        let descriptor = EntityRecognizer.descriptor
        #expect(descriptor.name == "entities")
        #expect(descriptor.requires == [.tokens, .sentences])
        #expect(descriptor.provides == [.entities])
        let names = StageRegistry.standard.descriptors.map(\.name)
        let sentences = try #require(names.firstIndex(of: "sentences"))
        let entities = try #require(names.firstIndex(of: "entities"))
        #expect(entities > sentences)
        #expect(throws: (any Error).self) {
            try EntityRecognizer(options: StageOptions(stage: "entities", values: ["model": .string("/no/such/model")]))
        }
    }

    @Test func tagsNamesTheTrainingDataNeverShowed() throws {
        // Unknown names at the start of a sentence, between commas, and a two-word country
        // before a verb: the word lexicon's clusters and casing carry them.
        #expect(try mentions("Nicolás Maduro, the president of Venezuela, rejected the offer.").contains("Nicolás Maduro/PER"))
        #expect(try mentions("The chief prosecutor, Tarek William Saab, said the men had no lawyers.").contains("Tarek William Saab/PER"))
        #expect(try mentions("President Nayib Bukele of El Salvador met Donald Trump on Monday.").contains("El Salvador/LOC"))
    }

    @Test func findsCompaniesByTheirFiguresTheirAcronymsAndTheirPartners() throws {
        // The rules after decoding, through the whole stage: a name before a company's figure
        // (`CompanyPossessives`; the tagger reads a person), a word in capitals before a
        // company's verb (`CompanySubjects`; usually a lower-case word), and a name joined by
        // "and" to a firm ending in a legal form (`CoordinatedCompanies`).
        #expect(try mentions("Analysts said Harvind's net earnings rose 12 pct in the quarter.") == ["Harvind/ORG"])
        #expect(try mentions("The deal was signed. PLANS said it will ship the software in May.") == ["PLANS/ORG"])
        #expect(try mentions("Cutmore and Brandle Steel Corp had sent telexes to the ministry.") == ["Cutmore and Brandle Steel Corp/ORG"])
    }

    @Test func findsALawByItsHeadWord() throws {
        // The tagger leaves the law untagged; "Act" after capitalised words makes it a name
        // (`NameHeads`). It was pinned as a known miss until then.
        let act = try mentions("They were deported under the Extraterrestrial Enemies Act of 1798.")
        #expect(act.contains("Extraterrestrial Enemies Act/MISC"))
    }

    @Test func casesTheSeedsTriedDisagreeOn() throws {
        // Each of these is right with some of the models trained on the same data with other
        // seeds or recipes and wrong with others, so retraining flips them: an institution at
        // the start of a sentence, a person after a title, a company named after two people, a
        // gang's Spanish name (found since the model is trained on train and dev).
        let court = try mentions("The Supreme Court ordered the government to stop the flights.")
        let attorney = try mentions("Venezuela's attorney general, Tarek William Saab, criticized the proposal.")
        let company = try mentions("French Prime Minister Jean-Pierre Raffarin met Hewlett-Packard executives in Paris.")
        let gang = try mentions("The men were accused of belonging to the Tren de Aragua gang.")
        withKnownIssue(isIntermittent: true) {
            #expect(court == ["Supreme Court/ORG"])
            #expect(attorney.contains("Tarek William Saab/PER"))
            #expect(company.contains("Hewlett-Packard/ORG"))
            #expect(gang.contains("Tren de Aragua/ORG"))
        }
    }

    /// A stage of another package's, registered the plugin way, that runs before `entities`:
    /// it writes its own layer, the count of tokens it saw.
    struct TokenMarker: RegistrableStage {
        static let descriptor = StageDescriptor(
            name: "acme.marker", summary: "counts the tokens", requires: [.tokens], provides: [MarkLayer.id])
        init(options: StageOptions) throws {}
        func process(_ document: inout Document) throws { document[MarkLayer.self] = Mark(count: document.tokens.count) }
    }

    /// One that runs after `entities`: it keeps the entities and the marker's count it saw.
    struct EntityReader: RegistrableStage {
        static let descriptor = StageDescriptor(
            name: "acme.reader", summary: "keeps the entities it sees", requires: [.entities, MarkLayer.id],
            provides: [SeenLayer.id])
        init(options: StageOptions) throws {}
        func process(_ document: inout Document) throws {
            document[SeenLayer.self] = Seen(entities: document[EntityLayer.self], marked: document[MarkLayer.self]?.count)
        }
    }

    struct Mark: Sendable, JSONEncodable {
        var count: Int
        func writeJSON(to writer: inout JSONWriter, context: JSONContext) { writer.number(count) }
    }

    struct Seen: Sendable, JSONEncodable {
        var entities: DocumentEntities?
        var marked: Int?
        func writeJSON(to writer: inout JSONWriter, context: JSONContext) { writer.number(entities?.entities.count ?? -1) }
    }

    enum MarkLayer: LayerKey {
        static let id: LayerID = "acme.marker"
        typealias Value = Mark
    }

    enum SeenLayer: LayerKey {
        static let id: LayerID = "acme.reader"
        typealias Value = Seen
    }

    /// `process` writes the entities layer once and leaves every other layer as it was: a
    /// third-party stage before it keeps its layer, one after it sees what `process` gives the
    /// same document on its own, through the runner's workers as through `Pipeline.process`;
    /// and a document without names, without sentences or without text has none.
    @Test func stagesRegisteredAroundItSeeTheDocumentItGives() throws {
        var registry = StageRegistry.standard
        registry.register(TokenMarker.self)
        registry.register(EntityReader.self)
        let pipeline = try registry.makePipeline(["ingest.text", "tokenize", "sentences", "acme.marker", "entities", "acme.reader"])
        let texts = [
            "Ana Torres flew from Lisbon to Toronto. Torres met the Quarry Bank board there.",
            "the rain stopped and the river went down.", "", "   ", "... !!! ???",
        ]
        let records = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2)).run(
            texts.enumerated().map { DocumentInput.text($0.element, id: "d\($0.offset)") })
        #expect(records.count == texts.count)
        for (record, text) in zip(records, texts) {
            let document = try #require(record.document, "\(text)")
            let entities = try #require(document[EntityLayer.self])
            let seen = try #require(document[SeenLayer.self])
            #expect(seen.entities == entities && seen.marked == document.tokens.count, "\(text)")
            // The entities layer again, from the recognizer alone over the same document.
            var again = document
            try EntityRecognizer().process(&again)
            #expect(again[EntityLayer.self] == entities, "\(text)")
            #expect(again[MarkLayer.self]?.count == document.tokens.count && again[SeenLayer.self]?.entities == entities)
            #expect(again.tokens.map(\.span) == document.tokens.map(\.span) && again.sentences.map(\.tokens) == document.sentences.map(\.tokens))
            #expect(again.text == document.text)
        }
        let names = records.first?.document?[EntityLayer.self]?.entities.map(\.name) ?? []
        #expect(names.contains("Ana Torres"), "\(names)")
        #expect(records.dropFirst().allSatisfy { $0.document?[EntityLayer.self]?.mentions.isEmpty == true })

        // Tokens without sentences: no names, and the tokens as they were.
        var unsplit = Document(id: "u", text: "Ana Torres flew from Lisbon to Toronto.")
        try Tokenizer().process(&unsplit)
        let tokens = unsplit.tokens.map(\.span)
        try EntityRecognizer().process(&unsplit)
        #expect(unsplit[EntityLayer.self] == DocumentEntities(mentions: [], entities: []))
        #expect(unsplit.tokens.map(\.span) == tokens && unsplit.sentences.isEmpty)
    }
}
