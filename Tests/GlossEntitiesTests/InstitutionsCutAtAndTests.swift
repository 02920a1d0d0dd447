import GlossCore
import Testing

@testable import GlossEntities

@Suite struct InstitutionsCutAtAndTests {
    /// The tags of `sentence` after the rule, read at each of its words as `NameHeads` reads it
    /// at each name's word before (the rule reads only an "and").
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: EmployerNamesTests.gazetteer) {
            words, tags, confidence in
            for i in words.indices {
                InstitutionsCutAtAnd.join(at: i, words, sentence: 0..<words.count, tags: tags, confidence: confidence)
            }
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func fieldWordsBeforeAndJoinTheInstitutionTheTaggerBeganAfterIt() throws {
        for (s, given, expected) in [
            ("filed with the Securities and Exchange Commission today", [(5, 2, EntityType.organization)], [(3, 4, EntityType.organization)]),
            ("Management and Coordination Agency figures showed", [(2, 2, .organization)], [(0, 4, .organization)]),
            // "The" stays outside.
            ("The Securities and Exchange Commission said", [(3, 2, .organization)], [(1, 4, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func nameHeadsJoinsThemOnceItsHeadsHaveRetypedTheName() throws {
        var s = "filed with the Securities and Exchange Commission today"
        #expect(try NameHeadsTests.applyInText(s, [(5, 2, .organization)]) == Self.tags(s, [(3, 4, .organization)]))
        // A person's name that ends in a company's head is first made the company's.
        s = "ratings by Standard and Poor 's Corp were cut"
        #expect(try NameHeadsTests.applyInText(s, [(4, 3, .person)]) == Self.tags(s, [(2, 5, .organization)]))
    }

    @Test func twoNamesAWordUsuallyCapitalisedAndANameWithNoHeadStay() throws {
        for (s, names) in [
            // A capitalised word or a name before the field's words.
            ("the Quillet Securities and Exchange Commission", [(1, 1, EntityType.person), (4, 2, .organization)]),
            ("Tarnford Securities and Exchange Commission", [(3, 2, .organization)]),
            // A name after "and" with no institution's head; a tagged word before "and".
            ("the Securities and Exchange Quillet said", [(3, 2, .organization)]),
            ("the Quillet and Exchange Commission", [(1, 1, .organization), (3, 2, .organization)]),
            // A lower-case word before "and".
            ("prices and Exchange Commission rules", [(2, 2, .organization)]),
            // A name after "and" that begins with no field's word: two companies.
            ("Standard and Quillet Corp each own a stake", [(2, 2, .organization)]),
            // The last of a list of founders' names, and an owner's possessive.
            ("Quillet , Steel and Wire Corp will manage it", [(0, 1, .person), (4, 2, .organization)]),
            ("Quillet 's Steel and Wire Corp rose", [(0, 1, .organization), (4, 2, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
