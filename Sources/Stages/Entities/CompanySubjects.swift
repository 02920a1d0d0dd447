import GlossCore

/// Tags as an organisation a capitalised word the tagger left untagged where it is the subject
/// of a verb that news says of companies: "Amoco previously announced a budget", "Shearson
/// contributed 316 mln dlrs", ", Unocal said."
///
/// A one-word company is a word the tagger has seldom seen, and a sentence read alone gives it
/// nothing but its verb; EWT's web text holds few such subjects. The word (or a run of up to
/// `longest` capitalised words) must begin a clause (the sentence's first word, or after a
/// punctuation mark, "and", "but", "while", "that", "because" or "the"), come just before one of
/// `verbs` ("also" or "previously" may come between; a connector between capitalised words is
/// part of the name: "S and P said"), be capitalised in the middle of a sentence
/// as a corpus usually writes it (`HeadlineCasing.usuallyLower` is false: not "Analysts said",
/// "Police said"), and be no listed given name or surname (a person the tagger missed:
/// "Carroll said"), no listed place, demonym or continent ("Japan reported") and no word in
/// capitals of a headline, nor "I"; the verb is in lower case (a title's "Netanyahu Says" tells
/// nothing). People do these things too; the tagger found most of them, and
/// what it found it keeps.
///
/// - Cost: O(t) in tokens: per token one comparison with the previous tag and the capital
///   bit, a set's lookup only for the word after an untagged capitalised word. Run after
///   decoding and before `DocumentConsistency`, so the name is found again in the document.
enum CompanySubjects {
    /// The verbs news says of companies.
    static let verbs = NameHeads.hashes(
        """
        said says reported reports posted posts announced announces acquired acquires earned expects expected
        contributed completed agreed filed owns plans operates
        """)
    /// Words between a subject and its verb ("also said").
    private static let adverbs = NameHeads.hashes("also previously earlier later today yesterday")
    /// The words a clause may begin after, beside punctuation.
    private static let openers = NameHeads.hashes("and but while that because the")
    /// The punctuation inside a name, which begins no clause ("R - G said", "S/P said").
    private static let joiners = NameHeads.hashes("- / & . +")
    /// "I", always capitalised and never a company ("I said", "Chard and I agreed").
    private static let firstPerson = NameHeads.hashes("I").first!
    /// The most capitalised words in the subject.
    static let longest = 4
    private static let notCompanies =
        Gazetteer.givenName | Gazetteer.surname | Gazetteer.city | Gazetteer.state | Gazetteer.country
        | Gazetteer.demonym | Gazetteer.continent

    /// Tags the companies in subject position in `tags` (over `words`, within each of `sentences`).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for sentence in sentences where sentence.count >= 2 {
            for i in (sentence.lowerBound + 1)..<sentence.upperBound
            where tags[i - 1] == .outside && words[i - 1].hasCapital && tags[i] == .outside {
                let verb = words[i + (i + 1 < sentence.upperBound && adverbs.contains(words[i].word) ? 1 : 0)]
                // A verb in capitals is a title's ("Netanyahu Says He Has Won"): the subject's capital says nothing.
                guard !verb.hasCapital, verbs.contains(verb.word), let subject = subject(words, endingAt: i, in: sentence, tags: tags)
                else { continue }
                NameHeads.retype(subject, as: .organization, capped: false, tags: tags, confidence: confidence)
            }
        }
    }

    /// The untagged capitalised words of `sentence` that end just before token `end` and begin a
    /// clause, when they may name a company; nil otherwise.
    static func subject(
        _ words: UnsafeBufferPointer<WordAttributes>, endingAt end: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        // Back over capitalised words, and over a connector between two ("S and P said",
        // "Dow Jones and Co said").
        var start = end - 1
        while start > sentence.lowerBound, end - start < longest, tags[start - 1] == .outside {
            if words[start - 1].isCapitalisedWord {
                start -= 1
            } else if start - 2 >= sentence.lowerBound, words[start - 1].isConnector, tags[start - 2] == .outside,
                words[start - 2].isCapitalisedWord
            {
                start -= 2
            } else {
                break
            }
        }
        guard start == sentence.lowerBound
            || (words[start - 1].flags & WordAttributes.Flags.letter == 0 && !joiners.contains(words[start - 1].word))
            || openers.contains(words[start - 1].word)
        else { return nil }
        let name = start..<end
        for k in name where !(words[k].isConnector && k > start) {
            let word = words[k]
            guard word.flags & WordAttributes.Flags.letter != 0, word.hasCapital, !HeadlineCasing.usuallyLower(word), !word.inHeadline,
                word.word != firstPerson
            else { return nil }
        }
        if name.count == 1, words[start].gazetteer & notCompanies != 0 { return nil }
        if OrganisationContexts.isAListedPlace(words, name) || NameHeads.isArticle(words[start]) { return nil }
        return name
    }
}
