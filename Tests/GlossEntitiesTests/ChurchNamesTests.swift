import GlossCore
import Testing

@testable import GlossEntities

@Suite struct ChurchNamesTests {
    /// "Veltrese" stands for a listed demonym, "Tarnford" for a listed country.
    static let gazetteer = Gazetteer(text: "demonym\tveltrese\ncountry\ttarnford\n")

    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            ChurchNames.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aFaithAndChurchAreAnOrganisation() throws {
        for (s, given, expected) in [
            // The tagger's MISC faith, a listed demonym untagged, two words of a faith, "Churches".
            ("leaders of the Quorvish Church opposed the bill", [(3, 1, EntityType.miscellaneous)], [(3, 2, EntityType.organization)]),
            ("the Veltrese Church said on Monday", [], [(1, 2, .organization)]),
            ("bishops of the Veltrese Quorvish Church met", [(4, 1, .miscellaneous)], [(3, 3, .organization)]),
            ("a council of Quorvish Churches said", [(3, 1, .miscellaneous)], [(3, 2, .organization)]),
            // "Church of" and a place the tagger found.
            ("the Church of Tarnford said it", [(3, 1, .location)], [(1, 3, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherChurchesStay() throws {
        for (s, names) in [
            // No faith the lists or the tagger know; a street; after a capitalised word; a building after "of the".
            ("the Quorvish Church said on Monday", [(Int, Int, EntityType)]()),
            ("a shop on Veltrese Church Street closed", []),
            ("the old Mirela Veltrese Church was sold", [(3, 1, .person)]),
            ("visitors to the Church of the Nativity waited", []),
            // The tagger's place or person over the faith; in lower case.
            ("near Quorvish Church in the valley", [(1, 2, .location)]),
            ("the veltrese church said", []),
            ("the Church of Tarnford Street is closed", [(3, 1, .location)]),
            // "Church" a surname after a given name; a parish named after its saint (a person's
            // possessive before the faith).
            ("Senator Oren Church of Tarnford led the hearings", [(1, 1, .person), (4, 1, .location)]),
            ("thieves broke into St Mirela 's Veltrese Church on Monday", [(3, 2, .person)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
