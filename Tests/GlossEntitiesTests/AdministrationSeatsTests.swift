import GlossCore
import Testing

@testable import GlossEntities

@Suite struct AdministrationSeatsTests {
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: Gazetteer(text: "")) { words, tags, _ in
            AdministrationSeats.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func theWhiteHouseActingIsAnOrganisation() throws {
        for (s, first) in [
            ("The White House is reviving an old plan", 1),
            ("the senators pressed the White House on the budget", 4),
            ("The agency has told the White House it will comply", 5),
        ] {
            #expect(
                try Self.apply(s, tags: Self.tags(s, [(first, 2, .location)])) == Self.tags(s, [(first, 2, .organization)]),
                "\(s)")
        }
    }

    @Test func theEmployerOfItsStaffIsAnOrganisation() throws {
        for (s, first) in [
            ("a White House spokesman declined to comment", 1),
            ("White House aides met the senators", 0),
            ("the envoy joined other White House officials there", 4),
        ] {
            #expect(
                try Self.apply(s, tags: Self.tags(s, [(first, 2, .location)])) == Self.tags(s, [(first, 2, .organization)]),
                "\(s)")
        }
        // Another house, a noun of the building, a headline in capitals.
        for (s, first) in [("the Green House spokesman spoke", 1), ("a White House press room", 1), ("WHITE HOUSE AIDES MET", 0)] {
            let given = Self.tags(s, [(first, 2, .location)])
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func theBuildingStaysAPlace() throws {
        for (s, names) in [
            // After a preposition of place or a verb of going; no "the"; another house.
            ("protesters gathered outside the White House on Friday", [(4, 2, EntityType.location)]),
            ("the president returned to the White House late", [(5, 2, .location)]),
            ("the queen visited the White House in May", [(4, 2, .location)]),
            // A part of the building or its grounds after it.
            ("the president spoke on the White House lawn", [(5, 2, .location)]),
            ("guests met in a tent beside the White House residence", [(7, 2, .location)]),
            ("The Green House is reviving an old plan", [(1, 2, .location)]),
            // The tagger's organisation, and a longer name.
            ("The White House is reviving an old plan", [(1, 2, .organization)]),
            ("The White House Lawn is closed", [(1, 3, .location)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
