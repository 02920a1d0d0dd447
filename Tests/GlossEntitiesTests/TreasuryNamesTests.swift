import GlossCore
import Testing

@testable import GlossEntities

@Suite struct TreasuryNamesTests {
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: Gazetteer(text: "")) { words, tags, confidence in
            TreasuryNames.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func theMinistryThatActsIsAnOrganisation() throws {
        for (s, given, expected) in [
            // Untagged, before a verb, a staff noun, a possessive, a sign; at a sentence's start.
            ("the Treasury would prefer a slower pace", [(Int, Int, EntityType)](), [(1, 1, EntityType.organization)]),
            ("a Treasury spokeswoman declined to comment", [], [(1, 1, .organization)]),
            ("funds held in the Treasury 's account fell", [], [(4, 1, .organization)]),
            ("the report went to the Treasury .", [], [(5, 1, .organization)]),
            ("The Treasury secretary who spoke on Monday", [], [(1, 1, .organization)]),
            ("Treasury officials met the bankers", [], [(0, 1, .organization)]),
            // A country read as one place with it: two names.
            ("the U.S. Treasury said it would lend", [(1, 2, .location)], [(1, 1, .location), (2, 1, .organization)]),
            ("officials of the UK Treasury met", [(3, 2, .organization)], [(3, 1, .location), (4, 1, .organization)]),
            // A place before it, tagged apart.
            ("the Ruritanian Treasury would lend", [(1, 1, .location)], [(1, 1, .location), (2, 1, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func itsDebtTitlesAndLongerNamesAreLeft() throws {
        for (s, names) in [
            // The debt it sells or its market; a number after it.
            ("yields on Treasury bills rose", [(Int, Int, EntityType)]()),
            ("the bank bought U.S. Treasury securities", [(3, 1, .location)]),
            ("the Treasury 9-1/4 pct stock due 2008", []),
            // A title before a person's name.
            ("Treasury Secretary Nadia Orlov said", [(2, 2, .person)]),
            ("the U.S. Treasury secretary Nadia Orlov said", [(1, 1, .location), (4, 2, .person)]),
            // The tagger's longer name, and a capitalised word before it outside a name.
            ("the Treasury Department said", [(1, 2, .organization)]),
            ("the Sydney Treasury would lend", []),
            // In a headline in capitals.
            ("TREASURY SAYS DOLLAR STABLE", []),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aModifierBeforeTheDebtOrOfAndInBeforeItMakeItTheDebt() throws {
        for (s, given, expected) in [
            // A word between it and the debt or index word it modifies.
            ("prices rose in the Treasury wholesale index last year", [(Int, Int, EntityType)](), [(Int, Int, EntityType)]()),
            // "of" or "in" with no article: the debt bought or held, the country kept.
            ("purchases of U.S. Treasury and agency paper rose", [(2, 2, .location)], [(2, 1, .location)]),
            ("purchases of U.S. Treasury and agency paper rose", [(2, 1, .location)], [(2, 1, .location)]),
            ("the banks invested in Treasury until the spring", [], []),
            // Debt-market words; another issuer's debt joined to it.
            ("futures on Treasury repurchase agreements rose", [], []),
            ("a fifth of all Treasury trading is done abroad", [], []),
            ("notes backed by U.S. Treasury and agency securities", [(3, 2, .location)], [(3, 1, .location)]),
            // Near misses that act: a verb, an auxiliary or a past tense before the debt word;
            // "of the Treasury"; a title's "Secretary of Treasury".
            ("the Treasury will issue bonds next week", [], [(1, 1, .organization)]),
            ("the Treasury said sales of bills rose", [], [(1, 1, .organization)]),
            ("the Treasury issued notes on Monday", [], [(1, 1, .organization)]),
            ("the head of the Treasury said so", [], [(4, 1, .organization)]),
            ("she spoke of the Treasury 's plans", [], [(4, 1, .organization)]),
            ("the Treasury and bond dealers met", [], [(1, 1, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func aCountryBeforeTheDebtKeepsItsPlace() throws {
        let s = "demand for the US Treasury market fell"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .organization)])) == Self.tags(s, [(3, 1, .location)]))
    }
}
