import GlossCore
import Testing

@testable import GlossEntities

@Suite struct PartyNamesTests {
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: Gazetteer(text: "")) { words, tags, confidence in
            PartyNames.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aPartysWordsBeforeALowerCasePartyAreAnOrganisation() throws {
        for (s, expected) in [
            ("the ruling Conservative party won in Quillet", [(2, 1, EntityType.organization)]),
            ("the opposition Social Democratic party said", [(2, 2, .organization)]),
            ("Labour party leaders met", [(0, 1, .organization)]),
            ("both Liberal parties agreed", [(1, 1, .organization)]),
            // Two parties joined by "and" or "or" before "parties".
            ("the Labor and Liberal parties met", [(1, 1, .organization), (3, 1, .organization)]),
            ("the Social Democratic or Green parties", [(1, 2, .organization), (4, 1, .organization)]),
            // The words before "and" stay without "parties", after a capitalised word, or when
            // they are no party's.
            ("the Labour and Green party said", [(3, 1, .organization)]),
            ("the Quillet Labour and Liberal parties", [(4, 1, .organization)]),
            ("the Senate and Liberal parties", [(3, 1, .organization)]),
        ] {
            #expect(try Self.apply(s) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherPartiesStay() throws {
        for (s, names) in [
            // "Party" in title case is `NameHeads`' to read; no "party" after the words.
            ("the Conservative Party won", [(1, 2, EntityType.organization)]),
            ("the Conservative government fell", []),
            // After a capitalised word: a name the words do not begin.
            ("the New Democratic party said", []),
            // Not a party's word; in a headline in capitals; already tagged.
            ("Third party sales rose", []),
            ("CONSERVATIVE PARTY WINS", []),
            ("the Quillet Labour party said", [(1, 2, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
