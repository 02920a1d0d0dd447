import Testing

@testable import GlossEvaluation

@Suite struct ShingleMetricTests {
    @Test func tokensAreUnicodeWordRuns() {
        #expect(ShingleMetric.tokens("Don't stop—the año 2025_x, ok?") == ["Don", "t", "stop", "the", "año", "2025_x", "ok"])
        #expect(ShingleMetric.tokens("¡¿ — !?").isEmpty)
        // Python's \w leaves combining marks out: a decomposed é splits the word.
        #expect(ShingleMetric.tokens("cafe\u{301} au") == ["cafe", "au"])
    }

    @Test func shortTextsAreOneShorterShingle() {
        #expect(ShingleMetric.shingles("one two") == ["one\u{1}two": 1])
        #expect(ShingleMetric.shingles("").isEmpty)
        #expect(ShingleMetric.shingles("a b c d a b c d").count == 4)  // abcd twice, bcda, cdab
        #expect(ShingleMetric.shingles("a b c d a b c d")["a\u{1}b\u{1}c\u{1}d"] == 2)
    }

    @Test func identicalTextsScoreOne() {
        let score = ShingleMetric.score(expected: "The cat sat on the mat today.", extracted: "The cat sat on the mat today!")
        #expect(score.precision == 1 && score.recall == 1)
    }

    @Test func extraAndMissingTextCountPerPage() {
        // 5 expected shingles; the extraction has 3 of them plus 2 of its own.
        let expected = "a b c d e f g h"
        let extracted = "c d e f g h x y"
        let score = ShingleMetric.score(expected: expected, extracted: extracted)
        // tp 3 (cdef, defg, efgh), fp 2 (fghx, ghxy), fn 2 (abcd, bcde): P = R = 3/5.
        #expect(abs(score.precision - 0.6) < 1e-9 && abs(score.recall - 0.6) < 1e-9)
    }

    @Test func emptyExtractionScoresZeroAndEmptyPairScoresOne() {
        let missed = ShingleMetric.score(expected: "some words in the article", extracted: "")
        #expect(missed.precision == 0 && missed.recall == 0)
        let nothing = ShingleMetric.score(expected: "", extracted: "")
        #expect(nothing.precision == 1 && nothing.recall == 1)
    }

    @Test func f1IsTheHarmonicMeanOfTheAverages() {
        let summary = ShingleMetric.summarize([
            ShingleMetric.Score(precision: 1, recall: 0.5), ShingleMetric.Score(precision: 0.5, recall: 1),
        ])
        #expect(summary.precision == 0.75 && summary.recall == 0.75 && summary.f1 == 0.75)
    }
}
