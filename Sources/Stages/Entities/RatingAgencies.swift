import GlossCore
import GlossText

/// Tags as organisations the two credit-rating agencies news names most: "Moody's" (Moody's
/// Investors Service, whose name is the possessive), "Standard and Poor's" and its short form
/// "S and P" (Reuters'). The tagger reads "Moody" as a person's name and leaves the possessive
/// outside, or leaves both untagged ("by Moody's and Standard and Poor's"), takes
/// "Standard" alone for the other, and leaves "S and P" untagged. `OrganisationContexts` tags a possessive name only before a few
/// verbs ("Moody's said").
///
/// On the tagger's output over ../shared/corpora (distinct texts), of 578 "Moody's" 265 were
/// tagged as one organisation with the possessive ("Moody's", "Moody's Investors Service
/// Inc"), 181 untagged, 108 a person "Moody", 10 an organisation "Moody" without it; of 298
/// "S and P" (all in Reuters), 260 were untagged and 9 the letter "P" alone; of 292 "Standard
/// and Poor's", 68 were untagged and 48 "Standard" alone.
///
/// - "Moody" with a capital and "'s" after it, not after a capitalised word but an article
///   ("A. Moody's" and "Dwight Moody's" are persons' possessives), not inside a longer name
///   the tagger found, nor beginning one that runs on past the possessive: "Moody", "'s" and
///   the title-case words right after it that are not titles ("Moody's Investors Service Inc",
///   at most `longestTail`; "Moody's Vice President" stops) become one organisation;
/// - "S", "and", "P" with capitals, or "Standard and Poor's" in title case with the
///   title-case words after it that are not titles ("Standard and Poor's Corp"), not inside a
///   longer name the tagger found nor before one it runs on: the words become one organisation;
///   but before a number or a word of an index or its futures (`indexWords`: "the S and P 500",
///   "S and P index", "the S and P pit") or after "the" and a month ("the June S and P"
///   futures), they (with the number) become an index's MISC name (`indexName`), so that
///   `DocumentConsistency` does not find the agency there from the document's "S and P said";
/// - untagged words get `EntityTagger.confidenceOfARule`; a name the tagger found keeps its
///   confidence.
///
/// "Moody", "Standard" and "S" are found with the other rule words (`RuleWords.organisationWord`, looked up
/// once per word described), so the rule reads only the tokens `RuleWords.find` found.
///
/// - Cost: O(f) in the rule words found (a comparison or two each), and a few words after one.
enum RatingAgencies {
    /// The agencies' words: "Moody", the "S" and "P" of "S and P", "Standard and Poor's".
    static let moody = NameHeads.hashes("moody").first!
    static let s = NameHeads.hashes("s").first!
    static let p = NameHeads.hashes("p").first!
    static let standard = NameHeads.hashes("standard").first!
    static let poor = NameHeads.hashes("poor").first!
    /// The possessive after "Moody", as Reuters and the web write it.
    static let possessives = NameHeads.hashes("'s ’s")

    /// The words after "S and P" that make it an index's or its futures' ("the S and P 500").
    static let indexWords = NameHeads.hashes(
        "index indexes indices average futures future pit contract contracts composite stocks stock options option trading")

    /// The most title-case words after "Moody's" that join its name ("Investors Service Inc").
    static let longestTail = 3

