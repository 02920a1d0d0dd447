import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CompanyAppositionsTests {
    /// "Varnia" stands for a listed country, "Osterlund" for a listed state, "Maria" for a
    /// listed given name.
    static let gazetteer = Gazetteer(
        text: """
            country\tvarnia
            state\tosterlund
            given\tmaria

            """)

    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            CompanyAppositions.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func namesAfterANounForCompaniesAreCompanies() throws {
        for (s, given, expected) in [
            ("oil traders Quorvik and Dellmere are returning", [(2, 1, EntityType.location), (4, 1, .person)],
             [(2, 1, EntityType.organization), (4, 1, .organization)]),
            // A list with commas, an untagged name and one of two words.
            ("lenders Quorvik , Dellmere Trust and Vantor cut rates", [(1, 1, .person), (3, 2, .location)],
             [(1, 1, .organization), (3, 2, .organization), (6, 1, .organization)]),
            ("the carmakers Quorvik or Vantor will decide", [(2, 1, .location), (4, 1, .organization)],
             [(2, 1, .organization), (4, 1, .organization)]),
            // A list after a determiner; "and" and a legal form end the name (not a company "Co").
            ("the firms Quorvik and Dellmere merged", [(2, 1, .person), (4, 1, .location)],
             [(2, 1, .organization), (4, 1, .organization)]),
            ("said brokers Quorvik and Co", [(2, 1, .person)], [(2, 3, .organization)]),
            ("analysts at brokers Dellmere and Co. said so", [(3, 1, .person)], [(3, 3, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherNamesStay() throws {
        for (s, names) in [
            // Countries and states; a person with a listed given name; no noun for companies.
            ("banks Varnia and Osterlund lent more", [(1, 1, EntityType.location), (3, 1, .location)]),
            ("traders Maria Vell and Anna Kessel said", [(1, 2, .person), (4, 2, .person)]),
            ("voters Quorvik and Dellmere said", [(1, 1, .location), (3, 1, .person)]),
            // The noun capitalised; a name of three words; a name already an organisation's.
            ("Lenders Quorvik and Dellmere said", [(1, 1, .location), (3, 1, .person)]),
            ("lenders Quorvik Dellmere Vantor said", [(1, 3, .location)]),
            ("lenders Quorvik said", [(1, 1, .organization)]),
            // A relative clause whose subject is a person: a determiner before the noun, a
            // lower-case word after the name.
            ("the banks Kessel regulates are sound", [(2, 1, .person)]),
            ("two firms Quorvik has proposed merged", [(2, 1, .person)]),
            ("these lenders Paris supervises are weak", [(2, 1, .location)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    /// The eight-at-a-time walk finds the first person's or place's first tag the one-at-a-time
    /// walk finds, wherever it stands among other tags (2,000 sequences drawn by a fixed
    /// linear congruential generator, half their tags O).
    @Test func theWalkFindsThePersonsAndPlacesFirstTags() {
        var state: UInt64 = 71
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            let count = 1 + next(40)
            var tags = (0..<count).map { _ in next(2) == 0 ? EntityTag.outside : EntityTag(rawValue: UInt8(next(EntityTag.count))) }
            let start = next(count + 1)
            let expected = (start..<count).first { tags[$0] == .begin(.person) || tags[$0] == .begin(.location) } ?? count
            let found = tags.withUnsafeMutableBufferPointer { CompanyAppositions.firstPersonOrPlace($0.baseAddress!, from: start, to: count) }
            #expect(found == expected, "\(tags.map(\.rawValue)) from \(start)")
        }
    }
}
