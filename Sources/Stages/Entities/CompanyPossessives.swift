import GlossCore

/// Tags as an organisation a name before "'s" and, a few words on, a figure only a company
/// reports: its earnings, revenue, sales, profit, assets, operations or dividend ("Adsteam's
/// equity-accounted net earnings rose", "Republic's 459 mln dlrs in assets", "Stearn's
/// operations", "Compaq's first-quarter revenues").
///
/// A one-word company is a word the tagger has seldom seen, and a sentence read alone gives it
/// nothing but its context: the tagger reads such a word as a person or a place, or leaves it
/// out. Over the Reuters and RSS corpora, the capitalised words before "'s" and one of
/// `figures` (an optional modifier between) are companies but for dates, listed places and
/// the surnames of people news names often; so the name is
/// - a one-word person the tagger found, whose word `NewsPersons` does not list ("Trump's
///   assets" stays a person's);
/// - a place the tagger found that is no listed country, state, city or continent ("Japan's
///   earnings", "Tokyo's stock sales" stay places);
/// - or one to three untagged words in title case in running text, not a day or a month, not a
///   word a corpus usually writes in lower case, and not after another capitalised word (the
///   name's start is not known).
/// Between "'s" and the figure may come up to `mostBetween` words in lower case, numbers and
/// hyphens ("'s 459 mln dlrs in assets"), nothing else. Organisations and miscellaneous names
/// are left as they are.
///
/// - Cost: O(t) in the tokens of the sentences with "'s" (`RuleSentences.possessives`, found in
///   `RuleWords.find`'s walk): one comparison per token; only at "'s" a look at the next few
///   words and one set's lookup each. Run before `DocumentConsistency`, so the document's
///   other mentions of the name follow.
enum CompanyPossessives {
    /// The figures a company reports and a person or a place seldom has in news.
    static let figures = NameHeads.hashes("earnings revenue revenues sales profit profits assets operations dividend dividends")
    /// The most words between "'s" and the figure.
    static let mostBetween = 5
    /// The most untagged words in the name.
    static let longestUntagged = 3
    private static let possessive = NameHeads.hashes("'s").first!
    private static let hyphen = NameHeads.hashes("-").first!
    private static let places = Gazetteer.place

    /// Re-types in `tags` (over `words`, within each of `sentences`: the sentences with "'s") the
    /// names before a company's possessive figure.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for sentence in sentences where sentence.count >= 3 {
            for i in (sentence.lowerBound + 1)..<(sentence.upperBound - 1)
            where words[i].word == possessive && tags[i] == .outside && isAFigure(words, after: i, in: sentence) {
                guard let name = name(words, endingAt: i, in: sentence, tags: tags) else { continue }
                // The tagger's person or place keeps a lower confidence it gave; untagged words get a rule's.
                NameHeads.retype(name, as: .organization, capped: tags[i - 1] != .outside, tags: tags, confidence: confidence)
            }
        }
    }

    /// Whether one of `figures` follows the possessive at `i`, after at most `mostBetween` words
    /// in lower case, numbers or hyphens.
    @inline(__always)
    static func isAFigure(_ words: UnsafeBufferPointer<WordAttributes>, after i: Int, in sentence: Range<Int>) -> Bool {
        for j in (i + 1)..<min(sentence.upperBound, i + 2 + mostBetween) {
            let word = words[j]
            if figures.contains(word.word) { return !word.hasCapital }
            let plain = word.flags & WordAttributes.Flags.letter != 0 ? !word.hasCapital
                : word.flags & WordAttributes.Flags.digit != 0 || word.word == hyphen
            guard plain else { return false }
        }
        return false
    }

    /// The name that ends just before token `end` when it may be a company's (see the type's
    /// doc), or nil.
    static func name(
        _ words: UnsafeBufferPointer<WordAttributes>, endingAt end: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let last = end - 1
        switch tags[last] {
        case .begin(.person):
            let word = words[last]
            guard word.isTitleCaseInText, !NewsPersons.words.contains(word.word) else { return nil }
            return last..<end
        case .begin(.location), .inside(.location):
            guard let first = NameHeads.placeEnding(at: last, tags: tags, in: sentence),
                first == last ? words[last].gazetteer & places == 0 : !OrganisationContexts.isAListedPlace(words, first..<end)
            else { return nil }
            return first..<end
        case .outside:
            return untagged(words, endingAt: end, in: sentence, tags: tags)
        default:
            return nil
        }
    }

    /// Whether the untagged words of `name` may be a company's whole name: each in title case in
    /// running text (a capital, then letters in any case: "Cutrale", "MacAndrews",
    /// "Thomson-CSF"), with no digit and no lower-case part after a hyphen (ratings and
    /// adjectives: "BBB-plus", "IBM-compatible"), no day, month or point of the compass, no word
    /// a corpus usually writes in lower case but a legal form after the first ("Quillet Co"),
    /// not "I"; one word is no listed place, continent or
    /// nationality, nor a plural of a group of people ("Democrats").
    static func mayBeACompany(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Bool {
        for k in name {
            let word = words[k]
            guard word.isTitleCaseInText, word.flags & WordAttributes.Flags.digit == 0, word.shape != capitalsHyphenLower,
                word.shape != titleHyphenLower, !TitledPersons.dates.contains(word.word), !compass.contains(word.word),
                word.word != NameHeads.firstPerson,
                !HeadlineCasing.usuallyLower(word) || (k > name.lowerBound && NameLinker.legalForms.contains(word.word))
            else { return false }
        }
        let first = words[name.lowerBound]
        return name.count > 1 || (first.gazetteer & (places | Gazetteer.demonym) == 0 && !CompanySubjects.isAGroupOfPeople(first))
    }
    /// The shapes of a rating or an adjective made with a hyphen ("BBB-plus", "Ibm-compatible").
    private static let capitalsHyphenLower = WordAttributes.shape(of: "BBB-plus")
    private static let titleHyphenLower = WordAttributes.shape(of: "Coca-cola")
    /// The points of the compass, which name regions ("the South and Conrail points").
    static let compass = NameHeads.hashes("north south east west northeast northwest southeast southwest midwest")

    /// The untagged run of title-case words that ends just before `end` when it may be a
    /// company's whole name, or nil.
    static func untagged(
        _ words: UnsafeBufferPointer<WordAttributes>, endingAt end: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        var first = end
        while first > sentence.lowerBound, end - first < longestUntagged, tags[first - 1] == .outside,
            words[first - 1].isTitleCaseInText
        {
            first -= 1
        }
        guard first < end, first == sentence.lowerBound || !words[first - 1].isCapitalisedWord,
            mayBeACompany(words, first..<end)
        else { return nil }
        return first..<end
    }

    /// The untagged run of title-case words that begins at `start` when it may be a company's
    /// whole name, or nil.
    static func untagged(
        _ words: UnsafeBufferPointer<WordAttributes>, beginningAt start: Int, in sentence: Range<Int>,
        tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        var end = start
        while end < sentence.upperBound, end - start < longestUntagged, tags[end] == .outside,
            words[end].isTitleCaseInText
        {
            end += 1
        }
        guard end > start, end == sentence.upperBound || !words[end].isCapitalisedWord,
            mayBeACompany(words, start..<end)
        else { return nil }
        return start..<end
    }
}
