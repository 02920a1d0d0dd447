import GlossCore
import Testing

@testable import GlossEntities

@Suite struct FirmsCutAtAndTests {
    /// "Tarnford" is a listed city, "Varnia" a listed country; "Warbeck" a city and a surname.
    static let gazetteer = Gazetteer(text: "city\ttarnford\ncountry\tvarnia\ncity\twarbeck\nsurname\twarbeck\n")

    /// The tags after the rule of one sentence (words split at spaces), tagged `names` before it;
    /// the bundled lexicon's casings read ("Minerals", "Investment" usually in lower case).
    static func apply(_ sentence: String, _ names: [(Int, Int, EntityType)]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: NewsNamesTests.tags(sentence, names), sure: 0.9, gazetteer: gazetteer) {
            words, tags, confidence in
            let found = RuleWords.find(words, sentences: [0..<words.count])
            FirmsCutAtAnd.apply(words, found: found, tags: tags, confidence: confidence)
        }
    }

    @Test func aFirmCutAtItsAndIsOneName() throws {
        for (s, given, expected) in [
            // Trades on both sides of "and": a place and a company before, untagged, two trades.
            ("Quorvik Minerals and Chemicals Corp said it agreed", [(0, 2, EntityType.location), (3, 2, .organization)],
             [(0, 5, EntityType.organization)]),
            ("shares of Dellmere Management and Investment Inc rose", [], [(2, 5, .organization)]),
            ("a unit of Quorvik Steam Boiler Inspection and Insurance Co Ltd said", [(3, 4, .person)], [(3, 8, .organization)]),
            ("Quorvik International Economic and Technology Development Corp said", [(0, 2, .location)], [(0, 7, .organization)]),
            // A legal form straight after "and", a founder's name with initials before it.
            ("the issue was led by S.G. Dellmere and Co Ltd on Monday", [(5, 2, .person), (8, 2, .organization)],
             [(5, 5, .organization)]),
            // A sentence's first word an article: not the name's.
            ("The Quorvik Savings and Loan Insurance Corp said", [(1, 2, .organization), (5, 2, .organization)],
             [(1, 6, .organization)]),
            ("A Dellmere and Co spokesman said", [(1, 1, .person)], [(1, 3, .organization)]),
            // A partner that is a listed city and a surname.
            ("the issue was led by Warbeck and Co on Monday", [(5, 1, .location), (7, 1, .organization)], [(5, 3, .organization)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, expected), "\(s)")
        }
    }

    @Test func twoNamesAndOthersStay() throws {
        for (s, given) in [
            // A company's name before "and", not a trade: two companies.
            ("talks between Quorvik and Dellmere Corp ended", [(2, 1, EntityType.organization), (4, 2, .organization)]),
            ("talks between Quorvik and Chemicals Corp ended", [(2, 1, .organization), (4, 2, .organization)]),
            // A legal form before "and"; a comma before the trades.
            ("Quorvik Inc and Investment Corp agreed", [(0, 2, .organization), (3, 2, .organization)]),
            ("Quorvik Minerals , and Chemicals Corp agreed", [(0, 2, .organization), (4, 2, .organization)]),
            // A listed place or a person in the news before "and Co"; "And" in capitals.
            ("exports from Tarnford and Co rose", [(2, 1, .location)]),
            ("exports from Varnia and Co rose", [(2, 1, .location)]),
            ("critics of Putin and Co said so", [(2, 1, .person)]),
            ("Quorvik Minerals And Chemicals Corp agreed", [(0, 5, .organization)]),
            // A trade after "and" with no legal form.
            ("Quorvik Minerals and Chemicals rose", [(0, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, given), "\(s)")
        }
    }
}
