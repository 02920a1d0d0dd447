import GlossCore
import Testing

@testable import GlossEntities

@Suite struct RatingAgenciesTests {
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: Gazetteer(text: "")) { words, tags, confidence in
            RatingAgencies.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func moodysWithItsPossessiveIsTheAgency() throws {
        for (s, given, expected) in [
            // Untagged, the tagger's person before the possessive, the name's words after it.
            ("the notes were rated by Moody 's and others", [(Int, Int, EntityType)](), [(5, 2, EntityType.organization)]),
            ("Moody 's noted the debt", [(0, 1, .person)], [(0, 2, .organization)]),
            ("Moody 's Investors Service Inc cut the rating", [(0, 1, .person), (2, 3, .organization)], [(0, 5, .organization)]),
            // A title after the name stays outside; a rating in capitals too.
            ("Moody 's Vice President Mirela Oskarov said", [(4, 2, .person)], [(0, 2, .organization), (4, 2, .person)]),
            ("The Moody 's BBB rating held", [], [(1, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func aPersonsMoodyStays() throws {
        for (s, names) in [
            // After a given name or an initial; the tagger's longer name; no possessive; lower case.
            ("Dwight Moody 's sermons", [(0, 2, EntityType.person)]),
            // After a capitalised word that is no article, the tagger's name or not.
            ("sermons by Dwight Moody 's church", []),
            ("A. Moody 's view", [(0, 2, .person)]),
            ("Moody 's Investors Service said", [(0, 4, .organization)]),
            ("Moody said it", [(0, 1, .person)]),
            ("a moody 's look", []),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func sAndPIsTheAgencyButNotItsIndex() throws {
        var s = "S and P cited the merger"
        #expect(try Self.apply(s) == Self.tags(s, [(0, 3, .organization)]))
        s = "analysts said S and P would act"
        #expect(try Self.apply(s, tags: Self.tags(s, [(4, 1, .organization)])) == Self.tags(s, [(2, 3, .organization)]))
        #expect(try Self.apply("s and p said") == Self.tags("s and p said", []))
    }

    @Test func sAndPBeforeItsIndexIsTheIndexs() throws {
        // An index's MISC name (with its number), so that `DocumentConsistency` does not find the
        // agency there from a document's "S and P said"; at a sentence's end too.
        for (s, expected) in [
            ("the S and P 500 rose", [(1, 4, EntityType.miscellaneous)]),
            ("futures on the S and P 500", [(3, 4, .miscellaneous)]),
            ("the S and P index fell", [(1, 3, .miscellaneous)]),
            ("in the S and P pit", [(2, 3, .miscellaneous)]),
            ("the Standard and Poor 's 500 index", [(1, 5, .miscellaneous)]),
            // A futures contract: the month after an article.
            ("when the June S and P reached a premium", [(3, 3, .miscellaneous)]),
            // A month after another word is a date's: the agency.
            ("in May S and P cut the rating", [(2, 3, .organization)]),
        ] {
            #expect(try Self.apply(s) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func standardAndPoorsWithItsPossessiveIsTheAgency() throws {
        for (s, given, expected) in [
            ("rated by Moody 's and Standard and Poor 's .", [(Int, Int, EntityType)](), [(2, 2, EntityType.organization), (5, 4, .organization)]),
            ("Standard and Poor 's Corp said", [(0, 1, .organization)], [(0, 5, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
        for (s, names) in [
            // No possessive; the tagger's longer name.
            ("Standard and Poor rates", [(Int, Int, EntityType)]()),
            ("the Quillet Standard and Poor 's unit", [(1, 5, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
