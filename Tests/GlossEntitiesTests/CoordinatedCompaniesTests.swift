import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CoordinatedCompaniesTests {
    /// "Morvane" stands for a listed country.
    static let gazetteer = Gazetteer(text: "country\tmorvane\n")

    /// The tags of `sentence` after the rule, given the tagger's.
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            CoordinatedCompanies.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func anUntaggedNameJoinedToAnOrganisationsIsOne() throws {
        for (s, given, expected) in [
            // Before and after the organisation's name; "or" and "nor".
            ("a report that Quillet and Brandle Hovik had sent telexes", [(5, 2, EntityType.organization)],
             [(3, 1, EntityType.organization), (5, 2, .organization)]),
            ("Brandle Corp and Quillet Hovik said they agreed", [(0, 2, .organization)], [(0, 2, .organization), (3, 2, .organization)]),
            ("neither Brandle Corp nor Quillet have assumed the debt", [(1, 2, .organization)],
             [(1, 2, .organization), (4, 1, .organization)]),
            ("bids from Quillet or Brandle Hovik", [(4, 2, .organization)], [(2, 1, .organization), (4, 2, .organization)]),
            ("Quillet and Brandle Hovik had sent telexes", [(2, 2, .organization)], [(0, 1, .organization), (2, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func aFirmNamedAfterItsPartnersIsOneName() throws {
        for (s, given, expected) in [
            // The organisation after "and" ends in a legal form; the untagged words after it do.
            ("Quillet and Brandle Inc said it agreed", [(2, 2, EntityType.organization)], [(0, 4, EntityType.organization)]),
            ("talks with the Quillet and Hovik Co ended", [(5, 2, .organization)], [(3, 4, .organization)]),
            ("said an analyst at Brandle Hovik and Co.", [(4, 2, .organization)], [(4, 4, .organization)]),
            ("Brandle and Quillet Co said", [(0, 1, .organization)], [(0, 4, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func otherNamesBesideAnOrganisationStay() throws {
        for (s, names) in [
            // The tagger's person or place, a listed place untagged, a day, a common word.
            ("Ana and Brandle Corp signed", [(0, 1, EntityType.person), (2, 2, .organization)]),
            ("talks between Brandle Corp and Morvane ended", [(2, 2, .organization)]),
            ("on Monday and Brandle Corp said", [(3, 2, .organization)]),
            ("Shares and Brandle Corp fell", [(2, 2, .organization)]),
            // A region after an article, a point of the compass, a rating, a name cut by a full stop.
            ("points in the Quillet and Brandle Hovik points", [(5, 2, .organization)]),
            ("sales in the South , East and Brandle Hovik rose", [(7, 2, .organization)]),
            ("rated A by Brandle Hovik and BBB-plus by Vendor", [(3, 2, .organization)]),
            ("through Brandle Hovik and Quillet . Hovik and Sons", [(1, 2, .organization)]),
            // A legal form alone before "and" is the end of a name the tagger missed.
            ("applications by Brandle Hovik and Co. and Quillet Vendor Corp to deal", [(2, 2, .person), (7, 3, .organization)]),
            // A run whose bounds are not known, a headline, nothing organised beside it.
            ("Brandle Corp and Quillet Hovik Vendor Lane said", [(0, 2, .organization)]),
            ("BRANDLE CORP AND QUILLET SIGN PACT", [(0, 2, .organization)]),
            ("Quillet and Hovik signed", []),
            // Two names before a noun for goods or trade: products, nationalities.
            ("buyers of Quillet and Brandle models can choose", [(4, 1, .organization)]),
            ("the Brandle Hovik and Quillet Vendor cars sold well", [(1, 2, .organization)]),
            ("action against the EC and Quillet exports", [(3, 1, .organization)]),
            ("plants built with Quillet and Brandle aid", [(5, 1, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aChainOfPartnersFirmsIsJoinedOnlyUpToTheLongestName() throws {
        // Untagged "X Co" after "and", again and again: the name grows to at most
        // `DocumentConsistency.longestPropagated` words, and then each firm that ends in a legal
        // form after one that does is a name of its own (`ConjoinedOrganisations`: "Co" ends a
        // firm's name as "Corp" does).
        let s = "Brandle Corp" + String(repeating: " and Quillet Co", count: 6) + " rose"
        let tags = try Self.apply(s, tags: Self.tags(s, [(0, 2, .organization)]))
        #expect(tags == Self.tags(s, [(0, 2, .organization)] + (0..<6).map { (3 + 3 * $0, 2, EntityType.organization) }))
        #expect(DocumentConsistency.longestPropagated < 14)
    }

    @Test func theFirstTagIsFoundEightAtATimeAsOneAtATime() {
        // Tags one byte each; a run of outside tags, then every value; from every start to every end,
        // against a plain scan.
        #expect(MemoryLayout<EntityTag>.size == 1)
        var tags = (0..<61).map { EntityTag(rawValue: $0 < 20 ? 0 : UInt8(($0 * 4 + $0 / 7) % EntityTag.count)) }
        var wrong = 0
        tags.withUnsafeMutableBufferPointer { tags in
            for value in 0..<UInt8(EntityTag.count) {
                for start in 0..<tags.count {
                    for end in start...tags.count {
                        let plain = (start..<end).first(where: { tags[$0].rawValue == value }) ?? end
                        if CoordinatedCompanies.first(value, in: tags.baseAddress!, from: start, to: end) != plain { wrong += 1 }
                    }
                }
            }
        }
        #expect(wrong == 0)
    }
}
