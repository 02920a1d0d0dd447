import GlossCore
import Testing

@testable import GlossEntities

@Suite struct NewsNamesTests {
    static let gazetteer = Gazetteer(
        text: "city\tboston\ncity\tst. louis\ncity\tkansas city\nstate\tkansas\norganization\tfed\nsurname\tcongress\nsurname\tsenate\n")
    static let lexicon = Result { try WordLexicon.bundled() }

    /// The tags of the space-separated words of `sentence` after the rule, given the tagger's
    /// `tags` (all O when empty), described with the bundled lexicon (its casing, which marks
    /// headlines) and the test's gazetteer.
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try applying(NewsNames.apply, to: sentence, tags: given, gazetteer: Self.gazetteer)
    }

    /// The tags of `sentence` after `rule` (a rule after decoding's `apply`, the sentence its one
    /// sentence), as `apply(_:tags:)` gives them for this suite's rule.
    static func applying(
        _ rule: (UnsafeBufferPointer<WordAttributes>, [Range<Int>], UnsafeMutablePointer<EntityTag>, UnsafeMutablePointer<Float>) -> Void,
        to sentence: String, tags given: [EntityTag], gazetteer: Gazetteer
    ) throws -> [EntityTag] {
        let words = WordAttributes.described(sentence.split(separator: " ").map(String.init), gazetteer: gazetteer, lexicon: try lexicon.get())
        var tags = given.isEmpty ? [EntityTag](repeating: .outside, count: words.count) : given
        var confidence = [Float](repeating: 0.9, count: words.count)
        words.withUnsafeBufferPointer { rule($0, [0..<$0.count], &tags, &confidence) }
        return tags
    }

    /// The tags of `sentence` with the names in `names` (first word index, word count, type).
    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: sentence.split(separator: " ").count)
        for (first, count, type) in names {
            tags[first] = .begin(type)
            for k in (first + 1)..<(first + count) { tags[k] = .inside(type) }
        }
        return tags
    }

    @Test func aRegionalFedIsOneOrganisationWithItsCity() throws {
        // The tagger's place and "Fed" alone.
        var s = "officials at the St. Louis Fed said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .location), (5, 1, .organization)])) == Self.tags(s, [(3, 3, .organization)]))
        // "Boston Fed" read as one place.
        s = "the Boston Fed said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .location)])) == Self.tags(s, [(1, 2, .organization)]))
        // A listed city the tagger left untagged, and an untagged "Fed".
        s = "the Kansas City Fed raised rates"
        #expect(try Self.apply(s) == Self.tags(s, [(1, 3, .organization)]))
    }

    @Test func aCountrysFedIsNoRegionalFed() throws {
        let s = "the U.S. Fed said"
        let gazetteer = Gazetteer(text: "country\tu.s.\norganization\tfed\n")
        let words = WordAttributes.described(s.split(separator: " ").map(String.init), gazetteer: gazetteer)
        var tags = Self.tags(s, [(1, 1, .location), (2, 1, .organization)])
        var confidence = [Float](repeating: 0.9, count: tags.count)
        words.withUnsafeBufferPointer { NewsNames.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence) }
        #expect(tags == Self.tags(s, [(1, 1, .location), (2, 1, .organization)]))
    }

    @Test func theFedAloneIsNoRegionalFed() throws {
        var s = "the Fed said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 1, .organization)])) == Self.tags(s, [(1, 1, .organization)]))
        s = "Smith told Fed officials"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .person)])) == Self.tags(s, [(0, 1, .person)]))
    }

    @Test func aNewspapersNameKeepsItsCapitalisedThe() throws {
        var s = "he told The New York Times on Monday"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 3, .organization)])) == Self.tags(s, [(2, 4, .organization)]))
        // Untagged in mid-sentence.
        s = "it was reported in The Wall Street Journal today"
        #expect(try Self.apply(s) == Self.tags(s, [(4, 4, .organization)]))
        s = "a column in The Economist said"
        #expect(try Self.apply(s) == Self.tags(s, [(3, 2, .organization)]))
        // A lower-case "the" stays outside.
        s = "he told the New York Times on Monday"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 3, .organization)])) == Self.tags(s, [(3, 3, .organization)]))
    }

    @Test func aCapitalisedTheStartingASentenceNeedsTheTaggersName() throws {
        var s = "The Boston Globe reported the deal"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .organization)])) == Self.tags(s, [(0, 3, .organization)]))
        s = "The Times are changing fast"
        #expect(try Self.apply(s) == Self.tags(s, []))
    }

    @Test func aPapersTitleStartingASentenceBeforeAReportingVerbIsOne() throws {
        // Untagged, but a word that ends hardly any name but a paper's and then a verb of reporting.
        var s = "The Wall Street Journal said the deal was near"
        #expect(try Self.apply(s) == Self.tags(s, [(0, 4, .organization)]))
        s = "The Sunday Times also quoted a letter"
        #expect(try Self.apply(s) == Self.tags(s, [(0, 3, .organization)]))
        // "Globe" ends other names too; "Times" before another verb says nothing.
        s = "The Boston Globe said the deal was near"
        #expect(try Self.apply(s) == Self.tags(s, []))
        s = "The Good Times rolled on"
        #expect(try Self.apply(s) == Self.tags(s, []))
    }

    @Test func aRunThatGoesOnIsNoNewspaper() throws {
        var s = "the paper The Washington Post Company owns"
        #expect(try Self.apply(s) == Self.tags(s, []))
        s = "he said The Post Office closed"
        #expect(try Self.apply(s) == Self.tags(s, []))
        // A word with a capital inside it only is no name's word: the tagger's name is kept,
        // without "The" and the word.
        s = "a column in The pro-Western Daily Globe said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(5, 2, .organization)])) == Self.tags(s, [(5, 2, .organization)]))
        s = "a column in The pro-Western Globe said"
        #expect(try Self.apply(s) == Self.tags(s, []))
    }

    @Test func aLegislatureStandingAloneIsAnOrganisation() throws {
        var s = "The Senate had passed the bill"
        #expect(try Self.apply(s) == Self.tags(s, [(1, 1, .organization)]))
        s = "the bill Congress passed"
        #expect(try Self.apply(s) == Self.tags(s, [(2, 1, .organization)]))
        // Part of a longer name, or in lower case.
        s = "the Senate Appropriations Committee met"
        #expect(try Self.apply(s) == Self.tags(s, []))
        s = "the state senate met"
        #expect(try Self.apply(s) == Self.tags(s, []))
    }

    @Test func aHeadlinesWordsAreLeftAlone() throws {
        var s = "Farmers Brace for Senate Vote as Tariffs Rise"
        #expect(try Self.apply(s) == Self.tags(s, []))
        s = "Jobs Data Stoke Fed Divisions on Rate Cuts"
        let gazetteer = Gazetteer(text: "city\tstoke\norganization\tfed\n")
        let words = WordAttributes.described(s.split(separator: " ").map(String.init), gazetteer: gazetteer, lexicon: try Self.lexicon.get())
        var tags = Self.tags(s, [(2, 1, .location), (3, 1, .organization)])
        var confidence = [Float](repeating: 0.9, count: tags.count)
        words.withUnsafeBufferPointer { NewsNames.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence) }
        #expect(tags == Self.tags(s, [(2, 1, .location), (3, 1, .organization)]))
    }
}
