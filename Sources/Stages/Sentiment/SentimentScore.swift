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

    /// The keys of `writeMembers`, in the order it writes them.
    private static let keys = JSONFourKeys("compound", "pos", "neu", "neg")

    /// Writes `"compound":…,"pos":…,"neu":…,"neg":…` members, rounded to four places: one
    /// start of the writer for the four (`JSONWriter.members`), the same bytes as four
    /// `member(_:_:places:)` calls.
    func writeMembers(to writer: inout JSONWriter) {
        writer.members(Self.keys, compound, positive, neutral, negative, places: 4)
    }
}
