import GlossCore

/// Re-types as an organisation a one-word name the tagger read as a person when its document
/// uses the word as a company's and never as a person's.
///
/// A one-word company ("Adsteam", "Rabobank", "Renouf") is a word the tagger has seldom seen,
/// and the sentence that reads it as a person often says nothing of what it is; another
/// sentence of the document does: "Adsteam shares eased", "Renouf Corp Ltd said". A company's
/// cue is the word just before a legal form (`NameLinker.legalForms`: "Renouf Corp", "Mannesmann
/// AG"), before a company's stock or chief (`NameLinker.companyNouns` but for "plant", and "CEO":
/// "Odin shares", "Kalshi CEO"; not the verb: "Musk shares a video"), before "'s" and a part
/// only a company has (`OrganisationContexts.companyOnlyParts`: "Bowne's directors"), or before a comma, an
/// article and, within three words, a kind of company that ends the phrase (`kinds`: "Clayton,
/// a private investment firm,"; not "Jones, a bank analyst", "Smith, the company's chairman"),
/// or the word is written as a staff noun's employer (`EmployerNames.isEmployer`: "an Alcan
/// spokesman", "Oppenheimer analyst Ted Lyons"; `EmployerNames` re-types only that mention, and
/// the vote turned it back where the document's other mentions were persons).
/// A person's cue, anywhere in the document, keeps every mention of the word as the tagger
/// read it: the word ends or is inside a longer person's name ("Henry Ford"), follows a
/// courtesy title or an office (`TitledPersons.titles`: "Mr Ford", "President Bush") or a listed given name outside an organisation's name ("John
/// Ford", not "Eli Lilly and Co"), comes before "told" or an age ("Ford, 45,"), or "he",
/// "she", "his", "her", "him" follow within five words of its sentence ("Howe said he"). People
/// have stakes and boards too, and spokesmen after "'s" or "the" ("Howe's spokesman"): those are
/// no cue. But "a"/"an" and a spokesman or an official is a company's cue for any word
/// `NewsPersons` does not list, a politician's too: a document that names a politician only by
/// the surname, with no title, given name or pronoun, and writes "a Shamir spokesman" makes
/// every "Shamir" an organisation (review58; none such in ../shared/corpora).
/// On wikigold and EWT's web text the one-word people are mostly surnames of a person named
/// in full or spoken of as "he" or "she" in the same document.
///
/// - Cost: O(t) in tokens: one tag comparison per token to find one-word persons; only in a
///   document that has one, per capitalised token a comparison with each of them (at most
///   `mostCandidates`), and a few hash comparisons around a token that is one of them. Run
///   before `DocumentConsistency` votes, so the document's other mentions follow.
enum CompanyEvidence {
    /// The most one-word persons of a document looked at (the first found).
    static let mostCandidates = 32

    /// The kinds of company an apposition names ("Clayton, a private investment firm").
    static let kinds = NameHeads.hashes(
        """
        company firm startup start-up subsidiary maker manufacturer retailer bank lender insurer brokerage exchange
        conglomerate carrier airline chain
        """)
    /// The words before a person's surname: courtesy titles.
    static let titles = NameHeads.hashes("mr mr. mrs mrs. ms ms. dr dr. sir dame")
    /// The words after a person's name that a company does not take.
    static let pronouns = NameHeads.hashes("he she his her him himself herself")
    private static let told = NameHeads.hashes("told").first!
    private static let ceo = NameHeads.hashes("ceo").first!
    private static let possessive = NameHeads.hashes("'s").first!
    private static let comma = NameHeads.hashes(",").first!
    private static let articles = NameHeads.hashes("a an the")
    /// `NameLinker.companyNouns` but for "plant(s)": the word before a plant is mostly a place
    /// ("the Jefferson plant"), so it is no company's cue here.
    private static let companyNouns = WordHashSet(
        NameLinker.companyNouns.filter { !NameHeads.hashes("plant plants").contains($0) })
    /// The words that may follow an apposition's kind of company and end its noun phrase.
    static let phraseEnds = NameHeads.hashes("of that which whose based headquartered owned controlled in with and")

