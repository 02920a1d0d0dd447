import GlossCore

/// The sentiment of one sentence.
public struct SentenceSentiment: Sendable, Hashable {
    /// The sentence's span of the text.
    public var span: Span
    /// How many words VADER's rules saw in it (whitespace-delimited chunks and emoji words):
    /// its weight in the document's score.
    public var words: Int
    public var score: SentimentScore
    /// The summed valence of its words (with the emphasis of `!` and `?`) that `score.compound`
    /// normalises; sentences' valences add up to the valence of the text they make.
    public var valence: Double

    public init(span: Span, words: Int, score: SentimentScore, valence: Double) {
        self.span = span
        self.words = words
        self.score = score
        self.valence = valence
    }
}
