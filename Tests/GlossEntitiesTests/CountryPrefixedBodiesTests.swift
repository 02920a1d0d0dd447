import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CountryPrefixedBodiesTests {
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: Gazetteer(text: "")) { words, tags, _ in
            CountryPrefixedBodies.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func theCountryIsAPlaceOfItsOwn() throws {
        for (s, given, expected) in [
            // (A sentence of more lower-case words: one of mostly capitalised words reads as a headline.)
            ("officials said the U.S. Federal Reserve Board met on the issue", [(3, 4, EntityType.organization)],
                [(3, 1, EntityType.location), (4, 3, .organization)]),
            ("the U.S. Federal Reserve would act", [(1, 3, .location)], [(1, 1, .location), (2, 2, .organization)]),
            ("the U.S. House Fisheries Committee voted", [(1, 4, .organization)], [(1, 1, .location), (2, 3, .organization)]),
            ("the US House of Representatives voted", [(1, 5, .organization)], [(1, 1, .location), (2, 4, .organization)]),
            ("the U.S. House voted", [(1, 2, .organization)], [(1, 1, .location), (2, 1, .organization)]),
        ] {
            let got = try Self.apply(s, tags: Self.tags(s, given))
            #expect(got == Self.tags(s, expected), "\(s): \(got)")
        }
    }

    @Test func otherNamesAreLeft() throws {
        for (s, names) in [
            // A body whose name holds the country; another country's word; a house's price.
            ("the U.S. Bankruptcy Court ruled", [(1, 3, EntityType.organization)]),
            ("officials said the Ruritania Federal Reserve met on the issue", [(3, 3, .organization)]),
            ("U.K. House prices rose", [(0, 2, .location)]),
            // Already two names; a "Reserve" without "Federal".
            ("officials said the U.S. Federal Reserve met on the issue", [(3, 1, .location), (4, 2, .organization)]),
            ("the U.S. Strategic Reserve grew", [(1, 3, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
