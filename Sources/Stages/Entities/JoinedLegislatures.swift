import GlossCore
import GlossText

/// Splits into two organisations a name the tagger ran over two chambers joined by "and": "the
/// [House and Senate] passed the bill" is "the [House] and [Senate]", "the [Senate and House]
/// negotiators" "the [Senate] and [House]", "the [U.S. House and Senate]" "the [U.S. House] and
/// [Senate]". Each chamber is an organisation of its own; the tagger, which has seen "House"
/// and "Senate" inside longer names ("House Budget Committee"), reads the pair as one.
///
/// On the tagger's output over Reuters-21578 and the RSS snapshots (`gloss analyze --stages
/// text,entities`), "House and Senate" was one name 17 times, two names 6 times; "Senate and
/// House" two names 4 times.
///
/// - the second chamber's word (`chambers`) is in title case, inside an organisation's name that
///   ends with it, right after an "and" inside the same name, right after another chamber's word;
/// - a name that runs on past the second chamber is left whole: "the House and Senate
///   Agriculture Committees" names two committees the tagger may read as one ("[House] and
///   [Senate Agriculture Committees]" is no better);
/// - the "and" leaves the name, and the second chamber begins a name of its own; both keep the
///   tagger's confidences.
///
/// The chambers' words are found with the other rule words (`RuleWords.institutionWord`,
/// looked up once per word described), so the rule reads only the tokens `RuleWords.find`
/// found.
///
/// - Cost: O(f) in the rule words found, a set lookup and up to four tag comparisons each;
///   nothing allocated.
enum JoinedLegislatures {
    /// The words of legislative chambers that news joins with "and".
    static let chambers = NameHeads.hashes("house senate congress parliament assembly bundestag bundesrat duma")

    /// Applies the rule to the chambers' words among `found` (`RuleWords.find`'s, over `words`),
    /// rewriting `tags`.
    static func apply(_ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>) {
        for word in found where word.bits & RuleWords.institutionWord != 0 {
            let (i, sentence) = (word.token, word.sentence)
            guard i - 2 >= sentence.lowerBound, tags[i] == .inside(.organization), words[i].isTitleCase,
                chambers.contains(words[i].word), words[i - 1].word == NameHeads.and, tags[i - 1] == .inside(.organization),
                chambers.contains(words[i - 2].word), words[i - 2].isTitleCase,
                i + 1 == sentence.upperBound || !tags[i + 1].isInside
            else { continue }
            tags[i - 1] = .outside
            tags[i] = .begin(.organization)
        }
    }
}
