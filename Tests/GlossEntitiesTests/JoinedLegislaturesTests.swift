import GlossCore
import Testing

@testable import GlossEntities

@Suite struct JoinedLegislaturesTests {
    /// "Tarnford" stands for a listed country.
    static let gazetteer = Gazetteer(text: "country\ttarnford\n")

    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, _ in
            JoinedLegislatures.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func twoChambersReadAsOneNameAreTwo() throws {
        for (s, given, expected) in [
            ("the House and Senate passed the measure on Tuesday", [(1, 3, EntityType.organization)],
             [(1, 1, EntityType.organization), (3, 1, .organization)]),
            ("negotiators for the Senate and House will meet", [(3, 3, .organization)], [(3, 1, .organization), (5, 1, .organization)]),
            // A place inside the first chamber's name stays with it; at the sentence's end.
            ("both bills went to the Tarnford House and Senate", [(5, 4, .organization)], [(5, 2, .organization), (8, 1, .organization)]),
            ("the Bundestag and Bundesrat approved the treaty", [(1, 3, .organization)], [(1, 1, .organization), (3, 1, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherNamesWithAndStay() throws {
        for (s, names) in [
            // A name that runs on past the second chamber (two committees, one name or two).
            ("the House and Senate Budget Committees will meet", [(1, 5, EntityType.organization)]),
            // Not two chambers: a company, a chamber and a firm, an untagged pair, the tagger's two names.
            ("shares of House and Garden Inc rose", [(2, 4, .organization)]),
            ("the Senate and Quillet Corp agreed", [(1, 4, .organization)]),
            ("the House and Senate passed the measure", []),
            ("the House and Senate passed the measure", [(1, 1, .organization), (3, 1, .organization)]),
            // In lower case.
            ("the house and senate passed the measure", [(1, 3, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
