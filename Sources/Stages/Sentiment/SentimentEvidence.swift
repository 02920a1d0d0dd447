/// What the rules found in a stretch of text, in quantities that add up over sentences: the
/// input of `SentimentCalibration`.
///
/// A document's evidence is the sum of its sentences' evidence, so the calibrated score of a
/// whole text and of each sentence come from the same model.
public struct SentimentEvidence: Sendable, Hashable {
    /// The summed valence of the words after every rule, with the emphasis of `!` and `?`
    /// (what VADER's compound normalises).
    public var valence: Double
    /// The summed valences of the words that came out positive, and of those that came out
    /// negative (at most 0).
    public var positive: Double
    public var negative: Double
    /// How many words, and how many of them carry a valence after the rules.
    public var words: Double
    public var rated: Double
    /// The summed valence of the words the clause rules found reported ("X said …", quoted)
    /// and of those they found hedged or counterfactual ("may …", "should have …"), each
    /// after its factor; 0 under VADER's reading.
    public var reported: Double
    public var hedged: Double

    public init(
        valence: Double = 0, positive: Double = 0, negative: Double = 0, words: Double = 0, rated: Double = 0,
        reported: Double = 0, hedged: Double = 0
    ) {
        self.valence = valence
        self.positive = positive
        self.negative = negative
        self.words = words
        self.rated = rated
        self.reported = reported
        self.hedged = hedged
    }

    /// The evidence of one sentence: its words' `valences` and the emphasis added to their sum.
    init(valences: [Double], emphasis: Double) {
        self.init(tally: valences.withUnsafeBufferPointer { ValenceRules.Tally($0) }, emphasis: emphasis)
    }

    /// `init(valences:emphasis:)` from the valences' `tally` (`ValenceRules.Tally`).
    init(tally: ValenceRules.Tally, emphasis: Double) {
        self.init(
            valence: tally.sum, positive: tally.positive, negative: tally.negative, words: Double(tally.count),
            rated: tally.rated)
        if valence > 0 { valence += emphasis } else if valence < 0 { valence -= emphasis }
    }

    public static func + (lhs: SentimentEvidence, rhs: SentimentEvidence) -> SentimentEvidence {
        SentimentEvidence(
            valence: lhs.valence + rhs.valence, positive: lhs.positive + rhs.positive,
            negative: lhs.negative + rhs.negative, words: lhs.words + rhs.words, rated: lhs.rated + rhs.rated,
            reported: lhs.reported + rhs.reported, hedged: lhs.hedged + rhs.hedged)
    }
}
