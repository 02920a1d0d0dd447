import GlossCore
import GlossEntities

/// Scores how each sentence, and the document, leans: VADER's lexicon and rules, sentence by
/// sentence, on the document's own tokens.
///
/// ```
///   tokens of a sentence ──chunks──▶ words ──lexicon──▶ valences ──rules──▶ sum ──▶ compound
///   (touching tokens form    (ASCII punctuation      (negation, boosters,   x / sqrt(x² + 15)
///    one chunk, as VADER's    stripped; emoji →       caps, "but", "least",  + pos/neu/neg
///    whitespace split does)   their descriptions)     idioms, ! and ?)
/// ```
///
/// The lexicon is VADER's (7,520 words and emoticons, emoji through their descriptions) with
/// news vocabulary added where VADER has none (AFINN-en-165 words on VADER's scale and
/// inflections of rated verbs; see `scripts/build-sentiment-lexicon.py`); `news=false` keeps
/// VADER's alone. The rules are in `ValenceRules`. A document's score is the mean of its
/// sentences' scores weighted by their number of words. When the `entities` stage ran first,
/// each linked entity gets the mean score of the sentences that mention it (`EntitySentiment`).
///
/// - Requires: `tokens` and `sentences` (and so `text`). Uses, when present: `entities`
///   (declared in `uses`: a pipeline with `entities` after this stage builds with a warning).
///   Provides: `sentiment` (`SentimentLayer`).
/// - Cost: O(t) in tokens: one hash lookup of each word's bytes, case-folded as it is hashed,
///   no allocation per token; rules look at most three words back and two ahead.
/// - Thread safety: a value holding an immutable lexicon; safe to share.
public struct SentimentScorer: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "sentiment",
        summary: "scores each sentence and the document with VADER's lexicon and rules (compound, pos, neu, neg)",
        requires: [.tokens, .sentences], uses: [.entities], provides: [.sentiment], options: [Option.news],
        cost: "O(t) in tokens, one hash lookup per word")

    /// The options, declared once (read in `init(options:)`).
    public enum Option {
        public static let news = StageOption(
            "news", "add news vocabulary (AFINN words and verb inflections) to VADER's lexicon", default: true)
    }

    /// The words, emoji and rule words scored with.
    public let lexicon: SentimentLexicon

    public init(lexicon: SentimentLexicon) { self.lexicon = lexicon }

    /// The scorer with the bundled lexicon (read once per process).
    public init(news: Bool = Option.news.defaultValue) throws {
        self.init(lexicon: try (news ? Self.withNews : Self.vaderOnly).get())
    }

    public init(options: StageOptions) throws {
        try self.init(news: options[Option.news])
    }

    private static let withNews = Result { try SentimentLexicon.bundled(news: true) }
    private static let vaderOnly = Result { try SentimentLexicon.bundled(news: false) }

    public func process(_ document: inout Document) throws {
        let tokens = document.tokens
        let sentences = document.sentences
        var result = document.withTextBytes { score($0, tokens: tokens, sentences: sentences) }
        if let entities = document[EntityLayer.self] {
            result.entities = EntitySentiment.aggregate(result.sentences, entities: entities)
        }
        document[SentimentLayer.self] = result
    }

    /// The scores of UTF-8 `text` with its `tokens` and `sentences` (as `Document` holds them).
    public func score(_ text: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence]) -> DocumentSentiment {
        guard let base = text.baseAddress else { return DocumentSentiment(sentences: []) }
        let rules = ValenceRules(lexicon: lexicon)
        var words: [SentimentWord] = []
        words.reserveCapacity(tokens.count)
        var valences: [Double] = []
        var scored: [SentenceSentiment] = []
        scored.reserveCapacity(sentences.count)
        tokens.withUnsafeBufferPointer { tokens in
            for sentence in sentences {
                words.removeAll(keepingCapacity: true)
                let marks = SentimentWord.collect(base, tokens: tokens, range: sentence.tokens, lexicon: lexicon, into: &words)
                let (score, valence) = words.withUnsafeBufferPointer {
                    rules.score($0, exclamations: marks.exclamations, questions: marks.questions, valences: &valences)
                }
                scored.append(SentenceSentiment(span: sentence.span, words: words.count, score: score, valence: valence))
            }
        }
        return DocumentSentiment(sentences: scored)
    }
}
