import GlossCore

/// A firm named after its partners with a comma between the first two and a legal form at the
/// end, "Goldman, Sachs and Co", "Kidder, Peabody and Co Inc", "Prescott, Ball and Turben Inc":
/// one organisation's name over all its words. The tagger reads the comma as the end of a name
/// and cuts it into two or three ("[Goldman] , [Sachs] and [Co]", the second partner often a
/// place: "[Roebuck]"); over Reuters-21578 and the RSS snapshots, 170 such names of 35 firms
/// ("Goldman, Sachs and Co" 72, "Kidder, Peabody and Co" 43, "Sears, Roebuck and Co" 18, "Bear,
/// Stearns and Co" 15) and none was found whole.
///
/// - **the end**: a legal form that joins a name (`RuleWords.legalForm`: "Co", "Co.", "Inc",
///   "Corp"…) after "and" or "&", or after "and"/"&" and one more partner's word in title case
///   ("Ball and Turben Inc") or with a lower-case particle joined to it ("Grossman and deRose
///   Inc", `isAPrefixedName`); any further legal forms join it ("and Co Inc");
/// - **the partners**: before the "and", a word in title case in running text, a comma, and
///   one more; neither a legal form ("Salomon Inc, Jefferies and Co" is two firms, the second
///   cut at its comma); the word before the first has no capital (a sentence's start, a comma,
///   a bracket or a word in lower case: "said Goldman, …"), so a list of longer names is not
///   read as one ("First Boston, Morgan Stanley and Co" stays; so does "Smith Barney, Harris
///   Upham and Co", a firm of two-word partners that such a list cannot be told from);
/// - **not two people in the news** (`PartnerFirms.arePeopleInTheNews`): "Trump, Vance and
///   Co" is a writer's "and company", no firm;
/// - **the two partners before "and" may be people's names** (`isAPartnersName`): no country
///   or nationality, and a listed surname or else no listed organisation and no word usually in
///   lower case: "Time, Gulf and Western Inc", "Texaco, Chevron and Exxon Corp", "Britain,
///   France and Italy Inc" are lists. (A list of unlisted companies' names, "Amoco, Mobil and
///   Exxon Corp", or of cities, "Boston, Chicago and Denver Inc", is still read as one firm:
///   nothing in the words tells it from "Ladenburg, Thalmann and Co".)
/// - the whole becomes one organisation, whatever the tagger read inside it.
///
/// EWT and the proxies agree: a firm's name is one organisation, its punctuation and "and"
/// inside it ("Cullen and Dykman"; proxy11's labeller wrote "Sears , Roebuck and Co" whole).
///
/// Called once per document after `DefiniteShortForms`, before the document's vote
/// (`DocumentConsistency`).
///
/// - Cost: a bit test per word `RuleWords.find` found; at a legal form after "and", a few
///   comparisons of the words before it; nothing allocated.
enum CommaPartnerFirms {
    private static let comma = NameHeads.hashes(",").first!

    /// Re-types the partners' firms ending at the legal forms among `found` (`RuleWords.find`).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        RuleWords.retypeFirms(atLegalForms: found, tags: tags, confidence: confidence) { firm(endingAt: $0.token, words, in: $0.sentence) }
    }

    /// The partners' firm whose legal form is at `legal` in `sentence`, through the legal forms
    /// after it; nil when the words before it are no such firm's.
    static func firm(endingAt legal: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>) -> Range<Int>? {
        guard !words[legal].inHeadline else { return nil }
        var and = legal - 1
        // "Ball and Turben Inc", "Grossman and deRose Inc": one more partner before the legal form.
        if and > sentence.lowerBound, !NameHeads.isAnd(words[and]), isAPartner(words[and]) || isAPrefixedName(words[and]) { and -= 1 }
        guard and > sentence.lowerBound, NameHeads.isAnd(words[and]) else { return nil }
        // "Goldman , Sachs and": a partner's word, a comma and another; the word before the
        // first no word with a capital (a longer name's end, a list's: "First Boston, Morgan
        // Stanley and Co" stays).
        let second = and - 1
        let first = second - 2
        guard first >= sentence.lowerBound, isAPartnersName(words[second]), words[second - 1].word == comma, isAPartnersName(words[first]),
            first == sentence.lowerBound || !words[first - 1].hasCapital,
            !PartnerFirms.arePeopleInTheNews(words[first].word, words[second].word)
        else { return nil }
        return first..<NameHeads.endOfLegalForms(from: legal + 1, words, in: sentence)
    }

    /// A word in title case in running text that is no legal form.
    @inline(__always)
    static func isAPartner(_ word: WordAttributes) -> Bool {
        word.isTitleCaseInText && !NameHeads.joiningLegalForms.contains(word.word)
    }

    /// A surname written with a lower-case particle joined to it ("deRose", "vanDyke", "duPont"):
    /// a word with a capital inside but not first, in running text.
    @inline(__always)
    static func isAPrefixedName(_ word: WordAttributes) -> Bool {
        word.isCapitalisedWord && word.flags & WordAttributes.Flags.initialCapital == 0 && !word.inHeadline
    }

    /// A partner before the comma or the "and": no listed country, state, continent or
    /// nationality (`PartnerFirms.isAPartner`: "Britain", "France"), and, unless a listed
    /// surname ("Goldman", "Bear", "Read"), neither a listed organisation ("Chevron") nor a word
    /// usually written in lower case ("Time"). An unlisted name ("Ladenburg", "Thalmann") is
    /// one.
    @inline(__always)
    static func isAPartnersName(_ word: WordAttributes) -> Bool {
        isAPartner(word) && PartnerFirms.isAPartner(word)
            && (word.gazetteer & Gazetteer.surname != 0
                || (word.gazetteer & Gazetteer.organization == 0 && !HeadlineCasing.usuallyLower(word)))
    }
}
