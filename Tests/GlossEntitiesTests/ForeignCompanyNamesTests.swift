import GlossCore
import Testing

@testable import GlossEntities

@Suite struct ForeignCompanyNamesTests {
    /// "Tarnford" stands for a listed city.
    static let gazetteer = Gazetteer(text: "city\ttarnford\ngiven\tanna\ngiven\tdel\n")

    /// The tags of `sentence` after the rule, with the rule words found as the tagger finds
    /// them (`RuleWords.find`).
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: gazetteer) { words, tags, confidence in
            let found = RuleWords.find(words, sentences: [0..<words.count])
            ForeignCompanyNames.apply(words, found: found, tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func monteBeginsANameOnlyBeforeDei() throws {
        var s = "profits at Monte dei Quillette di Tarnford rose"
        #expect(try Self.apply(s, tags: Self.tags(s, [(2, 1, .person), (4, 3, .location)])) == Self.tags(s, [(2, 5, .organization)]))
        s = "a rally in Monte Quillette ended"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .location)])) == Self.tags(s, [(3, 2, .location)]))
        s = "a visit to Monte di Tarnford ended"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 3, .location)])) == Self.tags(s, [(3, 3, .location)]))
    }

    @Test func creditBeginsAForeignNameOnlyBeforeAWordOfOne() throws {
        for (s, given, expected) in [
            ("lead manager Credit Quillette said the issue", [(Int, Int, EntityType)](), [(2, 2, EntityType.organization)]),
            ("Credit Quillette raised its forecast for the year", [(1, 1, .location)], [(0, 2, .organization)]),
            ("a loan from the Credit Quillette de Tarnford was signed", [(6, 1, .location)], [(4, 4, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
        // After a capitalised word (an English name's word: "Farm Credit System"), before an
        // English organisation's head or a word usually in lower case, alone.
        for s in [
            "loans from the Quillette Credit Administration rose", "the Credit Corp of Tarnford said it",
            "holders of Credit Cards paid more this year", "a note on Credit said little",
        ] {
            #expect(try Self.apply(s) == Self.tags(s, []), "\(s)")
        }
        // A person's name the tagger found from a listed given name ends the name before it,
        // or leaves "Credit" alone; the tagger's person over the name's own words does not.
        var s = "analysts at Credit Quillette Anna Keller said rates would fall"
        #expect(try Self.apply(s, tags: Self.tags(s, [(4, 2, .person)])) == Self.tags(s, [(2, 2, .organization), (4, 2, .person)]))
        s = "Credit Anna Keller for the idea , he said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .person)])) == Self.tags(s, [(1, 2, .person)]))
        s = "the Cassa di Risparmio di Tarnford said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 3, .person)])) == Self.tags(s, [(1, 5, .organization)]))
        s = "the Banca Nazionale Del Lavoro said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .person)])) == Self.tags(s, [(1, 4, .organization)]))
    }

    @Test func aHeadWordCapitalisedWordsAndConnectorsAreOneOrganisation() throws {
        for (s, given, expected) in [
            // The tagger's place at the end, its person, nothing.
            ("shares of Banque Nationale de Tarnford rose", [(5, 1, EntityType.location)], [(2, 4, EntityType.organization)]),
            ("Banco do Quillet said exports fell", [(2, 1, .person)], [(0, 3, .organization)]),
            ("a loan from Societe Quillette was signed", [], [(3, 2, .organization)]),
            // Connectors between capitalised words; the last connector without a word after it
            // stays out.
            ("the Caisse des Quillets et Morvanes de said", [], [(1, 5, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func aHeadAloneALowerCaseHeadAndTheTaggersLongerNamesStay() throws {
        for (s, names) in [
            ("the Caisse said it would lend", [(Int, Int, EntityType)]()),
            ("the banco de Quillet said", []),
            // A headline in capitals runs on through its verbs.
            ("BANCO QUILLET TO BUY MORVANE BANK", []),
            // The tagger's name begins before the head, or runs on past the run's end.
            ("the Quillet Compagnie Morvane des Petroles said", [(1, 5, EntityType.organization)]),
            ("Banque Quillet , Morvane and Co said", [(0, 6, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }

    @Test func aDayOrATitlesFirstWordEndsTheName() throws {
        for (s, given, expected) in [
            // A day after the name begins the sentence's next phrase.
            ("Banque Quillet Monday said it would lend", [(0, 2, EntityType.person)], [(0, 2, EntityType.organization)]),
            // A title's first word that `TitledPersons.titles` does not hold.
            ("Societe Quillette Chief Executive Mirela Oskarov said", [], [(0, 2, .organization)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }
}
