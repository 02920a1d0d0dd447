import GlossCore
import GlossText
import Testing

@testable import GlossEntities

@Suite struct NameHeadsTests {
    /// Given names for the rule's test of people ("Sandra Park").
    static let gazetteer = Gazetteer(text: "given\tsandra\ngiven\tmargaret\ngiven\tnick\n")

    /// Runs the rule over one sentence, given as words with their tags.
    static func apply(_ sentence: [(String, EntityTag)]) -> [EntityTag] {
        let words = WordAttributes.described(sentence.map(\.0), gazetteer: gazetteer)
        var tags = sentence.map(\.1)
        var confidence = [Float](repeating: 0.9, count: tags.count)
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence) }
        return tags
    }

    /// A name of `words` tagged `type`, then "said".
    static func named(_ words: [String], _ type: EntityType) -> [(String, EntityTag)] {
        words.enumerated().map { ($1, $0 == 0 ? EntityTag.begin(type) : .inside(type)) } + [("said", .outside)]
    }

    /// The type of a name of `words`, tagged `type`, after the rule.
    static func retyped(_ words: [String], _ type: EntityType) -> EntityType? {
        apply(named(words, type)).first?.type
    }

    @Test func aLastWordThatNamesAnOrganisationMakesTheNameOne() {
        #expect(Self.retyped(["Georgia-Pacific", "Corp"], .person) == .organization)
        #expect(Self.retyped(["Indiana", "University"], .location) == .organization)
        #expect(Self.retyped(["Labour", "Party"], .miscellaneous) == .organization)
        // Every word of the name is re-typed, and the word after it is left alone.
        let tags = Self.apply(Self.named(["Carling", "O'Keefe", "Ltd"], .person))
        #expect(tags == [.begin(.organization), .inside(.organization), .inside(.organization), .outside])
    }

    @Test func companiesHeadsMakeFoundNamesOfTwoWordsOrganisations() {
        #expect(Self.retyped(["Rochester", "Telephone"], .location) == .organization)
        #expect(Self.retyped(["Centerre", "Bancorporation"], .location) == .organization)
        #expect(Self.retyped(["Andover", "Group"], .person) == .organization)
        #expect(Self.retyped(["Wall", "Street", "Journal"], .location) == .organization)
        // One word ("CO" for Colorado) stays what it was; so does an untagged run.
        #expect(Self.retyped(["CO"], .location) == .location)
        let o = EntityTag.outside
        #expect(Self.apply([("our", o), ("Settlements", o), ("Group", o), ("said", o)]) == [o, o, o, o])
    }

    @Test func aPlaceBeforeAnOrganisationsHeadBeginsTheOrganisation() {
        let o = EntityTag.outside
        let org = EntityTag.inside(.organization)
        #expect(
            Self.apply([("the", o), ("New", .begin(.location)), ("York", .inside(.location)), ("Stock", o), ("Exchange", o), ("said", o)])
                == [o, .begin(.organization), org, org, org, o])
        #expect(Self.apply([("Rochester", .begin(.location)), ("Telephone", o), ("said", o)]) == [.begin(.organization), org, o])
        // A place's head or a person's name before the run: left alone.
        #expect(
            Self.apply([("Nevada", .begin(.location)), ("Falls", o), ("Road", o)]) == [.begin(.location), o, o])
        #expect(Self.apply([("Smith", .begin(.person)), ("Exchange", o)]) == [.begin(.person), o])
    }

    @Test func anOrganisationBeforeAnOrganisationsHeadBeginsTheOrganisation() {
        let o = EntityTag.outside
        let org = EntityTag.inside(.organization)
        #expect(
            Self.apply([("Enron", .begin(.organization)), ("Investment", o), ("Partners", o), ("said", o)])
                == [.begin(.organization), org, org, o])
        // A run in capitals after it is an address's ("Rice@ENRON COMMUNICATIONS").
        #expect(
            Self.apply([("Acme", .begin(.organization)), ("COMMUNICATIONS", o), ("GROUP", o), ("said", o)])
                == [.begin(.organization), o, o, o])
    }

    @Test func forcesGuardsAndMarinesAreOrganisations() {
        #expect(Self.retyped(["US", "Marines"], .location) == .organization)
        #expect(Self.retyped(["Syrian", "Air", "Force"], .miscellaneous) == .organization)
        let o = EntityTag.outside
        let org = EntityTag.inside(.organization)
        #expect(Self.apply([("the", o), ("National", o), ("Guard", o), ("said", o)]) == [o, .begin(.organization), org, o])
    }

    @Test func aFirstWordBeforeOfNamesTheTypeToo() {
        #expect(Self.retyped(["University", "of", "Pennsylvania"], .location) == .organization)
        #expect(Self.retyped(["Department", "of", "Public", "Safety"], .location) == .organization)
        #expect(Self.retyped(["Gulf", "of", "Mexico"], .person) == .location)
        // Not without "of", nor with only two words.
        #expect(Self.retyped(["University", "Pennsylvania"], .location) == .location)
        #expect(Self.retyped(["University", "of"], .location) == .location)
    }

    @Test func clubsAreOrganisations() {
        #expect(Self.retyped(["Manchester", "United"], .location) == .organization)
        #expect(Self.retyped(["FC", "Basel"], .location) == .organization)
        // "United" first is no head: "United States".
        #expect(Self.retyped(["United", "States"], .location) == .location)
        // a game before "Club" (wikigold's "Montreal Hockey Club", six times a place)
        #expect(Self.retyped(["Montreal", "Hockey", "Club"], .location) == .organization)
        #expect(Self.retyped(["Montreal", "Night", "Club"], .location) == .location)
    }

    @Test func eventsPrizesAndLawsAreMiscellaneous() {
        #expect(Self.retyped(["Stanley", "Cup"], .organization) == .miscellaneous)
        #expect(Self.retyped(["Rimington", "Trophy"], .person) == .miscellaneous)
        #expect(Self.retyped(["Patriot", "Act"], .location) == .miscellaneous)
    }

    @Test func aPlaceHeadReTypesOnlyAPerson() {
        #expect(Self.retyped(["Cal", "Anderson", "Park"], .person) == .location)
        // "Linkin Park" the band, "Georgia Gulf" the company: an organisation stays one.
        #expect(Self.retyped(["Linkin", "Park"], .organization) == .organization)
        #expect(Self.retyped(["Georgia", "Gulf"], .organization) == .organization)
    }

    @Test func aHeadInLowerCaseOrUnlistedChangesNothing() {
        // "Chicago university" in a lower-case head, "Bank" (the West Bank) and "Club" unlisted.
        #expect(Self.retyped(["Chicago", "university"], .location) == .location)
        #expect(Self.retyped(["West", "Bank"], .location) == .location)
        #expect(Self.retyped(["Crystal", "Club"], .location) == .location)
        // A name already of the head's type, and untagged words, are left as they are.
        #expect(Self.retyped(["Sara", "Lee", "Corp"], .organization) == .organization)
        #expect(Self.apply([("the", .outside), ("Corp", .outside)]) == [.outside, .outside])
    }

    @Test func anUntaggedRunOfCapitalisedWordsWithAHeadIsTagged() {
        let o = EntityTag.outside
        // A leading article stays outside; connectors between capitalised words are inside.
        #expect(
            Self.apply([("The", o), ("Census", o), ("Bureau", o), ("said", o)])
                == [o, .begin(.organization), .inside(.organization), o])
        #expect(
            Self.apply([("the", o), ("Ways", o), ("and", o), ("Means", o), ("Committee", o)])
                == [o, .begin(.organization), .inside(.organization), .inside(.organization), .inside(.organization)])
        #expect(Self.apply([("the", o), ("Tax", o), ("Reform", o), ("Act", o)]) == [o, .begin(.miscellaneous), .inside(.miscellaneous), .inside(.miscellaneous)])
        // "the" ends a run, even "Fruit of the Loom Inc" (what the rule gives up for "Officials
        // of the Tax Reform Act").
        #expect(
            Self.apply([("Although", o), ("the", o), ("Finance", o), ("Ministry", o), ("said", o)])
                == [o, o, .begin(.organization), .inside(.organization), o])
        #expect(
            Self.apply([("Fruit", o), ("of", o), ("the", o), ("Loom", o), ("Inc", o)])
                == [o, o, o, .begin(.organization), .inside(.organization)])
        // One word, a place's head, a run after a tagged word or in lower case: left alone.
        #expect(Self.apply([("the", o), ("Committee", o), ("met", o)]) == [o, o, o])
        #expect(Self.apply([("in", o), ("Nevada", o), ("Falls", o)]) == [o, o, o])
        #expect(Self.apply([("Smith", .begin(.person)), ("Holding", o), ("Corp", o)]) == [.begin(.person), o, o])
        #expect(Self.apply([("the", o), ("tax", o), ("act", o)]) == [o, o, o])
    }

    @Test func aRunTheRuleTagsHasTheConfidenceOfARule() {
        let words = ["the", "Census", "Bureau"].map(WordAttributes.init(testing:))
        var tags = [EntityTag](repeating: .outside, count: 3)
        var confidence: [Float] = [1, 1, 1]
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<3], tags: &tags, confidence: &confidence) }
        #expect(confidence == [1, EntityTagger.confidenceOfARule, EntityTagger.confidenceOfARule])
    }

    @Test func aRunDoesNotCrossASentence() {
        // "in Census" ends a sentence and "Bureau said" begins the next: no name across them.
        let words = ["in", "Census", "Bureau", "said"].map(WordAttributes.init(testing:))
        var tags = [EntityTag](repeating: .outside, count: 4)
        var confidence = [Float](repeating: 1, count: 4)
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<2, 2..<4], tags: &tags, confidence: &confidence) }
        #expect(tags.allSatisfy { $0 == .outside })
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<4], tags: &tags, confidence: &confidence) }
        #expect(tags == [.outside, .begin(.organization), .inside(.organization), .outside])
    }

    @Test func aPersonNamedLikeAPlaceOrAnInstitutionStaysAPerson() {
        #expect(Self.retyped(["Sandra", "Park"], .person) == .person)
        #expect(Self.retyped(["Margaret", "Court"], .person) == .person)
        #expect(Self.retyped(["Nick", "Cave"], .person) == .person)
        #expect(Self.retyped(["Park"], .person) == .person)
        // Two words and a place's head are not enough; three are ("Cal Anderson Park").
        #expect(Self.retyped(["Linkin", "Park"], .person) == .person)
        // A company named after a person is still one.
        #expect(Self.retyped(["Sandra", "Lee", "Corp"], .person) == .organization)
        #expect(Self.retyped(["Nick", "Inc"], .person) == .organization)
    }

    @Test func aReTypedNameIsNoSurerThanARule() {
        let words = ["Indiana", "University"].map(WordAttributes.init(testing:))
        var tags: [EntityTag] = [.begin(.location), .inside(.location)]
        var confidence: [Float] = [0.9, 0.8]
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<2], tags: &tags, confidence: &confidence) }
        #expect(confidence == [EntityTagger.confidenceOfARule, EntityTagger.confidenceOfARule])
    }

    @Test func aRunEndsAtThePossessivesTheAndAndAfterAHead() {
        let o = EntityTag.outside
        #expect(
            Self.apply([("Officials", o), ("of", o), ("the", o), ("Tax", o), ("Reform", o), ("Act", o)])
                == [o, o, o, .begin(.miscellaneous), .inside(.miscellaneous), .inside(.miscellaneous)])
        #expect(
            Self.apply([("Yesterday", o), ("'s", o), ("Enemies", o), ("Act", o)])
                == [o, o, .begin(.miscellaneous), .inside(.miscellaneous)])
        let two = Self.apply([("the", o), ("Clean", o), ("Air", o), ("Act", o), ("and", o), ("Clean", o), ("Water", o), ("Act", o)])
        #expect(Array(two[1...]) == [.begin(.miscellaneous), .inside(.miscellaneous), .inside(.miscellaneous), o,
            .begin(.miscellaneous), .inside(.miscellaneous), .inside(.miscellaneous)])
        // "and" inside a name goes on.
        #expect(Self.apply([("Ways", o), ("and", o), ("Means", o), ("Committee", o)]).allSatisfy { $0.type == .organization })
    }

    @Test func wordsBeforeOfStayOutsideUnlessUsuallyCapitalisedOrAHead() {
        let o = EntityTag.outside
        var words = ["Officials", "of", "Acme", "Corp"].map(WordAttributes.init(testing:))
        words[0].casing = 2  // usually in lower case
        var tags = [EntityTag](repeating: .outside, count: 4)
        var confidence = [Float](repeating: 1, count: 4)
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<4], tags: &tags, confidence: &confidence) }
        #expect(tags == [o, o, .begin(.organization), .inside(.organization)])
        // A word the lexicon does not know stays in ("Fruit of Loom Corp"), and so does a head.
        #expect(Self.apply([("Fruit", o), ("of", o), ("Loom", o), ("Corp", o)]).allSatisfy { $0.type == .organization })
        #expect(Self.apply([("Ministry", o), ("of", o), ("Health", o)]).allSatisfy { $0.type == .organization })
        // A head that ends names but seldom begins one before "of" is a common word here
        // ("Records of Acme Corp show losses" gave "Records of Acme Corp").
        var records = ["Records", "of", "Acme", "Corp", "show"].map(WordAttributes.init(testing:))
        records[0].casing = 2
        var recordTags = [EntityTag](repeating: .outside, count: 5)
        var recordConfidence = [Float](repeating: 1, count: 5)
        records.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<5], tags: &recordTags, confidence: &recordConfidence) }
        #expect(recordTags == [o, o, .begin(.organization), .inside(.organization), o])
    }

    @Test func aHeadAndOfBeforeAFoundNameBeginTheOrganisation() {
        let o = EntityTag.outside
        // "at the University of Pennsylvania in 1967": the tagger found the place alone.
        let tags = Self.apply([("at", o), ("the", o), ("University", o), ("of", o), ("Pennsylvania", .begin(.location)), ("in", o)])
        #expect(tags == [o, o, .begin(.organization), .inside(.organization), .inside(.organization), o])
        let two = Self.apply([("Department", o), ("of", o), ("New", .begin(.location)), ("York", .inside(.location)), ("said", o)])
        #expect(two == [.begin(.organization), .inside(.organization), .inside(.organization), .inside(.organization), o])
        // "Bank" and "House" begin a name before "of" though they end none.
        let bank = Self.apply([("the", o), ("Bank", o), ("of", o), ("Japan", .begin(.location)), ("said", o)])
        #expect(bank == [o, .begin(.organization), .inside(.organization), .inside(.organization), o])
        let lords = Self.apply([("the", o), ("House", o), ("of", o), ("Lords", .begin(.location)), ("voted", o)])
        #expect(lords == [o, .begin(.organization), .inside(.organization), .inside(.organization), o])
        #expect(Self.retyped(["House", "of", "Commons"], .location) == .organization)
        #expect(Self.apply([("the", o), ("West", .begin(.location)), ("Bank", .inside(.location)), ("said", o)])[1] == .begin(.location))
        // No head, or a head after a capitalised word, or a word between: the place stays.
        #expect(Self.apply([("Professor", o), ("of", o), ("Pennsylvania", .begin(.location))])[2] == .begin(.location))
        #expect(Self.apply([("Penn", o), ("University", o), ("of", o), ("Ohio", .begin(.location))])[3] == .begin(.location))
        #expect(Self.apply([("University", o), ("of", o), ("the", o), ("Ohio", .begin(.location))])[3] == .begin(.location))
        // A legal form ends a company's name; "of" after it names the seat (reut2-015's
        // "A-T-E Security Group Inc of Houston" gave "Inc of Houston").
        #expect(Self.apply([("Inc", o), ("of", o), ("Houston", .begin(.location))]) == [o, o, .begin(.location)])
        // Nor does a head that seldom begins a name ("Records of Houston").
        #expect(Self.apply([("Records", o), ("of", o), ("Houston", .begin(.location))]) == [o, o, .begin(.location)])
    }

    @Test func aLegalFormJoinsTheNameItEnds() {
        let o = EntityTag.outside
        let org = EntityTag.begin(.organization)
        let inOrg = EntityTag.inside(.organization)
        // Untagged after a name the tagger found: "Volvo AB agreed", "Nippon Steel KK said".
        #expect(Self.apply([("Volvo", org), ("AB", o), ("agreed", o)]) == [org, inOrg, o])
        #expect(Self.apply([("Nippon", org), ("Steel", inOrg), ("KK", o), ("said", o)]) == [org, inOrg, inOrg, o])
        #expect(Self.apply([("Ford", .begin(.person)), ("Motor", .inside(.person)), ("Co", o)]) == [org, inOrg, inOrg])
        // Found alone: the capitalised words before it ("Telefonica SA rose"), not an article.
        #expect(Self.apply([("Telefonica", o), ("SA", org), ("rose", o)]) == [org, inOrg, o])
        #expect(Self.apply([("the", o), ("SA", org)]) == [o, org])
        // A name ending in one is no person's ("Nokia Oyj").
        #expect(Self.retyped(["Nokia", "Oyj"], .person) == .organization)
        // In lower case, or after no name: no join.
        #expect(Self.apply([("Acme", org), ("ag", o)]) == [org, o])
        #expect(Self.apply([("said", o), ("AG", o)]) == [o, o])
        #expect(Self.apply([("AB", o)]) == [o])
        // After one listed place's name another country's form is a postal code ("Calgary AB",
        // "Las Vegas NV"): no join, no company.
        let places = Gazetteer(text: "city\tcalgary\ncity\tlas vegas\ncity\tnokia\n")
        for (sentence, given) in [
            (["Calgary", "AB", "said"], [EntityTag.begin(.location), o, o]),
            (["Calgary", "AB", "said"], [.begin(.location), .inside(.location), o]),
            (["in", "Las", "Vegas", "NV", "today"], [o, .begin(.location), .inside(.location), o, o]),
        ] {
            let words = WordAttributes.described(sentence, gazetteer: places)
            var tags = given
            var confidence = [Float](repeating: 0.9, count: tags.count)
            words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence) }
            #expect(tags == given, "\(sentence)")
        }
        // A longer form is no code: "Nokia Oyj" is a company though Nokia is a town.
        let nokia = WordAttributes.described(["Nokia", "Oyj", "said"], gazetteer: places)
        var nokiaTags: [EntityTag] = [.begin(.person), .inside(.person), o]
        var nokiaConfidence = [Float](repeating: 0.9, count: 3)
        nokia.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<3], tags: &nokiaTags, confidence: &nokiaConfidence) }
        #expect(nokiaTags == [org, inOrg, o])
        // A word usually in lower case before a lone legal form stays outside ("Shares SA").
        var shares = ["Shares", "SA"].map(WordAttributes.init(testing:))
        shares[0].casing = 2
        var shareTags: [EntityTag] = [o, org]
        var shareConfidence: [Float] = [0, 0.9]
        shares.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<2], tags: &shareTags, confidence: &shareConfidence) }
        #expect(shareTags == [o, org])
    }

    @Test func aFormThatEndsPlacesNamesAfterAPlaceIsNoCompany() {
        let o = EntityTag.outside
        let loc = EntityTag.begin(.location)
        let inLoc = EntityTag.inside(.location)
        // final38 (review22) read "She grew up in Boston Spa, near Leeds" and "in Royal
        // Leamington Spa" as organisations ("Spa", an English word, ends towns' names); the
        // tagger's place stays one.
        #expect(Self.apply([("Boston", loc), ("Spa", inLoc), ("said", o)]) == [loc, inLoc, o])
        #expect(Self.apply([("Royal", loc), ("Leamington", inLoc), ("Spa", inLoc)]) == [loc, inLoc, inLoc])
        // Untagged after the tagger's place, "Spa" is not joined to it.
        #expect(Self.apply([("Boston", loc), ("Spa", o), ("said", o)]) == [loc, o, o])
        // A two-letter form after an unlisted name the tagger read as a place still ends a
        // company's name ("LKB-Produkter AB"), unless in an address (the next test).
        let org = EntityTag.begin(.organization)
        let inOrg = EntityTag.inside(.organization)
        #expect(Self.apply([("LKB-Produkter", loc), ("AB", inLoc), ("said", o)]) == [org, inOrg, o])
        // After a company's or a person's name it still ends the company's.
        #expect(Self.apply([("Fiat", org), ("SpA", o), ("said", o)]) == [org, inOrg, o])
        #expect(Self.apply([("Philips", .begin(.person)), ("NV", .inside(.person)), ("said", o)]) == [org, inOrg, o])
    }

    @Test func aStatesCodeInAnAddressEndsAPlace() {
        let o = EntityTag.outside
        let loc = EntityTag.begin(.location)
        let inLoc = EntityTag.inside(.location)
        let org = EntityTag.begin(.organization)
        let inOrg = EntityTag.inside(.organization)
        let places = Gazetteer(text: "city\tdenver\nstate\ttexas\n")
        func apply(_ sentence: [(String, EntityTag)]) -> [EntityTag] {
            let words = WordAttributes.described(sentence.map(\.0), gazetteer: places)
            var tags = sentence.map(\.1)
            var confidence = [Float](repeating: 0.9, count: tags.count)
            words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence) }
            return tags
        }
        // review22: "He lives in Tonopah NV" and "Denver CO" became organisations.
        #expect(apply([("He", o), ("lives", o), ("in", o), ("Tonopah", loc), ("NV", o)]) == [o, o, o, loc, o])
        #expect(apply([("born", o), ("near", o), ("Tonopah", loc), ("NV", inLoc)]) == [o, o, loc, inLoc])
        #expect(apply([("Tonopah", loc), ("NV", o), ("89049", o)]) == [loc, o, o])
        #expect(apply([("moved", o), ("to", o), ("Denver", loc), ("CO", o), ("today", o)]) == [o, o, loc, o, o])
        #expect(apply([("Denver", loc), ("CO", inLoc), ("said", o)]) == [loc, inLoc, o])
        #expect(apply([("lives", o), ("in", o), ("Tonopah", o), ("NV", o)]) == [o, o, o, o])
        // review25: "CO." at a sentence's end (the tokenizer keeps the full stop) was a company.
        #expect(apply([("He", o), ("lives", o), ("in", o), ("Boulder", loc), ("CO.", o)]) == [o, o, o, loc, o])
        #expect(apply([("to", o), ("Denver", loc), ("CO.", o)]) == [o, loc, o])
        #expect(apply([("Ford", org), ("Motor", inOrg), ("CO.", o)]) == [org, inOrg, inOrg])
        // No address: a stake in a company, "Co" in title case.
        #expect(apply([("a", o), ("stake", o), ("in", o), ("Volvo", loc), ("AB", o)]) == [o, o, o, org, inOrg])
        #expect(apply([("Texas", loc), ("Co", o), ("said", o)]) == [org, inOrg, o])
    }

    @Test func aForeignLegalFormEndsAnUntaggedRun() {
        let o = EntityTag.outside
        // review22: "Telefonica SA said" at a sentence's start gave nothing.
        #expect(Self.apply([("Telefonica", o), ("SA", o), ("said", o)]) == [.begin(.organization), .inside(.organization), o])
        #expect(Self.apply([("Sime", o), ("Darby", o), ("Bhd", o)]).allSatisfy { $0.type == .organization })
        // One word, a listed place's name, or "Spa" after any name: no company.
        #expect(Self.apply([("SA", o), ("said", o)]) == [o, o])
        let places = Gazetteer(text: "city\tcalgary\n")
        let words = WordAttributes.described(["Calgary", "AB", "said"], gazetteer: places)
        var tags = [o, o, o]
        var confidence: [Float] = [1, 1, 1]
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<3], tags: &tags, confidence: &confidence) }
        #expect(tags == [o, o, o])
        #expect(Self.apply([("Boston", o), ("Spa", o), ("said", o)]) == [o, o, o])
    }

    @Test func aPartyBeginsItsNameBeforeOf() {
        let o = EntityTag.outside
        // review22: "The Party of Regions won" lost its name when "party" left the heads
        // that begin names before "of" ("Party" is usually written in lower case).
        var words = ["The", "Party", "of", "Regions", "won"].map(WordAttributes.init(testing:))
        words[1].casing = 2
        var tags = [EntityTag](repeating: .outside, count: 5)
        var confidence = [Float](repeating: 1, count: 5)
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<5], tags: &tags, confidence: &confidence) }
        #expect(tags == [o, .begin(.organization), .inside(.organization), .inside(.organization), o])
    }

    @Test func aRunLongerThanANameCanBeIsNotOne() {
        let run = Array(repeating: ("Acme", EntityTag.outside), count: DocumentConsistency.longestPropagated) + [("Corp", .outside)]
        #expect(Self.apply(run).allSatisfy { $0 == .outside })
    }

    @Test func aHeadMayBeWrittenWithAPeriod() {
        #expect(Self.retyped(["Martin", "Marietta", "Corp."], .person) == .organization)
    }

    /// A gazetteer with a state and a country, for the rules that read them.
    static let places = Gazetteer(text: "state\tohio\nstate\tgeorgia\ncountry\tu.s.\ncountry\tjapan\n")

    /// The tags of `sentence` after the rule, described with the bundled lexicon (its casing).
    static func applyInText(_ sentence: String, _ names: [(Int, Int, EntityType)]) throws -> [EntityTag] {
        try NewsNamesTests.applying(NameHeads.apply, to: sentence, tags: NewsNamesTests.tags(sentence, names), gazetteer: places)
    }

    @Test func aTradeAfterAPlaceMakesACompany() throws {
        // The tagger's place over the whole name, or the place alone and the trade's word untagged.
        var s = "Ohio Power said it would raise its rates"
        #expect(try Self.applyInText(s, [(0, 2, .location)]) == NewsNamesTests.tags(s, [(0, 2, .organization)]))
        #expect(try Self.applyInText(s, [(0, 1, .location)]) == NewsNamesTests.tags(s, [(0, 2, .organization)]))
        s = "the bid for Lakeview Chemical was raised again"
        #expect(try Self.applyInText(s, [(3, 2, .location)]) == NewsNamesTests.tags(s, [(3, 2, .organization)]))
        // A listed country's trade stays the country's.
        s = "U.S. Steel output fell in the month"
        #expect(try Self.applyInText(s, [(0, 2, .location)]) == NewsNamesTests.tags(s, [(0, 2, .location)]))
        // A headline's words.
        s = "Georgia Power Plans Big Rate Rise"
        #expect(try Self.applyInText(s, [(0, 2, .location)]) == NewsNamesTests.tags(s, [(0, 2, .location)]))
    }

    @Test func anInstitutionsNameCutAtAndIsJoinedAgain() throws {
        var s = "the Department of Trade and Industry said on Monday"
        #expect(try Self.applyInText(s, [(1, 3, .organization)]) == NewsNamesTests.tags(s, [(1, 5, .organization)]))
        s = "a complaint filed with the United States Department of Housing and Urban Development was dropped"
        #expect(try Self.applyInText(s, [(5, 5, .organization)]) == NewsNamesTests.tags(s, [(5, 8, .organization)]))
        // The words after "and" found as an organisation of their own.
        s = "the Department of Housing and Urban Development said"
        #expect(
            try Self.applyInText(s, [(1, 3, .organization), (5, 2, .organization)]) == NewsNamesTests.tags(s, [(1, 6, .organization)]))
        // Two names: a name's word after "and", a head, or a capitalised word going on.
        s = "the Bank of Japan and Toyota agreed"
        #expect(try Self.applyInText(s, [(1, 3, .organization)]) == NewsNamesTests.tags(s, [(1, 3, .organization)]))
        s = "the Ministry of Finance and Central Bank officials met"
        #expect(try Self.applyInText(s, [(1, 3, .organization)]) == NewsNamesTests.tags(s, [(1, 3, .organization)]))
        s = "the Ministry of Finance and Trade Secretary Jones met"
        #expect(
            try Self.applyInText(s, [(1, 3, .organization), (7, 1, .person)])
                == NewsNamesTests.tags(s, [(1, 3, .organization), (7, 1, .person)]))
    }

    @Test func anOfficeOfIsAnAgency() throws {
        var s = "the Office of Management and Budget said on Monday"
        #expect(try Self.applyInText(s, []) == NewsNamesTests.tags(s, [(1, 5, .organization)]))
        // A title before a person's name stays outside.
        s = "the Office of Fair Trading Director John Smith said"
        #expect(
            try Self.applyInText(s, [(6, 2, .person)]) == NewsNamesTests.tags(s, [(1, 4, .organization), (6, 2, .person)]))
        // "Office" alone ends no name.
        s = "he spoke from the Oval Office of the president"
        #expect(try Self.applyInText(s, []) == NewsNamesTests.tags(s, []))
    }

    /// The hashes of a list's words as splitting it into characters and a string per word gives
    /// them (the way `hashes` read lists before it read their bytes).
    static func plainHashes(_ list: String) -> [UInt64] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
            Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) }
        }
    }

    @Test func listsAreHashedFromTheirBytesAsTheirWordsHash() {
        let lists = [
            NewsPersons.learnt, "", " ", "\n\n", "one", "  two  spaces\nand\n\nlines ", "Zürich SÃO paulo o'neill a.g. -",
            "the a an", "word\n",
        ]
        for list in lists {
            // Each word once, in list order.
            var seen = Set<UInt64>()
            let plain = Self.plainHashes(list).filter { seen.insert($0).inserted }
            #expect(NameHeads.hashes(list).words == plain, "\(list.prefix(20).debugDescription)")
        }
        #expect(NameHeads.hashes(NewsPersons.learnt).count > 600)
    }

    /// A word's hash is its bytes' (folded), not its canonical form's, as when lists were read
    /// as strings and as a document's tokens are hashed: "café" written with "é" and with "e"
    /// and a combining acute are equal strings but different words, in a list and in a text.
    @Test func composedAndDecomposedWordsAreHashedAsTheirBytes() {
        let composed = "caf\u{E9} na\u{EF}ve Z\u{FC}rich"
        let decomposed = "cafe\u{301} nai\u{308}ve Zu\u{308}rich"
        #expect(composed == decomposed)
        #expect(NameHeads.hashes(composed).words == Self.plainHashes(composed))
        #expect(NameHeads.hashes(decomposed).words == Self.plainHashes(decomposed))
        #expect(Set(NameHeads.hashes(composed).words).isDisjoint(with: NameHeads.hashes(decomposed).words))
        #expect(NameHeads.hashes("CAF\u{C9} CAFE\u{301}").words == NameHeads.hashes("caf\u{E9} cafe\u{301}").words)
    }

    @Test func headBitsAreWhatHeadsListsSay() {
        // One table for `head`'s four lists: each listed word's bits are its lists', and the
        // company bit is `lastWords`' (the first list holding a word decides).
        let listed = NameHeads.organization.words + NameHeads.companies.words + NameHeads.foreignLegalForms.words
            + NameHeads.miscellaneous.words + NameHeads.location.words
        for word in listed {
            let bits = NameHeads.headBits[word] ?? 0
            #expect((bits & NameHeads.headOrganisation != 0) == (NameHeads.lastWords[word] != nil))
            #expect((bits & NameHeads.headCompany != 0) == (NameHeads.lastWords[word] == true))
            #expect((bits & NameHeads.headForeignForm != 0) == NameHeads.foreignLegalForms.contains(word))
            #expect((bits & NameHeads.headMiscellaneous != 0) == NameHeads.miscellaneous.contains(word))
            #expect((bits & NameHeads.headLocation != 0) == NameHeads.location.contains(word))
        }
        #expect(NameHeads.headBits[WordAttributes(testing: "Said").word] == nil)
    }
}
