import GlossCore

/// A firm named after two partners, "A and B", that the tagger read as two names ("[Duff] and
/// [Phelps] said its", "brokers [Phillips] and [Drew]", "[Phillips] and [Drew]'s Reid"): one
/// organisation's name over both words and the "and".
///
/// Two surnames joined by "and" are as often two people ("Baker and Volcker met"), so the
/// pair is made one firm only where the words around it say so and the document does not
/// name either word as a person's:
///
/// - **a cue** beside the pair: a person or a part of a company after its possessive
///   ("[Phillips and Drew]'s Reid", "Harper and Row's stock": `parts`); "said its" after it
///   (a company telling of its own; two people say "their"; not "said it", which people say
///   too: "said it was time"); before it, a plural
///   noun for companies ("brokers", `CompanyAppositions.actors`, and "stockbrokers") where a
///   partner is a listed surname or given name ("brokers Phillips and Drew", not "Soviet banks
///   Gosbank and Vneshtorgbank", two banks), or a
///   person's job and "at", "of" or "with" ("economist at", "analyst with": `jobs`); or the
///   same pair written again in the document ("Duff and Phelps" twice), unless both partners
///   are words news writes as people's names (`NewsPersons.words`: not "Reagan and Gorbachev"
///   twice);
/// - **each partner one word in title case** in running text, after no capitalised word but
///   one usually in lower case ("But Phillips and Drew's Reid"; not "Secretary Baker and …"),
///   tagged as a person's or an organisation's one-word name (the second may be untagged),
///   before no capitalised word, neither a listed place;
/// - **neither partner a word of a longer person's name** anywhere in the document, the pair's
///   own places included ("James Baker … Baker and Volcker's Smith", "Donald Trump and
///   Interstate Properties … Trump and Interstate" stay a person's), **nor written alone** outside a
///   headline ("Renault and Chrysler … Chrysler said": two companies).
///
/// EWT and the proxies agree: a firm's name is one organisation, "and" and all (EWT train's
/// "Cullen and Dykman", "Butcher and Singer", "Blumenfeld & Cohen"; its two people joined by
/// "and" are two names, "Daschle and Leahy").
///
/// Called from `OrganisationContexts`' walk at each person's or organisation's one-word name
/// that "and" follows; no pass of its own.
///
/// - Cost: a few hash comparisons at a one-word name before "and"; where two words in title
///   case stand around it, one walk over the document's words for the partners' words (for
///   the pair written again, and a longer person's name), at most `mostWalks` a document;
///   nothing allocated.
enum PartnerFirms {
    /// Words after a firm's possessive that say it is one: parts of a company.
    static let parts = NameHeads.hashes(
        "board chairman directors shareholders subsidiary subsidiaries unit common preferred shares stake stock analyst analysts economist")
    /// A person's jobs at a firm, before "at", "of" or "with" ("an economist at Phillips and Drew").
    static let jobs = NameHeads.hashes(
        """
        analyst analysts economist economists strategist strategists partner partners director chairman president dealer dealers
        broker brokers trader traders
        """)
    /// The prepositions between a job and the firm.
    static let prepositions = NameHeads.hashes("at of with")
    /// Plural nouns for firms that `CompanyAppositions.actors` does not hold.
    static let firms = NameHeads.hashes("stockbrokers")
    private static let possessive = NameHeads.hashes("'s").first!
    private static let said = NameHeads.hashes("said").first!
    private static let its = NameHeads.hashes("its").first!
    private static let places = Gazetteer.place

    /// The most walks over a document `firm` makes (one a candidate pair): a document of
    /// thousands of "A and B" would otherwise cost O(t²) (32,000 such pairs: 0.6 s → 3.4 s).
    static let mostWalks = 32

