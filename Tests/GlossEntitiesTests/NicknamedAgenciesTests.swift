import GlossCore
import Testing

@testable import GlossEntities

@Suite struct NicknamedAgenciesTests {
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: Gazetteer(text: "")) { words, tags, confidence in
            NicknamedAgencies.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func theLoanAgenciesNicknamesAreOrganisations() throws {
        for (s, given, expected) in [
            ("Fannie Mae said it sold notes", [(0, 2, EntityType.person)], [(0, 2, EntityType.organization)]),
            ("bonds of Freddie Mac fell", [(3, 1, .location)], [(2, 2, .organization)]),
            ("Sallie Mae 's loans rose", [], [(0, 2, .organization)]),
            ("a Ginnie Mae pool", [(1, 2, .organization)], [(1, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherFanniesStay() throws {
        for (s, names) in [
            // A person's other surname, a longer name the tagger found, lower case.
            ("Fannie Quillet said", [(0, 2, EntityType.person)]),
            ("the Fannie Mae Quillet Foundation gave", [(1, 4, .organization)]),
            ("fannie mae said", []),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
