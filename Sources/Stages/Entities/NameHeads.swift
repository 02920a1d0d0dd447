import GlossCore
import GlossText

/// Re-types a name by the word that heads it: a name that ends in "University", "Party",
/// "Corps" or "United", or begins "University of", "Department of" or "FC", is an
/// organisation, and one that ends in "Cup", "Award" or "Act" is an event, prize or law (MISC),
/// whatever its other words made the tagger think ("University of Pennsylvania" is not a
/// place, "Stanley Cup" not an organisation). An untagged run of capitalised words with such a
/// head is tagged too ("the Census Bureau", "the Tax Reform Act"), and a legal form joins the
/// name it ends ("Volvo AB", "Telefonica SA": `joinLegalForm(at:)`). A place's name and a
/// trade's word is a company ("Georgia Power", "Gulf Oil": `trades`), and an institution's name
/// the tagger cut at "and" is joined again ("Department of Trade and Industry":
/// `joinTopicsAfterAnd`).
///
/// The tagger learns this from its training text only for the heads that text holds often;
/// the lists carry it over to the rest, in the CoNLL conventions the tagger follows. A head
/// is listed only when it names that type in nearly every use: "Bank" (the West Bank),
/// "Club" (a night club, but "Hockey Club" and the like are: `sports`), "Hotel", "Hospital"
/// and "Center" (buildings, places in Universal NER)
/// and "Union" (the Soviet Union) are not.
///
/// - Cost: O(t) in tokens, a few set lookups per name and per run of capitalised words, and
///   a look at each legal form among the rule words found (`RuleWords.find`); a sentence with
///   a name just before "and" has its names read once more (`joinTopicsAfterAnd`); run
///   before `DocumentConsistency`, so a name's re-typed mentions vote as their head says and
///   a run found here is found again in the rest of the document.
enum NameHeads {
    /// Words that end an organisation's name, or begin it before "of".
    static let organization = hashes(
        """
        academy agency army assembly association authority battalion brigade bureau college commission
        committee company congress corp corporation corps council court department force foundation gmbh guard inc
        incorporated institute league limited llc llp ltd marines ministry navy orchestra parliament party plc pty
        publishers publishing recordings records regiment school senate society squadron university
        corp. inc. ltd.
        afc albion athletic fc hotspur rovers united wanderers
        """)

    /// The heads that begin an institution's name before "of" ("University of Chicago",
    /// "Ministry of Finance", "Department of Energy"): `organization`'s words less the legal
    /// forms, whose "of" names a company's seat ("Inc of Houston"), and less the heads that end
    /// a name but seldom begin one and are common words at a sentence's start ("Records of Acme
    /// Corp show", "Publishers of"). "Party" stays: "Party of Regions", "Party of God". Two
    /// words that end no organisation's name begin one before "of": "Bank" ("Bank of Japan";
    /// "the West Bank" ends a place's) and "House" ("House of Lords", "House of Commons";
    /// "the White House"): a name the tagger cut to its place ("the Bank of [Japan]", "the
    /// House of [Lords]") or read as a place is an organisation (`head`). Nor does "Office"
    /// ("the Oval Office"), but before "of" it begins an agency's ("the Office of Management
    /// and Budget", "the Office of Fair Trading"), which the tagger leaves untagged.
    static let beginsBeforeOf = hashes(
        """
        academy agency army assembly association authority bank bureau college commission committee congress council court
        department foundation house institute league ministry navy office parliament party school senate society university
        """)

    /// Words that end a company's or an institution's name of two words or more ("Rochester
    /// Telephone", "Centerre Bancorporation", "Andover Group", "Tokyo Stock Exchange", "Paris
    /// Bourse"). They re-type a name the tagger found, and join a place's name before them
    /// ("New York" and "Stock Exchange"), but make no name of an untagged run: in web text a
    /// run that ends in one is as often a department, a title or a heading ("our Settlements
    /// Group", "All Evaluations for Associates", "CO" for Colorado), which Universal NER leaves
    /// untagged.
    static let companies = hashes(
        """
        co co. airlines airways associates bancorp bancorporation bancshares bourse communications exchange gazette group
        holdings industries institution journal newspapers partners telecom telephone tribune trust
        """)