    /// Applies the rule to "Moody" and "S" among `found` (`RuleWords.find`'s, over `words`),
    /// rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.organisationWord != 0 {
            let w = words[word.token].word
            if w == moody {
                if let name = moodys(at: word.token, words, sentence: word.sentence, tags: tags) {
                    NameHeads.join(name, as: .organization, tags: tags, confidence: confidence)
                }
            } else if w == s || w == standard,
                let name = standardAndPoors(at: word.token, words, sentence: word.sentence, tags: tags)
            {
                if let index = indexName(name, words, sentence: word.sentence, tags: tags) {
                    NameHeads.join(index, as: .miscellaneous, tags: tags, confidence: confidence)
                } else {
                    NameHeads.join(name, as: .organization, tags: tags, confidence: confidence)
                }
            }
        }
    }

    /// The tokens of "Moody's" (and its name's title-case words after it) beginning at token `i`
    /// of `sentence`, or nil when the words there are no rating agency's.
    static func moodys(
        at i: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let possessive = i + 1
        guard possessive < sentence.upperBound, possessives.contains(words[possessive].word), !tags[i].isInside,
            i == sentence.lowerBound || !words[i - 1].isCapitalisedWord || NameHeads.isArticle(words[i - 1])
        else { return nil }
        var end = possessive + 1
        // The tagger's name from "Moody" running on past the possessive is its to read.
        guard end == sentence.upperBound || !tags[end].isInside || tags[i] == .outside else { return nil }
        end = tail(from: end, words, sentence: sentence)
        // A name the tagger began after the words taken is left whole.
        guard end == sentence.upperBound || !tags[end].isInside else { return nil }
        return i..<end
    }

    /// The tokens of "S and P" or "Standard and Poor's" (and its legal form or the title-case
    /// words after it that are not titles, at most `longestTail`) beginning at token `i` of
    /// `sentence`, or nil when the words there are no rating agency's.
    static func standardAndPoors(
        at i: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        var end = i + 3
        guard end <= sentence.upperBound, !tags[i].isInside, words[i + 1].word == NameHeads.and, words[i + 2].hasCapital
        else { return nil }
        if words[i].word == standard {
            // "Standard and Poor's", the possessive inside the name.
            guard words[i].isTitleCase, words[i + 2].word == poor, end < sentence.upperBound, possessives.contains(words[end].word)
            else { return nil }
            end = tail(from: end + 1, words, sentence: sentence)
        } else {
            guard words[i + 2].word == p else { return nil }
        }
        guard end == sentence.upperBound || !tags[end].isInside else { return nil }
        return i..<end
    }

    /// The index's (or its futures') name that the agency's `name` begins or stands in, or nil
    /// when `name` is the agency: before a number, with it ("the S and P 500", "S and P 500s"),
    /// before a word of an index or its futures (`indexWords`: "the S and P index", "the S and
    /// P pit"), or after an article and a month, a futures contract's ("the June S and P"; not
    /// "in May S and P cut"). Tagged MISC, as `IndexNames` tags an index, so that
    /// `DocumentConsistency` does not find the agency's name again there ("S and P said"
    /// elsewhere in a futures report).
    static func indexName(
        _ name: Range<Int>, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let (i, end) = (name.lowerBound, name.upperBound)
        if i - 2 >= sentence.lowerBound, TitledPersons.dates.contains(words[i - 1].word), NameHeads.isArticle(words[i - 2]) {
            return name
        }
        guard end < sentence.upperBound else { return nil }
        let next = words[end]
        if indexWords.contains(next.word) { return name }
        guard next.flags & WordAttributes.Flags.digit != 0 else { return nil }
        // The number joins the index's name unless the tagger's name runs on from it.
        return end + 1 == sentence.upperBound || !tags[end + 1].isInside ? name.lowerBound..<(end + 1) : name
    }

    /// Where the name's words after the possessive at `start - 1` end: the title-case words in
    /// running text after it ("Investors Service Inc", "Corp"), at most `longestTail`, up to a
    /// title ("Moody's Vice President") and no further than a legal form ("Standard and Poor's
    /// Corp. Mead said": a sentence the splitter did not end at "Corp.").
    static func tail(from start: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>) -> Int {
        var end = start
        while end < sentence.upperBound, end - start < longestTail, words[end].isTitleCaseInText,
            !TitledPersons.titles.contains(words[end].word), !BoardNames.titles.contains(words[end].word)
        {
            end += 1
            if NameHeads.legalForms.contains(words[end - 1].word) { break }
        }
        return end
    }
}
