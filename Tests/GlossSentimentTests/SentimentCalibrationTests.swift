import GlossCore
import Testing

@testable import GlossSentiment
import GlossStages
import GlossText

@Suite struct SentimentCalibrationTests {
    let calibration = SentimentCalibration(
        clauses: ClauseRules(reported: 0.75, hedged: 0.5, counterfactual: -0.5),
        weights: [(.compound, 3), (.mean, 0.5), (.density, -0.25)], scale: 4)

    @Test func itsTextFormatRoundTrips() throws {
        let text = calibration.text(header: ["made by a test"])
        #expect(text.hasPrefix("# made by a test\nclauses before=0.5 after=1.5 reported=0.75 hedged=0.5 counterfactual=-0.5\n"))
        #expect(try SentimentCalibration(text: text, source: "t") == calibration)
    }

    @Test(arguments: [
        "weight nonsense 1\n", "clauses before\n", "clauses loud=2\n", "scale 0\nweight compound 1\n", "bias 1\n", "# nothing\n",
    ])
    func malformedTextSaysHowToRebuild(_ text: String) {
        #expect {
            try SentimentCalibration(text: text, source: "t.txt")
        } throws: { error in
            "\(error)".contains("t.txt") && "\(error)".contains("scripts/train-sentiment.sh")
        }
    }

    @Test func noEvidenceScoresZeroAndScoresStayWithinOne() {
        #expect(calibration.compound(SentimentEvidence()) == 0)
        #expect(calibration.compound(SentimentEvidence(valence: 400, positive: 400, words: 4, rated: 4)) == 1)
        #expect(calibration.compound(SentimentEvidence(valence: -400, negative: -400, words: 4, rated: 4)) == -1)
    }

    @Test func theScoreIsTheWeightedFeaturesOverTheScale() {
        let evidence = SentimentEvidence(valence: 2, positive: 3, negative: -1, words: 8, rated: 2)
        let expected = (3 * ValenceRules.normalize(2) + 0.5 * 1 - 0.25 * 2 / 3) / 4
        #expect(abs(calibration.compound(evidence) - expected) < 1e-12)
    }

    @Test func eachFeatureReadsTheEvidence() {
        let e = SentimentEvidence(valence: 1, positive: 2, negative: -1, words: 3, rated: 2)
        #expect(SentimentCalibration.Feature.compound.value(e) == ValenceRules.normalize(1))
        #expect(SentimentCalibration.Feature.positive.value(e) == ValenceRules.normalize(2))
        #expect(SentimentCalibration.Feature.negative.value(e) == ValenceRules.normalize(-1))
        #expect(SentimentCalibration.Feature.density.value(e) == 0.5)
        #expect(SentimentCalibration.Feature.mean.value(e) == 0.5)
        #expect(SentimentCalibration.Feature.cubic.value(e) == pow3(ValenceRules.normalize(1)))
        #expect(SentimentCalibration.Feature.brevity.value(e) == ValenceRules.normalize(1) / 3.0.squareRoot())
        let clauses = SentimentEvidence(valence: 1, words: 3, reported: -1, hedged: 0.5)
        #expect(SentimentCalibration.Feature.reported.value(clauses) == -0.5)
        #expect(SentimentCalibration.Feature.hedged.value(clauses) == 0.25)
    }

    @Test func brevityWeighsTheSameWordsUpInAShortText() {
        let short = SentimentEvidence(valence: -3, negative: -3, words: 1, rated: 1)
        let long = SentimentEvidence(valence: -3, negative: -3, words: 25, rated: 1)
        let brevity = SentimentCalibration.Feature.brevity
        #expect(brevity.value(short) == ValenceRules.normalize(-3))
        #expect(abs(brevity.value(long) - ValenceRules.normalize(-3) / 5) < 1e-12)
        // no words: read as one, never a division by zero
        #expect(brevity.value(SentimentEvidence()) == 0)
    }

    private func pow3(_ x: Double) -> Double { x * x * x }

    @Test func theBundledCalibrationLoads() throws {
        let bundled = try SentimentCalibration.bundled()
        #expect(!bundled.weights.isEmpty && bundled.scale > 0)
    }
}

@Suite struct SentimentEvidenceTests {
    @Test func evidenceAddsUpAndCountsRatedWords() {
        let a = SentimentEvidence(valences: [1.5, 0, -2, 0], emphasis: 0.5)
        #expect(a == SentimentEvidence(valence: -1, positive: 1.5, negative: -2, words: 4, rated: 2))
        let b = SentimentEvidence(valences: [2], emphasis: 0)
        #expect(a + b == SentimentEvidence(valence: 1, positive: 3.5, negative: -2, words: 5, rated: 3))
        let c = SentimentEvidence(reported: 1, hedged: -0.5) + SentimentEvidence(reported: -3, hedged: -1)
        #expect(c.reported == -2 && c.hedged == -1.5)
        #expect(SentimentEvidence(valences: [0, 0], emphasis: 1).valence == 0)
    }
}
