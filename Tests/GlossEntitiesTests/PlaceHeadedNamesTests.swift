import GlossCore
import Testing

@testable import GlossEntities

@Suite struct PlaceHeadedNamesTests {
    /// "Tarnford" and "Ostrava" stand for listed cities ("Mobile" is one too), "Varnia" for a country, "West Bank"
    /// for a listed place whose last word is a head.
    static let gazetteer = Gazetteer(
        text: """
            city\ttarnford
            city\tostrava
            city\tmobile
            country\tvarnia
            city\twest bank

            """)

    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            PlaceHeadedNames.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aPlaceAndAnInstitutionsHeadAreAnOrganisation() throws {
        for (s, name) in [
            ("The Tarnford Stock Exchange opened late on Monday .", (1, 3)),
            ("traders at the Ostrava Bourse said prices fell", (3, 2)),
            ("the Varnia Monetary Authority raised rates", (1, 3)),
            ("a ruling by the Tarnford District Court was upheld", (4, 3)),
            // At a sentence's start, after a first word usually in lower case, and at its end.
            ("At Tarnford Stock Exchange , trading was light", (1, 3)),
            ("prices fell on the Ostrava Commodity Exchange", (4, 3)),
        ] {
            #expect(try Self.apply(s) == Self.tags(s, [(name.0, name.1, .organization)]), "\(s)")
        }
    }

    @Test func otherRunsStay() throws {
        for (s, names) in [
            // No place first; a listed place's own head; a head before "of" or a capitalised word.
            ("our Settlements Group and the Central Exchange met", [(Int, Int, EntityType)]()),
            ("settlers on the West Bank protested", []),
            ("the Tarnford Bank of Commerce said", []),
            ("the Tarnford Exchange Rate Mechanism", []),
            // A place's name that is a common word.
            ("I sold it to Mobile Phone Exchange last week", []),
            // After a capitalised word; the tagger's own names; in lower case.
            ("Pelham Tarnford Stock Exchange said", []),
            ("The Tarnford Stock Exchange opened late", [(1, 3, .location)]),
            ("the tarnford stock exchange opened late", []),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
