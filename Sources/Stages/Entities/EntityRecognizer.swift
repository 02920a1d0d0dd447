import Foundation
import GlossCore

/// Finds the names of people (PER), organisations (ORG), places (LOC) and other named things
/// (MISC) in each sentence, in CoNLL conventions (a leading "the" or a title such as
/// "President" stays outside the name), and links the mentions of one name within the document.
///
/// ```
///   sentence tokens ──EntityTagger (Viterbi, TagLattice)──▶ BIO tags
///        ──CommonWords──▶ lower-case listed words the document writes as common words untagged ("dan", "cts")
///        ──ListedNames──▶ listed organisations the tagger missed tagged ("European Union")
///        ──NameHeads──▶ names re-typed by their head word ("University of Chicago": ORG),
///                       untagged runs with a head tagged ("the Census Bureau")
///        ──PlaceNamedTeams──▶ a place and a plural nickname re-typed ORG ("Boston Bruins")
///        ──OrganisationContexts──▶ a place or person in a company's context re-typed ORG ("stake in Brunswick")
///        ──CompanySubjects──▶ an untagged subject of a company's verb tagged ORG ("Amoco previously announced")
///        ──BracketedNames──▶ Reuters' "<Kiena Gold Mines Ltd>" and tickers "<DJ>" tagged ORG
///        ──AcronymDefinitions──▶ "Federal Aviation Administration (FAA)": both names, one type
///        ──TitledPersons──▶ the words after a person's title, untagged or unsure, tagged PER ("Finance Minister Barend du Plessis")
///        ──NewsPersons──▶ words news uses as people's names, untagged or unsure, tagged PER ("sanctions on Putin")
///        ──DocumentConsistency──▶ one type per name; repeats and acronyms of found names tagged
///        ──▶ mentions (span, type, confidence) ──NameLinker──▶ entities (canonical name, type, mention count)
/// ```
///
/// The bundled model is a structured averaged perceptron decoded with Viterbi (the mean of the
/// weights of ten models, from ten seeds), trained on Universal NER English-EWT's train and dev
/// sets (CC BY-SA 4.0) and 391 silver Reuters sentences (`scripts/build-news-silver.py`),
/// with gazetteers (GeoNames, US Census, Faker, pytickersymbols) and a word lexicon of Brown
/// clusters from spaCy's lexeme tables (MIT); see `Model/NOTICE.entities.txt`
/// and `scripts/train-entities.sh`. They are read once per process, from their bytes (the model
/// and lexicon files mapped, the gazetteer from its prebuilt table of 190,000 keys,
/// `Gazetteer.init(table:)`): about 0.04 billion instructions, most of them the lexicon's
/// 395,000 words, and 30 MB. Option
/// `model` reads another model file made by `gloss train entities`, with the same gazetteer
/// and lexicon.
///
/// - Requires: `tokens` and `sentences`. Provides: `entities` (`EntityLayer`).
/// - Cost: O(t) in tokens for tagging (per scored token 24 hashed table rows summed and the
///   sums of its own 24 rows and of its rows for the tags before it read from per-worker
///   caches that a word seen before hits, 48 and up to 27 rows when it misses; each token's
///   attributes and lexicon lookup cached by its bytes; two lookups in a per-document word
///   table; scratch reused across the document, no allocation per token); the rules
///   after decoding (listed names, head words, consistency) are O(t), with the consistency
///   rules' tables and the linker's index and arrays kept by the worker and cleared for each
///   document (no new array per document for them); linking is O(m × w) in mentions and their
///   words (`NameLinker`). Memory: about 70 bytes per token, for at most `tokensTaggedAtOnce`
///   tokens at a time (a longer document is tagged in windows of whole sentences).
/// - Thread safety: a value holding an immutable model; safe to share.
public struct EntityRecognizer: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "entities",
        summary: "tags PER, ORG, LOC and MISC names (structured perceptron, Viterbi) and links mentions of one name in a document",
        requires: [.tokens, .sentences], provides: [.entities],
        options: [Option.model],
        cost: "O(t) in tokens, 24 hashed weight rows per scored token and cached sums of its own rows and the tags before it")

    /// The options, declared once (read in `init(options:)`).
    public enum Option {
        public static let model = StageOption(
            "model", "a model file from 'gloss train entities' instead of the bundled one", default: "bundled")
    }

    public let tagger: EntityTagger
    public let linker = NameLinker()

    public init(tagger: EntityTagger) { self.tagger = tagger }

    /// The recognizer with the bundled model (read once per process).
    public init() throws { self.init(tagger: try Self.shared.get()) }

    /// Loads the model now (so a missing model file is an error of the pipeline's building).
    public init(options: StageOptions) throws {
        let path = try options[Option.model]
        if path == Option.model.defaultValue {
            try self.init()
        } else {
            self.init(
                tagger: try EntityTagger.bundled(model: EntityModel(contentsOf: URL(fileURLWithPath: path))))
        }
    }

    private static let shared = Result { try EntityTagger.bundled() }

    public func process(_ document: inout Document) throws {
        document[EntityLayer.self] = entities(of: document)
    }

    /// `document`'s entities, tagged and linked with one lending of a worker's caches: the
    /// linker's index and arrays are kept there too (`NameLinker.Scratch`). The document is
    /// borrowed: the closure captured `process`' `inout` document, which was copied (each of
    /// its arrays retained and released) to be read there.
    private func entities(of document: Document) -> EntityLayer.Value {
        tagger.caches.withCaches { lent in
            let found = findMentions(in: document, tokensAtOnce: Self.tokensTaggedAtOnce, keepingWords: true, caches: &lent)
            return linker.link(
                found.mentions, in: document, words: found.words ?? NameLinker.keys(of: found.mentions, in: document),
                scratch: &lent.linking)
        }
    }

    /// The mentions the tagger finds in `document`'s sentences, in text order.
    public func findMentions(in document: Document) -> [NameLinker.Mention] {
        findMentions(in: document, tokensAtOnce: Self.tokensTaggedAtOnce)
    }

    /// The mentions in `document`, tagging at most `tokensAtOnce` tokens at a time (`windows`),
    /// in arrays a worker keeps from one document to the next (`DocumentBuffers`, lent with
    /// the tagger's caches once for the whole document).
    func findMentions(in document: Document, tokensAtOnce: Int) -> [NameLinker.Mention] {
        findMentions(in: document, tokensAtOnce: tokensAtOnce, keepingWords: false).mentions
    }

    /// The mentions as `findMentions(in:tokensAtOnce:)` finds them and, with `keepingWords`,
    /// their words' hashes for `NameLinker` (`NameLinker.keys(of:in:described:)`) read from the
    /// tagger's attributes of the document's words when it was tagged in one window (nil
    /// otherwise, or for a document without tokens), rather than hashed from the text again.
    func findMentions(
        in document: Document, tokensAtOnce: Int, keepingWords: Bool
    ) -> (mentions: [NameLinker.Mention], words: [NameLinker.Key]?) {
        tagger.caches.withCaches { lent in
            findMentions(in: document, tokensAtOnce: tokensAtOnce, keepingWords: keepingWords, caches: &lent)
        }
    }

    /// `findMentions(in:tokensAtOnce:keepingWords:)` with the caches `lent` already.
    private func findMentions(
        in document: Document, tokensAtOnce: Int, keepingWords: Bool, caches lent: inout TaggerCaches
    ) -> (mentions: [NameLinker.Mention], words: [NameLinker.Key]?) {
        let tokenCount = document.tokens.count
        let sentences = document.sentences
        guard tokenCount > 0, !sentences.isEmpty else { return ([], nil) }
        var buffers = DocumentBuffers()
        swap(&buffers, &lent.document)
        defer {
            buffers.release()
            swap(&buffers, &lent.document)
            lent.consistency.release()
        }
        buffers.prepare(tokenCount: tokenCount, sentences: sentences)
        if tokenCount <= tokensAtOnce {
            // One window, without the array of windows.
            tag((0..<tokenCount, buffers.ranges.indices), of: document, caches: &lent, buffers: &buffers)
        } else {
            for window in Self.windows(buffers.ranges, tokenCount: tokenCount, limit: tokensAtOnce) {
                tag(window, of: document, caches: &lent, buffers: &buffers)
                // A large window's consistency tables do not stay through the next one's tagging.
                lent.consistency.release()
            }
        }
        let mentions = Self.mentions(document.tokens, sentences: sentences, tags: buffers.tags, confidence: buffers.confidence)
        guard keepingWords, tokenCount <= tokensAtOnce else { return (mentions, nil) }
        return (mentions, NameLinker.keys(of: mentions, in: document, described: buffers.words))
    }

    /// Describes and tags the tokens and sentences of one `window` of `document` into
    /// `buffers` (prepared for the document).
    private func tag(
        _ window: (tokens: Range<Int>, sentences: Range<Int>), of document: Document, caches lent: inout TaggerCaches,
        buffers: inout DocumentBuffers
    ) {
        let first = window.tokens.lowerBound
        let local =
            first == 0 && window.sentences == buffers.ranges.indices
            ? buffers.ranges : buffers.ranges[window.sentences].map { ($0.lowerBound - first)..<($0.upperBound - first) }
        let tokens = document.tokens
        buffers.withWindow(words: window.tokens.count) { words, tags, confidence, memory in
            document.withTextBytes { text in
                guard let base = text.baseAddress else { return }
                tokens.withUnsafeBufferPointer { tokens in
                    tagger.tag(
                        document: base, tokens: UnsafeBufferPointer(rebasing: tokens[window.tokens]), sentences: local,
                        caches: &lent, memory: &memory, words: words, tags: tags + first, confidence: confidence + first)
                }
            }
        }
    }

    /// The names tagged in `tags` within `sentences`, with the mean of their tokens' `confidence`.
    private static func mentions(
        _ tokens: [Token], sentences: [Sentence], tags: [EntityTag], confidence: [Float]
    ) -> [NameLinker.Mention] {
        var mentions: [NameLinker.Mention] = []
        // Room for every name at once: there are no more names than tokens tagged other than O.
        mentions.reserveCapacity(tags.reduce(0) { $0 + ($1 == .outside ? 0 : 1) })
        for sentence in sentences {
            EntityTag.forEachName(in: tags[sentence.tokens]) { name, type in
                var sum = 0.0
                for i in name { sum += Double(confidence[i]) }
                mentions.append(
                    NameLinker.Mention(
                        span: Span(start: Int(tokens[name.lowerBound].span.start), end: Int(tokens[name.upperBound - 1].span.end)),
                        tokens: name, type: type, confidence: sum / Double(name.count)))
            }
        }
        return mentions
    }

    /// The most tokens tagged at once: their word attributes (about 64 bytes each) are held
    /// together, so a document of more (8 MB of "Hi. " has 4 million) is tagged in windows of
    /// whole sentences, each with its own document memory and consistency rules; mentions are
    /// still linked over the whole document.
    static let tokensTaggedAtOnce = 1 << 20

    /// The windows of whole sentences, at most `limit` tokens each unless one sentence is longer,
    /// that a document of `tokenCount` tokens with sentences `ranges` is tagged in: all its
    /// tokens and sentences at once when there are at most `limit` tokens.
    static func windows(
        _ ranges: [Range<Int>], tokenCount: Int, limit: Int
    ) -> [(tokens: Range<Int>, sentences: Range<Int>)] {
        guard tokenCount > limit else { return [(0..<tokenCount, ranges.indices)] }
        var windows: [(tokens: Range<Int>, sentences: Range<Int>)] = []
        var first = 0
        while first < ranges.count {
            var last = first + 1
            while last < ranges.count && ranges[last].upperBound - ranges[first].lowerBound <= limit { last += 1 }
            windows.append((ranges[first].lowerBound..<ranges[last - 1].upperBound, first..<last))
            first = last
        }
        return windows
    }
}
