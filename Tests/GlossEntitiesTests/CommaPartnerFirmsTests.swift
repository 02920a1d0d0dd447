import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CommaPartnerFirmsTests {
    /// "Tarnford" is a listed city; "Vellmark" a listed organisation; "Brevonia" a country that is
    /// also a surname, "Calvania" a country; "Harbour" a word usually in lower case.
    static let gazetteer = Gazetteer(
        text: ["city\ttarnford", "organization\tvellmark", "country\tbrevonia", "surname\tbrevonia", "country\tcalvania"]
            .joined(separator: "\n") + "\n")

    /// The tags after the rule of one sentence (words split at spaces), tagged `names` before it.
    static func apply(_ sentence: String, _ names: [(Int, Int, EntityType)]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: NewsNamesTests.tags(sentence, names), sure: 0.9, gazetteer: gazetteer) {
            words, tags, confidence in
            let found = RuleWords.find(words, sentences: [0..<words.count])
            CommaPartnerFirms.apply(words, found: found, tags: tags, confidence: confidence)
        }
    }

    @Test func partnersWithACommaAndALegalFormAreOneFirm() throws {
        for (s, given, expected) in [
            // The tagger's three pieces, the second partner a place; the legal forms after "Co".
            ("the notes were placed by Quorvik , Tarnford and Co Inc on Monday",
             [(5, 1, EntityType.organization), (7, 1, .location), (9, 2, .organization)], [(5, 6, EntityType.organization)]),
            // At a sentence's start, untagged pieces, "&" and "Co.".
            ("Quorvik , Dellmere & Co. said it bought shares", [], [(0, 5, .organization)]),
            // Three partners, the third before the legal form.
            ("an analyst with Quorvik , Dellmere and Tanby Inc said", [(3, 1, .person), (5, 1, .person)], [(3, 6, .organization)]),
            // The third partner with a lower-case particle joined to it.
            ("the group includes Quorvik , Dellmere and deTanby Inc , an adviser",
             [(3, 1, EntityType.location), (5, 1, .person), (7, 2, .organization)], [(3, 6, .organization)]),
            // After a comma that ends the list before it.
            ("Salomon Inc , Quorvik , Dellmere and Co and others", [(0, 2, .organization)],
             [(0, 2, .organization), (3, 5, .organization)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, expected), "\(s)")
        }
    }

    @Test func otherListsStay() throws {
        for (s, given) in [
            // A list of longer names: a capitalised word before the first partner.
            ("managers were First Boston , Morgan Stanley and Co this time",
             [(2, 2, EntityType.organization), (5, 4, .organization)]),
            // A legal form as the first partner: two firms.
            ("managers were Salomon Inc , Jefferies and Co this time", [(2, 2, .organization), (5, 3, .organization)]),
            // No legal form; two people in the news and "and Co".
            ("Quorvik , Dellmere and others bought shares", [(0, 1, .organization), (2, 1, .location)]),
            ("critics of Putin , Reagan and Co said so", [(2, 1, .person), (4, 1, .person)]),
            // A lower-case word before the legal form, and a word with a particle with no legal form.
            ("shares of Quorvik , Dellmere and other Inc rose", [(2, 1, .organization), (4, 1, .organization)]),
            ("shares of Quorvik , Dellmere and deTanby rose", [(2, 1, .organization), (4, 1, .organization), (6, 1, .person)]),
            // A list of companies or places ending in one with a legal form: a listed
            // organisation, a word usually in lower case, a country (a surname too) as a partner.
            ("shares of Vellmark , Dellmere and Quorvik Corp rose", [(2, 1, .organization), (4, 1, .organization), (6, 2, .organization)]),
            ("shares of Quorvik , Vellmark and Co rose", [(2, 1, .organization), (4, 1, .organization), (6, 1, .organization)]),
            ("a venture of Harbour , Dellmere and Quorvik Inc said", [(3, 1, .organization), (5, 1, .location), (7, 2, .organization)]),
            ("exports to Brevonia , Calvania and Dellmere Inc rose", [(2, 1, .location), (4, 1, .location), (6, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, given), "\(s)")
        }
    }
}
