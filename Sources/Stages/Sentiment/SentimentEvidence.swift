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
    /// The summed valence of each sentence's last clause (the words after its last clause
    /// mark; the whole sentence when it has one clause): where news prose puts its verdict.
    public var last: Double
    /// The summed valence of the words only the news lexicon rates (not VADER's own words),
    /// so that a calibration can weigh the news vocabulary apart.
    public var news: Double
    /// The summed valence of the words the rules turned against their rating (negated,
    /// denied, prevented, a movement's tone): how much of the text is read as reversed.
    public var reversed: Double
    /// The largest single positive and the most negative single valence of a word, after the
    /// rules (0 when there is none): the strongest word of each side.
    public var peakPositive: Double
    public var peakNegative: Double
    /// How many sentences.
    public var sentences: Double

    public init(
        valence: Double = 0, positive: Double = 0, negative: Double = 0, words: Double = 0, rated: Double = 0,
        reported: Double = 0, hedged: Double = 0, last: Double = 0, news: Double = 0, reversed: Double = 0,
        peakPositive: Double = 0, peakNegative: Double = 0, sentences: Double = 0
    ) {
        self.valence = valence
        self.positive = positive
        self.negative = negative
        self.words = words
        self.rated = rated
        self.reported = reported
        self.hedged = hedged
        self.last = last
        self.news = news
        self.reversed = reversed
        self.peakPositive = peakPositive
        self.peakNegative = peakNegative
        self.sentences = sentences
    }

    /// The evidence of one sentence: its words' `valences` and the emphasis added to their sum.
    init(valences: [Double], emphasis: Double) {
        self.init(words: Double(valences.count))
        for value in valences {
            valence += value
            if value > 0 {
                positive += value
                rated += 1
            } else if value < 0 {
                negative += value
                rated += 1
            }
        }
        if valence > 0 { valence += emphasis } else if valence < 0 { valence -= emphasis }
    }

    public static func + (lhs: SentimentEvidence, rhs: SentimentEvidence) -> SentimentEvidence {
        SentimentEvidence(
            valence: lhs.valence + rhs.valence, positive: lhs.positive + rhs.positive,
            negative: lhs.negative + rhs.negative, words: lhs.words + rhs.words, rated: lhs.rated + rhs.rated,
            reported: lhs.reported + rhs.reported, hedged: lhs.hedged + rhs.hedged, last: lhs.last + rhs.last,
            news: lhs.news + rhs.news, reversed: lhs.reversed + rhs.reversed,
            peakPositive: max(lhs.peakPositive, rhs.peakPositive), peakNegative: min(lhs.peakNegative, rhs.peakNegative),
            sentences: lhs.sentences + rhs.sentences)
    }

    /// Adds what the sentence's structure shows: the valence of its last clause, of its
    /// news-only words and of its reversed words, its strongest words, one sentence.
    /// `valences` are the final ones, one per word of `words`.
    ///
    /// Cost: O(words), no allocation.
    mutating func addStructure(
        _ words: UnsafeBufferPointer<SentimentWord>, valences: [Double], lexicon: SentimentLexicon
    ) {
        sentences += 1
        var lastClause = 0.0
        for (word, value) in zip(words, valences) {
            lastClause += value
            if word.endsClause { lastClause = 0 }
            guard value != 0, word.id >= 0 else { continue }
            if word.id >= lexicon.newsFirst { news += value }
            let rated = lexicon.rating(word.id)
            if rated * value < 0 { reversed += value }
            peakPositive = max(peakPositive, value)
            peakNegative = min(peakNegative, value)
        }
        // a clause mark after the last word ends no clause
        if let end = words.indices.last, words[end].endsClause {
            lastClause = valences[end]
            var k = end - 1
            while k >= 0 && !words[k].endsClause {
                lastClause += valences[k]
                k -= 1
            }
        }
        last += lastClause
    }
}
