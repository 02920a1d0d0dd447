import GlossCore
import GlossText

/// Re-types as an organisation a name that news writes as the employer of a spokesman, an
/// analyst or an official: the name between "a" (or "an") and a staff noun ("a Smith Barney
/// analyst", "an Alcan spokesman", "a Pertamina official", "a PaineWebber analyst"), and a
/// person's name right before "analyst" or "economist" ("said Dean Witter analyst Karen
/// Gibbs"). A person's surname sits there mostly as a politician's ("a Reagan official", "a
/// Trump spokesman": spokesmen and officials are a politician's staff too, not only "aides"
/// and "advisers", which the rule does not read), so a surname news uses for a person stays.
///
/// On the tagger's output over ../shared/corpora (distinct texts), the names between "a" and
/// one of `staff` were organisations 615 times, persons 24 (23 companies: "Rabobank",
/// "Alcan", "Carling", "Hughes" of Hughes Tool; "a Wright aide", the one person, has a noun
/// the rule leaves out), places 26 (listed places 19: "a Houston lawyer", "a U.S. official",
/// "a Milan banker"; the rest companies and agencies: "Pertamina", "Turner Broadcasting",
/// "White House") and untagged 56 ("a PaineWebber analyst", "a NYMEX spokeswoman", "a Far
/// East Bank spokesman"; and nationalities or adjectives: "a Soviet economist", "a Western
/// banker", "a Presidential spokesman"). A person's name right before "analyst" or
/// "economist" was a broker in every use read ("Merrill Lynch", "Dean Witter", "Oppenheimer").
///
/// - after "a"/"an", a name the tagger typed as a person, or as a place with no word the
///   gazetteer lists as a country, state, town or continent ("a Houston lawyer" stays), then a
///   lower-case staff noun: the name becomes an organisation; but a person's name of one word
///   that news uses as a surname (`NewsPersons.words`) stays a person: it is a politician's
///   staff ("a Reagan official", "a Trump spokesman");
/// - after "a"/"an", one to four untagged capitalised words in running text, none a listed
///   place or nationality, a day or a month, one word alone only in capitals or with a capital
///   inside ("a NYMEX spokeswoman", "a PaineWebber analyst"; not "a Soviet economist", "a
///   Western banker", "a Treasury official"), then a lower-case staff noun: they become an
///   organisation (confidence `EntityTagger.confidenceOfARule`);
/// - a person's name right before a lower-case "analyst(s)", "economist(s)" or
///   "strategist(s)" becomes an organisation (one listed surname alone stays, as above).
///
/// The same pass reads the names of stock indices (`IndexNames`) and of laws (`LawNames`),
/// after a name too.
///
/// Run after `NewsPersons` (which would read a listed surname back: "Smith", "Barney") and
/// before `DocumentConsistency`, whose vote decides a name that the rest of the document
/// reads as a person ("a Trump spokesman" beside "President Trump said").
///
/// - Cost: O(t) in tokens: a bit of a mask tested per token (`wordsMask`); the articles, the
///   tags and a set lookup only for a word that passes it; the name's words read only after an
///   article or a cue; nothing allocated.
enum EmployerNames {
    /// The staff a name between "a" and the noun employs ("a Rabobank spokesman").
    static let staff = NameHeads.hashes(
        """
        analyst analysts banker bankers dealer dealers director directors economist economists executive executives
        official officials officer spokesman spokesmen spokeswoman spokesperson strategist strategists trader traders
        """)

    /// The staff a person's name right before the noun employs with no article ("Merrill Lynch
    /// analyst Edmund Greenslet"): "spokesman" and "official" follow a politician's name too
    /// ("Chirac spokesman Denis Baudouin", "Reagan officials").
    static let analysts = NameHeads.hashes("analyst analysts economist economists strategist strategists")

    /// The words after a name that this pass reads: `analysts`, `IndexNames.cues` and
    /// `LawNames.cues`, one lookup for the common miss.
    static let afterNames = WordHashSet(analysts.words + IndexNames.cues.words + LawNames.cues.words)

    /// A bit per hash modulo 64 of the words this pass reads (`afterNames`, "a", "an"): a word
    /// whose bit is clear is none of them, which one AND tells (about one word in four passes).
    static let wordsMask = (afterNames.words + [a, an]).reduce(UInt64(0)) { $0 | 1 &<< ($1 & 63) }

    static let a = NameHeads.hashes("a").first!
    static let an = NameHeads.hashes("an").first!

    /// The gazetteer's categories a place's words must not have to be read as an employer, and
    /// an untagged word's: places and nationalities.
    static let places = Gazetteer.place
    static let notEmployers = places | Gazetteer.demonym

    /// The longest untagged run read as an employer.
    static let longestRun = 4

