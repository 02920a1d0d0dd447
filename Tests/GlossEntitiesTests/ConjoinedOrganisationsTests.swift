import GlossCore
import Testing

@testable import GlossEntities

@Suite struct ConjoinedOrganisationsTests {
    /// "Zentralkasse", "Tarnford Reserve" and "Bank of Varnia" stand for listed organisations,
    /// "Tarnford", "Varnia" and "USSR" for listed countries, "Kessel" for a listed surname
    /// that a list of organisations also holds, "Maria" for a listed given name.
    static let gazetteer = Gazetteer(
        text: """
            organization\tzentralkasse
            organization\ttarnford reserve
            organization\tbank of varnia
            organization\tkessel
            surname\tkessel
            country\ttarnford
            country\tvarnia
            country\tussr
            organization\tun
            given\tmaria

            """)

    /// The tags `CoordinatedCompanies`, which reads each organisation's name, leaves.
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            CoordinatedCompanies.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func twoOrganisationsReadAsOneNameAreTwo() throws {
        for (s, given, expected) in [
            // A listed name and a head before "of"; two listed names; a head at the end.
            ("the Zentralkasse and Bank of Japan intervened on Monday", [(1, 5, EntityType.organization)],
             [(1, 1, EntityType.organization), (3, 3, .organization)]),
            ("the Tarnford Reserve and Bank of Varnia cut rates", [(1, 6, .organization)], [(1, 2, .organization), (4, 3, .organization)]),
            ("the Bank of Varnia and Finance Ministry disagreed", [(1, 6, .organization)],
             [(1, 3, .organization), (5, 2, .organization)]),
            ("talks between Quorvik Bank and Dellmere Corp ended", [(2, 5, .organization)],
             [(2, 2, .organization), (5, 2, .organization)]),
            // Two firms each ending in a legal form, "Co" among them.
            ("talks between Quorvik , Tanby and Co and Dellmere Co ended", [(2, 8, .organization)],
             [(2, 5, .organization), (8, 2, .organization)]),
            ("Quorvik Inc and Dellmere Co merged", [(0, 5, .organization)], [(0, 2, .organization), (3, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func oneNameWithAndStays() throws {
        for (s, names) in [
            // Partners' firms and institutions whose words before "and" name nothing alone.
            ("a rating by Standard and Poor's Corp followed", [(3, 4, EntityType.organization)]),
            ("the Securities and Exchange Commission said", [(1, 4, .organization)]),
            ("the Food and Drug Administration said", [(1, 4, .organization)]),
            ("American Telephone and Telegraph Co said", [(0, 5, .organization)]),
            // A legal form alone after "and", after a listed name or a head.
            ("the Zentralkasse and Co Inc merger", [(1, 4, .organization)]),
            ("Quorvik Bank and Trust Co said", [(0, 5, .organization)]),
            ("Quorvik Inc and Insurance Co said", [(0, 5, .organization)]),
            ("Dellmere and Co and others", [(0, 3, .organization)]),
            ("First Quorvik Bank and Trust Company said", [(0, 6, .organization)]),
            // A listed one-word organisation that is also a surname.
            ("the Kessel and Bank of Varnia deal", [(1, 5, .organization)]),
            // "and" in capitals, and two names already apart.
            ("the Zentralkasse And Bank of Varnia said", [(1, 5, .organization)]),
            ("the Zentralkasse and Bank of Varnia said", [(1, 1, .organization), (3, 3, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aNameRunOnPastALegalFormWithAFullStopIsTwo() throws {
        for (s, given, expected) in [
            // Another firm's name that ends in a legal form, and a person's after a listed given name.
            ("it was rated by Quillet Corp. Dellmere and Sons Inc co-managed the sale", [(4, 6, EntityType.organization)],
             [(4, 2, EntityType.organization), (6, 4, .organization)]),
            ("the offer came from Vantor Inc. Maria Kessel said it was final", [(4, 4, .organization)],
             [(4, 2, .organization), (6, 2, .person)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
        for (s, names) in [
            // The name goes on: a word after the legal form, another legal form, "of", a title.
            ("units of Nolden Securities Co. International rose", [(2, 4, EntityType.organization)]),
            ("shares of Vantor Co. Ltd fell", [(2, 3, .organization)]),
            ("Vantor Corp. of Tarnford said", [(0, 4, .organization)]),
            ("Vantor Corp. Chairman Maria Kessel said", [(0, 5, .organization)]),
            // A firm's words after a given name, and a person "of" a firm.
            ("rated by Vantor Corp. Maria Securities co-managed it", [(2, 4, .organization)]),
            ("said Anna Vell of Vantor Inc. Maria Kessel of Quillet Corp predicted", [(4, 7, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aCountryReadAsAnOrganisationIsAPlace() throws {
        var s = "the USSR said it would buy more grain"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 1, .organization)])) == Self.tags(s, [(1, 1, .location)]))
        s = "USSR and Tarnford officials met"
        #expect(
            try Self.apply(s, tags: Self.tags(s, [(0, 1, .organization), (2, 1, .organization)]))
                == Self.tags(s, [(0, 1, .location), (2, 1, .organization)]))
        // A listed organisation, a longer name, a place already; in title case (a company's short
        // form), in a ticker, after a capitalised word.
        for (s, names) in [
            ("the UN said on Monday", [(1, 1, EntityType.organization)]),
            ("Varnia said its copper sales rose", [(0, 1, .organization)]),
            ("a contract from Quillet Corp < USSR > covering design", [(6, 1, .organization)]),
            ("Quillet USSR said it would buy grain", [(1, 1, .organization)]),
            ("the Tarnford Reserve said on Monday", [(1, 2, .organization)]),
            ("shares of Varnia Rare Earth rose", [(2, 3, .organization)]),
            ("the USSR said it would buy grain", [(1, 1, .location)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
