import GlossCore
import GlossText

/// Re-types as an organisation a name the tagger took for a place or a person where the words
/// around it are said only of companies: after "shares of", "stake in", "unit of",
/// "subsidiary of", "division of", "acquisition of", "merger with", "takeover of", "offer for"
/// or "bid for" (an optional "the" between: "a stake in Brunswick"), or before a possessive
/// and a word of a company's make-up ("Rochester's board", "Dixie's common",
/// "Harper's directors") or, for a place, a company's officer ("Brunswick's chief executive",
/// "chief financial officer", "chief operating officer"). A place's name just before "party"
/// in lower case is a party's, with the capitalised words before it ("the Reform UK party",
/// `partyName`), unless it is a venue's ("the Buckingham Palace party"). A town's name after
/// "played for", "signed for" or "games for" is a team's (`isATeam`), and so is a place's name
/// beside a verb of winning or losing and a score ("beat Toledo 31-10", "Pittsburgh defeated
/// Boston 3-2": `isASideInAResult`). A firm named after its
/// partners that the tagger cut at "and" is one name ("Fenner and Smith Inc", "Jefferies and
/// Co": `partnershipName`), and so is one named with a possessive before a verb said of
/// companies ("Moody's said", "Standard and Poor's cited": `possessiveName`), unless the name
/// is one word the document gives elsewhere as a person's surname ("Donald Trump" …
/// "Trump's said": has said; `isASurname`). A US state's name and "AG" is its attorney
/// general, not a company: the state is a place and "AG" no name ("the Texas AG filed suit",
/// "The New Jersey AG said").
///
/// A city's or a family's name is taken for a company's in news ("shares of Brunswick",
/// "Allegheny's preferred stock"); the tagger sees only the name's own words and the next
/// few, and most of its training text is not about business. Left alone: listed countries and
/// states, which have stakes and subsidiaries of their own in the news ("the Philippines'
/// largest food maker", "Washington's stake in"); a name followed by "-", "based" or a comma,
/// a place in an address ("a merger with the Basking Ridge, N.J.-based courier"), or by a word
/// in lower case, a place that qualifies a noun ("shares of Detroit automakers"); and, for a
/// person, the possessives people have too ("Sosnoff's stake", "Seizer's board nominees"):
/// a person is re-typed only before "'s directors", "shareholders", "subsidiary",
/// "subsidiaries", "unit", "common" or "preferred".
///
/// A company also tells of its own: a capitalised word or run of them that the tagger left
/// untagged, or a one-word person, before "said", "says", "reported" or "announced" and "its"
/// ("also" or "that" may come between: "Gencorp also said its board", "CityFed said that its
/// unit"), is an organisation too, when it begins the sentence or follows a punctuation mark,
/// "the" or a conjunction (not "spokesman Smith said its"); leading words a corpus usually
/// writes in lower case stay outside ("It said its", a headline's "INCREASED Mayfair Super
/// Markets"), and a run that is one listed city, state or country is left alone ("Japan said
/// its exports"). A place the tagger found is not re-typed this way ("Baghdad said its forces").
///
/// - Cost: O(t) in tokens: one pass over each sentence, a few hash comparisons of the words
///   around each place's or person's name, three comparisons per token for "its", "that" and "'s",
///   and a set's lookup only where those pass; run before `DocumentConsistency`, so the other
///   mentions of the name in the document follow.
enum OrganisationContexts {
    /// The two words before a name that say it is a company ("shares of", "stake in").
    static let before: Set<Pair> = Set(
        """
        shares of, stake in, unit of, subsidiary of, division of, acquisition of, merger with, takeover of, offer for,
        bid for
        """.split(separator: ",").map { phrase in
            let words = phrase.split(whereSeparator: \.isWhitespace).map { NameHeads.hashes(String($0)).first! }
            return Pair(first: words[0], second: words[1])
        })

