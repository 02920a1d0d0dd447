import Foundation
import GlossCore

/// Tags the tokens of a sentence with BIO entity tags: a structured averaged perceptron's
/// weights over hashed features, decoded with Viterbi (`TagLattice`), each tag scored with the
/// one before it.
///
/// ```
///   token bytes ──one pass──▶ WordAttributes ──gazetteer──▶ + place/name/organisation lists
///        ──WordLexicon──▶ + Brown cluster, how often a corpus capitalises it, frequency
///        ──HeadlineCasing──▶ a headline's words read as running text writes them
///        ──DocumentMemory──▶ + how the word is written elsewhere in the document, its earlier tags
///        ──FeatureTemplates (±2 window, affixes, shape, clusters, history)──▶ ≤48 word rows
///        ──TagLattice: + 3 rows per tag before it, Viterbi──▶ tags, max-marginal confidences
/// ```
///
/// - Cost: O(t) in tokens: per token, its attributes from a cache keyed by its bytes
///   (`WordAttributeCache`; a miss reads the bytes and looks the word up in the lexicon); per
///   scored token 24 table rows summed (its window's and its history row; the history's and
///   two corpus-casing rows' places read from the model's small table of listed rows,
///   `FeatureTemplates.Listed`, the others hashed and looked up in its index) and one cache lookup
///   for the sum of its own 24 rows, plus one for its transition rows' sums after every tag a
///   path may have reached before it (`WordScoreCache`; a miss sums the rows as without the
///   cache: its own 24, and 3 for each such tag its entry lacks, most often O alone); two
///   lookups in the document's memory; about 550 bytes of scratch per token of the longest
///   sentence (at most `longestPiece` tokens, about 280 KB), in
///   `TagLattice.Scratch` arrays reused across a document. A word with no capital that cannot
///   begin a name (`mayBeginName`) is not scored when it follows O, nor a lower-case word that
///   is not a connector (`WordAttributes.isConnector`) inside a name: both are O
///   (`TagLattice.rule`).
///   The caches (about 3 MB per worker, `TaggerCaches`) are lent to one document at a time
///   and kept across documents; they change no output. Their lines and the model's, most
///   often misses of the first two cache levels, are asked of the memory ahead of their reads
///   (`CPrefetch`: the attribute entries 16 tokens ahead, the lexicon's and gazetteer's slots
///   of a new word 8 ahead, a scored token's rows a token ahead, `WordScoreCache.writeWordSums`).
/// - Thread safety: safe to share: immutable but for its cache pool, which lends each set to
///   one document at a time.
public struct EntityTagger: Sendable {
    public let model: EntityModel
    public let gazetteer: Gazetteer
    public let lexicon: WordLexicon
    /// The words' attributes and score sums, one set of caches per document tagged at once,
    /// kept across documents (`TaggerCaches`).
    let caches: TaggerCaches.Pool

    /// A tagger with `model`, which must have been trained with the same `gazetteer` and
    /// `lexicon` (`WordLexicon.empty` for a model trained without one).
    public init(model: EntityModel, gazetteer: Gazetteer, lexicon: WordLexicon = .empty) {
        self.model = model
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.caches = TaggerCaches.Pool()
    }

    /// The tagger with the bundled model, gazetteer and word lexicon.
    public static func bundled() throws -> EntityTagger {
        try bundled(model: EntityModel.bundled())
    }

    /// A tagger with `model` and the bundled gazetteer and word lexicon, which the bundled
    /// model and `gloss train entities` use. The two are read once per process, however many
    /// taggers are made (one per recognizer with `-O entities.model=FILE`).
    public static func bundled(model: EntityModel) throws -> EntityTagger {
        let (gazetteer, lexicon) = try bundledLists.get()
        return EntityTagger(model: model, gazetteer: gazetteer, lexicon: lexicon)
    }

    private static let bundledLists = Result { (try Gazetteer.bundled(), try WordLexicon.bundled()) }

