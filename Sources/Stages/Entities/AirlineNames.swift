import GlossCore
import GlossText

/// Tags as an organisation an airline named "Air" and a place: "Air Canada", "Air India", "Air
/// New Zealand", "Air Lanka", "Air Atlanta". The tagger reads the place and leaves "Air"
/// outside ("Air [Canada]" a place), or reads the whole as a place.
///
/// On the tagger's output over ../shared/corpora (distinct texts), 66 runs of "Air" and a
/// place's name were read as the place alone 50 times ("Canada" 26, "India" 9 in RSS
/// headlines, which the rule leaves: see below, "Atlanta" 8, "New Zealand" 3), as one place 9
/// times ("Air Lanka") and as an organisation, whole or in part, 7 times.
///
/// - "Air" in title case in running text (in a headline `HeadlineCasing` reads it as the
///   common word; one in capitals is read by `DocumentConsistency` from the story), not after
///   a capitalised word ("the Royal Air Force", "Clean Air Canada" is a longer name),
///   untagged or beginning the tagger's name;
/// - the name just after an untagged "Air" (a place's, an organisation's or a person's: "Air
///   [Lanka]" was an organisation once) joins it; a name the tagger began with "Air" that is a
///   place's or a person's is re-typed; either way the whole is an organisation (untagged
///   "Air" gets `EntityTagger.confidenceOfARule`);
/// - a miscellaneous name after "Air" and a name that runs on past the sentence are left.
///
/// "Air" is found with the other rule words (`RuleWords.organisationWord`, looked up once per
/// word described), so the rule reads only the tokens `RuleWords.find` found.
///
/// - Cost: O(f) in the rule words found (a set lookup each), and the name's words after "Air".
enum AirlineNames {
    /// The word that begins an airline's name before a place's.
    static let air = NameHeads.hashes("air").first!

    /// Applies the rule to the "Air" tokens among `found` (`RuleWords.find`'s, over `words`),
    /// rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.organisationWord != 0 && words[word.token].word == air {
            tag(at: word.token, words, sentence: word.sentence, tags: tags, confidence: confidence)
        }
    }

    /// Tags the airline whose "Air" is token `i` of `sentence`, if it is one.
    static func tag(
        at i: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        guard words[i].isTitleCaseInText, i + 1 < sentence.upperBound, !tags[i].isInside,
            i == sentence.lowerBound || !words[i - 1].isCapitalisedWord
        else { return }
        let first = tags[i] == .outside ? i + 1 : i
        guard let type = tags[first].type, !tags[first].isInside, type != .miscellaneous else { return }
        // An "Air" the tagger put inside its organisation's name is right already.
        if first == i, type == .organization { return }
        var end = first + 1
        while end < sentence.upperBound, tags[end].isInside { end += 1 }
        guard end > i + 1 else { return }
        NameHeads.join(i..<end, as: .organization, tags: tags, confidence: confidence)
    }
}
