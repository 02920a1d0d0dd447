import GlossCore
import Testing

@testable import GlossEntities

@Suite struct DemonymOrganisationsTests {
    /// "Veltrese" stands for a listed demonym, "South Veltrese" for a two-word one.
    static let gazetteer = Gazetteer(text: "demonym\tveltrese\ndemonym\tsouth veltrese\n")

    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            DemonymOrganisations.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aNationalityAndAnOrganisationsWordsEndingInAHeadAreOneName() throws {
        for (s, given, expected) in [
            // The tagger's MISC nationality and untagged words; its organisation after the nationality.
            ("a Veltrese Foreign Ministry official said", [(1, 1, EntityType.miscellaneous)], [(1, 3, EntityType.organization)]),
            ("the Veltrese Grain Association reported a surplus", [], [(1, 3, .organization)]),
            ("the Veltrese Timber Bank raised rates", [(1, 1, .miscellaneous), (3, 1, .organization)], [(1, 3, .organization)]),
            ("Veltrese Finance Ministry officials said", [(1, 2, .organization)], [(0, 3, .organization)]),
            // A two-word nationality, from its first word.
            ("the South Veltrese Grain Association reported", [], [(1, 4, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherNationalitiesStay() throws {
        for (s, names) in [
            // No head; an armed force; in lower case after it.
            ("the Veltrese Union was dissolved", [(Int, Int, EntityType)]()),
            ("the Veltrese Trade Ministers met", []),
            ("the Veltrese Navy said on Monday", []),
            ("Veltrese exports to the association rose", []),
            // A name through "of" after the head; two MISC words.
            ("a Veltrese Bank of Quillet unit said", [(2, 3, .organization)]),
            ("the Veltrese Quorvish Grain Association", [(1, 2, .miscellaneous)]),
            // A portfolio before a minister's title.
            ("the Veltrese Primary Industries Minister said", []),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
