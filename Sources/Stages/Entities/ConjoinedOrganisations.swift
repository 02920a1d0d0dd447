import GlossCore

/// Two corrections to an organisation's name the tagger found, read where `CoordinatedCompanies`
/// walks each one:
///
/// - **Two organisations joined by "and" read as one name are two**: "the [Bundesbank and Bank
///   of Japan] intervened" is "the [Bundesbank] and [Bank of Japan]", "the [Federal Reserve and
///   Bank of Canada]" two names, each typed as an organisation on its own. The tagger has seen
///   "and" inside names ("Securities and Exchange Commission", "Procter and Gamble") and runs
///   over two names of banks it reads as one. A name is split at a lower-case "and" when the
///   words on each side name an organisation by themselves (`standsAlone`): a listed
///   organisation ("Bundesbank", "Federal Reserve", "Bank of England"), an institution's head
///   before "of" ("Bank of Japan", "Ministry of Finance"), a name of two words or more that
///   ends in an organisation's head (`NameHeads.organization` and "Bank": "Finance Ministry",
///   "Dresdner Bank", "Chase Manhattan Corp") or a legal form ("Sears, Roebuck and Co and
///   Kellwood Co", "Texaco Inc and Pennzoil Co": 30 such pairs over Reuters-21578 were one name).
///   A firm named after its partners stays whole: the words before its "and" name no
///   organisation ("Standard and Poor's Corp", "Procter and Gamble Co", "Securities and
///   Exchange Commission", "American Telephone and Telegraph Co": "Telephone" ends companies'
///   names, not institutions'), nor does a legal form alone after it ("Merrill Lynch and Co",
///   "Smith Barney and Co Inc") or a legal form after a word usually in lower case ("First
///   Quorvik Bank and Trust Company").
/// - **A name the tagger ran on past a legal form with a full stop is two**: "rated by Standard
///   and Poor's Corp. Alex Brown and Sons Inc co-managed the deal" holds two sentences the
///   splitter kept as one (it reads "Corp." as an abbreviation inside a sentence, as it mostly
///   is), and the tagger one name over both. After "Corp.", "Inc.", "Ltd." or "Co.", title-case
///   words that end in a legal form begin an organisation's name, and two or three that begin
///   with a listed given name a person's (`typeAfterAStop`); "Nikko Securities Co.
///   International" and "Acme Co. Ltd" go on as one name.
/// - **A country's acronym typed as an organisation is a place**: "the [USSR] said" is the
///   country, as Universal NER types every country's name. The tagger reads a short name in
///   capitals as an organisation's acronym; the gazetteer lists it as a country ("USSR",
///   "USA", "UAE"). Only one word in capitals in running text, standing alone, that is
///   exactly one listed country's phrase and no listed organisation's changes (`isAListedCountry`:
///   "USA Rare Earth", "UN", a ticker's "<UK>" and a company's "Cyprus" stay). So is a region's
///   name (`RegionNames`: "the Midwest", "the Corn Belt").
///
/// - Cost: O(n) in the words of each organisation's name `CoordinatedCompanies` reads (a hash
///   comparison and a set lookup a word, a few gazetteer bits and set lookups where "and" or a
///   legal form with a full stop is found);
///   nothing allocated. No pass of its own.
enum ConjoinedOrganisations {
    /// The gazetteer's place categories; a one-word listed organisation that is also a place
    /// or a surname ("Jordan", "Standard") does not stand alone.
    private static let placeOrSurname = Gazetteer.country | Gazetteer.state | Gazetteer.city | Gazetteer.surname

