import GlossCore

/// Re-types as an organisation a one-word name the tagger read as a place when its document
/// uses the word as a company's and never as a place's: "Borealis said" … "Borealis shares
/// rose"; "Tipperary" … "<Tipperary Corp>" (read as a place, legal form and all).
///
/// The document's evidence is `CompanyEvidence`'s for one-word persons, narrowed for places,
/// whose words begin companies' names far more often than surnames do ("First Boston Corp",
/// "IBM Canada Ltd", "the London Stock Exchange", "Tokyo shares closed"): a cue counts only
/// where the word begins its name (no capitalised word, "of", "and" or "&" just before it,
/// and not in a headline); a legal form counts only where it ends the name ("Midland Co
/// said", not "the Paris Group of Six"); a company's noun ("Borealis shares") only for a
/// word in no list and a stock's shares or holders in lower case; "'s" and a part only a company has, an apposition naming a
/// kind of company ("Hospal, a subsidiary of") as for persons; a staff noun's employer ("a
/// Borealis spokesman") only for a word no list gives as a place ("an Ohio dealer", "Detroit
/// analyst Ann Lee" are the place's). A place's cue anywhere in the document keeps every mention a
/// place: a preposition of place before the word ("in Midland", "near Tipperary"; not before
/// "'s": "a rise in Midland's profit"), a comma and a listed state or country after it
/// ("Midland, Texas"), or a listed place and a comma before it ("Milan, Ohio"). Countries and continents are never re-typed ("Canada Ltd" ends the
/// name of "IBM Canada Ltd"). The document's other mentions follow in `DocumentConsistency`'s
/// vote, and `NameLinker` links them.
///
/// - Cost: the company's cues are read at the places the tagger found, in `CompanyEvidence`'s
///   pass for persons (a tag comparison per token, a few flag tests and hash comparisons per
///   place); only in a document where one is found (a few in a hundred Reuters stories), a
///   pass over its capitalised tokens for the places' cues and one to re-type.
extension CompanyEvidence {
    /// Whether the place that begins at `i` may be a company's name: one word in title case,
    /// or one word and the legal forms the tagger read into the place ("Tipperary Corp"), of
    /// letters, not a listed country or continent.
    static func isAPlaceCandidate(
        _ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        let w = words[i]
        guard w.flags & WordAttributes.Flags.initialCapital != 0, w.flags & WordAttributes.Flags.allCapitals == 0,
            w.flags & WordAttributes.Flags.letter != 0, w.gazetteer & (Gazetteer.country | Gazetteer.continent) == 0
        else { return false }
        return legalFormsEnd(words, after: i, in: sentence, tags: tags) != nil
    }

