import GlossCore
import GlossText

/// Tags as organisations the U.S. mortgage and loan agencies whose nicknames read like a
/// person's name: "Fannie Mae", "Freddie Mac", "Sallie Mae", "Ginnie Mae" (from the initials
/// FNMA, FHLMC, SLMA, GNMA). The tagger reads a given name and a word in title case as a
/// person: over ../shared/corpora (distinct texts) it read the 37 mentions as persons 23 times,
/// as places 4 times and as organisations 10 times. No cue in the sentence tells them from a
/// person ("Fannie Mae said"), so the rule lists them: the nicknames are a closed set.
///
/// - the first word (`firsts`) and then "Mae" or "Mac" (`seconds`), both in title case, the
///   first not inside a longer name the tagger found and the second ending the tagger's name
///   if it is in one ("Fannie Mae Foundation" stays the tagger's);
/// - the two words become one organisation (untagged words get
///   `EntityTagger.confidenceOfARule`; a name the tagger found keeps its confidence).
///
/// The first words are found with the other rule words (`RuleWords.organisationWord`, looked up
/// once per word described), so the rule reads only the tokens `RuleWords.find` found.
///
/// - Cost: O(f) in the rule words found, a set lookup each.
enum NicknamedAgencies {
    /// The nicknames' first words.
    static let firsts = NameHeads.hashes("fannie freddie sallie ginnie")
    /// The nicknames' second words.
    static let seconds = NameHeads.hashes("mae mac")

    /// Applies the rule to the nicknames' first words among `found` (`RuleWords.find`'s, over
    /// `words`), rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.organisationWord != 0 && firsts.contains(words[word.token].word) {
            let (i, sentence) = (word.token, word.sentence)
            guard i + 1 < sentence.upperBound, words[i].isTitleCase, words[i + 1].isTitleCase, seconds.contains(words[i + 1].word),
                !tags[i].isInside, i + 2 == sentence.upperBound || !tags[i + 2].isInside
            else { continue }
            NameHeads.join(i..<(i + 2), as: .organization, tags: tags, confidence: confidence)
        }
    }
}
