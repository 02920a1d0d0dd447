import GlossCore
import Testing

@testable import GlossEntities

@Suite struct DefiniteShortFormsTests {
    static let gazetteer = Gazetteer(text: "city\ttarnford\n")

    /// The tags after the rule of `sentences` (one document; words split at spaces), tagged
    /// `names` (indices into the whole document) before it.
    static func apply(_ sentences: [String], _ names: [(Int, Int, EntityType)]) throws -> [EntityTag] {
        let text = sentences.joined(separator: " ")
        var ranges: [Range<Int>] = []
        for s in sentences {
            let start = ranges.last?.upperBound ?? 0
            ranges.append(start..<(start + s.split(separator: " ").count))
        }
        return try NewsPersonsTests.applying(text, tags: NewsNamesTests.tags(text, names), sure: 0.9, gazetteer: gazetteer) {
            words, tags, confidence in
            let found = RuleWords.find(words, sentences: ranges)
            DefiniteShortForms.apply(words, sentences: ranges, found: found, tags: tags, confidence: confidence)
        }
    }

    @Test func aHeadAfterTheIsTheInstitutionTheDocumentNamed() throws {
        for (sentences, given, expected) in [
            // Before a legal form, a place and the head, the head before "of"; the short form in
            // the same sentence or a later one, at a sentence's start.
            (["Quillet Bank Plc raised its base rate on Monday .", "The Bank said deposits grew ."],
             [(0, 3, EntityType.organization)], [(0, 3, EntityType.organization), (11, 1, .organization)]),
            (["the Tarnford Stock Exchange opened late , and the Exchange said trading was light"],
             [(1, 3, .organization)], [(1, 3, .organization), (9, 1, .organization)]),
            (["the Ministry of Timber said exports rose .", "A spokesman for the Ministry declined to comment ."],
             [(1, 3, .organization)], [(1, 3, .organization), (12, 1, .organization)]),
        ] {
            let text = sentences.joined(separator: " ")
            #expect(try Self.apply(sentences, given) == NewsNamesTests.tags(text, expected), "\(text)")
        }
    }

    @Test func otherShortFormsStay() throws {
        for (sentences, names) in [
            // No institution of that head in the document (EWT leaves "the Commission" untagged there).
            (["The Bank said deposits grew in the quarter ."], [(Int, Int, EntityType)]()),
            (["Quillet Bank Plc grew .", "The Exchange said trading was light ."], [(0, 3, .organization)]),
            // A longer name after "the"; not after "the"; in lower case; a place's head.
            (["Quillet Bank Plc grew .", "the Bank Holiday closed the market ."], [(0, 3, .organization)]),
            (["Quillet Bank Plc grew .", "the Bank of Tarnford said rates rose ."], [(0, 3, .organization), (8, 1, .location)]),
            (["Quillet Bank Plc grew .", "its Bank said deposits grew ."], [(0, 3, .organization)]),
            (["Quillet Bank Plc grew .", "the bank said deposits grew ."], [(0, 3, .organization)]),
            (["the West Bank was calm .", "the Bank said deposits grew ."], [(1, 2, .location)]),
        ] {
            let text = sentences.joined(separator: " ")
            let given = NewsNamesTests.tags(text, names)
            #expect(try Self.apply(sentences, names) == given, "\(text)")
        }
    }
}