    /// Re-types in `tags` (over `words`, the document's, within each of `sentences`) the
    /// one-word persons that the document calls a company and never a person.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which
    /// the walk over every capitalised word reads.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        var places: [UInt64] = []
        let candidates = oneWordPersons(words, sentences: sentences, tags: tags, places: &places)
        if !places.isEmpty { retypePlaces(places, words, views: views, sentences: sentences, tags: tags, confidence: confidence) }
        guard !candidates.isEmpty else { return }
        var company: UInt64 = 0
        var person: UInt64 = 0
        for sentence in sentences {
            for i in sentence where views[i].hasCapital {
                guard let k = candidates.firstIndex(of: views[i].word) else { continue }
                if isAPerson(words, at: i, in: sentence, tags: tags) {
                    person |= 1 << UInt64(k)
                } else if isACompany(words, at: i, in: sentence) {
                    company |= 1 << UInt64(k)
                }
            }
        }
        let retyped = company & ~person
        guard retyped != 0 else { return }
        for sentence in sentences {
            for i in sentence where isOneWordPerson(i, in: sentence, tags: tags) {
                guard let k = candidates.firstIndex(of: words[i].word), retyped >> UInt64(k) & 1 != 0 else { continue }
                NameHeads.retype(i..<(i + 1), as: .organization, capped: true, tags: tags, confidence: confidence)
            }
        }
    }

    /// Whether token `i` is a person's name of one word.
    @inline(__always) static func isOneWordPerson(_ i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>) -> Bool {
        tags[i] == .begin(.person) && (i + 1 == sentence.upperBound || tags[i + 1] != .inside(.person))
    }

    /// The distinct words (at most `mostCandidates`) of the document's one-word persons in
    /// title case; in the same pass, into `places`, those of its places that may be companies
    /// and that one of their mentions calls a company's (`isACompanysPlace`, at most
    /// `mostCandidates`).
    static func oneWordPersons(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        places: inout [UInt64]
    ) -> [UInt64] {
        var found: [UInt64] = []
        for sentence in sentences {
            for i in sentence {
                if tags[i] == .begin(.location) {
                    if places.count < mostCandidates, isACompanysPlace(words, at: i, in: sentence, tags: tags), !places.contains(words[i].word) {
                        places.append(words[i].word)
                    }
                    continue
                }
                guard isOneWordPerson(i, in: sentence, tags: tags) else { continue }
                let flags = words[i].flags
                guard flags & WordAttributes.Flags.initialCapital != 0, flags & WordAttributes.Flags.allCapitals == 0,
                    flags & WordAttributes.Flags.letter != 0, !found.contains(words[i].word)
                else { continue }
                found.append(words[i].word)
                if found.count == mostCandidates { return found }
            }
        }
        return found
    }

    /// Whether the word at `i` is used as a person's: in a longer person's name, after a given
    /// name or a title, before "told", an age or, within five words, a personal pronoun.
    static func isAPerson(
        _ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        if tags[i] == .inside(.person) { return true }
        if i > sentence.lowerBound {
            let previous = words[i - 1]
            if titles.contains(previous.word) || TitledPersons.titles.contains(previous.word) { return true }
            // Not inside an organisation's name ("Eli Lilly and Co").
            if previous.hasCapital, previous.gazetteer & Gazetteer.givenName != 0, previous.gazetteer & Gazetteer.inside == 0,
                tags[i] != .inside(.organization)
            {
                return true
            }
        }
        let end = min(sentence.upperBound, i + 6)
        guard i + 1 < end else { return false }
        if words[i + 1].word == told { return true }
        if i + 3 < sentence.upperBound, words[i + 1].word == comma, words[i + 2].flags & WordAttributes.Flags.digit != 0,
            words[i + 3].word == comma
        {
            return true
        }
        return ((i + 1)..<end).contains { pronouns.contains(words[$0].word) }
    }

    /// Whether the words after `i` say it is a company's name: a legal form, a company's noun,
    /// "'s" and a part only a company has, or an apposition naming a kind of company.
    /// For a `place`, the legal form must end the name (`endsInALegalForm`), a company's
    /// noun counts only as `isAPlacesCompanyNoun` says, and a staff noun's employer only when
    /// the word is no listed place: "a Nagoya official" is the city's, as `EmployerNames`
    /// reads it ("a Borealis spokesman" is a firm's).
    static func isACompany(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>, place: Bool = false) -> Bool {
        guard i + 1 < sentence.upperBound else { return false }
        if EmployerNames.isEmployer(words, at: i, in: sentence), !place || words[i].gazetteer & EmployerNames.places == 0 { return true }
        let next = words[i + 1].word
        if place ? endsInALegalForm(words, at: i, in: sentence) : NameLinker.legalForms.contains(next) || next == ceo { return true }
        if companyNouns.contains(next) {
            if place, !isAPlacesCompanyNoun(words, at: i) { return false }
            return !isTheVerbShares(words, at: i + 1, in: sentence)
        }
        if next == possessive {
            return i + 2 < sentence.upperBound && OrganisationContexts.companyOnlyParts.contains(words[i + 2].word)
        }
        guard next == comma, i + 2 < sentence.upperBound, articles.contains(words[i + 2].word) else { return false }
        return ((i + 3)..<min(sentence.upperBound, i + 6)).contains { isAKindHead(words, at: $0, in: sentence) }
    }

    /// Whether the word at `j` is "shares" said of what someone gives or posts: before an
    /// article or a possessive ("Musk shares a video", "Smith shares his view"), where a
    /// company's shares are followed by a verb or a sign ("Odin shares rose", "Adsteam shares ,"),
    /// or by a time ("Odin shares this year rose", "VW shares this year" in Reuters reut2-005,
    /// "Odin shares a year ago": `times` after an article or "this", "these").
    @inline(__always) static func isTheVerbShares(_ words: UnsafeBufferPointer<WordAttributes>, at j: Int, in sentence: Range<Int>) -> Bool {
        guard words[j].word == shares, j + 1 < sentence.upperBound, sharedThings.contains(words[j + 1].word) else { return false }
        return j + 2 >= sentence.upperBound || !determiners.contains(words[j + 1].word) || !times.contains(words[j + 2].word)
    }
    private static let shares = NameHeads.hashes("shares").first!
    /// The words that begin what is shared after the verb "shares".
    static let sharedThings = NameHeads.hashes("a an the his her their its this these my our your")
    /// The words of `sharedThings` that may begin a time after a company's shares ("this year").
    static let determiners = NameHeads.hashes("a an the this these")
    /// The times a company's shares are said of ("shares this year", "shares a week ago").
    static let times = NameHeads.hashes("year years week weeks month months quarter morning afternoon session day days")

    /// Whether the word at `j` is a kind of company that ends its noun phrase: before the
    /// sentence's end, a sign or `phraseEnds` ("a private investment firm ,", "a subsidiary of"),
    /// not before "'s" or another noun ("the company 's chairman", "a bank analyst": a person).
    @inline(__always) static func isAKindHead(_ words: UnsafeBufferPointer<WordAttributes>, at j: Int, in sentence: Range<Int>) -> Bool {
        guard kinds.contains(words[j].word) else { return false }
        guard j + 1 < sentence.upperBound else { return true }
        let after = words[j + 1]
        return after.flags & WordAttributes.Flags.letter == 0 || phraseEnds.contains(after.word)
    }
}
