import GlossCore

/// Tags as an organisation an untagged run of title-case words that begins with a listed
/// place's name and ends in an institution's head: "The Frankfurt Stock Exchange opened late",
/// "the Paris Bourse", "the Hong Kong Monetary Authority", "the Kuwait Fund", "the Tokyo
/// District Court". In a short sentence of its own, with no mention elsewhere in the document,
/// the tagger leaves such a name untagged: the place's word alone it would read as a place, and
/// `NameHeads` joins a place it found to the head after it, but `NameHeads` makes no name of an
/// untagged run that ends in a company's head ("our Settlements Group" in web text). A place's
/// name first is what web text's departments and headings lack.
///
/// - the head (`DefiniteShortForms.heads`: "Exchange", "Bourse", "Bank", "Authority", "Commission", "Council",
///   "Court", "Fund", "Institute", "Ministry") is in title case in running text, untagged, and
///   not followed by a capitalised word, "of" ("the Tokyo Bank of Commerce" is another name)
///   or "'s" of a person's (a possessive is read as any lower-case word);
/// - before it, one to `longestRun` - 1 untagged words in title case in running text, none an
///   article, the first the first word of a listed place's name (a country, state or city:
///   "Frankfurt", "Hong Kong") that a corpus does not usually write in lower case ("a Mobile
///   Phone Exchange" is a shop: "mobile"), after no capitalised word (a sentence's first word a corpus
///   writes in lower case is left out: "At Frankfurt Stock Exchange …");
/// - the head is no word of a listed place's phrase ("West Bank", "Gold Coast").
///
/// The heads are `RuleWords.institutionWord`s (looked up once per word described), so the rule
/// reads only the words `RuleWords.find` found; run before `DefiniteShortForms`, which then
/// reads the document's name ("the Exchange" after "the Frankfurt Stock Exchange"), and before
/// `DocumentConsistency`, which finds the name again in the rest of the document.
///
/// - Cost: O(f) in the rule words found; where a head is untagged, a set lookup and at most
///   `longestRun` words read back; nothing allocated.
enum PlaceHeadedNames {
    /// The most words in a name this rule makes, head and place included.
    static let longestRun = 5

    /// The gazetteer's categories of places that name institutions.
    private static let places = Gazetteer.country | Gazetteer.state | Gazetteer.city

    /// Tags the untagged runs of `words` that a place begins and a head ends, among `found`'s
    /// institution words.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        let heads = DefiniteShortForms.heads
        for word in found where word.bits & RuleWords.institutionWord != 0 {
            let (h, sentence) = (word.token, word.sentence)
            guard h > sentence.lowerBound, tags[h] == .outside, tags[h - 1] == .outside, words[h].isTitleCaseInText,
                words[h].gazetteer & Gazetteer.inside == 0, heads.contains(words[h].word),
                h + 1 == sentence.upperBound || !words[h + 1].hasCapital && words[h + 1].word != NameHeads.of
            else { continue }
            var start = h
            while start > sentence.lowerBound, h - start < longestRun - 1, tags[start - 1] == .outside,
                words[start - 1].isTitleCaseInText, !NameHeads.isArticle(words[start - 1])
            {
                start -= 1
            }
            // A sentence's first word a corpus writes in lower case is no name's ("At Frankfurt …").
            var follows = NameHeads.followsACapitalisedWord(words, start, in: sentence)
            if start == sentence.lowerBound, start + 1 < h, words[start].gazetteer & places == 0,
                HeadlineCasing.usuallyLower(words[start])
            {
                start += 1
                follows = false
            }
            guard !follows, start < h, words[start].gazetteer & places != 0, words[start].gazetteer & Gazetteer.inside == 0,
                !HeadlineCasing.usuallyLower(words[start])
            else { continue }
            NameHeads.retype(start..<(h + 1), as: .organization, capped: false, tags: tags, confidence: confidence)
        }
    }
}
