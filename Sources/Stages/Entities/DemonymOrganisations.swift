import GlossCore
import GlossText

/// Tags as one organisation a nationality and the organisation's words after it that end in an
/// organisation's head: "the Soviet Foreign Ministry", "the Yugoslav Grain Association", "the
/// African Development Bank", "the Iraqi Islamic Party" (EWT writes the nationality inside such
/// names: "Palestinian Authority", "Israeli Defense Forces"). The tagger, which reads a listed
/// nationality as no name or as MISC, ends the organisation before the head or leaves it out.
///
/// On the tagger's output over Reuters-21578 and the RSS snapshots (`gloss analyze --stages
/// text,entities`), once the gazetteer listed "soviet", "african" and "yugoslav" as nationalities
/// (scripts/build-gazetteers.py) these became "[Soviet] Foreign Ministry" (MISC, then
/// untagged words), "[African] Development [Bank]", "[Yugoslav] Grain Association".
///
/// - the nationality is one listed demonym's word (`Gazetteer.demonym`, no word inside a longer
///   listed phrase), in title case in running text, untagged or one MISC word;
/// - after it, one to `longest` title-case words untagged or of an organisation's name, the
///   last an organisation's head (`NameHeads.lastWords`, and "Bank": "the West Bank" ends a
///   place's name, no nationality's), not an armed force's or a government's word (`forces`:
///   EWT leaves "Iranian Navy" and "Iranian Government" out); an organisation's name that runs
///   on past the head runs in, and a name that goes on with "of" is left ("the Soviet Ministry of
///   Fertiliser Production"), and one before "Minister" or "Secretary" names a portfolio
///   ("the Malaysian Primary Industries Minister");
/// - the whole becomes one organisation (`NameHeads.join`: the tagger's words keep their
///   confidence).
///
/// Reads only the sentences `RuleSentences` found with a nationality.
///
/// - Cost: O(t) in the tokens of those sentences, a bit test each, and up to `longest` words
///   after a nationality; nothing allocated.
enum DemonymOrganisations {
    /// The most words after the nationality.
    static let longest = 4

    /// Heads that end an armed force's or a government's name, which EWT leaves untagged after
    /// a nationality ("Iranian Navy").
    static let forces = NameHeads.hashes("army navy marines force corps guard regiment battalion brigade squadron")

    /// The titles after which an organisation's head names a portfolio ("Primary Industries
    /// Minister").
    static let portfolioTitles = NameHeads.hashes("minister ministers secretary")

    /// Applies the rule to `words` (within each of `sentences`), rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        // The lists read once, not through their accessors at each nationality.
        let (heads, forces) = (NameHeads.lastWords, Self.forces)
        guard let base = words.baseAddress else { return }
        let (mask, demonym) = (Gazetteer.demonym | Gazetteer.inside, Gazetteer.demonym)
        for sentence in sentences where sentence.count >= 2 {
            // A pointer's walk, one field a token, to the next nationality.
            var word = base + sentence.lowerBound
            let last = base + (sentence.upperBound - 1)
            while word < last {
                defer { word += 1 }
                guard word.pointee.gazetteer & mask == demonym else { continue }
                let i = word - base
                guard words[i + 1].isTitleCaseInText, words[i].isTitleCaseInText, tags[i] == .outside || tags[i] == .begin(.miscellaneous),
                    tags[i + 1] != .inside(.miscellaneous),
                    let end = organisationEnd(after: i, words, sentence: sentence, tags: tags, heads: heads, forces: forces)
                else { continue }
                NameHeads.join(i..<end, as: .organization, tags: tags, confidence: confidence)
            }
        }
    }

    /// Where the organisation's name after the nationality at token `i` of `sentence` ends, or
    /// nil when its words end in no head (`heads`, `NameHeads.lastWords`, and "Bank", less `forces`).
    static func organisationEnd(
        after i: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        heads: HashKeyedTable<Bool> = NameHeads.lastWords, forces: WordHashSet = Self.forces
    ) -> Int? {
        let bank = NameHeads.bank
        var head: Int? = nil
        var j = i + 1
        while j < sentence.upperBound, j - i <= longest, words[j].isTitleCaseInText,
            tags[j] == .outside || tags[j].type == .organization
        {
            let word = words[j].word
            if (heads[word] != nil || word == bank) && !forces.contains(word) { head = j }
            j += 1
        }
        guard var end = head.map({ $0 + 1 }) else { return nil }
        // A name that runs on through "of" is another's ("a Japanese [Bank of Tokyo] unit") or
        // longer than the rule reads ("the Soviet Ministry of Fertiliser Production").
        if end < sentence.upperBound, words[end].word == NameHeads.of { return nil }
        // Before a minister's or a secretary's title the words name a portfolio, not an
        // organisation ("the Malaysian Primary Industries Minister").
        if end < sentence.upperBound, portfolioTitles.contains(words[end].word) { return nil }
        while end < sentence.upperBound, tags[end] == .inside(.organization) { end += 1 }
        return end
    }
}