    /// Where the place that begins at `i` ends when it is one word alone or with legal forms
    /// only ("Tipperary", "Tipperary Corp"), or nil when a longer place begins with the word
    /// ("Midland Park").
    static func legalFormsEnd(
        _ words: UnsafeBufferPointer<WordAttributes>, after i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Int? {
        var end = i + 1
        while end < sentence.upperBound, tags[end] == .inside(.location) {
            guard placeLegalForms.contains(words[end].word) else { return nil }
            end += 1
        }
        return end
    }

    /// The legal forms that end a company's name after a word read as a place: `NameHeads.legalForms`
    /// and "Co" (not "Group" or "Holdings": "the Paris Group of Six").
    static let placeLegalForms = WordHashSet(NameHeads.legalForms.words + NameHeads.hashes("co co. cos").words)

    /// Whether the word at `i` is followed by a legal form that ends its name: the form is
    /// capitalised ("a Colorado corporation", "an Israel-based company" are no names) and the
    /// word after it is not capitalised and is not "of" ("Midland Co said", "<Tipperary
    /// Corp>"). "CO" in capitals is Colorado's code ("Denver CO") and not a form here.
    static func endsInALegalForm(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>) -> Bool {
        let form = words[i + 1]
        guard form.hasCapital, placeLegalForms.contains(form.word),
            !(form.flags & WordAttributes.Flags.allCapitals != 0 && NameHeads.codeLike.contains(form.word))
        else { return false }
        guard i + 2 < sentence.upperBound else { return true }
        return !words[i + 2].hasCapital && words[i + 2].word != of
    }

    /// Whether the company's noun after the place's word at `i` makes it a company's: the word
    /// is in no list (not a listed place: "Tokyo shares closed", nor the first word of a
    /// listed organisation: "the London Stock Exchange"), and the noun, in lower case, is a
    /// stock's holders or shares (`placesCompanyNouns`: "Borealis shares rose", not "London
    /// stock exchange", "Colorado stores").
    static func isAPlacesCompanyNoun(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int) -> Bool {
        words[i].gazetteer == 0 && !words[i + 1].hasCapital && placesCompanyNouns.contains(words[i + 1].word)
    }
    /// The nouns after a place's word that make it a company's (`isAPlacesCompanyNoun`).
    static let placesCompanyNouns = NameHeads.hashes("shares shareholders stockholders")

    /// Whether the word at `i` begins its name outside a headline: no capitalised word, "of",
    /// "and" or "&" just before it.
    @inline(__always) static func beginsItsName(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>) -> Bool {
        guard !words[i].inHeadline else { return false }
        guard i > sentence.lowerBound else { return true }
        let previous = words[i - 1]
        return !previous.hasCapital && !joiners.contains(previous.word)
    }
    private static let joiners = NameHeads.hashes("of and &")
    private static let of = NameHeads.hashes("of").first!

    /// Whether the word at `i` is said of a place: after a preposition of place and not before
    /// "'s" ("in Midland", not "a rise in Midland's profit"), before a comma and a listed
    /// state or country ("Midland, Texas"), or after a listed place and a comma ("Milan,
    /// Ohio, the venture company": the state of "City, State", which an apposition follows).
    static func isAPlace(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>) -> Bool {
        let next = i + 1 < sentence.upperBound ? words[i + 1].word : 0
        if i > sentence.lowerBound, placePrepositions.contains(words[i - 1].word), next != possessiveWord { return true }
        if i >= sentence.lowerBound + 2, words[i - 1].word == commaWord, words[i - 2].hasCapital,
            words[i - 2].gazetteer & Gazetteer.place != 0
        {
            return true
        }
        return next == commaWord && i + 2 < sentence.upperBound
            && words[i + 2].gazetteer & (Gazetteer.state | Gazetteer.country) != 0 && words[i + 2].hasCapital
    }
    /// The prepositions that put a place after them.
    static let placePrepositions = NameHeads.hashes("in at near from outside across throughout around into")
    private static let possessiveWord = NameHeads.hashes("'s").first!
    private static let commaWord = NameHeads.hashes(",").first!

    /// Whether the place the tagger found at `i` may be a company's name (`isAPlaceCandidate`)
    /// and is written as one here: it begins its name (`beginsItsName`), is no listed
    /// organisation's first word, and the words after it are a company's
    /// (`isACompany(_:at:in:place:)`).
    @inline(__always) static func isACompanysPlace(
        _ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        words[i].gazetteer & (Gazetteer.organization | Gazetteer.company) == 0 && beginsItsName(words, at: i, in: sentence)
            && isAPlaceCandidate(words, at: i, in: sentence, tags: tags) && isACompany(words, at: i, in: sentence, place: true)
    }

    /// Re-types, in `tags`, each place that begins with one of `places` (words a mention
    /// called a company's: `isACompanysPlace`) when no mention of the word is said of a place.
    static func retypePlaces(
        _ places: [UInt64], _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        var place: UInt64 = 0
        for sentence in sentences {
            for i in sentence where views[i].hasCapital {
                guard let k = places.firstIndex(of: views[i].word) else { continue }
                if isAPlace(words, at: i, in: sentence) { place |= 1 << UInt64(k) }
            }
        }
        let retyped = ~place & (1 << UInt64(places.count) &- 1)
        guard retyped != 0 else { return }
        for sentence in sentences {
            for i in sentence where tags[i] == .begin(.location) {
                guard let k = places.firstIndex(of: words[i].word), retyped >> UInt64(k) & 1 != 0,
                    let end = legalFormsEnd(words, after: i, in: sentence, tags: tags)
                else { continue }
                NameHeads.retype(i..<end, as: .organization, capped: true, tags: tags, confidence: confidence)
            }
        }
    }
}