    /// The second words of `before` ("of", "in", "with", "for"), compared before the pair is
    /// hashed.
    static let prepositions = Array(Set(before.map(\.second)))

    /// Two folded word hashes in order.
    struct Pair: Hashable {
        let first: UInt64
        let second: UInt64
    }

    /// Words after a place's name and "'s" that make it a company's ("board", "shares").
    static let companyParts = NameHeads.hashes(
        "board chairman directors shareholders subsidiary subsidiaries unit common preferred shares stake")

    /// The same after a person's name: the parts that no person has ("directors", "common").
    static let companyOnlyParts = NameHeads.hashes("directors shareholders subsidiary subsidiaries unit common preferred")

    private static let possessive = NameHeads.hashes("'s").first!
    private static let addressWords = NameHeads.hashes("- based ,")
    private static let countriesAndStates = Gazetteer.country | Gazetteer.state

    /// Re-types the names in `tags` (over `words`, within each of `sentences`) that the words
    /// around them say are companies.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which the walk
    /// reads at each untagged token.

    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        let (its, that, verbs, possessive) = (Self.its, Self.that, Self.reportingVerbs, Self.possessive)
        // The words inside longer persons' names, read once when a possessive name asks.
        var surnames: Set<UInt64>? = nil
        // `PartnerFirms.firm`'s walks over the document left (each O(t)).
        var partnerWalks = PartnerFirms.mostWalks
        // One pass over each sentence: a place's or a person's name is read where it begins, a
        // verb (two comparisons per token) where "its" or "that" follows it, a possessive's name
        // (one more) where "'s" is.
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                if let type = tags[i].type {
                    var end = i + 1
                    while end < sentence.upperBound, tags[end] == .inside(type) { end += 1 }
                    // "Reynolds and Reynolds": one word twice is a firm's name, whatever the tagger read.
                    if end == i + 1, end + 1 < sentence.upperBound, views[end + 1].word == views[i].word,
                        let firm = PartnerFirms.doubled(words, views: views, i..<end, in: sentence, walks: &partnerWalks)
                    {
                        NameHeads.retype(firm, as: .organization, capped: true, tags: tags, confidence: confidence)
                        i = firm.upperBound
                        continue
                    }
                    if type != .person, let state = attorneyGeneralsState(words, i..<end) {
                        for k in i..<end { tags[k] = .outside }
                        tags[state.lowerBound] = .begin(.location)
                        for k in state.dropFirst() { tags[k] = .inside(.location) }
                    } else if type == .location || type == .person, isACompany(words, i..<end, type: type, in: sentence) {
                        NameHeads.retype(i..<end, as: .organization, capped: true, tags: tags, confidence: confidence)
                        // "shares of Vitol and Trafigura": the names joined to it are companies too.
                        // Only names the tagger found ("Harper and [Row]" after "merger with" is one firm's
                        // name), and two surnames are one firm's ("a subsidiary of Johnson and Johnson").
                        if let firm = PartnerFirms.surnames(words, i..<end, in: sentence)
                            ?? PartnerFirms.withACommonWord(words, i..<end, in: sentence, tags: tags, inAContext: true, walks: &partnerWalks)
                        {
                            NameHeads.retype(firm, as: .organization, capped: true, tags: tags, confidence: confidence)
                            end = firm.upperBound
                        } else if end + 1 < sentence.upperBound, conjunctions.contains(words[end].word), tags[end + 1] != .outside {
                            end = max(end, CompanyAppositions.retypeList(from: i, words, in: sentence, tags: tags, confidence: confidence))
                        }
                    } else if type == .location || type == .person,
                        BusinessAgents.isACompany(words, i..<end, in: sentence, tags: tags, surnames: &surnames)
                    {
                        NameHeads.retype(i..<end, as: .organization, capped: true, tags: tags, confidence: confidence)
                    } else if type == .location, isATeam(words, i..<end, in: sentence) || isASideInAResult(words, i..<end, in: sentence) {
                        NameHeads.retype(i..<end, as: .organization, capped: true, tags: tags, confidence: confidence)
                    } else if type == .location, let party = partyName(words, place: i..<end, in: sentence, tags: tags) {
                        NameHeads.retype(party, as: .organization, capped: true, tags: tags, confidence: confidence)
                    } else if type != .location,
                        let firm = partnershipName(words, i..<end, type: type, in: sentence, tags: tags)
                            ?? PartnerFirms.firm(words, views: views, i..<end, type: type, in: sentence, tags: tags, walks: &partnerWalks)
                            ?? PartnerFirms.withACommonWord(
                                words, views: views, i..<end, in: sentence, tags: tags, inAContext: false, walks: &partnerWalks)
                    {
                        NameHeads.retype(firm, as: .organization, capped: true, tags: tags, confidence: confidence)
                        end = firm.upperBound
                    }
                    i = end
                    continue
                }
                if views[i].word == possessive, let name = possessiveName(words, at: i, in: sentence, tags: tags),
                    !isASurname(words, name, tags: tags, surnames: &surnames)
                {
                    NameHeads.retype(name, as: .organization, capped: true, tags: tags, confidence: confidence)
                    i = name.upperBound
                    continue
                }
                if i + 1 < sentence.upperBound, views[i + 1].word == its || views[i + 1].word == that, verbs.contains(views[i].word),
                    let name = reporter(words, verb: i, in: sentence, tags: tags)
                {
                    NameHeads.retype(name, as: .organization, capped: true, tags: tags, confidence: confidence)
                }
                i += 1
            }
        }
    }

    /// The verbs a company tells of its own with ("said its").
    static let reportingVerbs = Array(NameHeads.hashes("said says reported announced"))
    /// Words between a company's name and the verb ("also said").
    private static let adverbs = NameHeads.hashes("also previously earlier later today yesterday")
    private static let its = NameHeads.hashes("its").first!
    private static let that = NameHeads.hashes("that").first!
    /// The words a company's name may follow, beside punctuation ("and Gencorp said its").
    private static let openers = NameHeads.hashes("and but while that because the")
    private static let places = Gazetteer.city | Gazetteer.state | Gazetteer.country

    /// The untagged capitalised words or one-word person before `verb` (then "its" or "that
    /// its") that name a company telling of its own, or nil.
    static func reporter(
        _ words: UnsafeBufferPointer<WordAttributes>, verb: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        var next = verb + 1
        if next < sentence.upperBound, words[next].word == that { next += 1 }
        guard next < sentence.upperBound, words[next].word == its else { return nil }
        var end = verb
        if end > sentence.lowerBound, adverbs.contains(words[end - 1].word) { end -= 1 }
        guard end > sentence.lowerBound, words[end - 1].hasCapital else { return nil }
        var start = end - 1
        switch tags[start] {
        case .outside:
            while start > sentence.lowerBound, tags[start - 1] == .outside, words[start - 1].hasCapital || words[start - 1].isConnector {
                start -= 1
            }
            // A leading connector, article or word of a headline stays outside ("The U.S.
            // Treasury", "INCREASED Mayfair Super Markets").
            while start < end, !words[start].hasCapital || HeadlineCasing.usuallyLower(words[start]) { start += 1 }
        case .begin(.person):
            break
        default:
            return nil
        }
        let name = start..<end
        guard !name.isEmpty, name.count <= DocumentConsistency.longestPropagated, !HeadlineCasing.usuallyLower(words[start]),
            !isAListedPlace(words, name),
            start == sentence.lowerBound || words[start - 1].flags & WordAttributes.Flags.letter == 0
                || openers.contains(words[start - 1].word)
        else { return nil }
        return name
    }

    /// Whether the words around `name` (a place's or a person's, by `type`) say it is a company's;
    /// the cheap comparisons come first, a set's lookup only where they pass.
    static func isACompany(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, type: EntityType, in sentence: Range<Int>) -> Bool {
        let next = name.upperBound
        if next + 1 < sentence.upperBound, words[next].word == possessive {
            guard !isACountryOrState(words, name) else { return false }
            if type == .location, isAnOfficer(words, at: next + 1, in: sentence) { return true }
            return (type == .location ? companyParts : companyOnlyParts).contains(words[next + 1].word)
        }
        var first = name.lowerBound - 1
        if first >= sentence.lowerBound, words[first].word == NameHeads.the { first -= 1 }
        guard first - 1 >= sentence.lowerBound, prepositions.contains(words[first].word), !isACountryOrState(words, name) else {
            return false
        }
        if next < sentence.upperBound,
            (!words[next].hasCapital && words[next].flags & WordAttributes.Flags.letter != 0 && !isAConjunct(words, after: next, in: sentence))
                || addressWords.contains(words[next].word)
        {
            return false
        }
        return before.contains(Pair(first: words[first - 1].word, second: words[first].word))
    }

    /// "and" and "or", which join a company's name to the next in a company's context.
    static let conjunctions = NameHeads.hashes("and or ,")

    /// Words in lower case that may follow a company's name but not a place that qualifies a
    /// noun ("shares of Vitol and Trafigura rose", not "shares of Detroit and Flint automakers"):
    /// prepositions, verbs a company's news takes, relative pronouns.
    static let afterAList = NameHeads.hashes(
        "in on at to from for with by of were was had have has are is will would said rose fell gained lost which who that after since")

    /// Whether the word at `next` is "and" or "or" before a word in title case in running
    /// text, and the list of names ends before no word in lower case but `afterAList`: the
    /// name before it is the first of a list ("shares of Vitol and Trafigura rose").
    @inline(__always)
    static func isAConjunct(_ words: UnsafeBufferPointer<WordAttributes>, after next: Int, in sentence: Range<Int>) -> Bool {
        // "Merrill Lynch and Co Inc" is one firm's name (`partnershipName`), not a list.
        guard next + 1 < sentence.upperBound, conjunctions.contains(words[next].word), words[next + 1].isTitleCaseInText,
            words[next + 1].ruleWords & RuleWords.legalForm == 0, !NameLinker.legalForms.contains(words[next + 1].word)
        else { return false }
        var k = next + 1
        while k < sentence.upperBound, words[k].isTitleCaseInText || conjunctions.contains(words[k].word) { k += 1 }
        return k == sentence.upperBound || words[k].hasCapital || words[k].flags & WordAttributes.Flags.letter == 0
            || afterAList.contains(words[k].word)
    }

    /// The two words before a town's name that say it is a team's ("played for Lausanne",
    /// "signed for Coburg", "26 games for Lausanne"). Not "signed with": a treaty is signed
    /// with a capital as often as a player signs with a club ("the accord signed with Moscow").
    static let teamBefore: Set<Pair> = Set(
        """
        played for, played with, plays for, plays with, playing for, playing with, play for, signed for,
        signs for, games for, appearances for, goals for, debut for, debuted for, debuted with, coach of
        """.split(separator: ",").map { phrase in
            let words = phrase.split(whereSeparator: \.isWhitespace).map { NameHeads.hashes(String($0)).first! }
            return Pair(first: words[0], second: words[1])
        })
    /// Words in lower case that may follow a team's name in the contexts of `teamBefore`
    /// ("played for Lausanne in 2006", "signed for Coburg before"), beside connectors.
    private static let afterATeam = NameHeads.hashes("in from until before after during between")

    /// Whether a listed town's name that the tagger took for a place is a sports team's: after
    /// "played for", "signed for", "games for" (`teamBefore`, "the" may come between) and not
    /// before a noun in lower case ("played for London audiences"). Countries and states are
    /// left alone: CoNLL's conventions, and wikigold's, keep a national side a place. A score
    /// after the name ("lost to Tulsa 63-7") is no evidence here: the tokenizer splits it into
    /// three words, and its one-word form also spells a season ("Chicago 1986-87").
    static func isATeam(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        let first = words[name.lowerBound]
        guard first.gazetteer & Gazetteer.city != 0, first.gazetteer & Gazetteer.inside == 0, !isACountryOrState(words, name) else {
            return false
        }
        let next = name.upperBound
        if next < sentence.upperBound, words[next].flags & WordAttributes.Flags.letter != 0, !words[next].hasCapital,
            !words[next].isConnector, !afterATeam.contains(words[next].word)
        {
            return false
        }
        if PlaceNamedTeams.isFollowedByAPlace(words, name, in: sentence) { return false }
        var before = name.lowerBound - 1
        if before >= sentence.lowerBound, words[before].word == NameHeads.the { before -= 1 }
        return before - 1 >= sentence.lowerBound && teamBefore.contains(Pair(first: words[before - 1].word, second: words[before].word))
    }

    /// Whether a name the tagger took for a place is a side in a game's result: the object of a
    /// verb of winning or losing that a score follows ("beat Toledo 31-10", "lost to Tulsa
    /// 63-7"), or the subject of such a verb whose object a score follows ("Pittsburgh defeated
    /// Boston 3-2"). A score is two numbers below 200 joined by a hyphen, which no season
    /// ("1986-87") is. Countries and states are left alone, as in `isATeam`, and so is a sentence
    /// that tells of a vote (`isAVote`: "Paris beat London 54-50 in the final vote").
    static func isASideInAResult(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard !isACountryOrState(words, name) else { return false }
        let b = name.lowerBound
        if b - 1 >= sentence.lowerBound, winningVerbs.contains(words[b - 1].word)
            || (b - 2 >= sentence.lowerBound && words[b - 1].word == to && losingVerbs.contains(words[b - 2].word))
        {
            return isAScore(words, at: name.upperBound, in: sentence) && !isAVote(words, sentence)
        }
        // The subject: a verb, the other side's capitalised words, then a score.
        var j = name.upperBound
        if j < sentence.upperBound, winningVerbs.contains(words[j].word) {
            j += 1
        } else if j + 1 < sentence.upperBound, losingVerbs.contains(words[j].word), words[j + 1].word == to {
            j += 2
        } else {
            return false
        }
        let side = j
        while j < sentence.upperBound, j - side < 4, words[j].hasCapital { j += 1 }
        return j > side && isAScore(words, at: j, in: sentence) && !isAVote(words, sentence)
    }

    /// Words of a vote, whose count two cities' names may stand beside as a score does ("Paris
    /// beat London 54-50 in the final round of voting"): the cities are places there.
    static let voteWords = NameHeads.hashes("vote votes voted voting ballot ballots delegates")

    /// Whether `sentence` tells of a vote (`voteWords`).
    static func isAVote(_ words: UnsafeBufferPointer<WordAttributes>, _ sentence: Range<Int>) -> Bool {
        sentence.contains { voteWords.contains(words[$0].word) }
    }

    /// Whether the words from `i` are a game's score: a number below 200, a hyphen and another.
    @inline(__always) static func isAScore(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>) -> Bool {
        i + 2 < sentence.upperBound && scores.contains(words[i].word) && words[i + 1].word == hyphen
            && scores.contains(words[i + 2].word)
    }
    /// The verbs whose object is the side that lost ("beat Toledo").
    static let winningVerbs = NameHeads.hashes("beat beats beating defeated defeats defeating edged routed thrashed")
    /// The verbs that "to" and the side that won follow ("lost to Tulsa").
    static let losingVerbs = NameHeads.hashes("lost losing loses lose fell")
    private static let hyphen = NameHeads.hashes("-").first!
    /// The numbers of a game's score, 0 to 199.
    static let scores = NameHeads.hashes((0..<200).map(String.init).joined(separator: " "))

    private static let chief = NameHeads.hashes("chief").first!
    /// The officers only a company has after "chief" ("chief executive", "chief financial
    /// officer", "chief operating officer").
    static let officers = NameHeads.hashes("executive financial operating")

    /// Whether the words from `i` name a company's officer ("chief executive").
    @inline(__always)
    static func isAnOfficer(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>) -> Bool {
        i + 1 < sentence.upperBound && words[i].word == chief && officers.contains(words[i + 1].word)
    }

    /// The verbs that say a name ending in "'s" is a company's, said of it right after the
    /// possessive ("Moody's said", "McDonald's says", "Moody's cited"); not those that would
    /// also follow a possessive's noun or "has" shortened, or qualify a noun ("rates",
    /// "reported", "raised", "lowered", "upgraded": "Apple's upgraded H1 chip").
    static let possessiveNameVerbs = NameHeads.hashes("said says cited cites affirmed expects")
    /// "said to", after which "'s" is "is" ("Apple's said to be working on a car").
    private static let said = NameHeads.hashes("said").first!
    private static let to = NameHeads.hashes("to").first!

    /// The words "'s" shortens "is" or "has" after ("It's said", "That's said", "Everyone's
    /// said"): pronouns and the like, capitalised at a sentence's start.
    static let contracted = NameHeads.hashes(
        """
        he here how it let nobody one she somebody someone something that there this what when where who why everybody
        everyone everything nothing
        """)

    /// The name, "'s" (token `s`) included, of a company named with a possessive ("Moody's",
    /// "Albertson's", "Standard and Poor's") just before one of `possessiveNameVerbs`: the
    /// name the tagger found before "'s" (a person's, mostly) or the untagged capitalised words
    /// there (the last one whatever its casing: "moody" and "poor" are common words too; the
    /// ones before it only if a corpus does not usually write them in lower case), and a
    /// capitalised partner's word and "and" before them; nil after a pronoun ("It's said":
    /// `contracted`), a person named in full ("John Smith's said": has said), or a listed
    /// country or state, and before "said to" ("Apple's said to be": is said to).
    static func possessiveName(
        _ words: UnsafeBufferPointer<WordAttributes>, at s: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        guard s > sentence.lowerBound, s + 1 < sentence.upperBound, possessiveNameVerbs.contains(words[s + 1].word),
            words[s - 1].isCapitalisedWord, !contracted.contains(words[s - 1].word),
            words[s + 1].word != said || s + 2 >= sentence.upperBound || words[s + 2].word != to
        else { return nil }
        var start = s - 1
        if tags[start] == .outside {
            while start > sentence.lowerBound, tags[start - 1] == .outside, words[start - 1].isCapitalisedWord,
                !NameHeads.isArticle(words[start - 1]), !HeadlineCasing.usuallyLower(words[start - 1])
            {
                start -= 1
            }
        } else {
            while start > sentence.lowerBound, tags[start].isInside { start -= 1 }
            // A person named in full before "'s" is one who "has said" ("John Smith's said").
            guard tags[start] != .begin(.person) || s - start == 1 else { return nil }
        }
        // "Standard and Poor's": a partner's capitalised word and "and" before the name.
        if start - 2 >= sentence.lowerBound, ands.contains(words[start - 1].word), words[start - 2].isCapitalisedWord,
            !NameHeads.isArticle(words[start - 2]), !contracted.contains(words[start - 2].word)
        {
            start -= 2
            while start > sentence.lowerBound, tags[start].isInside { start -= 1 }
        }
        let name = start..<(s + 1)
        guard name.count <= DocumentConsistency.longestPropagated, !isACountryOrState(words, start..<s) else { return nil }
        return name
    }

    /// The words that join partners' names in a firm's ("Fenner and Smith Inc", "Brown & Co").
    private static let ands = NameHeads.hashes("and &")

    /// The name of a firm named after its partners that the tagger cut at "and": a person's or
    /// an organisation's name, "and" (or "&"), then an organisation's name that is a legal form
    /// alone ("Jefferies and Co", "Brown and Co Inc", "Samuel Montagu and Co Ltd") or, after a
    /// person's name, one word in title case and a legal form ("Fenner and Smith Inc", "Bausch
    /// and Lomb Inc", "Brown and Sons Inc") or, after an organisation's name, two trades' words
    /// ("American Telephone and Telegraph Co"); nil otherwise. Two firms named side by side are
    /// left alone ("Icahn and MCV Holdings Inc", "IBM and Apple Inc"): a longer second name,
    /// one in capitals, or a full name after an organisation's that ends in a name is no
    /// partner's; nor is a person called by a title (`isTitled`: "Mr Smith and Co came").
    static func partnershipName(
        _ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, type: EntityType, in sentence: Range<Int>,
        tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let and = name.upperBound
        guard and + 1 < sentence.upperBound, ands.contains(words[and].word), tags[and + 1] == .begin(.organization),
            let firm = NameHeads.nameBeginning(at: and + 1, tags: tags, in: sentence),
            NameHeads.joiningLegalForms.contains(words[firm.upperBound - 1].word)
        else { return nil }
        let formsAlone = firm.allSatisfy { NameHeads.joiningLegalForms.contains(words[$0].word) }
        let partner = words[firm.lowerBound]
        let wordAndForm = firm.count == 2 && partner.flags & WordAttributes.Flags.initialCapital != 0
            && partner.flags & WordAttributes.Flags.allCapitals == 0
        // Two trades joined ("American Telephone and Telegraph Co", "Texas Oil and Gas Corp"):
        // words a corpus usually writes in lower case, on both sides of "and".
        let trades = HeadlineCasing.usuallyLower(words[and - 1]) && HeadlineCasing.usuallyLower(partner)
        let whole = name.lowerBound..<firm.upperBound
        guard formsAlone || (wordAndForm && (type == .person || trades)), whole.count <= DocumentConsistency.longestPropagated,
            type != .person || !isTitled(words, name, in: sentence)
        else { return nil }
        return whole
    }

    /// Courtesy titles: a person called by one ("Mr Smith and Co came to dinner", "Dr Brown and
    /// Co") is a person with company, not a firm's partner.
    static let titles = NameHeads.hashes("mr mr. mrs mrs. ms ms. miss dr dr.")

    /// Whether the person's `name` begins with a courtesy title (`titles`) or follows one.
    static func isTitled(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        titles.contains(words[name.lowerBound].word)
            || (name.lowerBound > sentence.lowerBound && titles.contains(words[name.lowerBound - 1].word))
    }

    private static let party = NameHeads.hashes("party").first!
    /// The last words of a venue's name, where a party is held rather than named ("the
    /// Buckingham Palace party", "a Trafalgar Square party"), with `NameHeads.location`'s.
    static let venues = NameHeads.hashes("palace street house hall hotel gardens centre center stadium arena")

    /// The name of a party that a place's name ends, just before "party" in lower case: the
    /// place and the untagged capitalised words before it ("the Reform UK party"), or a place's
    /// name that is no listed place alone ("the ruling Fatah party"); nil otherwise ("the
    /// Michigan party" is the state's, a lone listed place).
    static func partyName(
        _ words: UnsafeBufferPointer<WordAttributes>, place: Range<Int>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let next = place.upperBound
        guard next < sentence.upperBound, words[next].word == party, !words[next].hasCapital,
            !venues.contains(words[next - 1].word), !NameHeads.location.contains(words[next - 1].word)
        else { return nil }
        var start = place.lowerBound
        // A word usually in lower case counts ("Reform"): "party" in lower case says this is
        // running text; the sentence's first word does not (its capital says nothing).
        while start - 1 > sentence.lowerBound, tags[start - 1] == .outside, words[start - 1].isCapitalisedWord,
            !NameHeads.isArticle(words[start - 1]), !words[start - 1].inHeadline
        {
            start -= 1
        }
        return start < place.lowerBound || !isAListedPlace(words, place) ? start..<next : nil
    }

    /// The US state in `name` when `name` is a US state's name and "AG" in capitals, with an
    /// article before it or not: its attorney general ("the Texas AG filed suit", "The New
    /// Jersey AG said"), not a company with a German legal form; nil otherwise.
    /// Only the US states (`usStates`, `usStatesOfTwoWords`): the gazetteer's states hold German
    /// and Austrian ones, whose name and "AG" is a company ("Salzburg AG", the utility; review28).
    static func attorneyGeneralsState(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Range<Int>? {
        guard name.count >= 2, name.count <= 4 else { return nil }
        let form = words[name.upperBound - 1]
        // The capitals first: a field's test costs less than the static word's accessor.
        guard form.flags & WordAttributes.Flags.allCapitals != 0, form.word == attorneyGeneral else { return nil }
        let start = NameHeads.isArticle(words[name.lowerBound]) ? name.lowerBound + 1 : name.lowerBound
        let state = start..<(name.upperBound - 1)
        switch state.count {
        case 1: return usStates.contains(words[start].word) ? state : nil
        case 2: return usStatesOfTwoWords.contains(Pair(first: words[start].word, second: words[start + 1].word)) ? state : nil
        default: return nil
        }
    }
    private static let attorneyGeneral = NameHeads.hashes("ag").first!
    /// The US states of one word (the fifty, less the ten of two words).
    static let usStates = NameHeads.hashes(
        """
        alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
        indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
        montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
        wisconsin wyoming
        """)
    /// The ten US states of two words.
    static let usStatesOfTwoWords: Set<Pair> = Set(
        """
        new hampshire, new jersey, new mexico, new york, north carolina, north dakota, rhode island, south carolina,
        south dakota, west virginia
        """.split(separator: ",").map { phrase in
            let words = phrase.split(whereSeparator: \.isWhitespace).map { NameHeads.hashes(String($0)).first! }
            return Pair(first: words[0], second: words[1])
        })

    /// Whether `name`, a possessive's name, is one word the tagger read as a person that ends
    /// a person's longer name elsewhere in the document (`words` and `tags` are the
    /// document's): "Donald Trump" … "Trump's said" is "has said", not a company's name like
    /// "Moody's said". The words inside persons' names are read from the document's tags once,
    /// into `surnames`, where the first possessive name asks (each asking read them all before:
    /// 30,000 "Smith's said" in one document took 19 s, not 2; review28).
    static func isASurname(
        _ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        surnames: inout Set<UInt64>?
    ) -> Bool {
        guard name.count == 2, tags[name.lowerBound] == .begin(.person) else { return false }
        if surnames == nil {
            surnames = Set(words.indices.lazy.filter { tags[$0] == .inside(.person) }.map { words[$0].word })
        }
        return surnames!.contains(words[name.lowerBound].word)
    }

    /// Whether `name` begins with a listed country's or state's name ("Japan", "New York").
    @inline(__always) static func isACountryOrState(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Bool {
        words[name.lowerBound].gazetteer & countriesAndStates != 0 && words[name.lowerBound].gazetteer & Gazetteer.inside == 0
    }

    /// Whether the words of `name` are one listed city, state or country ("New York").
    static func isAListedPlace(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Bool {
        words[name.lowerBound].gazetteer & places != 0 && words[name.lowerBound].gazetteer & Gazetteer.inside == 0
            && name.dropFirst().allSatisfy { words[$0].gazetteer & Gazetteer.inside != 0 }
    }
}