    /// Words of trades that end a company's name after a place's ("Georgia Power", "Gulf Oil",
    /// "Ashland Chemical", "Wisconsin Electric", "Texas Instruments", "Trump Media"): the
    /// tagger reads such a name as the place. Only after a place that is no listed country
    /// ("U.K. Oil marketing", "U.S. Steel output" are the country's trade) and in running text
    /// (`isATradeAfterAPlace`).
    static let trades = hashes(
        "chemical chemicals electric electronics energy instruments media mining motors oil petroleum power steel")

    /// Whether `name` is a place's name and one of `trades` in title case in running text, the
    /// place no listed country ("Georgia Power", not "U.S. Oil" nor a headline's "VENEZUELA OIL").
    @inline(__always)
    static func isATradeAfterAPlace(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        let last = words[name.upperBound - 1]
        guard name.count >= 2, last.isTitleCaseInText, trades.contains(last.word), words[name.lowerBound].isTitleCaseInText
        else { return false }
        let place = name.lowerBound..<(name.upperBound - 1)
        if words[place.lowerBound].gazetteer & Gazetteer.country != 0, OrganisationContexts.isAListedPlace(words, place) { return false }
        return PlaceNamedTeams.isRunningText(words, sentence)
    }

    /// The words of people's titles that may follow an institution's name before a person's
    /// ("the Office of Management and Budget Director James Miller"): they end no name that
    /// begins with a head and "of".
    static let titlesAfterNames = hashes(
        "administrator chairman chief commissioner director governor head minister president secretary spokesman spokeswoman")

    /// The last words of organisations' names, `organization`'s and `companies`', each with
    /// whether it is a company's head (one lookup per name for both lists).
    static let lastWords: HashKeyedTable<Bool> = {
        var table = HashKeyedTable<Bool>(capacity: organization.count + companies.count)
        // The first list that holds a word says whether it is a company's head.
        for (list, company) in [(organization, false), (companies, true)] {
            for word in list { table.update(word, default: company) { _ in } }
        }
        return table
    }()

    /// The legal forms among the organisations' and companies' heads: a name that ends in one is
    /// no person's ("Miguel Corp", "Lambert Inc", "Nokia Oyj"). Beside the English ones, the
    /// forms written after a company's name in other countries that cleanco 2.3's table of legal
    /// forms by country (MIT) lists and that are no English word, unit or common abbreviation
    /// (left out: "as", "se", "kg", "lp", "nl", "pt", "ps", "e.v."); forms written before the name
    /// ("PT Astra") do not end it.
    static let legalForms = WordHashSet(
        hashes("company corp corp. corporation gmbh inc inc. incorporated limited llc llp ltd ltd. plc pty").words
            + foreignLegalForms.words)

    /// The legal forms of other countries among `legalForms`. They end a company's name of two
    /// words or more, like `companies`' words, and an untagged run of two words or more
    /// ("Telefonica SA said"); those that also end places' names (`codeLike`: the two-letter
    /// ones that spell states' and provinces' codes, and "Spa") not after a place's name
    /// (`isAPlaceEnding`: "Las Vegas NV", "Calgary AB", "Boston Spa"; "Nokia Oyj" stays a
    /// company though Nokia is a town).
    static let foreignLegalForms = hashes(
        "ab ag asa aps bhd berhad bv kgaa kk ltda nv oy oyj pte sa sarl sas spa srl a.g. b.v. k.k. n.v. s.a. s.p.a.")
    /// The legal forms that also end places' names: `foreignLegalForms`' two-letter forms that
    /// spell states' and provinces' codes, "Spa", and "Co", which in capitals after a name in
    /// title case is Colorado's code ("Denver CO"; `isAPostalCode`), also as "CO." at a
    /// sentence's end, where the tokenizer keeps the full stop with it ("lives in Boulder CO.").
    static let codeLike = hashes("ab ag bv co co. kk nv sa spa")
    /// The US states' and Canadian provinces' postal codes that spell a legal form (Alberta,
    /// Colorado, Nevada): in an address they end a place's name ("lives in Tonopah NV").
    static let stateCodes = hashes("ab co co. nv")

