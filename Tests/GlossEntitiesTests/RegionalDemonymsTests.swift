import GlossCore
import Testing

@testable import GlossEntities

@Suite struct RegionalDemonymsTests {
    /// Two listed nationalities and a listed city.
    static let gazetteer = Gazetteer(text: "demonym\tgerman\ndemonym\tamerican\ncity\ttarnford\n")

    /// The tags of `sentence` after the rule, given the tagger's `tags`.
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, _ in
            RegionalDemonyms.apply(words, sentences: [0..<words.count], tags: tags)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aRegionsWordAndANationalityReadAsAPlaceOrAnOrganisationIsANationality() throws {
        var s = "West German exports rose in May"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 2, .location)])) == Self.tags(s, [(0, 2, .miscellaneous)]))
        s = "the Latin American debt crisis"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .organization)])) == Self.tags(s, [(1, 2, .miscellaneous)]))
        // In capitals (a headline) and at a sentence's end.
        s = "NORTH AMERICAN SALES FALL"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 2, .location)])) == Self.tags(s, [(0, 2, .miscellaneous)]))
        s = "the buyers were South American"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .location)])) == Self.tags(s, [(3, 2, .miscellaneous)]))
    }

    @Test func longerNamesOtherWordsAndPersonsAreLeftAlone() throws {
        for (s, names) in [
            // A capitalised word after the name: a longer name the tagger cut.
            ("the West German Bundesbank said", [(1, 2, EntityType.location), (3, 1, .organization)]),
            ("North American Veltra rose", [(0, 2, .organization)]),
            // Three words, a place that is no nationality, a word that is no region's, a person.
            ("North American Veltra rose", [(0, 3, .organization)]),
            ("South Tarnford voted", [(0, 2, .location)]),
            ("Anglo American rose", [(0, 2, .organization)]),
            ("Morvan German said", [(0, 2, .person)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
