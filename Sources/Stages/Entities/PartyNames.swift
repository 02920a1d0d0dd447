import GlossCore
import GlossText

/// Tags as an organisation a political party's name written before a lower-case "party": "the
/// ruling Conservative party", "the opposition Labour party", "the Social Democratic party".
/// Reuters writes "party" in lower case after a party's name about as often as in title case;
/// the tagger finds "Conservative Party" (`NameHeads`: "Party" heads an organisation's name)
/// but leaves "Conservative party" untagged. The name is tagged without "party", as the news
/// proxies and Universal NER's English web text write it ("the New Ideas party").
///
/// On the tagger's output over ../shared/corpora (distinct texts), title-case words before a
/// lower-case "party" were untagged 54 times, 42 of them parties' names ("Conservative" 18,
/// "Labour" 7, "Liberal" 5, "Democratic", "Republican", "Socialist", "Communist", "Greens"),
/// the rest other words ("The party", "Third party", "Neither party", "His party").
///
/// - one to three words of parties' names (`words`: "Conservative", "Labour", "Liberal",
///   "Democratic", "Social" …), each in title case in running text and untagged, right before
///   "party" or "parties" in lower case;
/// - not after a capitalised word other than an article ("the New Democratic party" and
///   "Bharatiya Janata party" are the tagger's to read);
/// - the words become an organisation (with `EntityTagger.confidenceOfARule`); "party" stays
///   outside. `DocumentConsistency` then finds the name again in the document ("Conservative
///   MPs");
/// - before "parties", the party's words before "and" or "or" just before the name, with the
///   same tests, name another party ("the Labor and Liberal parties").
///
/// The words are found with the other rule words (`RuleWords.organisationWord`, looked up once
/// per word described), so the rule reads only the tokens `RuleWords.find` found.
///
/// - Cost: O(f) in the rule words found (a set lookup each), and up to three words after one.
enum PartyNames {
    /// The words of parties' names in most countries' news: the families of parties.
    static let words = NameHeads.hashes(
        """
        christian communist conservative democrat democratic green greens labor labour liberal nationalist progressive
        republican social socialist tory unionist
        """)

    /// The nouns a party's name comes before.
    static let parties = NameHeads.hashes("party parties")

    /// The most words of a name.
    static let longest = 3

    /// Applies the rule to the party words among `found` (`RuleWords.find`'s, over `words`),
    /// rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        // The end of the last name tagged: a word inside it is not a name's first.
        var taggedUpTo = 0
        for word in found where word.bits & RuleWords.organisationWord != 0 && word.token >= taggedUpTo {
            let (start, sentence) = (word.token, word.sentence)
            guard isPartyWord(words[start], tags[start]) else { continue }
            var end = start + 1
            while end < sentence.upperBound, end - start < longest, isPartyWord(words[end], tags[end]) { end += 1 }
            guard end < sentence.upperBound, parties.contains(words[end].word), !words[end].hasCapital,
                standsFirst(start, words, sentence: sentence)
            else { continue }
            NameHeads.retype(start..<end, as: .organization, capped: false, tags: tags, confidence: confidence)
            taggedUpTo = end
            // "the Labor and Liberal parties": the words before "and" or "or" name a party too.
            guard words[end].word == partiesNoun, start - 2 >= sentence.lowerBound, conjunctions.contains(words[start - 1].word)
            else { continue }
            var first = start - 1
            while first > sentence.lowerBound, start - 1 - first < longest, isPartyWord(words[first - 1], tags[first - 1]) { first -= 1 }
            if first < start - 1, standsFirst(first, words, sentence: sentence) {
                NameHeads.retype(first..<(start - 1), as: .organization, capped: false, tags: tags, confidence: confidence)
            }
        }
    }

    /// The plural noun after two parties' names joined by `conjunctions`.
    static let partiesNoun = NameHeads.hashes("parties").first!
    /// The words that join two parties' names before "parties".
    static let conjunctions = NameHeads.hashes("and or")

    /// Whether a name may begin at token `start` of `sentence`: at the sentence's start, or after
    /// an article or a word in lower case or a sign, not after another capitalised word.
    @inline(__always) static func standsFirst(_ start: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>) -> Bool {
        guard start > sentence.lowerBound else { return true }
        let before = words[start - 1]
        return !before.hasCapital || NameHeads.isArticle(before)
    }

    /// Whether `w`, tagged `tag`, is an untagged party's word in title case in running text.
    @inline(__always) static func isPartyWord(_ w: WordAttributes, _ tag: EntityTag) -> Bool {
        tag == .outside && w.isTitleCaseInText && words.contains(w.word)
    }
}
