import GlossCore
import Testing

@testable import GlossEntities

@Suite struct AirlineNamesTests {
    /// "Tarnford" and "Morvane" stand for listed places.
    static let gazetteer = Gazetteer(text: "city\ttarnford\ncountry\tmorvane\n")

    /// The tags of `sentence` after the rule, given the tagger's, with the rule words found as
    /// the tagger finds them (`RuleWords.find`).
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            AirlineNames.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func airAndAPlaceAreAnAirline() throws {
        for (s, given, expected) in [
            // The tagger's place after an untagged "Air", at a sentence's start and inside it.
            ("Air Morvane said it would cut flights", [(1, 1, EntityType.location)], [(0, 2, EntityType.organization)]),
            ("shares of Air Morvane rose", [(3, 1, .location)], [(2, 2, .organization)]),
            // A place of two words; the tagger's organisation or person after "Air".
            ("a flight on Air New Tarnford landed", [(4, 2, .location)], [(3, 3, .organization)]),
            ("Air Quillet said", [(1, 1, .person)], [(0, 2, .organization)]),
            // The whole read as a place or a person.
            ("Air Quillet flights resumed", [(0, 2, .location)], [(0, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherAirsStay() throws {
        for (s, names) in [
            // "Air" after a capitalised word is inside a longer name.
            ("the Royal Air Morvane squadron", [(3, 1, EntityType.location)]),
            // In lower case, in a headline in capitals, before nothing tagged, or before a MISC name.
            ("by air Morvane is far", [(2, 1, .location)]),
            ("AIR MORVANE CUTS FARES", [(1, 1, .location)]),
            ("Air travel to Morvane rose", [(3, 1, .location)]),
            ("Air Quillet Cup", [(1, 2, .miscellaneous)]),
            // The tagger's organisation with "Air" in it.
            ("Air Morvane said", [(0, 2, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
