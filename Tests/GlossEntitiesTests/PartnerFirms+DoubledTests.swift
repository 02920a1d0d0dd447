import GlossCore
import Testing

@testable import GlossEntities

@Suite struct PartnerFirmsDoubledTests {
    /// The tags after `OrganisationContexts` (which asks `PartnerFirms.doubled`) of one sentence
    /// or more (parted by " | "), tagged `names` before it.
    static func apply(_ text: String, _ names: [(Int, Int, EntityType)]) throws -> [EntityTag] {
        let (kept, sentences) = Self.sentences(text)
        let sentence = kept.joined(separator: " ")
        return try NewsPersonsTests.applying(
            sentence, tags: NewsNamesTests.tags(sentence, names), sure: 0.9, gazetteer: PartnerFirmsTests.gazetteer
        ) { words, tags, confidence in
            OrganisationContexts.apply(words, sentences: sentences, tags: tags, confidence: confidence)
        }
    }

    /// The words of `text` (split at spaces) and its sentences, parted by a "|" word of their own.
    static func sentences(_ text: String) -> (words: [String], sentences: [Range<Int>]) {
        var sentences: [Range<Int>] = []
        var start = 0
        var words: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            if word == "|" {
                sentences.append(start..<words.count)
                start = words.count
            } else {
                words.append(word)
            }
        }
        sentences.append(start..<words.count)
        return (words, sentences)
    }

    @Test func oneWordTwiceIsOneFirm() throws {
        for (s, given, expected) in [
            // Two persons, two places, a name and its company with a legal form.
            ("an agreement with Quorvik and Quorvik before the sale", [(3, 1, EntityType.person), (5, 1, .person)],
             [(3, 3, EntityType.organization)]),
            ("a step in Quorvik and Quorvik 's consulting arm", [(3, 1, .location), (5, 1, .location)], [(3, 3, .organization)]),
            ("Quorvik and Quorvik Co said it", [(0, 1, .person), (2, 2, .person)], [(0, 4, .organization)]),
            ("shares of Quorvik and Quorvik Services Inc rose", [(2, 1, .person), (4, 3, .organization)], [(2, 5, .organization)]),
            // The pair again in another sentence.
            ("Quorvik and Quorvik Pty Ltd said | Quorvik and Quorvik said", [(0, 1, .organization), (6, 1, .organization)],
             [(0, 5, .organization), (6, 3, .organization)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s.replacingOccurrences(of: " |", with: ""), expected), "\(s)")
        }
    }

    @Test func otherPairsStay() throws {
        for (s, given) in [
            // The word alone elsewhere in the document: a company and its spending, one name twice.
            ("losses of Quorvik and Quorvik spending | they will sell Quorvik", [(2, 1, EntityType.organization), (4, 1, .organization), (9, 1, .organization)]),
            ("a bid for Quorvik and Quorvik said | Quorvik Petroleum rose", [(3, 1, .organization), (5, 1, .organization), (8, 2, .organization)]),
            // A capitalised word after the pair without a legal form; a capitalised word before it.
            ("with Quorvik and Quorvik Polychrome", [(1, 1, .organization), (3, 2, .organization)]),
            ("Tanby Quorvik and Quorvik said", [(0, 2, .person), (3, 1, .person)]),
            // Two different words; a listed country twice.
            ("Quorvik and Dellmere met", [(0, 1, .person), (2, 1, .person)]),
            ("Varnia and Varnia", [(0, 1, .location), (2, 1, .location)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s.replacingOccurrences(of: " |", with: ""), given), "\(s)")
        }
    }
}