    /// Whether `name`, of `type`, ends in a legal form that also ends places' names (`codeLike`)
    /// after one listed place's name ("Calgary AB", "Boston Spa", "Denver CO"), or after any
    /// name the tagger read as a place in "Spa", an English word ("Royal Leamington Spa"), or
    /// in a state's code in an address (`isAnAddress`: "he lives in Tonopah NV"). A two-letter
    /// code after an unlisted name the tagger read as a place elsewhere still ends a company's
    /// name: the tagger reads foreign companies as places too ("LKB-Produkter AB", reut2-001).
    /// "Co" ends a place's name only in capitals after words in title case (`isAPostalCode`):
    /// "Texas Co", "FORD MOTOR CO" are companies.
    @inline(__always)
    static func isAPlaceEnding(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, _ type: EntityType?) -> Bool {
        let last = words[name.upperBound - 1].word
        guard name.count >= 2, codeLike.contains(last), !co.contains(last) || isAPostalCode(words, name) else { return false }
        return (type == .location && (last == spa || isAnAddress(words, name)))
            || OrganisationContexts.isAListedPlace(words, name.lowerBound..<(name.upperBound - 1))
    }
    private static let spa = hashes("spa").first!
    private static let co = hashes("co co.")

    /// Whether the last word of `name` is written as a postal code: two capitals after a first
    /// word in title case ("Denver CO", not "DENVER CO" in a headline nor "Ford Motor Co"); a
    /// period only as a sentence's full stop ("lives in Boulder CO.").
    @inline(__always)
    static func isAPostalCode(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Bool {
        let last = words[name.upperBound - 1].flags
        let first = words[name.lowerBound].flags
        return last & WordAttributes.Flags.allCapitals != 0
            && (last & WordAttributes.Flags.period == 0 || last & WordAttributes.Flags.sentenceEnd != 0)
            && first & WordAttributes.Flags.allCapitals == 0 && first & WordAttributes.Flags.initialCapital != 0
    }

    /// The words before "in" or "near" that make the place after it where someone or something
    /// is ("lives in", "born in", "grew up near", "located in").
    static let residenceWords = hashes("born live lived lives living located moved raised reside resided resides settled up")
    private static let inOrNear = hashes("in near")

    /// Whether `name` ends in a state's postal code (`stateCodes`, `isAPostalCode`) in an
    /// address: after a residence word and "in" or "near" ("he lives in Tonopah NV", "born near
    /// Elko NV"), or before a number ("Tonopah NV 89049"). "A stake in Volvo AB", "shares of
    /// Philips NV" are no address.
    static func isAnAddress(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Bool {
        let last = words[name.upperBound - 1]
        guard stateCodes.contains(last.word), isAPostalCode(words, name) else { return false }
        if last.flags & WordAttributes.Flags.sentenceEnd == 0, name.upperBound < words.count,
            words[name.upperBound].flags & WordAttributes.Flags.digit != 0
        {
            return true
        }
        let first = name.lowerBound
        guard first >= 2, words[first].flags & WordAttributes.Flags.sentenceStart == 0, inOrNear.contains(words[first - 1].word),
            words[first - 1].flags & WordAttributes.Flags.sentenceStart == 0
        else { return false }
        return residenceWords.contains(words[first - 2].word)
    }

    /// The legal forms that join a name the tagger found just before them (`joinLegalForm(at:)`):
    /// `legalForms` and "Co".
    static let joiningLegalForms = WordHashSet(legalForms.words + hashes("co co. cos").words)

    /// The end of a run of capitalised `joiningLegalForms` from `start` ("Inc", "Co Inc", "Co
    /// Ltd"), within `sentence`; `start` itself when none begins there. Costs a look-up a form.
    @inline(__always)
    static func endOfLegalForms(from start: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>) -> Int {
        var end = start
        while end < sentence.upperBound, words[end].hasCapital, joiningLegalForms.contains(words[end].word) { end += 1 }
        return end
    }

    /// Words that begin an organisation's name of two or more words ("FC Basel").
    static let leadingOrganization = hashes("afc fc")

    /// Words that end the name of an event, a prize or a law.
    static let miscellaneous = hashes(
        """
        act award awards championship championships cup festival olympics prize trophy
        """)

    /// Words that end a place's name, or begin it before "of"; they re-type only a name the
    /// tagger took for a person ("Cal Anderson Park"): a company or a band may end in "Park".
    static let location = hashes(
        """
        avenue boulevard canal canyon cave county creek desert dock falls forest gulf hills island islands isle kingdom
        mountains ocean park parish peak peninsula province republic river road sea square strait township valley
        """)

    /// The games whose name before "Club" makes a sports club of it ("Montreal Hockey Club",
    /// "Bolton Golf Club"), where "Club" alone may be a night club's.
    static let sports = hashes(
        """
        athletic athletics baseball basketball boat bowling cricket curling cycling football golf hockey lacrosse polo
        rowing rugby sailing soccer sporting sports swimming tennis yacht
        """)
    private static let club = hashes("club").first!

    /// What a name's last word is in `head`'s lists, as bits of `headBits`: one of `lastWords`
    /// (`headOrganisation`, and `headCompany` when that says a company's head), of
    /// `foreignLegalForms`, `miscellaneous` or `location`.
    static let headOrganisation: UInt8 = 1
    static let headCompany: UInt8 = 2
    static let headForeignForm: UInt8 = 4
    static let headMiscellaneous: UInt8 = 8
    static let headLocation: UInt8 = 16

    /// The bits (`headOrganisation` …) of each word of `head`'s lists for a name's last word:
    /// one lookup where four lists took one each (a static's accessor and a hash each).
    static let headBits: HashKeyedTable<UInt8> = {
        var table = HashKeyedTable<UInt8>()
        // As `lastWords`: the first list that holds a word says whether it is a company's head.
        for word in organization { table.update(word, default: 0) { $0 |= headOrganisation } }
        for word in companies {
            table.update(word, default: 0) { if $0 & headOrganisation == 0 { $0 |= headOrganisation | headCompany } }
        }
        for (list, bit) in [(foreignLegalForms, headForeignForm), (miscellaneous, headMiscellaneous), (location, headLocation)] {
            for word in list { table.update(word, default: 0) { $0 |= bit } }
        }
        return table
    }()

    /// The folded word hash of "of".
    static let of = hashes("of").first!

    /// The folded word hash of "bank": a head of organisations' names that is not in `organization`
    /// ("Bank of Boston Corp <BKB>", "Soviet State Bank"), though not everywhere (the West Bank):
    /// `BracketedNames` and `DemonymOrganisations` read it.
    static let bank = hashes("bank").first!

    /// Re-types the names in `tags` (over `words`, within each of `sentences`) whose head is
    /// listed: the last word if it is capitalised, a capitalised first word followed by "of", or
    /// a first word in capitals that begins clubs' names ("FC").
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        apply(words, sentences: sentences, found: RuleWords.find(words, sentences: sentences), tags: tags, confidence: confidence)
    }

    /// `apply(_:sentences:tags:confidence:)` with the rule words of `sentences` found already
    /// (`RuleWords.find`), whose legal forms join names. Requires `sentences` in text order
    /// without overlap (as `Document.setSentences` checks and the recognizer's windows keep):
    /// one cursor walks `found` through them.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], found: [RuleWords.Found],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, found: found, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:found:tags:confidence:)` with the words' `views` made (`WordView`),
    /// which the walk for untagged runs (`tagUntaggedRuns`) reads at each token.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>], found: [RuleWords.Found],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        let all = UnsafeBufferPointer(start: tags, count: words.count)
        var next = 0
        for sentence in sentences {
            // The rule words are in text order: those before this sentence were in earlier ones.
            while next < found.count, found[next].token < sentence.lowerBound { next += 1 }
            while next < found.count, found[next].token < sentence.upperBound {
                if found[next].bits & RuleWords.legalForm != 0 {
                    joinLegalForm(at: found[next].token, words, sentence, tags: tags, confidence: confidence)
                }
                next += 1
            }
            // Whether a name stands just before or just after "and": `joinTopicsAfterAnd` and
            // `InstitutionsCutAtAnd` then read the sentence's names again once the heads have
            // re-typed them (few sentences do).
            var nameBeforeAnd = false
            var nameAfterAnd = false
            EntityTag.forEachName(in: all[sentence]) { name, type in
                if name.upperBound < sentence.upperBound, words[name.upperBound].word == and { nameBeforeAnd = true }
                if name.lowerBound > sentence.lowerBound, words[name.lowerBound - 1].word == and { nameAfterAnd = true }
                if type == .location, isATradeAfterAPlace(words, name, in: sentence) {
                    retype(name, as: .organization, capped: true, tags: tags, confidence: confidence)
                    return
                }
                guard let head = head(words, name), head != type, head != .location || type == .person,
                    type != .person || !mayBeAPerson(words, name, head: head), !isAPlaceEnding(words, name, type)
                else { return }
                // The tagger's confidence was for the old type.
                retype(name, as: head, capped: true, tags: tags, confidence: confidence)
            }
            if nameBeforeAnd {
                EntityTag.forEachName(in: all[sentence]) { name, _ in
                    joinTopicsAfterAnd(name, words, sentence, tags: tags, confidence: confidence)
                }
            }
            if nameAfterAnd {
                EntityTag.forEachName(in: all[sentence]) { name, _ in
                    InstitutionsCutAtAnd.join(at: name.lowerBound - 1, words, sentence: sentence, tags: tags, confidence: confidence)
                }
            }
            tagUntaggedRuns(words, views: views, sentence, tags: tags, confidence: confidence)
        }
    }