    /// Corrects the organisation's name over `name` in `sentence`: a country's name becomes a
    /// place, two organisations joined by "and" become two names, and so do two names that a
    /// legal form with a full stop parts. Returns where the first name
    /// now ends (`name.upperBound` when nothing was split; the tags after it are the second
    /// name's, for the caller to read next).
    @inline(__always)
    static func correct(
        _ name: Range<Int>, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Int {
        if name.count >= 3 {
            for k in (name.lowerBound + 1)..<(name.upperBound - 1) {
                let word = words[k].word
                if word == NameHeads.and, !words[k].hasCapital {
                    let (left, right) = (name.lowerBound..<k, (k + 1)..<name.upperBound)
                    if standsAlone(words, left, before: true, in: sentence), standsAlone(words, right, before: false, in: sentence) {
                        tags[k] = .outside
                        tags[k + 1] = .begin(.organization)
                        return k
                    }
                } else if stoppedLegalForms.contains(word), let type = typeAfterAStop(words, (k + 1)..<name.upperBound) {
                    tags[k + 1] = .begin(type)
                    for j in (k + 2)..<name.upperBound { tags[j] = .inside(type) }
                    return k + 1
                }
            }
        }
        if isAListedCountry(words, name, in: sentence) || RegionNames.isARegion(words, name, in: sentence) {
            tags[name.lowerBound] = .begin(.location)
            for k in name.dropFirst() { tags[k] = .inside(.location) }
        }
        return name.upperBound
    }

    /// The legal forms written with a full stop, after which a sentence the splitter did not end
    /// may go on ("… by Quillet Corp. Dellmere and Sons Inc co-managed").
    static let stoppedLegalForms = NameHeads.hashes("corp. inc. ltd. co.")

    /// The type of the words over `rest`, after a legal form with a full stop inside an
    /// organisation's name, when they begin a name of their own: an organisation's that ends in
    /// a legal form ("Corp. Dellmere and Sons Inc"), a person's of two or three words that
    /// begins with a listed given name, the others no words a corpus usually writes in lower
    /// case ("Inc. Maria Kessel"; not "Corp. Montgomery Securities"); nil when they go on with
    /// the name ("Securities Co. International", "Co. Ltd", "Corp. of America") or hold a
    /// lower-case word other than "and" ("Inc. Allen Sinai of Shearson Lehman Brothers Inc").
    @inline(__always)
    static func typeAfterAStop(_ words: UnsafeBufferPointer<WordAttributes>, _ rest: Range<Int>) -> EntityType? {
        let first = words[rest.lowerBound]
        guard first.isTitleCaseInText, !NameLinker.legalForms.contains(first.word),
            rest.allSatisfy({ words[$0].hasCapital || words[$0].word == NameHeads.and })
        else { return nil }
        let last = words[rest.upperBound - 1]
        if rest.count >= 2, NameHeads.legalForms.contains(last.word) || NameLinker.legalForms.contains(last.word) {
            return .organization
        }
        if (2...3).contains(rest.count), first.gazetteer & Gazetteer.givenName != 0, first.gazetteer & Gazetteer.inside == 0,
            rest.dropFirst().allSatisfy({ words[$0].isTitleCaseInText && !HeadlineCasing.usuallyLower(words[$0]) })
        {
            return .person
        }
        return nil
    }

    /// Whether the words over `range` name an organisation by themselves: a listed
    /// organisation's phrase (one word only when no place or surname), a head before "of"
    /// ("Bank of Japan"), a name of two words or more ending in an organisation's head, "Bank" or
    /// a legal form ("Kellwood Co", "Dresdner Bank AG") whose first word is no legal form
    /// ("Finance Ministry", not "Co Inc"). Before the "and", and
    /// where a legal form ends it, that name begins with a word a corpus writes capitalised
    /// ("Securities and Exchange Commission", "Quorvik Bank and Trust Company" are one name).
    @inline(__always)
    static func standsAlone(
        _ words: UnsafeBufferPointer<WordAttributes>, _ range: Range<Int>, before: Bool, in sentence: Range<Int>
    ) -> Bool {
        let first = words[range.lowerBound]
        guard first.isTitleCaseInText || first.flags & WordAttributes.Flags.allCapitals != 0 else { return false }
        if isAListedPhrase(words, range, category: Gazetteer.organization, in: sentence) {
            return range.count >= 2 || first.gazetteer & placeOrSurname == 0
        }
        if range.count >= 3, words[range.lowerBound + 1].word == NameHeads.of, NameHeads.beginsBeforeOf.contains(first.word) {
            return true
        }
        let last = words[range.upperBound - 1]
        // "Co" ends a firm's name as "Corp" does ("Sears, Roebuck and Co and Kellwood Co").
        let legal = NameHeads.joiningLegalForms.contains(last.word)
        if range.count >= 2, last.isTitleCaseInText, legal || NameHeads.organization.contains(last.word) || last.word == NameHeads.bank,
            !NameLinker.legalForms.contains(first.word), !(before || legal) || !HeadlineCasing.usuallyLower(first)
        {
            return true
        }
        return false
    }

    /// Whether the words over `range` are exactly one phrase the gazetteer lists with
    /// `category`: its first word begins the listed phrase, the rest are inside it, and the
    /// word after `range` is not.
    @inline(__always)
    static func isAListedPhrase(
        _ words: UnsafeBufferPointer<WordAttributes>, _ range: Range<Int>, category: UInt16, in sentence: Range<Int>
    ) -> Bool {
        let categories = words[range.lowerBound].gazetteer
        guard categories & category != 0, categories & Gazetteer.inside == 0 else { return false }
        for k in range.dropFirst() where words[k].gazetteer & Gazetteer.inside == 0 { return false }
        return range.upperBound == sentence.upperBound || words[range.upperBound].gazetteer & Gazetteer.inside == 0
    }

    /// Whether the name over `range` is one word in capitals outside a headline that is exactly
    /// a listed country's phrase and no listed organisation's ("USSR", "U.S.A."; not "UN"),
    /// standing alone: no capitalised word either side of it, an article before it aside, and
    /// no ticker's "<" before it. A country's name in title case that the tagger typed as an
    /// organisation is mostly a company's ("Cyprus" for Cyprus Minerals, "Shell [Canada]",
    /// "Selas Corp of [America]"), and so is one in a ticker ("Union Carbide Corp <UK>").
    @inline(__always)
    static func isAListedCountry(_ words: UnsafeBufferPointer<WordAttributes>, _ range: Range<Int>, in sentence: Range<Int>) -> Bool {
        let word = words[range.lowerBound]
        guard range.count == 1, word.flags & WordAttributes.Flags.allCapitals != 0, !word.inHeadline,
            word.gazetteer & Gazetteer.organization == 0, !NameHeads.followsACapitalisedWord(words, range.lowerBound, in: sentence),
            range.upperBound == sentence.upperBound || !words[range.upperBound].hasCapital,
            range.lowerBound == sentence.lowerBound || words[range.lowerBound - 1].word != tickerOpen
        else { return false }
        return isAListedPhrase(words, range, category: Gazetteer.country, in: sentence)
    }
    private static let tickerOpen = NameHeads.hashes("<").first!
}
