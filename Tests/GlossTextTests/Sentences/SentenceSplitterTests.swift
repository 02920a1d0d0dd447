import Foundation
import GlossCore
import Testing

import GlossStages
@testable import GlossText

@Suite struct SentenceSplitterTests {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds/000_fb4e75e7260c85f4.txt").path

    /// `text` tokenised and split.
    func document(_ text: String, lineBreaks: SentenceSplitter.LineBreaks = .auto) throws -> Document {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        try SentenceSplitter(lineBreaks: lineBreaks).process(&document)
        return document
    }

    /// The sentences of `text`, as text.
    func sentences(_ text: String, lineBreaks: SentenceSplitter.LineBreaks = .auto) throws -> [String] {
        let document = try document(text, lineBreaks: lineBreaks)
        return document.sentences.map { String(document.text(of: $0.span)) }
    }

    /// Checks that the sentences cover every token once, in order, each spanning its tokens.
    func expectCoverage(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        var next = 0
        for sentence in document.sentences {
            #expect(sentence.tokens.lowerBound == next && !sentence.tokens.isEmpty, sourceLocation: sourceLocation)
            #expect(
                sentence.span.start == document.tokens[sentence.tokens.lowerBound].span.start,
                sourceLocation: sourceLocation)
            #expect(
                sentence.span.end == document.tokens[sentence.tokens.upperBound - 1].span.end,
                sourceLocation: sourceLocation)
            next = sentence.tokens.upperBound
        }
        #expect(next == document.tokens.count, sourceLocation: sourceLocation)
    }

    // MARK: - The stage

    @Test func describesItselfAndTakesTheLineBreaksOption() throws {
        #expect(SentenceSplitter.descriptor.name == "sentences")
        #expect(SentenceSplitter.descriptor.requires == [.tokens])
        #expect(SentenceSplitter.descriptor.provides == [.sentences])
        #expect(SentenceSplitter.descriptor.options.map(\.name) == ["line-breaks"])
        #expect(try SentenceSplitter(options: StageOptions()).lineBreaks == .auto)
        #expect(
            try SentenceSplitter(options: StageOptions(values: ["line-breaks": .string("join")])).lineBreaks == .join)
        #expect(throws: StageOptions.Error.self) {
            try SentenceSplitter(options: StageOptions(stage: "sentences", values: ["line-breaks": .string("maybe")]))
        }
        #expect(throws: StageOptions.Error.self) {
            try StageRegistry.standard.makeStage(
                named: "sentences", options: StageOptions(values: ["language": .string("en")]))
        }
    }

    @Test func noTokensNoSentences() throws {
        #expect(try document("").sentences.isEmpty)
        #expect(try document(" \n\n ").sentences.isEmpty)
        #expect(SentenceSplitter().split(UnsafeBufferPointer(start: nil, count: 0), tokens: []).isEmpty)
    }

    // MARK: - Final punctuation

    @Test func splitsAfterFinalPunctuationBeforeASentenceStart() throws {
        #expect(try sentences("Fine text. Two sentences.") == ["Fine text.", "Two sentences."])
        #expect(
            try sentences("Really? Yes! 252 came home. “Home,” he said.") == [
                "Really?", "Yes!", "252 came home.", "“Home,” he said.",
            ])
        #expect(try sentences("It cost $5. $3 was left.") == ["It cost $5.", "$3 was left."])
        #expect(try sentences("No way?! Yes.") == ["No way?!", "Yes."])
        // a lowercase word does not start a sentence
        #expect(try sentences("They went home. and then") == ["They went home. and then"])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() throws {
        #expect(try sentences("He said “go.” Then he left.") == ["He said “go.”", "Then he left."])
        #expect(try sentences("(He left.) Then she came.") == ["(He left.)", "Then she came."])
        #expect(try sentences("She wrote \"done.\" It was.") == ["She wrote \"done.\"", "It was."])
        // a straight quote after a space opens the next sentence
        #expect(try sentences("He left. \"Why?\" she asked.") == ["He left.", "\"Why?\" she asked."])
    }

    @Test func questionsAndExclamationsInsideQuotesBeforeLowercaseDoNotSplit() throws {
        #expect(try sentences("\"Why?\" he asked.") == ["\"Why?\" he asked."])
        #expect(try sentences("“Fine!” he said. “Why?” she asked.") == ["“Fine!” he said.", "“Why?” she asked."])
    }

    @Test func ellipsesSplitOnlyBeforeASentenceStart() throws {
        #expect(
            try sentences("the liberation … of the identical number") == ["the liberation … of the identical number"])
        #expect(try sentences("He paused … Then he spoke.") == ["He paused …", "Then he spoke."])
        #expect(try sentences("Wait... What?") == ["Wait...", "What?"])
        #expect(try sentences("and so... on it went") == ["and so... on it went"])
    }

    @Test func decimalsAreNeverSplit() throws {
        #expect(
            try sentences("It rose 3.5 percent to 1,234.56 points. Then it fell.") == [
                "It rose 3.5 percent to 1,234.56 points.", "Then it fell.",
            ])
    }

    // MARK: - Abbreviations

    @Test func titlesNeverEndASentence() throws {
        #expect(
            try sentences("Mr. Smith met Dr. Jones. Gen. Petrov flew to St. Petersburg.") == [
                "Mr. Smith met Dr. Jones.", "Gen. Petrov flew to St. Petersburg.",
            ])
        #expect(
            try sentences("Apples vs. Pears e.g. This one. No. 5 is next. It won.") == [
                "Apples vs. Pears e.g. This one.", "No. 5 is next.", "It won.",
            ])
    }

    @Test func initialsDoNotEndASentence() throws {
        #expect(
            try sentences("J. R. R. Tolkien wrote it. Nicolás J. Maduro read it.") == [
                "J. R. R. Tolkien wrote it.", "Nicolás J. Maduro read it.",
            ])
    }

    @Test func initialismsAndOtherAbbreviationsEndOneOnlyBeforeACommonStarter() throws {
        #expect(
            try sentences("He lives in the U.S. The weather is fine.") == [
                "He lives in the U.S.", "The weather is fine.",
            ])
        #expect(try sentences("The U.S. Supreme Court ruled.") == ["The U.S. Supreme Court ruled."])
        #expect(
            try sentences("He works at Acme Inc. The company grew.") == ["He works at Acme Inc.", "The company grew."])
        #expect(
            try sentences("Acme Inc. Chief Executive Jo Smith spoke.") == ["Acme Inc. Chief Executive Jo Smith spoke."])
        #expect(
            try sentences("It opened on Dec. 3 in Calif. But it closed.") == [
                "It opened on Dec. 3 in Calif.", "But it closed.",
            ])
        // a closing quote after the abbreviation marks the end: any sentence start may follow
        #expect(try sentences("He said “the U.S.” Trump agreed.") == ["He said “the U.S.”", "Trump agreed."])
        #expect(try sentences("It ends with etc.") == ["It ends with etc."])
    }

    @Test func aListItemsNumberDoesNotEndASentence() throws {
        #expect(try sentences("Steps:\n1. Buy milk.\n2. Call home.") == ["Steps:", "1. Buy milk.", "2. Call home."])
        #expect(
            try sentences("1. Buy milk\n2. Call home\n- eggs\n- bread") == [
                "1. Buy milk", "2. Call home", "- eggs", "- bread",
            ])
        #expect(try sentences("They met in 2019. The end.") == ["They met in 2019.", "The end."])
    }

    // MARK: - Line breaks

    @Test func aBlankLineAlwaysEndsASentence() throws {
        #expect(
            try sentences("A headline without a period\n\nThe first paragraph.") == [
                "A headline without a period", "The first paragraph.",
            ])
        #expect(try sentences("Talks with Mr.\n\nnothing else") == ["Talks with Mr.", "nothing else"])
        #expect(try sentences("one\r\n\r\ntwo\u{2029}three", lineBreaks: .join) == ["one", "two", "three"])
    }

    @Test func theSeedArticleHasOneParagraphPerLine() throws {
        let text = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let document = try document(text)
        let sentences = document.sentences.map { String(document.text(of: $0.span)) }
        #expect(sentences.count == 18)
        #expect(sentences.first?.hasPrefix("The president of El Salvador proposed") == true)
        #expect(sentences.first?.hasSuffix("political prisoners.") == true)
        #expect(
            sentences[3]
                == "Later, the chief prosecutor of Venezuela, Tarek William Saab, criticized Bukele’s proposal.")
        #expect(sentences[4].hasPrefix("He asked to know what crimes") && sentences[4].hasSuffix("a legal advisor."))
        #expect(sentences[6].hasPrefix("In an article on X, Bukele wrote: “I want to offer you (Maduro)"))
        #expect(
            sentences[6].contains("the liberation … of the identical number") && sentences[6].hasSuffix("you hold”."))
        #expect(
            sentences[15]
                == "The White House called the challenges to the use of the law for mass deportations “dispute without merit”."
        )
        #expect(sentences[16].contains("Enemies Act of 1798, which gives"))
        #expect(sentences.last == "The act was previously used only three times, all during the war.")
        for sentence in sentences { #expect(!sentence.contains("\n")) }
        expectCoverage(document)
    }

    @Test func hardWrappedProseSplitsAtSentencesNotLines() throws {
        let text = """
            Storm floods coastal towns
            Heavy rain swept across the region on Monday, flooding roads and
            forcing hundreds of families from their homes. Officials said the
            water would recede by Wednesday, but warned that more storms were
            likely later in the week, and that the coastal road from Salvador
            to the capital would stay closed until engineers had inspected it
            Schools stayed closed.

            Rescue teams worked through the night.
            """
        #expect(
            try sentences(text) == [
                "Storm floods coastal towns",
                "Heavy rain swept across the region on Monday, flooding roads and\nforcing hundreds of families from their homes.",
                "Officials said the\nwater would recede by Wednesday, but warned that more storms were\nlikely later in the week, and that the coastal road from Salvador\nto the capital would stay closed until engineers had inspected it\nSchools stayed closed.",
                "Rescue teams worked through the night.",
            ])
    }

    @Test func aHeadlineLineIsASentenceOfItsOwn() throws {
        #expect(
            try sentences("Bukele offers a prisoner swap\nThe president of El Salvador proposed an exchange.") == [
                "Bukele offers a prisoner swap", "The president of El Salvador proposed an exchange.",
            ])
    }

    @Test func theLineBreaksOptionOverridesTheDocumentsLayout() throws {
        let text = "He said that\nthe plan was fine. It was\nnot."
        #expect(try sentences(text) == ["He said that\nthe plan was fine.", "It was\nnot."])
        #expect(try sentences(text, lineBreaks: .split) == ["He said that", "the plan was fine.", "It was", "not."])
        #expect(try sentences("Headline\nBody text.", lineBreaks: .join) == ["Headline\nBody text."])
    }

    // MARK: - Other scripts and odd input

    @Test func fullStopsOfCaselessScriptsAlwaysSplit() throws {
        #expect(try sentences("東京に行った。大阪に行った。") == ["東京に行った。", "大阪に行った。"])
        #expect(try sentences("Он пришёл. Она ушла.") == ["Он пришёл.", "Она ушла."])
    }

    @Test func sentencesCoverAllTokensInOrderOnAnyText() throws {
        var generator = TokenizerTests.Random(seed: 5)
        let pieces = [
            "Mr.", "U.S.", "The", "the", ".", "?", "!", "…", "...", "”", "“", "\"", ")", "(", " ", " ", "\n", "\n\n",
            "1",
            "J.", "word", "No.", "。", "'", "’", "-", "•", "\r\n", "\u{2029}", "Dec.",
        ]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            for lineBreaks in SentenceSplitter.LineBreaks.allCases {
                expectCoverage(try document(text, lineBreaks: lineBreaks))
            }
        }
    }
}
