import GlossCore

/// Regions and countries the tagger leaves untagged or cuts: "the West", "the Americas" and "the
/// East" as blocs ("lessons for the West", "trade with the West fell"), "Western Europe" (the
/// tagger's "Europe" alone, or "Eastern" an airline's name and "Europe" a place), and "the
/// Netherlands" read with its article. The news proxies' labellers wrote these places ("the West",
/// "the Americas", "Western Europe"; "the" outside a place's name), as CoNLL does; `RegionNames`
/// re-types such a region read as an organisation, and this rule the ones read as nothing or cut.
/// Over Reuters-21578's reut2-000…012 (base 4a2f616) "the West" stood untagged before a sign or
/// a lower-case word 22 times, and "Western Europe" and its kind ("Eastern Europe", "Western
/// Canada", "Central America") were not one name 33 times.
///
/// - **A bloc**: "West", "East" or "Americas" in title case in running text, untagged, after
///   "the", before the sentence's end, a sign or a lower-case word that is no part of a place
///   (`parts`: "coast", "side", "wing", "end", "bank"): "the West German" (a capital after),
///   "the West Coast" and "the west coast" stay;
/// - **A compass word before a region**: "Western", "Eastern", "Northern", "Southern" or
///   "Central" in title case in running text, untagged or a name of its own word, right before a
///   place's name that is a continent's or a large country's (`regions`: "Europe", "Africa",
///   "Asia", "Canada" …), and not after a capitalised word ("Illinois Central Gulf"): one place;
/// - **"the Netherlands"**: a place's name "the Netherlands" (or "The Netherlands") loses its
///   article.
///
/// The words are found with the other rule words (`RuleWords.stateWord`), so the rule reads only
/// the tokens `RuleWords.find` found. Run after `DocumentConsistency`: its repeats would find
/// the document's other "West" again ("the West German economy").
///
/// - Cost: O(f) in the rule words found, a hash comparison or a set lookup each; nothing
///   allocated.
enum UntaggedRegions {
    /// The blocs written after "the".
    static let blocs = NameHeads.hashes("west east americas")
    /// The compass words that begin a region's name before a continent or a large country.
    static let compass = NameHeads.hashes("western eastern northern southern central")
    /// The places a compass word joins.
    static let regions = NameHeads.hashes(
        "europe africa asia canada australia america siberia mediterranean caribbean anatolia china india russia")
    /// Lower-case words after "the West" that make it part of a place's name or a direction.
    static let parts = NameHeads.hashes("coast coasts side end wing bank banks")
    static let netherlands = NameHeads.hashes("netherlands").first!

    /// The words `RuleWords.stateWord` holds for this rule.
    static var words: [UInt64] { blocs.words + compass.words + [netherlands] }

    /// Applies the rule to the region words among `found`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.stateWord != 0 {
            let (i, sentence) = (word.token, word.sentence)
            let w = words[i].word
            guard words[i].isTitleCaseInText else { continue }
            if w == netherlands {
                if i > sentence.lowerBound, tags[i] == .inside(.location), tags[i - 1] == .begin(.location), NameHeads.isArticle(words[i - 1]) {
                    tags[i - 1] = .outside
                    tags[i] = .begin(.location)
                }
            } else if blocs.contains(w) {
                guard i > sentence.lowerBound, tags[i] == .outside, words[i - 1].word == NameHeads.the else { continue }
                if i + 1 < sentence.upperBound {
                    let next = words[i + 1]
                    guard !next.hasCapital, !parts.contains(next.word) else { continue }
                }
                tags[i] = .begin(.location)
                confidence[i] = EntityTagger.confidenceOfARule
            } else if compass.contains(w) {
                guard i + 1 < sentence.upperBound, tags[i + 1] == .begin(.location), regions.contains(words[i + 1].word),
                    !tags[i].isInside,
                    i == sentence.lowerBound || !words[i - 1].hasCapital || NameHeads.isArticle(words[i - 1])
                else { continue }
                tags[i] = .begin(.location)
                tags[i + 1] = .inside(.location)
                if confidence[i] < EntityTagger.confidenceOfARule { confidence[i] = EntityTagger.confidenceOfARule }
            }
        }
    }
}