    /// Joins the legal form at token `i` of `sentence` (capitalised and one of
    /// `joiningLegalForms`: `RuleWords.legalForm`) to the name it ends: an untagged one just
    /// after a name the tagger found ("Volvo" and "AB", "Nippon Steel" and "KK", "Ford Motor"
    /// and "Co"), unless it is one listed place's name and the form a two-letter one
    /// (`codeLike`: "Las Vegas NV"); or the capitalised words just before
    /// one the tagger found alone ("Telefonica" and "SA"), from the first that is no article
    /// and not usually in lower case. The whole is an organisation.
    static func joinLegalForm(
        at i: Int, _ words: UnsafeBufferPointer<WordAttributes>, _ sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        var start = i
        if tags[i] == .outside {
            guard i > sentence.lowerBound, tags[i - 1] != .outside else { return }
            start = i - 1
            while start > sentence.lowerBound, tags[start].isInside { start -= 1 }
            if codeLike.contains(words[i].word), isAPlaceEnding(words, start..<(i + 1), tags[start].type) { return }
        } else if tags[i] == .begin(.organization), i + 1 == sentence.upperBound || !tags[i + 1].isInside {
            while start > sentence.lowerBound, tags[start - 1] == .outside, words[start - 1].isCapitalisedWord,
                !isArticle(words[start - 1]), !HeadlineCasing.usuallyLower(words[start - 1])
            {
                start -= 1
            }
        }
        let name = start..<(i + 1)
        guard start < i, name.count <= DocumentConsistency.longestPropagated else { return }
        retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
    }

