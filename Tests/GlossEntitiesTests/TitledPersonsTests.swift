import GlossCore
import Testing

@testable import GlossEntities

@Suite struct TitledPersonsTests {
    /// "Tarnford" stands for a listed city.
    static let gazetteer = Gazetteer(text: "city\ttarnford\n")

    /// The tags of `sentence` after the rule (`NewsPersonsTests.applying`).
    static func apply(_ sentence: String, tags given: [EntityTag] = [], sure: Float = 0.9) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: sure, gazetteer: gazetteer) { words, tags, confidence in
            TitledPersons.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func anUntaggedNameAfterATitleIsAPersonAndTheTitleStaysOutside() throws {
        var s = "the oil company 's chief executive Morvan Quillet said on Monday"
        #expect(try Self.apply(s) == Self.tags(s, [(6, 2, .person)]))
        s = "Energy Minister Oskarov told reporters"
        #expect(try Self.apply(s) == Self.tags(s, [(2, 1, .person)]))
        // A particle between two words of the name.
        s = "Trade Minister Rulof van Dessel arrived"
        #expect(try Self.apply(s) == Self.tags(s, [(2, 3, .person)]))
    }

    @Test func anUnsureOtherTypeAfterATitleBecomesAPersonAndASureOneStays() throws {
        let s = "founder Morvan Quillet sold his stake"
        let company = Self.tags(s, [(1, 2, .organization)])
        #expect(try Self.apply(s, tags: company, sure: 0.3) == Self.tags(s, [(1, 2, .person)]))
        #expect(try Self.apply(s, tags: company, sure: 0.9) == company)
    }

    @Test func organisationsNamedWithATitleAndHeadlinesVerbsAreLeftAlone() throws {
        // An organisation's head or legal form after the run, a capitalised word or "of" after
        // it, a listed place, an unlisted title ("General"), a headline's verb (lowered), and
        // a run too long to be one person's name.
        for s in [
            "shares of Leader Quillet Corp rose", "the President Quillet Partners fund", "Mayor Morvan of Tarnford",
            "Governor Tarnford spoke", "General Quillet said", "Central Bank Governor Says Rates Will Rise Again",
            "President Ala Bala Porto Calo spoke",
        ] {
            #expect(try Self.apply(s) == Self.tags(s, []), "\(s)")
        }
        // A company the tagger is sure of stays; an unsure one whose words are no head
        // ("Research") is read as a person, as the rule says.
        let s = "industry leader Quillet Research gained"
        let company = Self.tags(s, [(2, 2, .organization)])
        #expect(try Self.apply(s, tags: company, sure: 0.9) == company)
        #expect(try Self.apply(s, tags: company, sure: 0.3) == Self.tags(s, [(2, 2, .person)]))
    }
}
