import GlossCore
import GlossText

/// Joins to an institution's name the field's words before an "and" where the tagger began the
/// name after it: "the [Securities] and [Exchange Commission]" is "the Securities and Exchange
/// Commission", "the Management and Coordination Agency", "the Economic and Social Council".
/// `NameHeads.joinTopicsAfterAnd` joins the words after an "and" to a name that holds "of"
/// ("the Department of Trade and Industry"); this is the other half, a name with no "of".
///
/// On the tagger's output over Reuters-21578 (distinct texts) "Securities and Exchange
/// Commission" was cut to "Exchange Commission" 410 times and one name 16 times; so were
/// "Management and Coordination Agency" (8) and "Economic and Social Council" (2).
///
/// - the "and" is untagged, and an organisation's name of two words or more begins right after
///   it with a word a corpus usually writes in lower case ("Exchange", "Loan") and ends in an
///   organisation's head (`NameHeads.organization`: "Commission", "Agency", "Council", "Corp"
///   …): "Inland Steel and [Nippon Steel Corp]", "Standard and [Mobil Corp]" stay two names;
/// - before the "and", one to `NameHeads.longestTopicsAfterAnd` untagged field's words: in title
///   case in running text, each one a corpus usually writes in lower case, no head and no
///   article ("Securities", "Management", "Economic"; not "Japan", "Bank", "The");
/// - the word before them is an article ("The Securities and …" at a sentence's start) or no
///   capitalised word, comma or possessive, or they begin the sentence: "the Bank of Japan and Finance Ministry", "Prescott, Ball and Turben Inc",
///   "Bally's Health and Tennis Corp" are left as the tagger read them;
/// - the whole becomes one organisation.
///
/// Called by `NameHeads.apply` for each name just after an "and", once the heads have re-typed
/// the sentence's names ("[Poor's Corp]" an organisation by its "Corp"): no pass of its own.
///
/// - Cost: O(1) per name after an "and" (two tag comparisons), the name's words read only
///   where an organisation's name follows it; nothing allocated.
enum InstitutionsCutAtAnd {
    /// The words before a name's first word that make it the last of a list of founders'
    /// names or part of an owner's ("Prescott, Ball and Turben Inc", "Bally's Health and Tennis
    /// Corp"): a comma and a possessive.
    static let listEnds = NameHeads.hashes(", 's ’s")

    /// Joins the field's words before the "and" at token `and` of `sentence` to the
    /// institution's name after it, if the words say it was cut there.
    @inline(never)
    static func join(
        at and: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        let first = and + 1
        guard and > sentence.lowerBound, first < sentence.upperBound, tags[and] == .outside, tags[first] == .begin(.organization),
            words[and].word == NameHeads.and
        else { return }
        var end = first + 1
        while end < sentence.upperBound, tags[end] == .inside(.organization) { end += 1 }
        // The name's first word a field's or a head's ("Exchange Commission"), not a name's.
        guard end - first >= 2, NameHeads.organization.contains(words[end - 1].word), words[first].isTitleCaseInText,
            HeadlineCasing.usuallyLower(words[first])
        else { return }
        var start = and
        while start > sentence.lowerBound, and - start < NameHeads.longestTopicsAfterAnd, tags[start - 1] == .outside,
            isFieldWord(words[start - 1]), !NameHeads.isArticle(words[start - 1])
        {
            start -= 1
        }
        guard start < and,
            start == sentence.lowerBound || NameHeads.isArticle(words[start - 1])
                || !(words[start - 1].hasCapital || listEnds.contains(words[start - 1].word))
        else { return }
        for k in start..<first where tags[k] == .outside { confidence[k] = EntityTagger.confidenceOfARule }
        tags[start] = .begin(.organization)
        for k in (start + 1)..<end { tags[k] = .inside(.organization) }
    }

    /// Whether `w` may be a field's word in an institution's name: in title case in running
    /// text, a word a corpus usually writes in lower case, and no head of a name.
    @inline(__always) static func isFieldWord(_ w: WordAttributes) -> Bool {
        w.isTitleCaseInText && HeadlineCasing.usuallyLower(w) && NameHeads.lastWords[w.word] == nil
            && !NameHeads.beginsBeforeOf.contains(w.word)
    }
}
