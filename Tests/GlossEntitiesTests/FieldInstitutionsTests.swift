import GlossCore
import Testing

@testable import GlossEntities

@Suite struct FieldInstitutionsTests {
    /// "Tarnford" stands for a listed place, "Harbour Reserve" for a listed organisation.
    static let gazetteer = Gazetteer(text: "country\ttarnford\norganization\tharbour reserve\n")

    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            FieldInstitutions.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func fieldsJoinedByAndBeforeAHeadAreAnAgency() throws {
        for (s, given, expected) in [
            ("approval from the Timber and Fishing Administration to sell", [(Int, Int, EntityType)](), [(3, 4, EntityType.organization)]),
            ("The Timber and Fishing Administration said", [], [(1, 4, .organization)]),
            ("Timber and Fishing Board officials met", [], [(0, 4, .organization)]),
            ("the Dairy Safety and Inspection Service said", [], [(1, 5, .organization)]),
            // A place the tagger found before the fields stays its own name; a title after the head.
            ("the Tarnford Timber and Fishing Administration approved", [(1, 1, .location)], [(1, 1, .location), (2, 4, .organization)]),
            ("Timber and Fishing Administration Commissioner Mirela Oskarov said", [(5, 2, .person)],
             [(0, 4, .organization), (5, 2, .person)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func anOrganizationNamedByItsFieldsTakesItsListedParentAfterOf() throws {
        for (s, given, expected) in [
            ("officials of the Timber and Fishing Organization said", [(Int, Int, EntityType)](), [(3, 4, EntityType.organization)]),
            ("the Timber and Fishing Organisation warned", [], [(1, 4, .organization)]),
            // "of", an article and a listed organisation the tagger found: the parent joins.
            ("officials of the Timber and Fishing Organization of the Harbour Reserve said", [(9, 2, .organization)],
             [(3, 8, .organization)]),
            // (A lower-case word of four letters or more keeps the sentence from being read as a headline.)
            ("officials said the Timber and Fishing Board of Harbour Reserve met", [(8, 2, .organization)], [(3, 7, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
        // After "of", a place, an organisation no list holds, or nothing the tagger found.
        for (s, names) in [
            ("the Timber and Fishing Organization of Tarnford said", [(5, 1, EntityType.location)]),
            ("the Timber and Fishing Organization of the Quillet Group said", [(7, 2, .organization)]),
            ("the Timber and Fishing Organization of the Harbour Reserve said", []),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func otherRunsStay() throws {
        for (s, names) in [
            // No "and"; two bodies, one a listed organisation; the head before "of" or a capitalised word.
            ("the Timber Administration said", [(Int, Int, EntityType)]()),
            ("officials said the Coal Timber Fishing Forest Administration met", []),
            ("the Treasury and Harbour Reserve Board said", []),
            ("the Timber and Fishing Board of Tarnford", []),
            ("Timber and Fishing Service Quillet", []),
            // After an untagged capitalised word, a tagged name, or in lower case; the tagger's name.
            ("Quillet Timber and Fishing Administration", []),
            ("the food and drug administration", []),
            ("the Timber and Fishing Administration said", [(1, 4, .organization)]),
            ("the Timber and Fishing Administration said", [(1, 1, .person)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
