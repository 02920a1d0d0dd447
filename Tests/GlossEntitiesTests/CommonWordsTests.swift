import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CommonWordsTests {
    static let gazetteer = Gazetteer(
        text: "given\tdan\norganization\tcts\ncity\ttampa\ncountry\tcanada\nstate\tkerala\ngiven\tjill\n")

    /// The tags of a document of `sentences` (space-separated words) after the rule, given the
    /// tagger's tags: `named` lists the words tagged as one-word names (PER), by position in
    /// the document's words.
    static func apply(_ sentences: [String], named: [Int]) -> [EntityTag] {
        let (words, ranges) = WordScoreCacheTests.describedDocument(
            sentences.map { $0.split(separator: " ").map(String.init) }, gazetteer: gazetteer)
        var tags = [EntityTag](repeating: .outside, count: words.count)
        for i in named { tags[i] = .begin(.person) }
        words.withUnsafeBufferPointer { CommonWords.apply($0, sentences: ranges, tags: &tags) }
        return tags
    }

    @Test func aListedWordTheDocumentWritesInLowerCaseIsNoName() {
        // Indonesian "dan" (and) in a text that capitalises names: the given name Dan is not meant.
        let tags = Self.apply(["Ali dan Budi pergi ke Jakarta", "Mereka makan dan minum"], named: [1, 8])
        #expect(tags.allSatisfy { $0 == .outside })
        // Reuters' cents.
        #expect(Self.apply(["Shr loss six cts vs profit 19 cts", "Net loss 166,000 dlrs at Acme"], named: [3, 7])[3] == .outside)
    }

    @Test func aWriterWhoCapitalisesNoNameKeepsTheTaggersReading() {
        let tags = Self.apply(["i am going to tampa with jill", "see you there"], named: [4, 6])
        #expect(tags[4] == .begin(.person))
        #expect(tags[6] == .begin(.person))
    }

    @Test func aWordTheDocumentCapitalisesElsewhereStaysAName() {
        // "Dan" in mid-sentence says the writer means the name.
        let tags = Self.apply(["We met dan at noon", "Later Dan called Paris"], named: [2])
        #expect(tags[2] == .begin(.person))
    }

    @Test func placesPeoplesAndLongerNamesAreLeftAlone() {
        let tags = Self.apply(["I moved to canada and kerala and tampa", "Then Paris called"], named: [3, 5, 7])
        #expect(tags[3] == .begin(.person))
        #expect(tags[5] == .begin(.person))
        #expect(tags[7] == .begin(.person))
        // A name of two words, and a capitalised word, are not the rule's.
        var two = [EntityTag](repeating: .outside, count: 6)
        let (words, ranges) = WordScoreCacheTests.describedDocument([["we", "saw", "dan", "smith", "in", "Paris"]], gazetteer: Self.gazetteer)
        two[2] = .begin(.person)
        two[3] = .inside(.person)
        two[5] = .begin(.location)
        let before = two
        words.withUnsafeBufferPointer { CommonWords.apply($0, sentences: ranges, tags: &two) }
        #expect(two == before)
    }

    @Test func anEmptyDocumentIsLeftAlone() {
        var tags: [EntityTag] = []
        [WordAttributes]().withUnsafeBufferPointer { CommonWords.apply($0, sentences: [], tags: &tags) }
        #expect(tags.isEmpty)
    }
}
