import GlossCore
import Testing

@testable import GlossEntities

@Suite struct PartnerFirmsCommonWordsTests {
    /// The tags after `OrganisationContexts` (which asks `PartnerFirms.withACommonWord`) of one
    /// sentence (words split at spaces) tagged `names` before it; the lexicon's casings read.
    static func apply(_ sentence: String, _ names: [(Int, Int, EntityType)]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: NewsNamesTests.tags(sentence, names), sure: 0.9, gazetteer: PartnerFirmsTests.gazetteer) {
            words, tags, confidence in
            OrganisationContexts.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    @Test func aNameAndAWordUsuallyInLowerCaseAreOneFirm() throws {
        for (s, given, expected) in [
            // In a company's context; after a clause's start; its trade's word and a legal form.
            ("investors bought shares of Quorvik and Row on Friday", [(4, 1, EntityType.person)], [(4, 3, EntityType.organization)]),
            ("Quorvik and Row said its board met", [(0, 1, .person)], [(0, 3, .organization)]),
            // Out of a company's context, where the document writes the pair with a legal form.
            ("Quorvik and Row Publishers Inc rose while Quorvik and Row fell", [(0, 1, .person), (7, 1, .person)],
             [(0, 5, .organization), (7, 3, .organization)]),
            ("a bid for Quorvik and Row Publishers Inc was made", [(3, 1, .person)], [(3, 5, .organization)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, expected), "\(s)")
        }
    }

    @Test func otherPairsStay() throws {
        for (s, given) in [
            // A word usually capitalised; a capitalised word after it and no legal form; a second
            // name the tagger found; a listed country first.
            ("Quorvik and Monday were named", [(0, 1, EntityType.person)]),
            ("Quorvik and Row Street were named", [(0, 1, .person)]),
            ("Quorvik and Vantor met", [(0, 1, .person), (2, 1, .person)]),
            ("Varnia and Row were named", [(0, 1, .organization)]),
            // Out of a company's context with no legal form in the document.
            ("Quorvik and Row met today", [(0, 1, .person)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, given), "\(s)")
        }
        // A person and a company's name with no legal form, written again.
        let s = "Maria Quorvik and Row Estates met . Quorvik and Row met"
        let given: [(Int, Int, EntityType)] = [(0, 2, .person), (3, 1, .organization), (7, 1, .person)]
        #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, given))
    }
}