    /// The firm's name "A and B" that begins with `name` (a one-word name of `type`, person or
    /// organisation) in `sentence`, or nil when the words around it or the document say
    /// otherwise (see the type's documentation), or when `walks` (the walks over the document
    /// left, counted down) is spent; `views` are the words' views (`WordView`), which the walk
    /// over the document reads.
    static func firm(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, _ name: Range<Int>, type: EntityType,
        in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>, walks: inout Int
    ) -> Range<Int>? {
        let and = name.upperBound
        let partner = and + 1
        guard name.count == 1, type == .person || type == .organization, partner < sentence.upperBound,
            words[and].word == NameHeads.and, !words[and].hasCapital
        else { return nil }
        let first = words[name.lowerBound]
        let second = words[partner]
        guard first.isTitleCaseInText, second.isTitleCaseInText, first.gazetteer & places == 0, second.gazetteer & places == 0,
            tags[partner] == .begin(.person) || tags[partner] == .begin(.organization) || tags[partner] == .outside,
            partner + 1 == sentence.upperBound || (!tags[partner + 1].isInside && !words[partner + 1].hasCapital),
            name.lowerBound == sentence.lowerBound || !words[name.lowerBound - 1].hasCapital
                || HeadlineCasing.usuallyLower(words[name.lowerBound - 1])
        else { return nil }
        guard walks > 0 else { return nil }
        walks -= 1
        let whole = name.lowerBound..<(partner + 1)
        let cued = hasACue(words, whole, in: sentence)
        var pairs = 0
        // The document's evidence: the pair again; neither word in a longer person's name, nor
        // alone outside a headline ("Renault and Chrysler" … "Chrysler said": two companies).
        // The words' views (16 bytes a token), not their attributes, for the walk.
        var k = 0
        while k < words.count {
            let word = views[k].word
            if word == first.word || word == second.word {
                if word == first.word, k + 2 < words.count, views[k + 1].word == NameHeads.and, views[k + 2].word == second.word,
                    views[k].hasCapital, views[k + 2].hasCapital
                {
                    // The first partner ending a longer person's name after a given name in running
                    // text is no firm's ("Donald Trump and Interstate Properties" … "Trump and
                    // Interstate": a man and a company); not a headline's run of capitals nor the
                    // tagger's "[Lewis of Phillips] and Drew".
                    if tags[k] == .inside(.person), k > 0, !words[k].inHeadline, words[k - 1].isTitleCaseInText { return nil }
                    pairs += 1
                    k += 3
                    continue
                }
                if views[k].hasCapital, !views[k].inHeadline { return nil }
                if tags[k].type == .person, (k + 1 < words.count && tags[k + 1] == .inside(.person)) || tags[k].isInside {
                    return nil
                }
            }
            k += 1
        }
        return cued || (pairs >= 2 && !arePeopleInTheNews(first.word, second.word)) ? whole : nil
    }

    /// Whether `first` and `second` are two words and both are ones that news writes as a
    /// person's name (`NewsPersons.words`): "Reagan and Gorbachev" written twice are two men;
    /// the pair written again is no cue for them. One such partner is not enough ("Smith and
    /// Nephew", "Phillips and Drew"), nor one word twice ("Johnson and Johnson").
    @inline(__always)
    static func arePeopleInTheNews(_ first: UInt64, _ second: UInt64) -> Bool {
        first != second && NewsPersons.words.contains(first) && NewsPersons.words.contains(second)
    }

    /// The pair "A and B" that begins with the one-word name over `name` in `sentence` when
    /// both are one word in title case that the gazetteer lists as a surname or a given name
    /// and no capitalised word follows: in a company's context (`OrganisationContexts`: "a
    /// subsidiary of Johnson and Johnson") a firm's name, where two companies' names are two
    /// ("shares of Vitol and Trafigura"); nil otherwise.
    static func surnames(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Range<Int>? {
        let partner = name.upperBound + 1
        guard name.count == 1, partner < sentence.upperBound, words[name.upperBound].word == NameHeads.and,
            partner + 1 == sentence.upperBound || !words[partner + 1].hasCapital
        else { return nil }
        let names = Gazetteer.surname | Gazetteer.givenName
        for k in [name.lowerBound, partner] where !words[k].isTitleCaseInText || words[k].gazetteer & names == 0 || words[k].gazetteer & places != 0 {
            return nil
        }
        return name.lowerBound..<(partner + 1)
    }

    /// Whether the words around the pair over `pair` in `sentence` say it is a firm's name.
    static func hasACue(_ words: UnsafeBufferPointer<WordAttributes>, _ pair: Range<Int>, in sentence: Range<Int>) -> Bool {
        let after = pair.upperBound
        if after + 1 < sentence.upperBound {
            let next = words[after].word
            if next == possessive, words[after + 1].isTitleCaseInText || parts.contains(words[after + 1].word) { return true }
            if next == said, words[after + 1].word == its { return true }
        }
        let before = pair.lowerBound - 1
        guard before >= sentence.lowerBound, !words[before].hasCapital else { return false }
        let word = words[before].word
        // "brokers Phillips and Drew", not "Soviet banks Gosbank and Vneshtorgbank" (two banks):
        // after a plural, a listed surname or given name among the partners.
        if CompanyAppositions.actors.contains(word) || firms.contains(word) {
            return (words[pair.lowerBound].gazetteer | words[pair.upperBound - 1].gazetteer) & (Gazetteer.surname | Gazetteer.givenName) != 0
        }
        return prepositions.contains(word) && before - 1 >= sentence.lowerBound && jobs.contains(words[before - 1].word)
    }
}
