import GlossCore
import Testing

@testable import GlossEntities

@Suite struct EmployerNamesTests {
    /// "Tarnford" stands for a listed city, "Ostrava" for a listed country, "Veltrese" for a
    /// listed nationality.
    static let gazetteer = Gazetteer(text: "city\ttarnford\ncountry\tostrava\ndemonym\tveltrese\n")

    /// The tags of `sentence` after the rule (`NewsPersonsTests.applying`).
    static func apply(_ sentence: String, tags given: [EntityTag] = [], sure: Float = 0.9) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: sure, gazetteer: gazetteer) { words, tags, confidence in
            EmployerNames.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aPersonBetweenAnArticleAndAStaffNounIsTheEmployer() throws {
        var s = "prices will rise , a Quillet Morvane analyst said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(5, 2, .person)])) == Self.tags(s, [(5, 2, .organization)]))
        s = "An Oskarov spokesman declined to comment"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 1, .person)])) == Self.tags(s, [(1, 1, .organization)]))
        // A place that is no listed place.
        s = "a Brennick Broadcasting official said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .location)])) == Self.tags(s, [(1, 2, .organization)]))
    }

    @Test func untaggedCapitalisedWordsBetweenAnArticleAndAStaffNounAreTheEmployer() throws {
        // One word alone in capitals or with a capital inside.
        var s = "a QuillWebber analyst said the bonds were cheap"
        #expect(try Self.apply(s) == Self.tags(s, [(1, 1, .organization)]))
        s = "according to a QVX spokeswoman"
        #expect(try Self.apply(s) == Self.tags(s, [(3, 1, .organization)]))
        s = "a Far Morvane Bank spokesman said"
        #expect(try Self.apply(s) == Self.tags(s, [(1, 3, .organization)]))
    }

    @Test func aPersonRightBeforeAnAnalystNounIsABroker() throws {
        let s = "said Quillet Morvane analyst Mirela Oskarov"
        let given = Self.tags(s, [(1, 2, .person), (4, 2, .person)])
        #expect(try Self.apply(s, tags: given) == Self.tags(s, [(1, 2, .organization), (4, 2, .person)]))
    }

    @Test func placesNationalitiesCommonWordsAndOtherNounsAreLeftAlone() throws {
        for (s, names) in [
            // A listed place, alone or in the name; a nationality; a company already.
            ("a Tarnford lawyer and a Tarnford trader said", [(1, 1, EntityType.location), (5, 1, .location)]),
            ("a Tarnford Quillet official said", [(1, 2, .location)]),
            ("a Veltrese economist said", []),
            ("an Ostrava official said", []),
            ("a Quillet spokesman said", [(1, 1, .organization)]),
            // One word alone in title case: a nationality, an adjective, an institution's
            // common noun; a day.
            ("a Western banker said", []),
            ("a Presidential spokesman said", []),
            ("a Quillet official said", []),
            ("a Monday official said", []),
            // A person's aide or adviser; a spokesman with no article; a capitalised noun.
            ("a Quillet aide said", [(1, 1, .person)]),
            ("Quillet spokesman Mirela Oskarov said", [(0, 1, .person), (2, 2, .person)]),
            ("a Quillet Analyst said", [(1, 1, .person)]),
            // More than four untagged words, and a name with a word between it and the noun.
            ("a Far East Morvane Quill Bank spokesman said", []),
            ("a Quillet Administration official said", [(1, 1, .person)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aSurnameNewsUsesForAPersonStaysAPolitician() throws {
        // "Reagan" is one of `NewsPersons.words`: a politician's spokesman and official, not
        // a firm's; two words ("Quillet Reagan") are a firm's name as before.
        for (s, names) in [
            ("a Reagan spokesman said the talks would resume", [(1, 1, EntityType.person)]),
            ("according to a Reagan official", [(3, 1, .person)]),
            ("said Reagan economist Mirela Oskarov", [(1, 1, .person), (3, 2, .person)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
        let s = "a Quillet Reagan analyst said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .person)])) == Self.tags(s, [(1, 2, .organization)]))
    }
}
