import GlossCore
import Testing

@testable import GlossEntities

@Suite struct BoardNamesTests {
    /// "Quillet Reserve" stands for a listed organisation.
    static let gazetteer = Gazetteer(text: "organization\tquillet reserve\n")

    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            BoardNames.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    /// The tags after `ListedNames`, which tags a listed name with the "Board" after it.
    static func listed(_ sentence: String) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: [], sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            ListedNames.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func boardAfterAnOrganisationsNameJoinsIt() throws {
        for (s, given, expected) in [
            ("Quillet Reserve Board Chairman Mirela Oskarov said", [(0, 2, EntityType.organization), (4, 2, .person)],
             [(0, 3, EntityType.organization), (4, 2, .person)]),
            ("the Morvane Trust Board said", [(1, 2, .organization)], [(1, 3, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherBoardsStay() throws {
        for (s, names) in [
            // Before "of" (a board's own name), after a place or nothing, in lower case. (A
            // lower-case word of four letters or more keeps the sentence from being read as a
            // headline, where the rule reads nothing: review58.)
            ("officials said the Morvane Board of Trade met", [(3, 1, EntityType.organization)]),
            ("the Tarnford Board said", [(1, 1, .location)]),
            ("the Board said", []),
            ("the Morvane board said", [(1, 1, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aListedNameTakesTheBoardAfterIt() throws {
        var s = "Quillet Reserve Board Vice Chairman Mirela Oskarov said"
        #expect(try Self.listed(s) == Self.tags(s, [(0, 3, .organization)]))
        s = "the Quillet Reserve Board said"
        #expect(try Self.listed(s) == Self.tags(s, [(1, 3, .organization)]))
        // Before "of", a capitalised word that is no title, or after a capitalised word: the
        // listed name does not stand alone. (A lower-case word of four letters or more keeps
        // each sentence from being read as a headline, whose words `HeadlineCasing` lowers.)
        for s in [
            "officials said the Quillet Reserve Board of Governors met", "officials said Quillet Reserve Board Meeting Ends",
            "New Quillet Reserve Board said",
        ] {
            #expect(try Self.listed(s) == Self.tags(s, []), "\(s)")
        }
    }
}
