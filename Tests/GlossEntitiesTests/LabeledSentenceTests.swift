import GlossCore
import Testing

@testable import GlossEntities

@Suite struct LabeledSentenceTests {
    @Test func readsIOB2WithCommentsAndDocuments() throws {
        let text = """
            # newdoc id = a
            # sent_id = a-1
            # text = Bukele met Trump.
            1\tBukele\tB-PER\t-\tx
            2\tmet\tO
            3\tTrump\tB-PER\t-\tx
            4\t.\tO

            # sent_id = a-2
            1\tAmerican\tB-OTH\t-\tx
            2\tcourts\tB-O\t-\tx

            # newdoc id = b
            1\tEl\tB-LOC
            2\tSalvador\tI-LOC

            """
        let sentences = try LabeledSentence.parse(text)
        #expect(sentences.map(\.words) == [["Bukele", "met", "Trump", "."], ["American", "courts"], ["El", "Salvador"]])
        #expect(sentences[0].names.map(\.tokens) == [0..<1, 2..<3])
        #expect(sentences[1].names.map(\.type) == [.miscellaneous])
        #expect(sentences[1].tags[1] == .outside)
        #expect(sentences[2].names.map(\.tokens) == [0..<2])
        #expect(sentences.map(\.startsDocument) == [true, false, true])
        #expect(LabeledSentence.documents(sentences).map(\.count) == [2, 1])
    }

    /// An IOB2 sentence as Universal NER writes "al-Qaeda" and an en dash between words.
    static let hyphenated = """
        # text = Anti-American al-Qaeda cells - and Coca-Cola.
        1\tAnti\tO
        2\t-\tO
        3\tAmerican\tB-OTH
        4\tal\tB-ORG
        5\t-\tI-ORG
        6\tQaeda\tI-ORG
        7\tcells\tO
        8\t-\tO
        9\tand\tO
        10\tCoca\tB-ORG
        11\t-\tI-ORG
        12\tCola\tI-ORG
        13\t.\tO

        """

    @Test func readsWhichWordsTheOriginalTextAttaches() throws {
        let sentence = try #require(try LabeledSentence.parse(Self.hyphenated).first)
        #expect(
            sentence.attached == [true, true, false, true, true, false, false, false, false, true, true, true, false])
        #expect(LabeledSentence.attachment(of: ["a", "b"], in: "a c") == [])
        #expect(try LabeledSentence.parse("Bukele B-PER\n")[0].attached == [])
    }

    @Test func joinsHyphenatedWordsWrittenWithoutSpaces() throws {
        let sentence = try #require(try LabeledSentence.parse(Self.hyphenated).first)
        let joined = try #require(sentence.joiningHyphens())
        #expect(joined.words == ["Anti-American", "al-Qaeda", "cells", "-", "and", "Coca-Cola", "."])
        #expect(joined.names.map(\.type) == [.miscellaneous, .organization, .organization])
        #expect(joined.names.map(\.tokens) == [0..<1, 1..<2, 5..<6])
        #expect(joined.joiningHyphens() == nil)
        #expect(try LabeledSentence.parse("Bukele B-PER\n")[0].joiningHyphens() == nil)
    }

    @Test func readsCoNLLWithIOTags() throws {
        let text = "-DOCSTART- O\n\nThe O\nWhite I-LOC\nHouse I-LOC\nand O\nSupreme I-ORG\nCourt I-ORG\nin O\n# O\n\n"
        let sentences = try LabeledSentence.parse(text)
        #expect(sentences.count == 1)
        #expect(sentences[0].words.last == "#")
        #expect(sentences[0].names.map(\.tokens) == [1..<3, 4..<6])
        #expect(sentences[0].names.map(\.type) == [.location, .organization])
    }

    @Test func rejectsUnknownTags() {
        #expect(throws: LabeledSentence.ReadError.self) { try LabeledSentence.parse("Bukele B-PERSON\n") }
        #expect(throws: LabeledSentence.ReadError.self) { try LabeledSentence.parse("1\tBukele\n") }
    }

    @Test func textJoinsWordsWithSpaces() throws {
        let sentence = try #require(LabeledSentence(words: ["Nicolás", "Maduro"], labels: ["B-PER", "I-PER"]))
        let (text, tokens) = sentence.text
        #expect(text == "Nicolás Maduro")
        #expect(tokens.map(\.span) == [Span(start: 0, end: 8), Span(start: 9, end: 15)])
        #expect(LabeledSentence(words: ["a"], labels: []) == nil)
    }

    @Test func aDocumentsTextJoinsItsSentencesAndShiftsTheirTokens() {
        let document = LabeledSentence.documentText([
            LabeledSentence(words: ["Anna", "sang"], tags: []), LabeledSentence(words: [], tags: []),
            LabeledSentence(words: ["Olá"], tags: []),
        ])
        #expect(String(decoding: document.text, as: UTF8.self) == "Anna sang\n\nOlá")
        #expect(document.sentences == [0..<2, 2..<2, 2..<3])
        let words = document.tokens.map { String(decoding: document.text[Int($0.span.start)..<Int($0.span.end)], as: UTF8.self) }
        #expect(words == ["Anna", "sang", "Olá"])
    }
}
