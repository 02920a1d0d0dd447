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

    @Test func aTitleTheTaggerTookIntoAPersonsNameGoesOutside() throws {
        var s = "Pope Quillet spoke on Sunday"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 2, .person)])) == Self.tags(s, [(1, 1, .person)]))
        s = "talks with Colonel Morvan Quillet ended"
        #expect(try Self.apply(s, tags: Self.tags(s, [(2, 3, .person)])) == Self.tags(s, [(3, 2, .person)]))
        // A title alone read as a person before a name: outside, and the listed title's name
        // after it is then tagged as any untagged one.
        s = "Mr Quillet said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .person)])) == Self.tags(s, [(1, 1, .person)]))
        s = "Colonel Morvan said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .person), (1, 1, .location)])) == Self.tags(s, [(1, 1, .location)]))
    }

    @Test func suffixesCompassPointsUnlistedTitlesAndCapitalsKeepTheName() throws {
        for (s, names) in [
            // A surname before a suffix, a name whose one word left would be a compass point.
            ("John Pope Jr said", [(1, 2, EntityType.person)]),
            ("Colonel North testified", [(0, 2, .person)]),
            // "Sheikh" is inside the name in EWT; a title in capitals; a name of another type.
            ("Sheikh Quillet arrived", [(0, 2, .person)]),
            ("POPE QUILLET SPEAKS", [(0, 2, .person)]),
            ("Pope Quillet Corp said", [(0, 3, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aTitleWordBeforeAWordOfAnOrganisationsNameIsAFoundersSurname() throws {
        // A firm named after its founders, written in full and then short: "Pope" is a surname.
        var s = "Pope Quillet has 7 mln shares , said Quillet and Morvan Inc"
        let firm = Self.tags(s, [(0, 2, .person), (8, 4, .organization)])
        #expect(try Self.apply(s, tags: firm) == firm)
        // An organisation in the document whose words are not the name's: the title goes out.
        s = "Pope Quillet met the heads of Morvan Inc"
        #expect(
            try Self.apply(s, tags: Self.tags(s, [(0, 2, .person), (6, 2, .organization)]))
                == Self.tags(s, [(1, 1, .person), (6, 2, .organization)]))
    }
}