    /// Whether a name the tagger took for a person may be one even though its last word is a
    /// head: one word ("Mr Park"), or a listed given name and one more word ("Sandra Park",
    /// "Margaret Court", "Nick Cave"). A place's head needs three words or more to re-type a
    /// person ("Cal Anderson Park"); a legal form ("Corp", "Inc") re-types any.
    @inline(__always) static func mayBeAPerson(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, head: EntityType) -> Bool {
        if legalForms.contains(words[name.upperBound - 1].word) { return false }
        if name.count == 1 { return true }
        let first = words[name.lowerBound].gazetteer
        if name.count == 2, first & Gazetteer.givenName != 0, first & Gazetteer.inside == 0 { return true }
        return head == .location && name.count < 3
    }

    /// The articles a run of capitalised words may begin with, outside the name ("The", "A").
    private static let articles = hashes("the a an")

    /// Whether `word` is an article ("The", "a").
    @inline(__always) static func isArticle(_ word: WordAttributes) -> Bool { articles.contains(word.word) }

    /// Whether the word before token `i` of `sentence` is capitalised and no article, so that
    /// capitalised words from `i` on may be the end of a longer name ("Dallas Federal Reserve")
    /// rather than a name of their own (`ListedNames` and untagged runs alike).
    @inline(__always)
    static func followsACapitalisedWord(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, in sentence: Range<Int>) -> Bool {
        i > sentence.lowerBound && words[i - 1].hasCapital && !articles.contains(words[i - 1].word)
    }
    /// The folded hash of "the", which the rules of this folder compare words with.
    static let the = hashes("the").first!
    static let and = hashes("and").first!
    private static let ampersand = hashes("&").first!

    /// Whether `word` is "and" or "&", the connector between a firm's partners or trades.
    @inline(__always)
    static func isAnd(_ word: WordAttributes) -> Bool { word.word == and || word.word == ampersand }
    /// The possessive clitics, which end a run ("Yesterday's Enemies Act").
    private static let possessives = hashes("'s s")

    /// "of" and "for", which join a head to a field's words ("Institute for Strategic Studies").
    private static let ofOrFor = hashes("of for")

