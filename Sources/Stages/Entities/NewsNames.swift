import GlossCore
import GlossText

/// Names news writes in ways the tagger and the rules before this one miss, read after them and
/// before `DocumentConsistency` (which then finds them again in the rest of the document):
///
/// - A regional Federal Reserve bank called by its city and "Fed" ("the Boston Fed", "the St.
///   Louis Fed"): the place the tagger found (or a listed city or state it left untagged) and
///   "Fed", untagged or an organisation alone, are one organisation (`regionalFed`). The tagger
///   read "Boston Fed" as a city, or "St. Louis" a place and "Fed" an organisation.
/// - A newspaper or magazine whose name begins with a capitalised "The" ("The New York Times",
///   "reported in The Wall Street Journal", "The Economist"): Universal NER's English-EWT keeps
///   "The" inside such a name (every "The Boston Globe", "The Hill", "The Sun", "The Orange
///   County Register" in its training data, at a sentence's start too) and leaves a lower-case
///   "the" outside ("the New York Times"). A run of capitalised words after "The" that ends in
///   a newspaper's word (`newspaperWords`) is one organisation with its "The"; at a sentence's
///   start only where the tagger found a name in the run (a capital "The" says nothing there),
///   and never in a headline ("Why The Times Are Changing").
/// - A legislature named by its one word, standing alone ("The Senate had passed the bill",
///   "Congress voted"): an organisation (`legislatures`), as English-EWT tags "Senate" and
///   "Congress" mostly (and "the Commission", "the Administration" not, which are left alone).
///
/// - Cost: O(t) in tokens: one pass over each sentence with a flag test per token, a word
///   comparison per capitalised token ("Fed", "The"), and a set lookup for an untagged
///   capitalised one; the runs after "The" are at most `longestTitle` words.
enum NewsNames {
    /// Applies the rules to a document's `words` whose sentences are `sentences` (ranges of
    /// `words`), rewriting `tags` and `confidence` (a rule's confidence for what it tags).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which
    /// the walk reads at each token.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                let word = views[i]
                guard word.hasCapital else {
                    i += 1
                    continue
                }
                if word.word == fed, let name = regionalFed(words, fed: i, in: sentence, tags: tags) {
                    NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                } else if word.word == NameHeads.the, let name = newspaper(words, the: i, in: sentence, tags: tags) {
                    NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                    i = name.upperBound
                    continue
                } else if tags[i] == .outside {
                    if isALegislature(words, i, in: sentence) {
                        NameHeads.retype(i..<(i + 1), as: .organization, capped: false, tags: tags, confidence: confidence)
                    }
                }
                i += 1
            }
        }
    }

    private static let fed = NameHeads.hashes("fed").first!

    /// Whether `word` begins a listed country's name ("U.S.", "Japan").
    @inline(__always) static func isACountry(_ word: WordAttributes) -> Bool {
        word.gazetteer & Gazetteer.country != 0 && word.gazetteer & Gazetteer.inside == 0
    }

    /// The listed places a "Fed" may follow untagged: cities and states.
    private static let cityOrState = Gazetteer.city | Gazetteer.state

    /// The name of a regional Federal Reserve bank whose "Fed" is token `fed` of `sentence`:
    /// the place's name just before it and "Fed", when "Fed" is untagged or an organisation
    /// alone and the place the tagger found ("Boston", "St. Louis") or a listed city or state
    /// it left untagged; or the place's name the tagger ended with "Fed" ("Boston Fed" read as
    /// a city). Nil otherwise ("the Fed", "Fed officials"), after a country's name ("the U.S.
    /// Fed") and in a headline ("Jobs Data Stoke Fed Cut Bets": "Stoke" is a listed town).
    static func regionalFed(
        _ words: UnsafeBufferPointer<WordAttributes>, fed i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        guard i > sentence.lowerBound, !words[i].inHeadline, i + 1 == sentence.upperBound || !tags[i + 1].isInside else { return nil }
        if tags[i] == .inside(.location) {
            // "Boston Fed" tagged as one place.
            guard let start = NameHeads.placeEnding(at: i, tags: tags, in: sentence), !isACountry(words[start]) else { return nil }
            return start..<(i + 1)
        }
        guard tags[i] == .outside || tags[i] == .begin(.organization) else { return nil }
        if let start = NameHeads.placeEnding(at: i - 1, tags: tags, in: sentence) {
            // "the U.S. Fed" is the country's central bank: a place and an organisation.
            return isACountry(words[start]) ? nil : start..<(i + 1)
        }
        // A listed city or state the tagger left untagged, of one word or more ("Kansas City").
        var start = i - 1
        while start > sentence.lowerBound, tags[start] == .outside, words[start].gazetteer & Gazetteer.inside != 0 { start -= 1 }
        guard tags[start] == .outside, words[start].isCapitalisedWord, words[start].gazetteer & cityOrState != 0,
            words[start].gazetteer & Gazetteer.inside == 0, (start + 1..<i).allSatisfy({ words[$0].gazetteer & Gazetteer.inside != 0 })
        else { return nil }
        return start..<(i + 1)
    }

    /// The last words of newspapers' and magazines' names ("The New York Times", "The Economist",
    /// "The Hill"). Words that end other names after "The" as often are left out ("Star": "The
    /// North Star"; "Express": "The Orient Express"; "Standard": "The Gold Standard").
    static let newspaperWords = NameHeads.hashes(
        """
        times journal post globe herald tribune guardian telegraph economist observer chronicle register gazette independent
        inquirer examiner courier mirror mail sun nation spectator hill
        """)
    /// The most words of a newspaper's name after "The" ("The Wall Street Journal Europe" is cut).
    static let longestTitle = 6

    /// The newspaper's name, "The" (token `the`, capitalised) included, when words that begin
    /// with a capital after it end in one of `newspaperWords` and no capitalised word (nor a name the tagger
    /// found) goes on after it; nil in a headline, after a capitalised word, inside a longer
    /// name, and at a sentence's start unless the tagger found a name among the words or the
    /// name ends in a word that ends hardly any name but a paper's (`PlacedOrganisations.titleWords`)
    /// before a reporting verb ("The Wall Street Journal said", "The Sunday Times quoted").
    static func newspaper(
        _ words: UnsafeBufferPointer<WordAttributes>, the i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let article = words[i]
        guard article.isTitleCaseInText, !tags[i].isInside, i + 1 < sentence.upperBound,
            words[i + 1].flags & WordAttributes.Flags.initialCapital != 0
        else { return nil }
        if i > sentence.lowerBound, words[i - 1].hasCapital { return nil }
        // The last newspaper's word after which no capitalised word goes on ("The New York
        // Times on Monday", "The Times of India" gives "The Times"), within the capitalised
        // words and connectors after "The".
        var last = i
        var k = i + 1
        // Words that begin with a capital: "The pro-Peking New Evening Post" keeps its "The"
        // outside ("pro-Peking" has a capital, but no name's word begins so).
        while k < sentence.upperBound, k - i <= longestTitle,
            words[k].flags & WordAttributes.Flags.initialCapital != 0 || words[k].isConnector
        {
            if words[k].hasCapital, newspaperWords.contains(words[k].word), words[k].flags & WordAttributes.Flags.allCapitals == 0,
                k + 1 == sentence.upperBound || (!words[k + 1].hasCapital && !tags[k + 1].isInside)
            {
                last = k
            }
            k += 1
        }
        guard last > i else { return nil }
        let name = i..<(last + 1)
        // Found whole already: kept with the tagger's confidence.
        if tags[i] == .begin(.organization), name.dropFirst().allSatisfy({ tags[$0] == .inside(.organization) }) { return nil }
        if i == sentence.lowerBound, !name.dropFirst().contains(where: { tags[$0] != .outside }),
            !(PlacedOrganisations.titleWords.contains(words[last].word) && isAReportingVerb(words, last + 1, in: sentence))
        {
            return nil
        }
        return name
    }

    /// The verbs a newspaper reports with ("The Wall Street Journal said", "The Sunday Times
    /// quoted"), beside the companies' verbs of `CompanySubjects`.
    private static let quoted = NameHeads.hashes("quoted quotes")

    /// Whether token `k` of `sentence` is a reporting verb in lower case (`CompanySubjects.verbs`,
    /// "quoted"), "also" or "previously" may come first.
    @inline(__always)
    static func isAReportingVerb(_ words: UnsafeBufferPointer<WordAttributes>, _ k: Int, in sentence: Range<Int>) -> Bool {
        var k = k
        if k + 1 < sentence.upperBound, adverbs.contains(words[k].word) { k += 1 }
        guard k < sentence.upperBound, !words[k].hasCapital else { return false }
        return CompanySubjects.verbs.contains(words[k].word) || quoted.contains(words[k].word)
    }
    private static let adverbs = NameHeads.hashes("also previously")

    /// The legislatures named by one word ("Senate", "Congress", "Parliament", "Knesset").
    static let legislatures = NameHeads.hashes("senate congress parliament knesset bundestag duma")

    /// Whether token `i` of `sentence`, untagged, is a legislature's one-word name standing
    /// alone: capitalised (not in capitals), no headline's, and no capitalised word either side
    /// but an article before it ("The Senate had passed"; "the Senate Appropriations
    /// Committee" and "Russian Duma" are left to the other rules).
    static func isALegislature(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, in sentence: Range<Int>) -> Bool {
        let word = words[i]
        guard word.isTitleCaseInText, legislatures.contains(word.word)
        else { return false }
        if i + 1 < sentence.upperBound, words[i + 1].hasCapital { return false }
        return !NameHeads.followsACapitalisedWord(words, i, in: sentence)
    }
}
