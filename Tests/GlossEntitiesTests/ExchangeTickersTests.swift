import GlossCore
import Testing

@testable import GlossEntities

@Suite struct ExchangeTickersTests {
    /// The tags after `BracketedNames` (which asks `ExchangeTickers`) of the sentences given as
    /// words parted by a "|" word of their own, tagged `names` (first word, count, type) before it.
    static func apply(_ text: String, _ names: [(Int, Int, EntityType)] = []) -> [EntityTag] {
        let (words, sentences) = PartnerFirmsDoubledTests.sentences(text)
        let described = WordAttributes.described(words, gazetteer: Gazetteer(text: ""))
        var tags = NewsNamesTests.tags(words.joined(separator: " "), names)
        var confidence = [Float](repeating: 0.9, count: tags.count)
        described.withUnsafeBufferPointer {
            BracketedNames.apply($0, sentences: sentences, tags: &tags, confidence: &confidence)
        }
        return tags
    }

    static func tags(_ text: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(text.replacingOccurrences(of: " |", with: ""), names)
    }

    @Test func aTickerWithItsExchangesCodeIsOneOrganisation() {
        // In one sentence: the ticker, the stop and the code; the company's name before it.
        var s = "Quorvik Holdings Plc < QVK . L > said"
        #expect(Self.apply(s, [(0, 3, .organization)]) == Self.tags(s, [(0, 3, .organization), (4, 3, .organization)]))
        s = "shares of Dellmere < DLM . AS > rose"
        #expect(Self.apply(s) == Self.tags(s, [(2, 1, .organization), (4, 3, .organization)]))
        // Cut by the splitter after the stop: the root is the organisation, the code no name.
        s = "Quorvik Holdings Plc < QVK . | L > said it agreed"
        #expect(Self.apply(s, [(0, 3, .organization), (6, 1, .organization)]) == Self.tags(s, [(0, 3, .organization), (4, 1, .organization)]))
        s = "Quorvik Holdings Plc < QVK . | HK > said"
        #expect(Self.apply(s, [(6, 1, .location)]) == Self.tags(s, [(0, 3, .organization), (4, 1, .organization)]))
    }

    @Test func otherBracketsStay() {
        for (s, names) in [
            // Digits, lower case, no closing bracket, a sentence's end that is no ticker's.
            ("Quorvik Ltd < 0005 . HK > said", [(0, 2, EntityType.organization)]),
            ("see < www . example > now", []),
            ("Quorvik Ltd < QVK . L said", [(0, 2, .organization)]),
            ("if A < B . | Then C > D", [(5, 1, .person)]),
        ] {
            #expect(Self.apply(s, names) == Self.tags(s, names), "\(s)")
        }
    }
}
