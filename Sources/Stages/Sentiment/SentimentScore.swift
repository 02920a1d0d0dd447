import GlossCore

/// How a stretch of text leans: VADER's compound score and the shares of positive, neutral
/// and negative weight in it.
public struct SentimentScore: Sendable, Hashable {
    /// From -1 (most negative) to +1 (most positive); 0 when nothing rated was found.
    public var compound: Double
    /// The shares of positive, neutral and negative weight; they add up to 1 (all 0 for a
    /// text without words).
    public var positive: Double
    public var neutral: Double
    public var negative: Double

    public init(compound: Double = 0, positive: Double = 0, neutral: Double = 0, negative: Double = 0) {
        self.compound = compound
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
    }

    /// Writes `"compound":…,"pos":…,"neu":…,"neg":…` members, rounded to four places.
    private static let keys = (
        compound: JSONKey("compound"), pos: JSONKey("pos"), neu: JSONKey("neu"), neg: JSONKey("neg"))

    func writeMembers(to writer: inout JSONWriter) {
        writer.member(Self.keys.compound, compound, places: 4)
        writer.member(Self.keys.pos, positive, places: 4)
        writer.member(Self.keys.neu, neutral, places: 4)
        writer.member(Self.keys.neg, negative, places: 4)
    }
}