    /// The most words after "and" that `joinTopicsAfterAnd` joins ("and Urban Development").
    static let longestTopicsAfterAnd = 3

    /// Joins to an institution's name that holds a head and "of" or "for" ("Department of Trade",
    /// "Ministry of Commerce", "Council for European Security"), `name` in `sentence`, the "and"
    /// just after it and the words in title case after that, where the tagger cut the name at
    /// "and": "the Department of Trade and Industry", "the Ministry of Health and Welfare", "the
    /// United States Department of Housing and Urban Development" (the words after "and"
    /// untagged, or one organisation's name of their own). The name's last word and each joined
    /// word must be ones a corpus usually writes in lower case (a field's words: "Trade",
    /// "Industry", "Budget"), none of them a head, at most `longestTopicsAfterAnd` of them, and
    /// no capitalised word may go on after them: "the Bank of Japan and Toyota", "the Ministry
    /// of Finance and Foreign Ministry", "the Ministry of Finance and Central Bank officials",
    /// "the House of Representatives and Senate" stay two names.
    static func joinTopicsAfterAnd(
        _ name: Range<Int>, _ words: UnsafeBufferPointer<WordAttributes>, _ sentence: Range<Int>,
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        let last = name.upperBound - 1
        let joiner = name.upperBound
        guard name.count >= 3, joiner + 1 < sentence.upperBound, tags[name.lowerBound] == .begin(.organization),
            tags[last] == .inside(.organization), words[joiner].word == and,
            tags[joiner] == .outside, topicWord(words[last]),
            name.dropLast(2).contains(where: { beginsBeforeOf.contains(words[$0].word) && ofOrFor.contains(words[$0 + 1].word) })
        else { return }
        var end = joiner + 1
        if tags[end] == .begin(.organization) {
            // The tagger's own name after "and" ("Urban Development"): all of it, or nothing.
            end += 1
            while end < sentence.upperBound, tags[end] == .inside(.organization) { end += 1 }
            guard ((joiner + 1)..<end).allSatisfy({ topicWord(words[$0]) }) else { return }
        } else {
            while end < sentence.upperBound, tags[end] == .outside, topicWord(words[end]) { end += 1 }
        }
        guard end > joiner + 1, end - joiner - 1 <= longestTopicsAfterAnd, end == sentence.upperBound || !words[end].hasCapital,
            end == sentence.upperBound || !tags[end].isInside, end - name.lowerBound <= DocumentConsistency.longestPropagated
        else { return }
        retype(name.lowerBound..<end, as: .organization, capped: false, tags: tags, confidence: confidence)
    }

    /// Whether `word` may be a field's word inside an institution's name: in title case in running
    /// text, usually written in lower case, and no head of a name ("Industry", "Budget"; not
    /// "Japan", "Bank", "Ministry").
    @inline(__always)
    private static func topicWord(_ word: WordAttributes) -> Bool {
        word.isTitleCaseInText && HeadlineCasing.usuallyLower(word) && lastWords[word.word] == nil
            && !beginsBeforeOf.contains(word.word)
    }

