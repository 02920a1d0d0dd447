import GlossCore
import Testing

@testable import GlossEntities

@Suite struct HeadlineCountriesTests {
    /// "VARNIA" and "OSTRA" stand for listed countries; "OSTRA" is a listed organisation too.
    static let gazetteer = Gazetteer(text: "country\tvarnia\ncountry\tostra\norganization\tostra\n")

    static let o = EntityTag.outside
    static let per = EntityTag.begin(.person)
    static let inPer = EntityTag.inside(.person)
    static let loc = EntityTag.begin(.location)

    /// The tags after the rule of a headline (its words marked as `HeadlineCasing` marks them,
    /// unless `headline` is false) and a body sentence, each given as words with their tags.
    static func apply(_ title: [(String, EntityTag)], _ body: [(String, EntityTag)], headline: Bool = true) -> [EntityTag] {
        var words = WordAttributes.described(title.map(\.0) + body.map(\.0), gazetteer: gazetteer)
        if headline {
            for k in title.indices { words[k].marks |= WordAttributes.Marks.inHeadline }
        }
        // Common nouns and verbs as a corpus writes them: usually in lower case.
        for k in title.indices where ["TIMECHARTERS", "RISE", "RISES", "TRIP", "SAYS"].contains(title[k].0) { words[k].casing = 2 }
        var tags = title.map(\.1) + body.map(\.1)
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeMutableBufferPointer { tags in
                HeadlineCountries.apply(words, sentences: [0..<title.count, title.count..<words.count], tags: tags.baseAddress!)
            }
        }
        return tags
    }

    static let body = [("Maria", per), ("Kessel", inPer), ("will", o), ("visit", o)]

    @Test func aCountryAtAPersonsEndInAHeadlineIsAPlace() {
        let (o, per, inPer, loc) = (Self.o, Self.per, Self.inPer, Self.loc)
        // The person's words written as a person's in the body stay a person's.
        #expect(Self.apply([("KESSEL", per), ("VARNIA", inPer), ("TRIP", o)], Self.body) == [per, loc, o] + Self.body.map(\.1))
        // A country first: a place, and the words after it no person's.
        #expect(Self.apply([("VARNIA", per), ("TIMECHARTERS", inPer), ("RISE", o)], Self.body) == [loc, o, o] + Self.body.map(\.1))
        #expect(Self.apply([("VARNIA", per), ("KESSEL", inPer), ("SAYS", o)], Self.body) == [loc, per, o] + Self.body.map(\.1))
    }

    @Test func companiesOrganisationsAndRunningTextStay() {
        let (o, per, inPer) = (Self.o, Self.per, Self.inPer)
        // A company's name that ends in a country (no person's words in the body).
        var title = [("BELL", per), ("VARNIA", inPer), ("RISES", o)]
        #expect(Self.apply(title, Self.body) == title.map(\.1) + Self.body.map(\.1))
        // A listed organisation's word; not a headline.
        title = [("KESSEL", per), ("OSTRA", inPer), ("TRIP", o)]
        #expect(Self.apply(title, Self.body) == title.map(\.1) + Self.body.map(\.1))
        title = [("KESSEL", per), ("VARNIA", inPer), ("TRIP", o)]
        #expect(Self.apply(title, Self.body, headline: false) == title.map(\.1) + Self.body.map(\.1))
    }

    @Test func aDocumentInCapitalsIsReadForAtMostMostNamesNames() {
        let (o, per, inPer, loc) = (Self.o, Self.per, Self.inPer, Self.loc)
        // Every sentence a headline's: the first `mostNames` persons' names are read, the rest
        // left, so a document in capitals costs O(t), not O(t²).
        let count = HeadlineCountries.mostNames + 2
        let tags = Self.applyToHeadlines(["KESSEL", "VARNIA", "TRIP"], tagged: [per, inPer, o], count: count)
        let expected =
            (0..<count).flatMap { $0 < HeadlineCountries.mostNames ? [per, loc, o] : [per, inPer, o] } + Self.body.map(\.1)
        #expect(tags == expected)
    }

    /// The tags after the rule of a document of `count` headlines, each the three words `title`
    /// tagged `tagged`, and the body.
    static func applyToHeadlines(_ title: [String], tagged: [EntityTag], count: Int) -> [EntityTag] {
        let all = (0..<count).flatMap { _ in title } + body.map(\.0)
        var words = WordAttributes.described(all, gazetteer: gazetteer)
        for k in 0..<(3 * count) { words[k].marks |= WordAttributes.Marks.inHeadline }
        var tags = (0..<count).flatMap { _ in tagged } + body.map(\.1)
        var sentences = (0..<count).map { (3 * $0)..<(3 * $0 + 3) }
        sentences.append((3 * count)..<all.count)
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeMutableBufferPointer { HeadlineCountries.apply(words, sentences: sentences, tags: $0.baseAddress!) }
        }
        return tags
    }
}

extension HeadlineCountriesTests {
    @Test func aCountryAloneAtAHeadlinesStartReadAsAnOrganisationIsAPlace() {
        let (o, loc) = (Self.o, Self.loc)
        let org = EntityTag.begin(.organization)
        let inOrg = EntityTag.inside(.organization)
        #expect(Self.apply([("VARNIA", org), ("TO", o), ("CUT", o), ("RATES", o)], Self.body) == [loc, o, o, o] + Self.body.map(\.1))
        // In a longer name, after a company's name, a listed organisation, not a headline.
        for title in [
            [("VARNIA", org), ("DEVELOPMENT", inOrg), ("CORP", inOrg), ("SAYS", o)],
            [("BELL", org), ("VARNIA", org), ("SAYS", o)],
            [("OSTRA", org), ("TO", o), ("CUT", o)],
        ] {
            #expect(Self.apply(title, Self.body) == title.map(\.1) + Self.body.map(\.1))
        }
        let title = [("VARNIA", org), ("TO", o), ("CUT", o)]
        #expect(Self.apply(title, Self.body, headline: false) == title.map(\.1) + Self.body.map(\.1))
        // The body's company that begins with the country's name: its short form.
        let company = [("Varnia", org), ("Minerals", inOrg), ("said", o)]
        #expect(Self.apply(title, company) == title.map(\.1) + company.map(\.1))
    }

    @Test func aDocumentInCapitalsIsReadForAtMostMostNamesLoneCountries() {
        let (o, loc) = (Self.o, Self.loc)
        let org = EntityTag.begin(.organization)
        // Every sentence a headline's that begins with a country read as an organisation: each
        // costs a walk over the document, so only the first `mostNames` are read (O(t), not O(t²)).
        let count = HeadlineCountries.mostNames + 2
        let tags = Self.applyToHeadlines(["VARNIA", "TO", "CUT"], tagged: [org, o, o], count: count)
        let expected = (0..<count).flatMap { $0 < HeadlineCountries.mostNames ? [loc, o, o] : [org, o, o] } + Self.body.map(\.1)
        #expect(tags == expected)
    }
}

