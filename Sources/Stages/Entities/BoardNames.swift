import GlossCore
import GlossText

/// Joins "Board" in title case to the organisation's name just before it: "the Federal Reserve
/// Board", "Federal Reserve Board Chairman Paul Volcker". The tagger ends the name before
/// "Board" when a title follows ("[Federal Reserve] Board Vice Chairman Manuel Johnson"), and
/// `ListedNames` tags a listed name with the "Board" after it (`ListedNames.apply`).
///
/// On the tagger's output over ../shared/corpora (distinct texts), an organisation's name was
/// followed by an untagged "Board" 44 times: "Federal Reserve" 37 times (before "Chairman" 16,
/// "Vice" 11, "Governor" 3, a verb or a comma 7), "LME" 3, one each of "ICO" (before "of"),
/// "RBA" (a headline) and "Transparency".
///
/// - "Board" in title case in running text, untagged, right after the end of an organisation's
///   name, and not before "of" ("the ICO Board of Directors": a board's own name);
/// - "Board" joins the name (with `EntityTagger.confidenceOfARule`).
///
/// "Board" is found with the other rule words (`RuleWords.organisationWord`, looked up once per
/// word described), so the rule reads only the tokens `RuleWords.find` found.
///
/// - Cost: O(f) in the rule words found, a comparison each.
enum BoardNames {
    /// The word that ends a board's name.
    static let board = NameHeads.hashes("board").first!

    /// Applies the rule to the "Board" tokens among `found` (`RuleWords.find`'s, over `words`),
    /// rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.organisationWord != 0 && words[word.token].word == board {
            let (i, sentence) = (word.token, word.sentence)
            guard i > sentence.lowerBound, tags[i] == .outside, tags[i - 1].type == .organization, words[i].isTitleCaseInText,
                i + 1 == sentence.upperBound || words[i + 1].word != NameHeads.of
            else { continue }
            tags[i] = .inside(.organization)
            confidence[i] = EntityTagger.confidenceOfARule
        }
    }

    /// The titles that may follow a board's name before a person's ("Federal Reserve Board Vice
    /// Chairman Manuel Johnson"): `NameHeads.titlesAfterNames` and "vice".
    static let titles = WordHashSet(NameHeads.titlesAfterNames.words + NameHeads.hashes("vice").words)

    /// Whether an untagged "Board" in title case follows the capitalised words over `name` (an
    /// untagged listed organisation's: `ListedNames`) and ends the name: not after a
    /// capitalised word, not before "of", and before a word in lower case, a sign or a title
    /// (`titles`), so that the name with "Board" stands alone as `ListedNames.standsAlone`
    /// asks but for the title.
    static func follows(
        _ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>,
        tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        let i = name.upperBound
        guard i < sentence.upperBound, words[i].word == board, tags[i] == .outside, words[i].isTitleCaseInText,
            words[name.lowerBound].hasCapital, words[i - 1].hasCapital, name.allSatisfy({ words[$0].hasCapital || words[$0].isConnector }),
            !NameHeads.followsACapitalisedWord(words, name.lowerBound, in: sentence)
        else { return false }
        guard i + 1 < sentence.upperBound else { return true }
        let next = words[i + 1]
        return next.word != NameHeads.of && (!next.hasCapital || titles.contains(next.word))
    }
}
