import GlossCore
import GlossText

/// Re-types as a miscellaneous name (MISC) a stock index's name that the tagger read as a
/// person's, a company's or a place's: "the Dow Jones Industrial Average" (read as the
/// organisation "Dow Jones Industrial", or the person "Dow Jones"), "the Dow Jones industrial
/// average", "the Nikkei average", "the Dow index". Universal NER and EWT tag no index (an
/// index is a product's kind of name, MISC, which they leave untagged); the company that
/// compiles it is named elsewhere ("Dow Jones and Co"). MISC, not untagged:
/// `DocumentConsistency` would find the name's first word again there from another mention
/// ("the Dow fell"), and the whole index's words ("Dow Jones Industrial Average") make one
/// MISC name, which votes apart from the company's.
///
/// On the tagger's output over ../shared/corpora (distinct texts), the names right before
/// "index", "average" or "industrials" were organisations 40 times ("Dow Jones Industrial" 31,
/// then "SET", "NYSE", "AMEX", "Commerzbank", "OECD"), persons 15 (all indices: "Dow Jones",
/// "Nikkei Dow", "Nikkei", "Dow") and places 14 ("the Tokyo index", "the U.S. index of
/// leading indicators", and "Dow Jones" before "industrials" or "industrial average").
///
/// - a person's name right before "index", "average" or "industrials" is an index's, and so is
///   the cue in title case with it ("Dow Jones Industrial Average", "Nikkei Index");
/// - any name that ends in "Industrial" before "average" or "index" ("Dow Jones Industrial
///   Average"), or stands right before "industrial average", "industrial index" or
///   "industrials", is an index's;
/// - an organisation's or a place's name before "index" or "average" alone stays: it names
///   the compiler or the market ("the Commerzbank index", "the OECD average", "the Tokyo
///   index").
///
/// Read in `EmployerNames`' pass over the tags (`retype(before:)`), where an untagged word
/// follows a name: a pass of its own would cost as much as the rule.
///
/// - Cost: O(1) per untagged word after a name (a set lookup); nothing allocated.
enum IndexNames {
    /// The words after a name that make it an index's.
    static let indexWords = NameHeads.hashes("average index industrials")
    static let industrial = NameHeads.hashes("industrial").first!
    static let industrials = NameHeads.hashes("industrials").first!
    /// The words after "industrial" that make the name before it an index's.
    static let afterIndustrial = NameHeads.hashes("average index")
    /// The words after a name that call `retype(before:)`.
    static let cues = NameHeads.hashes("average index industrial industrials")

    /// Re-types as MISC the name that ends right before untagged token `i` of `sentence` where
    /// `i` (and the word after it) say the name is an index's, with the index's words in title
    /// case after it.
    @inline(never)
    static func retype(
        before i: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) {
        let word = words[i].word
        var start = i - 1
        while start > sentence.lowerBound, tags[start].isInside { start -= 1 }
        if word == industrial {
            // "Dow Jones industrial average", "Dow Jones Industrial Average".
            guard i + 1 < sentence.upperBound, afterIndustrial.contains(words[i + 1].word) else { return }
        } else if indexWords.contains(word) {
            // A person's name, a name ending in "Industrial", or any name before "industrials".
            let endsIndustrial = words[i - 1].word == industrial || words[i - 1].word == industrials
            guard word == industrials || endsIndustrial || tags[start].type == .person else { return }
        } else {
            return
        }
        // The index's words in title case or capitals join the name ("Industrial Average").
        var end = i
        while end < sentence.upperBound, end - i < 2, words[end].hasCapital, cues.contains(words[end].word) { end += 1 }
        tags[start] = .begin(.miscellaneous)
        for k in (start + 1)..<end { tags[k] = .inside(.miscellaneous) }
    }
}
