import GlossCore

/// "Treasury" as the finance ministry that acts is an organisation: "the Treasury would like",
/// "a Treasury spokesman said", "the Treasury's account", "The Treasury secretary who". The
/// tagger leaves it untagged where no verb follows at once, and reads "the U.S. Treasury" as
/// one place's name (the gazetteer lists "U.S."): over Reuters-21578's reut2-000…012 (base
/// 4a2f616) 112 title-case "Treasury" stood untagged before a sign or a lower-case word that
/// names no debt, and "U.S. Treasury" or "U.K. Treasury" was one name 22 times. The news proxies' labellers wrote the
/// ministry an organisation and a country before it a place of its own ("the [U.K.] [Treasury]",
/// docs/entities-news.md); a title before a person's name stays outside it ("Treasury
/// Secretary James Baker"), and the debt it sells is no name ("Treasury bills", "U.S. Treasury
/// securities").
///
/// - "Treasury" in title case in running text, untagged, or the last word of a name of two that
///   begins with a country's short form (`CountryPrefixedBodies.prefixes`: "U.S.", "U.K.",
///   "US", "UK");
/// - the word after it has no capital ("Treasury Department" and "Treasury Secretary" are the
///   tagger's or a title's), is no digit or hyphenated piece ("the Treasury 13-1/2 pct stock",
///   "Treasury-bond"), no word for the debt it sells or its market (`instruments`: "bills",
///   "bonds", "securities", "yields", "market", "issues", "trading", "repurchase" …), no "and"
///   or "or" before another issuer's debt ("U.S. Treasury and agency securities"), and no
///   "secretary" before a capitalised word ("U.S. Treasury secretary James Baker": a title);
/// - nor a lower-case word that modifies a debt word right after it ("the Treasury wholesale
///   index"): a word that is no verb of a subject's (`CompanySubjects.verbs`, an auxiliary of
///   `actingWords`: "the Treasury will issue bonds", "the Treasury said sales") and does not end
///   in "-ed" ("the Treasury issued notes");
/// - the word before it is an article, a place's name or no capitalised word ("the Sydney
///   Treasury would" is left), and neither it nor the country before it follows "of" or "in"
///   with no article ("purchases of U.S. Treasury and agency paper", "investing in Treasury":
///   the debt; "the head of the Treasury" acts; "Secretary of Treasury" after a capitalised
///   word is left to the title);
/// - "Treasury" becomes an organisation's name of its own (with `EntityTagger.confidenceOfARule`
///   where it was untagged) and the country before it a place. Before an instrument, a country
///   read as one name with it ("US Treasury market") keeps its place and the word goes untagged.
///
/// "Treasury" is found with the other rule words (`RuleWords.stateWord`), so the rule reads only
/// the tokens `RuleWords.find` found. Run after `DocumentConsistency`: its repeats would find
/// the document's other "Treasury" again, a title's ("Treasury Secretary James Baker") too.
///
/// - Cost: O(f) in the rule words found, a hash comparison each; at a "Treasury", a few loads
///   and a set lookup; nothing allocated.
enum TreasuryNames {
    static let treasury = NameHeads.hashes("treasury").first!
    static let secretary = NameHeads.hashes("secretary").first!

    /// The lower-case words after "Treasury" that make it the debt it sells or its market.
    static let instruments = NameHeads.hashes(
        """
        bill bills bond bonds note notes security securities paper papers issue issues yield yields rate rates
        market markets stock stocks tap deposit deposits future futures debt auction auctions certificate
        certificates obligation obligations refunding refundings price prices index loan loans tender tenders
        coupon coupons curve curves strip strips issuance supply supplies holdings holder holders balances sale sales
        trading repurchase repurchases repo repos
        """)

    /// The lower-case words after "Treasury" that begin what it does, not a debt's modifier.
    static let actingWords = NameHeads.hashes(
        "will would can could may might shall should must is was has had have does did do also to and or")
    /// The prepositions before "Treasury" without an article that make it the debt held.
    static let holdings = NameHeads.hashes("of in")
    static let or = NameHeads.hashes("or").first!
    /// The `suffix2` of a past tense ("issued").
    static let pastEnding = WordAttributes(Array("ed".utf8), count: 2).suffix2

    /// Applies the rule to the "Treasury" tokens among `found` (`RuleWords.find`'s, over `words`).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        let treasury = Self.treasury
        for word in found where word.bits & RuleWords.stateWord != 0 && words[word.token].word == treasury {
            let (i, sentence) = (word.token, word.sentence)
            guard words[i].isTitleCaseInText else { continue }
            // The tagger's reading: untagged, or the second word of a country's name with it.
            let prefixed =
                i > sentence.lowerBound && tags[i].isInside && tags[i - 1].type != nil && !tags[i - 1].isInside
                && CountryPrefixedBodies.prefixes.contains(words[i - 1].word)
                && (i + 1 == sentence.upperBound || !tags[i + 1].isInside)
            guard tags[i] == .outside || prefixed else { continue }
            // The word before the name: before the country, whether read with it or apart.
            let before =
                prefixed || i > sentence.lowerBound && CountryPrefixedBodies.prefixes.contains(words[i - 1].word) ? i - 2 : i - 1
            let acts = actsAt(words, i, in: sentence) && !isHeld(words, before, in: sentence)
            if prefixed {
                tags[i - 1] = .begin(.location)
                tags[i] = acts ? .begin(.organization) : .outside
            } else if acts,
                i == sentence.lowerBound || !words[i - 1].hasCapital || NameHeads.isArticle(words[i - 1])
                    || tags[i - 1].type == .location
            {
                tags[i] = .begin(.organization)
                confidence[i] = EntityTagger.confidenceOfARule
            }
        }
    }

    /// Whether the "Treasury" at `i` is the ministry by the word after it: none, a sign, or a
    /// lower-case word that names no debt and begins no title before a name.
    static func actsAt(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, in sentence: Range<Int>) -> Bool {
        guard i + 1 < sentence.upperBound else { return true }
        let next = words[i + 1]
        guard !next.hasCapital, next.flags & (WordAttributes.Flags.digit | WordAttributes.Flags.hyphen) == 0,
            !instruments.contains(next.word)
        else { return false }
        guard i + 2 < sentence.upperBound else { return true }
        let after = words[i + 2]
        if next.word == secretary { return !after.hasCapital }
        // Another issuer's debt joined to it: "U.S. Treasury and agency securities".
        if next.word == NameHeads.and || next.word == or, i + 3 < sentence.upperBound, !after.hasCapital,
            !words[i + 3].hasCapital, instruments.contains(words[i + 3].word)
        {
            return false
        }
        // A modifier of the debt word after it: "the Treasury wholesale index".
        let modifies =
            !after.hasCapital && instruments.contains(after.word) && next.flags & WordAttributes.Flags.letter != 0
            && next.word != PossessivePersons.possessive && next.suffix2 != pastEnding && !actingWords.contains(next.word)
            && !CompanySubjects.verbs.contains(next.word)
        return !modifies
    }

    /// Whether the word at `k` (before "Treasury" or its country) is "of" or "in" with no article
    /// before the name, after no capitalised word ("Secretary of Treasury"): the debt bought or held.
    static func isHeld(_ words: UnsafeBufferPointer<WordAttributes>, _ k: Int, in sentence: Range<Int>) -> Bool {
        guard k >= sentence.lowerBound, holdings.contains(words[k].word) else { return false }
        return k == sentence.lowerBound || !words[k - 1].hasCapital
    }
}
