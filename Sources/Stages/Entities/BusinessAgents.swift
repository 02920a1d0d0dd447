import GlossCore

/// A one-word name after "by" and a noun of a company's dealings is a company's: "a bid by
/// [Hechinger]", "growth by Dellmere slowed", "the takeover by Quorvik". The tagger reads a
/// one-word name it has not seen by its shape, often as a person's ("Hechinger") or a place's;
/// the noun before "by" is said of what companies do.
///
/// - the word before "by" is one of `nouns` ("acquisition", "bid", "offer", "purchase",
///   "takeover", "growth" …), "by" in lower case;
/// - the name is one word in title case in running text, typed a person's or a place's, and
///   no capitalised word follows it;
/// - not a listed given name, place, country, state or continent ("a bid by Texas", "an offer
///   by Maria"), nor a word news uses as a person's name (`NewsPersons.words`: "a bid by
///   Putin"), nor a word of a longer person's name in the document ("Carl Icahn … a bid by
///   Icahn" stays a person).
///
/// EWT holds no such phrase; the proxies type a company after these nouns an organisation.
///
/// Called from `OrganisationContexts`' walk at each one-word person's or place's name; no pass
/// of its own.
///
/// - Cost: two hash comparisons at each one-word person's or place's name, a set lookup where
///   "by" comes before it, and the document's persons' inner words read once (the caller's
///   `surnames`) where the rest holds.
enum BusinessAgents {
    /// The nouns of a company's dealings that "by" and the company follow.
    static let nouns = NameHeads.hashes(
        "acquisition acquisitions takeover takeovers bid bids offer offers purchase purchases buyout investment investments growth expansion")
    private static let by = NameHeads.hashes("by").first!
    private static let notCompanies = Gazetteer.givenName | Gazetteer.place

    /// Whether the one-word name over `name` (a person's or a place's) in `sentence` is a
    /// company's by the noun and "by" before it; `surnames` holds the words inside the
    /// document's persons' names (built on first use, as `OrganisationContexts.isASurname`
    /// builds it).
    static func isACompany(
        _ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        surnames: inout Set<UInt64>?
    ) -> Bool {
        let i = name.lowerBound
        guard name.count == 1, i - 2 >= sentence.lowerBound, words[i - 1].word == by, !words[i - 1].hasCapital,
            nouns.contains(words[i - 2].word), !words[i - 2].hasCapital
        else { return false }
        let word = words[i]
        guard word.isTitleCaseInText, word.gazetteer & notCompanies == 0, !NewsPersons.words.contains(word.word),
            i + 1 == sentence.upperBound || !words[i + 1].hasCapital
        else { return false }
        if surnames == nil {
            surnames = Set(words.indices.lazy.filter { tags[$0] == .inside(.person) }.map { words[$0].word })
        }
        return !surnames!.contains(word.word)
    }
}
