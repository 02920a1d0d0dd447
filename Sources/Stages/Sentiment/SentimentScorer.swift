import GlossCore
import GlossEntities

/// Scores how each sentence, and the document, leans: VADER's lexicon and rules, sentence by
/// sentence, on the document's own tokens, read through a calibration learnt across domains.
///
/// ```
///   tokens of a sentence ──chunks──▶ words ──lexicon──▶ valences ──rules──▶ evidence ──▶ compound
///   (touching tokens form    (punctuation and       (negation, boosters,    (valence,    calibrated: a linear
///    one chunk, as VADER's    quotes stripped;       caps, "least", idioms;  positive,    model of the evidence
///    whitespace split does)   emoji → descriptions)  clauses: contrast,      negative,    rules: x / sqrt(x² + 15)
///                                                    attribution, hedges)    words …)
/// ```
///
/// Two scorers (option `scorer`):
/// - `calibrated` (the default): `ClauseRules` in place of VADER's "but" rule (contrast beyond
///   "but", concessions, reported speech and quotations, hedges, counterfactuals, denials
///   with "to" as negations: "failed to win"; verbs of prevention and harm negate their object,
///   "avoid layoffs", "undermine confidence"; nouns of doubt void the good thing they question,
///   "doubts over the recovery"; a movement word takes the tone of the quantity
///   that moves, `MovementRule`: "costs rose 5 pct" bad, "cut costs" good, "the deficit
///   with the world narrowed" good; an adjective of
///   magnitude takes the sign of the bad thing it grades, "a strong hit"; "like" as a
///   preposition carries nothing, "less" reverses the next word, a negation reaches across
///   articles and "be"; a rated word in an organisation's name carries nothing, "the Security
///   Council"; "effectively" as "in effect" carries nothing; a modal of obligation before a verb
///   of stopping carries the writer's stance, "should veto"; "too" before an unrated word judges
///   as "excessive" does, "too high"; "no longer" negates as "not" does; a negation stops at a
///   verb of need, whose object counts nothing, "does not need support", unless it is a bad thing,
///   which is spared, "does not need low temperatures"; "mature" as the verb of
///   finance carries nothing, "the notes mature on May 1": `ValenceRules`), then
///   `SentimentCalibration`, a linear model of the evidence trained across the tweet, movie and
///   Amazon rated sets so that it transfers between domains (`gloss train sentiment`,
///   `scripts/train-sentiment.sh`). A sentence's compound and the document's combined
///   compound come from the same model, on the sentence's evidence and on the document's.
/// - `rules`: VADER's rules and compound alone, as `vaderSentiment` 3.3.2 scores.
///
/// The lexicon is VADER's (7,520 words and emoticons, emoji through their descriptions) with
/// news vocabulary added where VADER has none (AFINN-en-165 words on VADER's scale,
/// inflections of rated verbs, and verbs of conflict and judgement completed or rated through
/// WordNet 3.0, "slams", "berates", see `scripts/build-sentiment-lexicon.py`; Pattern's
/// subjective adjectives, "bleak", "deplorable"; WordNet's nouns of feeling and verbs of
/// emotion rated as their broader feeling, "fret" as "worry"; news compounds in which a rated word names a
/// term or a move, "interest rates", "credit card", "crude oil", "ticked up"; hyphenated words of
/// news rated by their parts, "cease-fire", "debt-ridden"; and editorial degree adverbs, `ClauseWords`);
/// `news=false` keeps VADER's alone. A document's score is the mean
/// of its sentences' scores weighted by their number of words. When the `entities` stage ran
/// first, each linked entity gets the mean score of the sentences that mention it
/// (`EntitySentiment`).
///
/// - Requires: `tokens` and `sentences` (and so `text`). Uses, when present: `entities`
///   (declared in `uses`: a pipeline with `entities` after this stage builds with a warning).
///   Provides: `sentiment` (`SentimentLayer`).
/// - Cost: O(t) in tokens: one hash lookup of each word's bytes, case-folded as it is hashed,
///   no allocation per token; word rules look at most three words back and two ahead (a
///   denial three, through at most `ValenceRules.denialChain` denials in a row), clause rules a
///   few passes over each sentence.
/// - Thread safety: a value holding an immutable lexicon and calibration; safe to share.
public struct SentimentScorer: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "sentiment",
        summary: "scores each sentence and the document with VADER's lexicon and rules, calibrated for news (compound, pos, neu, neg)",
        requires: [.tokens, .sentences], uses: [.entities], provides: [.sentiment],
        options: [Option.news, Option.scorer, Option.calibration],
        cost: "O(t) in tokens, one hash lookup per word")

    /// The options, declared once (read in `init(options:)`).
    public enum Option {
        public static let news = StageOption(
            "news", "add news vocabulary (AFINN words, verb inflections, editorial degree adverbs) to VADER's lexicon",
            default: true)
        public static let scorer = StageOption(
            "scorer", "calibrated: clause rules and a model learnt across domains; rules: VADER's rules and compound alone",
            default: Mode.calibrated)
        public static let calibration = StageOption(
            "calibration", "a calibration file written by `gloss train sentiment` (default: the bundled one)",
            default: "")
    }

    /// Which score a sentence gets from its words' valences.
    public enum Mode: String, Sendable, CaseIterable, StageOptionValue {
        /// `ClauseRules` and `SentimentCalibration`.
        case calibrated
        /// VADER's rules and compound.
        case rules
    }

    /// The words, emoji and rule words scored with.
    public let lexicon: SentimentLexicon
    /// The calibration read with; nil for VADER's rules alone.
    public let calibration: SentimentCalibration?

    public init(lexicon: SentimentLexicon, calibration: SentimentCalibration? = nil) {
        self.lexicon = lexicon
        self.calibration = calibration
    }

    /// The scorer with the bundled lexicon and calibration (each read once per process).
    public init(news: Bool = Option.news.defaultValue, mode: Mode = Option.scorer.defaultValue) throws {
        self.init(
            lexicon: try (news ? Self.withNews : Self.vaderOnly).get(),
            calibration: mode == .calibrated ? try Self.bundledCalibration.get() : nil)
    }

    /// Reads the options and loads the lexicon and calibration now, so a calibration file that
    /// cannot be read is an error of the pipeline's building.
    public init(options: StageOptions) throws {
        let mode = try options[Option.scorer]
        let news = try options[Option.news]
        let path = try options[Option.calibration]
        guard !path.isEmpty else {
            try self.init(news: news, mode: mode)
            return
        }
        guard mode == .calibrated else {
            throw StageError("sentiment: calibration=\(path) needs scorer=calibrated; leave one of them out")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw StageError("sentiment: cannot read the calibration \(path); write one with `gloss train sentiment`")
        }
        self.init(
            lexicon: try (news ? Self.withNews : Self.vaderOnly).get(),
            calibration: try SentimentCalibration(text: text, source: path))
    }

    private static let withNews = Result { try SentimentLexicon.bundled(news: true) }
    private static let vaderOnly = Result { try SentimentLexicon.bundled(news: false) }
    private static let bundledCalibration = Result { try SentimentCalibration.bundled() }

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
        var total = SentimentEvidence()
        var scored: [SentenceSentiment] = []
        scored.reserveCapacity(sentences.count)
        forEachSentence(text, tokens: tokens, sentences: sentences, clauses: calibration?.clauses) { sentence, words, result in
            var score = result.score
            if let calibration { score.compound = calibration.compound(result.evidence) }
            total = total + result.evidence
            scored.append(SentenceSentiment(span: sentence.span, words: words, score: score, valence: result.valence))
        }
        return DocumentSentiment(sentences: scored, combined: calibration?.compound(total))
    }

    /// The evidence of the whole text read with `clauses` (nil: VADER's "but" rule and reading),
    /// what a calibration is trained on.
    public func evidence(
        _ text: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence], clauses: ClauseRules?
    ) -> SentimentEvidence {
        var total = SentimentEvidence()
        forEachSentence(text, tokens: tokens, sentences: sentences, clauses: clauses) { _, _, result in
            total = total + result.evidence
        }
        return total
    }

    private func forEachSentence(
        _ text: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence], clauses: ClauseRules?,
        _ body: (Sentence, Int, (score: SentimentScore, valence: Double, evidence: SentimentEvidence)) -> Void
    ) {
        guard let base = text.baseAddress else { return }
        let rules = ValenceRules(lexicon: lexicon, clauses: clauses)
        var words: [SentimentWord] = []
        words.reserveCapacity(tokens.count)
        var valences: [Double] = []
        tokens.withUnsafeBufferPointer { tokens in
            for sentence in sentences {
                words.removeAll(keepingCapacity: true)
                let marks = SentimentWord.collect(
                    base, tokens: tokens, range: sentence.tokens, lexicon: lexicon, typographic: clauses != nil, into: &words)
                let result = words.withUnsafeBufferPointer {
                    rules.score($0, exclamations: marks.exclamations, questions: marks.questions, valences: &valences)
                }
                body(sentence, words.count, result)
            }
        }
    }
}