    /// Tags an untagged run of two or more capitalised words (and the connectors between them)
    /// whose head names an organisation or a MISC name ("the Census Bureau", "Stone Container
    /// Corp", "the Glass-Steagall Act"); a place's head is left alone ("Nevada Falls" may be a
    /// person's address). A leading article stays outside; "the" and a possessive end a run
    /// ("Although the Finance Ministry", "Officials of the Tax Reform Act", "Yesterday's
    /// Enemies Act"), and so does "and" after a head ("the Clean Air Act and Clean Water Act"
    /// are two); the words before an "of" stay outside when one of them is usually written in
    /// lower case ("Officials of Acme Corp" and "Records of Acme Corp" give "Acme Corp"), unless
    /// the first begins institutions' names (`beginsBeforeOf`: "University of"); such a head and
    /// "of" just before a name the tagger found begin that name, an organisation's ("University
    /// of" and "Pennsylvania"); a run that follows a capitalised
    /// word is not a name of its own, but
    /// one that follows a place's name and ends in an organisation's head is the end of the
    /// organisation's name, place and all ("the New York Stock Exchange", "Rochester
    /// Telephone said"); one longer than `DocumentConsistency.longestPropagated` words is not
    /// taken for a name.
    static func tagUntaggedRuns(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, _ sentence: Range<Int>,
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard tags[i] == .outside, views[i].hasCapital, !articles.contains(views[i].word) else {
                i += 1
                continue
            }
            let follows = followsACapitalisedWord(words, i, in: sentence)
            var end = i + 1
            var lastCapital = i
            var lastOf: Int? = nil
            while end < sentence.upperBound, tags[end] == .outside, views[end].hasCapital || views[end].isConnector {
                let word = views[end].word
                if word == the || possessives.contains(word) { break }
                if word == and, head(words, lastCapital..<(lastCapital + 1)) != nil { break }
                if word == of { lastOf = end }
                if views[end].hasCapital { lastCapital = end }
                end += 1
            }
            if !follows, lastOf == end - 1, lastCapital == i, end - i == 2, beginsBeforeOf.contains(words[i].word),
                let found = nameBeginning(at: end, tags: tags, in: sentence)
            {
                // "University of" and the place the tagger found after it ("at the University
                // of Pennsylvania in 1967": "Pennsylvania" alone was tagged, a place). A legal
                // form ends a company's name: after it, "of" gives the company's seat
                // ("A-T-E Security Group Inc of Houston").
                let name = i..<found.upperBound
                if name.count <= DocumentConsistency.longestPropagated {
                    retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                }
                i = found.upperBound
                continue
            }
            var run = i..<(lastCapital + 1)
            if let of = lastOf, of < lastCapital, !beginsBeforeOf.contains(words[i].word),
                (i..<of).contains(where: { words[$0].hasCapital && HeadlineCasing.usuallyLower(words[$0]) })
            {
                run = (of + 1)..<run.upperBound
            }
            if run.count > 3, words[run.lowerBound + 1].word == of, beginsBeforeOf.contains(words[run.lowerBound].word) {
                // A person's title after the institution's name stays outside it ("the Office of
                // Management and Budget Director James Miller").
                while run.count > 3, titlesAfterNames.contains(words[run.upperBound - 1].word) {
                    run = run.lowerBound..<(run.upperBound - 1)
                }
            }
            if follows, run.lowerBound == i,
                let place = placeEnding(at: i - 1, tags: tags, in: sentence)
                    ?? (lastWords[words[run.upperBound - 1].word] != nil || leadingOrganization.contains(words[i - 1].word)
                        ? organisationEnding(at: i - 1, words, tags: tags, in: sentence) : nil)
            {
                // A place's name just before an organisation's head begins the organisation's
                // ("New York" and "Stock Exchange", "Rochester" and "Telephone"), and so does
                // an organisation's before a run whose last word is the head ("Enron" and
                // "Investment Partners"; not "Bank of England" and "Gov.", whose "Bank of"
                // heads the name), or one that heads clubs' names ("FC" and "Lausanne-Sport").
                let name = place..<run.upperBound
                if name.count <= DocumentConsistency.longestPropagated,
                    head(words, name) == .organization || isATradeAfterAPlace(words, name, in: sentence),
                    !isAPlaceEnding(words, name, .location)
                {
                    retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                }
            } else if !follows || run.lowerBound > i, run.count >= 2, run.count <= DocumentConsistency.longestPropagated,
                let head = head(words, run, companies: false), head != .location
            {
                retype(run, as: head, capped: false, tags: tags, confidence: confidence)
            }
            i = end
        }
    }

    /// Where the organisation's name that ends at token `last` of `sentence` begins, or nil when
    /// `last` is no organisation's or the word after it is in capitals ("Rice@ENRON
    /// COMMUNICATIONS" in an address).
    @inline(__always)
    static func organisationEnding(
        at last: Int, _ words: UnsafeBufferPointer<WordAttributes>, tags: UnsafeMutablePointer<EntityTag>, in sentence: Range<Int>
    ) -> Int? {
        guard last >= sentence.lowerBound, last + 1 < sentence.upperBound, tags[last].type == .organization,
            words[last + 1].flags & WordAttributes.Flags.allCapitals == 0
        else { return nil }
        var first = last
        while first > sentence.lowerBound, tags[first] == .inside(.organization) { first -= 1 }
        return tags[first] == .begin(.organization) ? first : nil
    }

    /// The tokens of the name that begins at token `first` of `sentence`, or nil when none does.
    @inline(__always)
    static func nameBeginning(at first: Int, tags: UnsafeMutablePointer<EntityTag>, in sentence: Range<Int>) -> Range<Int>? {
        guard first < sentence.upperBound, tags[first] != .outside, !tags[first].isInside else { return nil }
        var end = first + 1
        while end < sentence.upperBound, tags[end].isInside { end += 1 }
        return first..<end
    }

    /// Where the place's name that ends at token `last` of `sentence` begins, or nil when
    /// `last` is no place's.
    @inline(__always)
    static func placeEnding(at last: Int, tags: UnsafeMutablePointer<EntityTag>, in sentence: Range<Int>) -> Int? {
        guard last >= sentence.lowerBound, tags[last].type == .location else { return nil }
        var first = last
        while first > sentence.lowerBound, tags[first] == .inside(.location) { first -= 1 }
        return tags[first] == .begin(.location) ? first : nil
    }

    /// Tags `name` as a name of `type`, as sure as a rule is (`capped`: at most, keeping a lower
    /// confidence the tagger gave). The rules after decoding all write names this way.
    static func retype(
        _ name: Range<Int>, as type: EntityType, capped: Bool, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        tags[name.lowerBound] = .begin(type)
        for k in name.dropFirst() { tags[k] = .inside(type) }
        for k in name { confidence[k] = capped ? min(confidence[k], EntityTagger.confidenceOfARule) : EntityTagger.confidenceOfARule }
    }

    /// Tags `name` as one name of `type`: the words the tagger left outside any name get a
    /// rule's confidence, the words it had found keep theirs. The rules that join a found name
    /// to the words around it write names this way.
    static func join(
        _ name: Range<Int>, as type: EntityType, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        for k in name where tags[k] == .outside { confidence[k] = EntityTagger.confidenceOfARule }
        tags[name.lowerBound] = .begin(type)
        for k in name.dropFirst() { tags[k] = .inside(type) }
    }

    /// The type the head of the name over `range` says, or nil; the words of `companies` count
    /// only when `companies` is true and the name has two words or more. A foreign legal form
    /// counts after two words or more either way, unless it ends a place's name
    /// (`isAPlaceEnding`; for an untagged run, `companies` false, read as a place's: "Boston Spa").
    @inline(__always)
    static func head(_ words: UnsafeBufferPointer<WordAttributes>, _ range: Range<Int>, companies: Bool = true) -> EntityType? {
        let last = words[range.upperBound - 1]
        if last.flags & WordAttributes.Flags.initialCapital != 0 {
            // One lookup for the four lists (`headBits`).
            let bits = headBits[last.word] ?? 0
            if bits & headOrganisation != 0, bits & headCompany == 0 || (companies && range.count >= 2) { return .organization }
            if range.count >= 2, bits & headForeignForm != 0, !isAPlaceEnding(words, range, companies ? nil : .location) {
                return .organization
            }
            if bits & headMiscellaneous != 0 { return .miscellaneous }
            if bits & headLocation != 0 { return .location }
            if last.word == club, range.count >= 2, sports.contains(words[range.upperBound - 2].word) { return .organization }
        }
        let first = words[range.lowerBound]
        if range.count >= 2, first.flags & WordAttributes.Flags.allCapitals != 0, leadingOrganization.contains(first.word) {
            return .organization
        }
        if range.count >= 3, first.flags & WordAttributes.Flags.initialCapital != 0, words[range.lowerBound + 1].word == of,
            organization.contains(first.word) || beginsBeforeOf.contains(first.word) || location.contains(first.word)
        {
            return organization.contains(first.word) || beginsBeforeOf.contains(first.word) ? .organization : .location
        }
        return nil
    }

    /// The pronoun "I": always capitalised, never a name ("I said"; a ticker "<I>" does not make it one).
    static let firstPerson = hashes("I").first!

    /// The set of the folded hashes of the words of `list` (separated by spaces or lines).
    ///
    /// - Cost: one pass over the list's UTF-8 bytes, each word hashed where it lies. (Splitting
    ///   the string into characters and a string per word took about 4,000 instructions a word:
    ///   the 637 words of `NewsPersons` cost 2.5 million when a process first tagged a
    ///   document.)
    static func hashes(_ list: String) -> WordHashSet {
        var list = list
        return list.withUTF8 { bytes in
            var hashes: [UInt64] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\n") {
                if end > start { hashes.append(WordHash.folded(bytes.baseAddress! + start, count: end - start)) }
                start = end + 1
            }
            return WordHashSet(hashes)
        }
    }
}