    /// The names the tagger finds in the sentences of one document (each given as its words):
    /// per sentence, token ranges and types.
    public func names(inDocument sentences: [[String]]) -> [[(tokens: Range<Int>, type: EntityType)]] {
        tags(inDocument: sentences).map { EntityTag.names(in: $0.tags) }
    }

    /// The tags and confidences of the words of one document's sentences, made consistent
    /// over the document (`DocumentConsistency`).
    package func tags(inDocument sentences: [[String]]) -> [(tags: [EntityTag], confidence: [Float])] {
        let document = LabeledSentence.documentText(sentences.map { LabeledSentence(words: $0, tags: []) })
        var words = [WordAttributes](repeating: .start, count: document.tokens.count)
        var tags = [EntityTag](repeating: .outside, count: words.count)
        var confidence = [Float](repeating: 0, count: words.count)
        document.text.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    guard let base = text.baseAddress else { return }
                    var memory = Self.describe(
                        document: base, tokens: tokens, sentences: document.sentences, gazetteer: gazetteer, lexicon: lexicon,
                        caches: caches, into: words)
                    decode(document: UnsafeBufferPointer(words), sentences: document.sentences, memory: &memory, tags: &tags, confidence: &confidence)
                }
            }
        }
        return document.sentences.map { (Array(tags[$0]), Array(confidence[$0])) }
    }

    /// Describes the words of a document whose `sentences` are ranges of `tokens` into `words`
    /// (as long as `tokens`), sentence by sentence, then marks how each word is written
    /// elsewhere in the document; returns the memory that noted it, for `decode(document:)`.
    /// With `caches` (the tagger's, for the same lexicon), words seen before are described
    /// from a cache (`WordAttributeCache`), with the same result.
    package static func describe(
        document base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, sentences: [Range<Int>], gazetteer: Gazetteer,
        lexicon: WordLexicon, caches: TaggerCaches.Pool? = nil, into words: UnsafeMutableBufferPointer<WordAttributes>
    ) -> DocumentMemory {
        guard let caches else {
            return describe(document: base, tokens: tokens, sentences: sentences, gazetteer: gazetteer, lexicon: lexicon, attributes: nil, into: words)
        }
        return caches.withCaches { lent in
            withUnsafeMutablePointer(to: &lent.attributes) { attributes in
                describe(document: base, tokens: tokens, sentences: sentences, gazetteer: gazetteer, lexicon: lexicon, attributes: attributes, into: words)
            }
        }
    }

    private static func describe(
        document base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, sentences: [Range<Int>], gazetteer: Gazetteer,
        lexicon: WordLexicon, attributes: UnsafeMutablePointer<WordAttributeCache>?, into words: UnsafeMutableBufferPointer<WordAttributes>
    ) -> DocumentMemory {
        var memory = DocumentMemory.unallocated
        describe(
            document: base, tokens: tokens, sentences: sentences, gazetteer: gazetteer, lexicon: lexicon, attributes: attributes,
            memory: &memory, into: words)
        return memory
    }

    /// Describes a document's words as `describe(document:caches:into:)` does, into `memory`,
    /// which it clears first.
    private static func describe(
        document base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, sentences: [Range<Int>], gazetteer: Gazetteer,
        lexicon: WordLexicon, attributes: UnsafeMutablePointer<WordAttributeCache>?, memory: inout DocumentMemory,
        into words: UnsafeMutableBufferPointer<WordAttributes>
    ) {
        // Room for the distinct words of a page, not one slot per token (half the tokens: the
        // rest are punctuation and repeats): 8 MB of "Hi. " has 4 million tokens and two
        // words, and the table grows when a text needs more.
        memory.clear(capacity: min(tokens.count / 2, 1 << 14))
        // First the whole document's words, so a sentence's first word is read in the light of
        // how it is written later on.
        for sentence in sentences where !sentence.isEmpty {
            let sentenceWords = UnsafeMutableBufferPointer(rebasing: words[sentence])
            describe(
                base, tokens: UnsafeBufferPointer(rebasing: tokens[sentence]), gazetteer: gazetteer, lexicon: lexicon, attributes: attributes,
                into: sentenceWords)
            memory.noteCasing(UnsafeBufferPointer(sentenceWords))
        }
        memory.markCasing(words)
    }

    /// Tags the described `words` of a document (`describe(document:)`) whose `sentences` are
    /// ranges of them: each sentence decoded in turn (`decode`), lower-case names the document
    /// writes as common words untagged (`CommonWords`), listed organisations it missed
    /// tagged (`ListedNames`), news agencies' one-word names tagged as organisations
    /// (`NewsAgencies`), names re-typed by their head word (`NameHeads`), a place and a
    /// plural nickname re-typed as an organisation (`PlaceNamedTeams`), places and people
    /// re-typed where the words around them are said of companies (`OrganisationContexts`),
    /// untagged subjects of companies' verbs (`CompanySubjects`), Reuters' bracketed names and
    /// tickers (`BracketedNames`) tagged as organisations, acronyms
    /// defined in brackets read (`AcronymDefinitions`), organisations named with a place joined
    /// to it (`PlacedOrganisations`: "the Washington Post"), a company's repeats cut short made
    /// its name less the legal form (`ShortenedNames`), regional Feds, newspapers' names with
    /// their "The" and one-word legislatures tagged (`NewsNames`), one-word names with a capital
    /// inside tagged as organisations (`MixedCaseNames`: "BofA", "JPMorgan"), common nouns'
    /// abbreviations in capitals untagged (`CommonAbbreviations`: "AI", "FRN", "BBB"), the
    /// words after a person's title tagged (`TitledPersons`: "Finance Minister Barend du
    /// Plessis"), words news uses as people's last names tagged where the tagger left them or was unsure
    /// (`NewsPersons`: "Meeting With Putin"), foreign companies' names from their head word
    /// tagged (`ForeignCompanyNames`: "Banque Nationale de Paris"), airlines, boards, the loan
    /// agencies' nicknames, agencies named by fields, parties before "party" and the rating
    /// agencies tagged as organisations (`AirlineNames`, `BoardNames`, `NicknamedAgencies`,
    /// `FieldInstitutions`, `PartyNames`, `RatingAgencies`: "Air Canada", "Federal Reserve
    /// Board", "Fannie Mae", "Food and Drug Administration", "the Conservative party",
    /// "Moody's", "S and P"), employers of a staff noun
    /// tagged as organisations (`EmployerNames`: "a Smith Barney analyst"; stock indices and
    /// laws made MISC in its pass), then the document's names made consistent
    /// (`DocumentConsistency`).
    /// Writes `tags` and
    /// `confidence`, as long as `words`.
    package func decode(
        document words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], memory: inout DocumentMemory,
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        caches.withCaches { lent in
            decode(document: words, sentences: sentences, memory: &memory, caches: &lent, tags: tags, confidence: confidence)
        }
    }

    /// Describes and tags a window of a document (`describe(document:)`, then `decode(document:)`)
    /// with the caches `lent` for the whole of it and `memory` (cleared first, as a fresh one):
    /// the sentences `sentences` of `tokens` of the text at `base`, into `words` (as long as
    /// `tokens`), `tags` and `confidence`.
    package func tag(
        document base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, sentences: [Range<Int>],
        caches lent: inout TaggerCaches, memory: inout DocumentMemory, words: UnsafeMutableBufferPointer<WordAttributes>,
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        withUnsafeMutablePointer(to: &lent.attributes) { attributes in
            Self.describe(
                document: base, tokens: tokens, sentences: sentences, gazetteer: gazetteer, lexicon: lexicon, attributes: attributes,
                memory: &memory, into: words)
        }
        decode(document: UnsafeBufferPointer(words), sentences: sentences, memory: &memory, caches: &lent, tags: tags, confidence: confidence)
    }

    /// Tags described words as `decode(document:sentences:memory:tags:confidence:)` does, with
    /// the caches `lent`.
    private func decode(
        document words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], memory: inout DocumentMemory,
        caches lent: inout TaggerCaches, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        let longest = sentences.reduce(0) { max($0, $1.count) }
        // The scratch of the worker's earlier documents, grown only for a longer sentence.
        lent.scratch.reserve(min(longest, Self.longestPiece), capacity: FeatureTemplates.wordCapacity)
        // The rules' views of the words (`WordView`), each sentence's written just after it is
        // decoded, while its attributes are in the cache.
        // Kept for the next window unless longer than a document's kept arrays are
        // (`DocumentBuffers.tokensKept`).
        var views: [WordView] = []
        swap(&views, &lent.views)
        defer {
            if views.capacity > DocumentBuffers.tokensKept { views = [] }
            swap(&views, &lent.views)
        }
        if views.count < max(words.count, 1) { views.refill(with: WordView(), count: max(words.count, 1)) }
        views.withUnsafeMutableBufferPointer { views in
            for sentence in sentences where !sentence.isEmpty {
                let sentenceWords = UnsafeBufferPointer(rebasing: words[sentence])
                decode(
                    sentenceWords, memory: &memory, cache: &lent.scores, scratch: &lent.scratch, tags: tags + sentence.lowerBound,
                    confidence: confidence + sentence.lowerBound)
                WordView.fill(sentenceWords, into: views.baseAddress! + sentence.lowerBound)
            }
            decodeRules(words, views: UnsafePointer(views.baseAddress!), sentences: sentences, caches: &lent, tags: tags, confidence: confidence)
        }
    }

    /// The rules after decoding, in order, over the decoded `words` and their `views`.
    private func decodeRules(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        caches lent: inout TaggerCaches, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        // Lower-case words the lists give as names but the document as common words ("dan",
        // "cts"); listed organisations the tagger missed ("European Union"), and news agencies
        // ("a Reuter survey"); a name's head word says
        // its type ("University of Chicago", "Georgia-Pacific Corp"), and so does a plural
        // nickname after a place ("Boston Bruins"), and words said of companies ("shares of
        // Brunswick", "Dixie's common"); a name and the acronym
        // defined after it in brackets are names ("the Federal Aviation Administration (FAA)");
        // "the Washington Post", "the Florida Department of Law Enforcement" and "the
        // Communist Party of China" are organisations, place and all; "[Continental] Materials"
        // after "Continental Materials Corp" is the company; "the Boston Fed", "The
        // Wall Street Journal" and "The Senate" are organisations, and so are "BofA" and
        // "JPMorgan" alone; "AI" and "BBB" are no names, and "West German" is a nationality;
        // a title stays outside a person's name ("Pope [Francis]"), and the name after an
        // organisation's possessive and before a reporting verb is a person's ("ECB's
        // [Lagarde] Says"); words news uses as people's names
        // ("Putin") are people where the tagger left them untagged or was unsure; "Banque
        // Nationale de Paris" is one organisation from its head word, "a Smith Barney analyst"
        // names a firm, and "the Dow Jones Industrial Average" and "the Jones Act" name no one;
        // a name before "'s" and a company's figure ("Adsteam's net earnings") and an untagged
        // name joined by "and" to an organisation's are companies; "Soviet Foreign Ministry" is
        // one organisation, nationality and all, "the House and Senate" two, "the Catholic
        // Church" and "Credit Suisse" one each, "the Bank" after "Midland Bank Plc" the bank;
        // "the Bundesbank and Bank of Japan" are two, "USSR" a place, "oil traders Vitol and
        // Trafigura" companies, "the Frankfurt Stock Exchange" an organisation by its place and
        // head, and "the White House" one where it acts; "Phillips and Drew's Reid" names a
        // firm, and so do "Reynolds and Reynolds" and "Upland Minerals and Chemicals Corp",
        // "growth by Hechinger" a company, "Toronto Dominion" the bank, and the country of a
        // headline's "SHULTZ USSR" a place, "U.S." before "Federal Reserve" a place of its own;
        // then one name, one type, and a name found once is found again; last, "the Treasury"
        // that acts an organisation, "the West" and "Western Europe" places.
        CommonWords.apply(words, sentences: sentences, tags: tags)
        ListedNames.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        // The agencies' names and the legal forms, found in one pass for the rules that read them;
        // in the same pass, the sentences with a nationality or a possessive, for the two rules
        // that act only there (each walked every token).
        RuleWords.find(views: views, count: words.count, sentences: sentences, into: &lent.ruleWords, sentencesInto: &lent.ruleSentences)
        let ruleWords = lent.ruleWords
        NewsAgencies.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        NameHeads.apply(words, views: views, sentences: sentences, found: ruleWords, tags: tags, confidence: confidence)
        PlaceNamedTeams.apply(words, sentences: sentences, tags: tags, confidence: confidence)
        OrganisationContexts.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        CompanySubjects.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        BracketedNames.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        AcronymDefinitions.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        PlacedOrganisations.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        ShortenedNames.apply(words, views: views, sentences: sentences, found: ruleWords, tags: tags, confidence: confidence)
        NewsNames.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        MixedCaseNames.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        CommonAbbreviations.apply(words, sentences: sentences, tags: tags)
        RegionalDemonyms.apply(words, sentences: lent.ruleSentences.demonyms, tags: tags)
        DemonymOrganisations.apply(words, sentences: lent.ruleSentences.demonyms, tags: tags, confidence: confidence)
        TitledPersons.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        PossessivePersons.apply(words, sentences: lent.ruleSentences.possessives, tags: tags, confidence: confidence)
        NewsPersons.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        ForeignCompanyNames.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        AirlineNames.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        BoardNames.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        NicknamedAgencies.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        FieldInstitutions.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        PartyNames.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        RatingAgencies.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        JoinedLegislatures.apply(words, found: ruleWords, tags: tags)
        ChurchNames.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        EmployerNames.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        CompanyPossessives.apply(words, sentences: lent.ruleSentences.possessives, tags: tags, confidence: confidence)
        CompanyAppositions.apply(words, sentences: sentences, tags: tags, confidence: confidence)
        CoordinatedCompanies.apply(words, sentences: sentences, tags: tags, confidence: confidence)
        PlaceHeadedNames.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        AdministrationSeats.apply(words, found: ruleWords, tags: tags)
        DefiniteShortForms.apply(words, sentences: sentences, found: ruleWords, tags: tags, confidence: confidence)
        CommaPartnerFirms.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        FirmsCutAtAnd.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        // The rules of `RuleWords.stateWord` run only in a document that has one of its words
        // (about one story in seven of reut2-000): one pass over the found words' bits.
        let hasStateWords = ruleWords.contains { $0.bits & RuleWords.stateWord != 0 }
        CountryPrefixedBodies.apply(words, found: ruleWords, tags: tags)
        HeadlineCountries.apply(words, sentences: sentences, tags: tags)
        DocumentConsistency.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence, tables: &lent.consistency)
        // After the vote, so that the document's other runs of "Treasury" or "West" are not
        // found again as these names ("Treasury Secretary James Baker", "the West German economy").
        if hasStateWords {
            TreasuryNames.apply(words, found: ruleWords, tags: tags, confidence: confidence)
            UntaggedRegions.apply(words, found: ruleWords, tags: tags, confidence: confidence)
        }
    }

    /// Computes the attributes of a sentence's `tokens` of the text at `base` into `words`
    /// (as long as `tokens`), each token's from `attributes` when given (with its phrase start
    /// in the gazetteer, which marking the gazetteer's phrases then reads).
    package static func describe(
        _ base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, gazetteer: Gazetteer,
        lexicon: WordLexicon, attributes: UnsafeMutablePointer<WordAttributeCache>? = nil,
        into words: UnsafeMutableBufferPointer<WordAttributes>
    ) {
        withUnsafeTemporaryAllocation(of: Gazetteer.Start.self, capacity: tokens.count) { starts in
            if let attributes {
                // Written in place (`WordAttributeCache.describe`), not returned and stored; each
                // token's entry asked for `describeAhead` tokens before it is read (a cache of
                // 2 MB: most often a miss of the first two levels, which the next token's
                // lookup waited behind), and half as many before, when the entry does not hold
                // it, the lexicon's and gazetteer's slots its description reads.
                // Each token is keyed once, when its entry is asked for: its place
                // (`WordAttributeCache.place`) waits in a ring of `describeAhead` for the check
                // and the lookup.
                let ahead = Self.describeAhead
                let checked = ahead / 2
                let ring = ahead &- 1
                withUnsafeTemporaryAllocation(of: WordAttributeCache.Place.self, capacity: ahead) { places in
                    let places = places.baseAddress!
                    @inline(__always) func place(_ i: Int) {
                        let span = tokens[i].span
                        let place = attributes.pointee.place(base + Int(span.start), count: span.count, bytesBefore: Int(span.start))
                        attributes.pointee.prefetch(place)
                        (places + (i & ring)).initialize(to: place)
                    }
                    for i in 0..<min(ahead, tokens.count) { place(i) }
                    lexicon.withPrefetcher { lexiconSlots in
                        gazetteer.withPrefetcher { gazetteerSlots in
                            for i in 0..<tokens.count {
                                let own = places[i & ring]
                                if i &+ ahead < tokens.count { place(i &+ ahead) }
                                if i &+ checked < tokens.count {
                                    let span = tokens[i &+ checked].span
                                    attributes.pointee.prefetchDescription(
                                        base + Int(span.start), count: span.count, place: places[(i &+ checked) & ring],
                                        lexicon: lexiconSlots, gazetteer: gazetteerSlots)
                                }
                                let span = tokens[i].span
                                attributes.pointee.describe(
                                    base + Int(span.start), count: span.count, place: own, lexicon: lexicon, gazetteer: gazetteer,
                                    into: words.baseAddress! + i, start: starts.baseAddress! + i)
                            }
                        }
                    }
                }
            } else {
                for i in 0..<tokens.count {
                    let span = tokens[i].span
                    words[i] = WordAttributeCache.uncached(base + Int(span.start), count: span.count, lexicon: lexicon)
                }
            }
            if tokens.count > 0 {
                words[0].flags |= WordAttributes.Flags.sentenceStart
                words[tokens.count - 1].flags |= WordAttributes.Flags.sentenceEnd
            }
            let known = attributes == nil ? nil : starts.baseAddress.map { UnsafePointer($0) }
            gazetteer.mark(base, tokens: tokens, words: words, starts: known)
        }
        if HeadlineCasing.isHeadline(base, tokens: tokens, words: UnsafeBufferPointer(words)) {
            HeadlineCasing.restore(base, tokens: tokens, lexicon: lexicon, attributes: attributes, gazetteer: gazetteer, words: words)
        }
    }

    /// Tags one sentence whose attributes are `words` (with the document's casing marked):
    /// writes each token's tag to `tags` (`TagLattice`, Viterbi over the sentence, in pieces of
    /// at most `longestPiece` tokens, each after the last tag of the one before) and, for tokens
    /// tagged other than O, the max-marginal probability of the chosen tag (a softmax at the
    /// model's temperature of the best path through each tag, `TagLattice.confidences`) to
    /// `confidence`; then the tags join `memory`'s history. `scratch` is kept for the
    /// document's next sentence.
    package func decode(
        _ words: UnsafeBufferPointer<WordAttributes>, memory: inout DocumentMemory, cache: inout WordScoreCache,
        scratch: inout TagLattice.Scratch, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        var start = 0
        while start < words.count {
            let end = min(words.count, start + Self.longestPiece)
            decodePiece(
                words, start..<end, after: start > 0 ? tags[start - 1] : .outside, memory: memory, cache: &cache, scratch: &scratch,
                tags: tags, confidence: confidence)
            start = end
        }
        for i in 0..<words.count {
            if let type = tags[i].type { memory.remember(words[i].word, as: type) }
        }
    }

    /// How many tokens ahead `describe` asks for a token's entry in the attribute cache (a
    /// power of two: the size of the ring its places wait in).
    static let describeAhead = 16

    /// Tokens decoded at once: a longer sentence (seen only in junk) is decoded in pieces, each
    /// after the last tag of the one before, so scratch memory stays small.
    static let longestPiece = 512

    /// The confidence of a mention a rule found where the tagger said O (`ListedNames`,
    /// `NameHeads`): the tagger's own confidence was for O.
    static let confidenceOfARule: Float = 0.5

    private func decodePiece(
        _ words: UnsafeBufferPointer<WordAttributes>, _ piece: Range<Int>, after start: EntityTag, memory: DocumentMemory,
        cache: inout WordScoreCache, scratch buffers: inout TagLattice.Scratch, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        let n = piece.count
        let bits = model.bits
        buffers.reserve(n, capacity: FeatureTemplates.wordCapacity)
        // The word scores of each token that a rule does not make O, read before the sentence's
        // own tags join the memory: its own rows' sum from the cache, its window's and history
        // row summed here (`writeWordSums`, the tokens in step so that each reads what was
        // asked for a token before); then the lattice.
        buffers.withPointers { rules, rows, scored, scratch in
            let wordScores = TagLattice.wordScores(scratch, count: n)
            var count = 0
            for k in 0..<n {
                rules[k] = TagLattice.rule(words[piece.lowerBound + k], after: k > 0 ? rules[k - 1] : (start == .outside ? nil : .scored))
                scored[count] = k
                count &+= rules[k] != .outside ? 1 : 0
            }
            // The row places once a piece, not once a scored token (each asked the runtime
            // whether their table was made).
            model.withRowPlaces { places in
                cache.writeWordSums(
                    words, first: piece.lowerBound, tokens: scored, count: count, history: { memory.history(words[$0].word) },
                    model: model, places: places, rows: rows, edges: FeatureTemplates.Window.edges, into: wordScores)
            }
            let pieceTags = tags + piece.lowerBound
            withUnsafeMutablePointer(to: &cache) { cache in
                TagLattice.decode(
                    UnsafeBufferPointer(rebasing: words[piece]), rules: rules, wordScores: wordScores,
                    scorer: CachedScorer(model: model, cache: cache), bits: bits, scratch: scratch, tags: pieceTags, after: start)
            }
            if (0..<n).contains(where: { pieceTags[$0] != .outside }) {
                TagLattice.confidences(
                    count: n, rules: rules, tags: pieceTags, scratch: scratch, temperature: model.temperature,
                    into: confidence + piece.lowerBound)
            } else {
                for k in 0..<n { confidence[piece.lowerBound + k] = 1 }
            }
        }
    }

    /// Whether a word with no capital may still begin a name: a name particle ("al-Qaeda"),
    /// a listed country, continent or nationality ("france", "french"), or another listed word
    /// (a state or region, a city, a personal name, an organisation) that a corpus writes
    /// capitalised at least as often, or does not know ("john", "bukele"; not "will" or
    /// "young", which the census lists as surnames, "bath" or "mobile", which GeoNames lists
    /// as cities, nor "centre", which Faker lists as a region).
    @inline(__always) static func mayBeginName(_ word: WordAttributes) -> Bool {
        word.isParticle || word.gazetteer & (Gazetteer.country | Gazetteer.continent | Gazetteer.demonym) != 0
            || (word.gazetteer != 0 && (word.casing == 0 || word.casing >= 5))
    }

    /// Sums the weights of `rows` of a full table (`(1 << bits) * EntityTag.count` weights,
    /// as the trainer keeps it) into `scores`.
    @inline(__always)
    static func score(rows: UnsafeBufferPointer<UInt32>, weights: UnsafeBufferPointer<Float>, into scores: UnsafeMutableBufferPointer<Float>) {
        let tagCount = EntityTag.count
        for t in 0..<tagCount { scores[t] = 0 }
        for row in rows {
            let w = weights.baseAddress! + Int(row) * tagCount
            for t in 0..<tagCount { scores[t] += w[t] }
        }
    }

}
