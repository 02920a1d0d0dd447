import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CompanyPossessivesTests {
    /// "Morvane" stands for a listed country, "Tarnford" for a listed city.
    static let gazetteer = Gazetteer(text: "country\tmorvane\ncity\ttarnford\n")

    /// The tags of `sentence` after the rule, given the tagger's.
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            CompanyPossessives.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aNameBeforeACompanysFigureIsACompany() throws {
        for (s, given, expected) in [
            // Untagged, one word and two, the figure just after "'s" or a few words on.
            ("Quillet 's net earnings rose to 75 mln dlrs", [], [(0, 1, EntityType.organization)]),
            ("the combination of Quillet 's 459 mln dlrs in assets", [], [(3, 1, .organization)]),
            ("analysts said Brandle Hovik 's first - quarter revenues fell", [], [(2, 2, .organization)]),
            // The tagger's one-word person, and a place no list holds.
            ("officers made Quillet 's operations look better", [(2, 1, EntityType.person)], [(2, 1, .organization)]),
            ("Velmor 's sales rose 12 pct", [(0, 1, .location)], [(0, 1, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func placesPeopleAndOtherPossessivesStay() throws {
        for (s, names) in [
            // Listed places, a person news names often, a person of two words.
            ("Morvane 's export earnings rose", [(0, 1, EntityType.location)]),
            ("Tarnford 's sales tax rose", []),
            ("Trump 's assets were valued", [(0, 1, .person)]),
            ("Ana Quillet 's earnings rose", [(0, 2, .person)]),
            // A day, a word usually in lower case, a run whose start is not known.
            ("Monday 's sales were slow", []),
            ("Company 's earnings rose", []),
            ("the Banco Rio Norte Quillet 's sales rose", []),
            // No figure, a figure too far or past a capitalised word or a sign, an organisation's.
            ("Quillet 's offer of 92 dlrs a share", []),
            ("Quillet 's one two three four five six sales", []),
            ("Quillet 's Vendor sales rose", []),
            ("Quillet 's , sales rose", []),
            ("Quillet Corp 's earnings rose", [(0, 2, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
