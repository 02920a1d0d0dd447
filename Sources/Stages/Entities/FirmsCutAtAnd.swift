import GlossCore

/// A company's name with "and" between its trades, "Upland Minerals and Chemicals Corp", "Great
/// Western Management and Investment Inc", "Hartford Steam Boiler Inspection and Insurance Co",
/// or between its founder's name and its legal form, "S.G. Warburg and Co Ltd", "J.P. Morgan and
/// Co Inc": one organisation's name over all its words. The tagger cuts it at the "and" and
/// reads the words after it as a company of their own ("[Chemicals Corp]", "[Co Ltd]") and the
/// words before as a place or a person ("[Upland Minerals]", "[J.P. Morgan]").
///
/// - **the end**: a legal form that joins a name (`RuleWords.legalForm`: "Co", "Corp", "Inc"…)
///   in running text, and any legal forms after it ("Co Ltd");
/// - **after the "and"**: one to three words in title case that a corpus usually writes in
///   lower case ("Chemicals", "Investment", "Technology Development"), which name no company by
///   themselves, or none: the legal form straight after "and" ("and Co Inc");
/// - **before the "and"**: a run of words with a capital (no comma, no legal form, at most
///   `longestRun`) whose last word is, where trades follow the "and", a trade too — a word in
///   title case usually written in lower case ("Minerals", "Management"; not "Exxon": "Amoco and
///   Exxon Corp" are two companies) — and, where the legal form follows "and", a partner's word
///   in title case that is no listed place unless a listed surname too ("Warburg"; not "Texas
///   and Co") and, alone, no word
///   news writes as a person's name ("Putin and Co": a writer's "and company");
/// - the whole becomes one organisation, whatever the tagger read inside it.
///
/// Over Reuters-21578 and the RSS snapshots the tagger cut about 30 such names at their "and".
/// EWT and the proxies write a firm's name whole, "and" and all ("Cullen and Dykman";
/// proxy12's labeller wrote "Upland Minerals and Chemicals Corp" as one).
///
/// Called once per document after `CommaPartnerFirms`, before the document's vote
/// (`DocumentConsistency`).
///
/// - Cost: a bit test per word `RuleWords.find` found; at a legal form, a few comparisons of
///   the words before it (at most `longestRun` + 4); nothing allocated.
enum FirmsCutAtAnd {
    /// The most words with a capital read before the "and".
    static let longestRun = 6

    /// Re-types the firms cut at "and" that end at the legal forms among `found` (`RuleWords.find`).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        RuleWords.retypeFirms(atLegalForms: found, tags: tags, confidence: confidence) {
            firm(endingAt: $0.token, words, in: $0.sentence, tags: tags)
        }
    }

    /// The firm whose first legal form is at `legal` in `sentence`, through the legal forms after
    /// it; nil when the words before it are no firm's name cut at "and", or when `tags` (the
    /// tagger's and the rules' so far) put it inside a longer name.
    static func firm(
        endingAt legal: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, tags: UnsafePointer<EntityTag>
    ) -> Range<Int>? {
        let form = words[legal]
        guard form.hasCapital, !form.inHeadline, legal - 2 > sentence.lowerBound else { return nil }
        // The trades after the "and" ("Chemicals", "Technology Development"), if any.
        var and = legal - 1
        while and > sentence.lowerBound, legal - and <= 3, isATrade(words[and]) { and -= 1 }
        let trades = legal - 1 - and
        guard and > sentence.lowerBound, NameHeads.isAnd(words[and]), !words[and].hasCapital
        else { return nil }
        let last = and - 1
        let partner = words[last]
        if trades > 0 {
            guard isATrade(partner) else { return nil }
        } else {
            guard partner.hasCapital, !NameHeads.joiningLegalForms.contains(partner.word),
                partner.gazetteer & Gazetteer.place == 0 || partner.gazetteer & Gazetteer.surname != 0
            else { return nil }
        }
        // The run of words with a capital before the "and", back to a word without one, a comma,
        // another firm's legal form or another name the tagger found ("[Maine-based] [G.H. Bass]").
        var first = last
        while first > sentence.lowerBound, last - first + 1 < longestRun {
            let before = words[first - 1]
            guard before.hasCapital, !before.inHeadline, !NameHeads.joiningLegalForms.contains(before.word),
                tags[first].isInside || tags[first] == .outside || tags[first - 1] == .outside
            else { break }
            first -= 1
        }
        // A sentence's capitalised article is no name's ("The Federal Savings and Loan Insurance Corp").
        while first < last, NameHeads.isArticle(words[first]) { first += 1 }
        // Not inside a longer name ("Goldman, Sachs and Co", "Bank of America NT and SA"), nor
        // where one goes on after the legal forms ("Simmons and Co International").
        let end = NameHeads.endOfLegalForms(from: legal + 1, words, in: sentence)
        guard !tags[first].isInside, end == sentence.upperBound || !tags[end].isInside,
            trades > 0 || first < last || !NewsPersons.words.contains(partner.word)
        else { return nil }
        return first..<end
    }

    /// A word in title case in running text that a corpus usually writes in lower case and that
    /// is no legal form: a company's trade in its name ("Minerals", "Investment").
    @inline(__always)
    static func isATrade(_ word: WordAttributes) -> Bool {
        word.isTitleCaseInText && HeadlineCasing.usuallyLower(word) && !NameHeads.joiningLegalForms.contains(word.word)
    }
}

extension RuleWords {
    /// Re-types as one organisation each firm's name that `firm` finds ending at a legal form
    /// among `found` (`find`'s words), in text order; a legal form inside a name already
    /// re-typed is passed over. `CommaPartnerFirms` and `FirmsCutAtAnd` read their firms so.
    ///
    /// - Cost: a bit test per word found, and `firm` at each legal form.
    @inline(__always)
    static func retypeFirms(
        atLegalForms found: [Found], tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>,
        _ firm: (Found) -> Range<Int>?
    ) {
        var done = 0
        for word in found where word.bits & legalForm != 0 && word.token >= done {
            guard let name = firm(word) else { continue }
            NameHeads.retype(name, as: .organization, capped: true, tags: tags, confidence: confidence)
            done = name.upperBound
        }
    }
}