    /// Applies the rule to `words` (within each of `sentences`), rewriting `tags` and
    /// `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which the walk
    /// reads at each token.

    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        // The sets in locals: a static's accessor per token costs more than the test itself.
        let (a, an, staff, analysts, afterNames) = (Self.a, Self.an, Self.staff, Self.analysts, Self.afterNames)
        let mask = Self.wordsMask
        let (indexCues, lawCues) = (IndexNames.cues, LawNames.cues)
        guard words.baseAddress != nil else { return }
        for sentence in sentences where sentence.count >= 3 {
            // i stops before the sentence's last word: the noun or the cue comes after the name.
            var i = sentence.lowerBound
            let last = sentence.upperBound - 1
            while i < last {
                let word = views[i].word
                if mask & 1 &<< (word & 63) == 0 {
                    // Neither an article nor a cue: the common case, one AND.
                } else if word == a || word == an {
                    employer(after: i, words, sentence: sentence, staff: staff, tags: tags, confidence: confidence)
                } else if tags[i] == .outside, i > sentence.lowerBound, tags[i - 1] != .outside, afterNames.contains(word) {
                    // An untagged word after a name: an analyst's employer, an index or a law.
                    if analysts.contains(word) {
                        if !views[i].hasCapital, tags[i - 1].type == .person {
                            var start = i - 1
                            while start > sentence.lowerBound, tags[start].isInside { start -= 1 }
                            if !isListedPerson(start..<i, words, .person) { retype(start..<i, tags: tags) }
                        }
                    } else if indexCues.contains(word) {
                        IndexNames.retype(before: i, words, sentence: sentence, tags: tags)
                    } else if lawCues.contains(word) {
                        LawNames.retype(before: i, words, sentence: sentence, tags: tags)
                    }
                }
                i &+= 1
            }
        }
    }

    /// Reads the name after the article at `article` and the staff noun after it.
    @inline(never)
    static func employer(
        after article: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, staff: WordHashSet,
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        let start = article + 1
        let tag = tags[start]
        var end = start + 1
        if let type = tag.type {
            guard !tag.isInside, type == .person || type == .location else { return }
            while end < sentence.upperBound, tags[end].isInside { end += 1 }
            guard end < sentence.upperBound, isStaff(words[end], staff), !isListedPerson(start..<end, words, type) else { return }
            if type == .location, (start..<end).contains(where: { words[$0].gazetteer & places != 0 }) { return }
            retype(start..<end, tags: tags)
        } else {
            guard isEmployerWord(words[start]) else { return }
            while end < sentence.upperBound, end - start < longestRun, tags[end] == .outside, isEmployerWord(words[end]) { end += 1 }
            guard end < sentence.upperBound, tags[end] == .outside, isStaff(words[end], staff) else { return }
            // One word alone is a name only in capitals or with a capital inside ("NYMEX",
            // "PaineWebber"): in title case it is as often a nationality, an adjective or an
            // institution's common noun ("a Soviet economist", "a Western banker", "a Ministry
            // spokesman").
            if end - start == 1, words[start].flags & WordAttributes.Flags.allCapitals == 0, words[start].innerCapital == 0 { return }
            tags[start] = .begin(.organization)
            confidence[start] = EntityTagger.confidenceOfARule
            for k in (start + 1)..<end {
                tags[k] = .inside(.organization)
                confidence[k] = EntityTagger.confidenceOfARule
            }
        }
    }

    /// Whether person's name `name` is one word that news uses as a person's surname
    /// (`NewsPersons.words`): a politician's staff ("a Reagan official", "a Trump spokesman",
    /// "a Carney spokeswoman"), not a firm's; a firm's name of one listed word is rare beside
    /// a staff noun ("Smith Barney" has two).
    @inline(__always) static func isListedPerson(
        _ name: Range<Int>, _ words: UnsafeBufferPointer<WordAttributes>, _ type: EntityType
    ) -> Bool {
        type == .person && name.count == 1 && NewsPersons.words.contains(words[name.lowerBound].word)
    }

    /// Whether the one word at `i` of `sentence` is written as an employer's: between "a" or "an"
    /// and a staff noun ("an Alcan spokesman"), or before "analyst", "economist" or
    /// "strategist" and a capitalised word ("Oppenheimer analyst Ted Lyons"); not a surname news
    /// uses for a person ("a Reagan official"). `CompanyEvidence` counts it as a company's cue,
    /// so the document's other mentions of the word follow the employer's reading in
    /// `DocumentConsistency`'s vote unless one of them is a person's.
    static func isEmployer(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>) -> Bool {
        guard i + 1 < sentence.upperBound, !words[i + 1].hasCapital else { return false }
        let next = words[i + 1].word
        if i > sentence.lowerBound, words[i - 1].word == a || words[i - 1].word == an, staff.contains(next) {
            return !NewsPersons.words.contains(words[i].word)
        }
        guard i + 2 < sentence.upperBound, analysts.contains(next), words[i + 2].isCapitalisedWord else { return false }
        return !NewsPersons.words.contains(words[i].word)
    }

    /// Whether `w` is a staff noun as running text writes it: in lower case.
    @inline(__always) static func isStaff(_ w: WordAttributes, _ staff: WordHashSet) -> Bool {
        !w.hasCapital && staff.contains(w.word)
    }

    /// Whether untagged `w` may be a word of an employer's name: capitalised in running text
    /// (a headline's words say nothing), no listed place or nationality, no day or month.
    @inline(__always) static func isEmployerWord(_ w: WordAttributes) -> Bool {
        w.isCapitalisedWord && !w.inHeadline && w.gazetteer & notEmployers == 0 && !TitledPersons.dates.contains(w.word)
    }

    /// Re-types the name `name` as an organisation.
    @inline(__always) static func retype(_ name: Range<Int>, tags: UnsafeMutablePointer<EntityTag>) {
        tags[name.lowerBound] = .begin(.organization)
        for k in (name.lowerBound + 1)..<name.upperBound { tags[k] = .inside(.organization) }
    }
}
