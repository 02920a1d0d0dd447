import Foundation
import Testing

@testable import GlossEvaluation

@Suite struct SentimentEvaluationTests {
    /// A small ground-truth file in VADER's format (CRLF), with ratings a reader would give.
    static let truth = [
        "a1\t2.5\tWhat a wonderful, happy day!",
        "a2\t-3.0\tThe service was terrible and the food was awful.",
        "a3\t0.0\tThe train leaves at nine.",
        "a4\t1.2\tThe room was nice enough.",
        "a5\t-1.5\tI did not like the ending.",
    ].joined(separator: "\r\n") + "\r\n"

    @Test func parsesCRLFLinesIntoItems() throws {
        let items = try SentimentEvaluation.parse(Self.truth, path: "t")
        #expect(items.count == 5)
        #expect(items[1] == SentimentEvaluation.Item(id: "a2", rating: -3, text: "The service was terrible and the food was awful."))
        #expect(throws: (any Error).self) { try SentimentEvaluation.parse("a1\tnot a number\ttext\n", path: "t") }
    }

    @Test func pearsonOfKnownSeries() {
        #expect(abs(SentimentEvaluation.pearson([1, 2, 3], [2, 4, 6]) - 1) < 1e-12)
        #expect(abs(SentimentEvaluation.pearson([1, 2, 3], [3, 2, 1]) + 1) < 1e-12)
        #expect(SentimentEvaluation.pearson([1, 1, 1], [1, 2, 3]) == 0)
    }

    @Test func accuracyCountsSignsOfTheItemsRatedNonZero() {
        // rating 0 is left out; a score of exactly 0 is wrong
        let (correct, rated) = SentimentEvaluation.signAgreement([0.5, -0.2, 0, 0.3, -0.1], [1, -2, 3, 0, 1])
        #expect(correct == 2 && rated == 4)
    }

    @Test func theReportLineAndScoreTable() {
        var result = SentimentEvaluation.Result(
            items: 2, pearson: 0.5, correct: 1, rated: 2, sentences: 4, bytes: 2_000_000, seconds: 2, jobs: 1, scores: [0.25, -1])
        result.vader = 0.25
        #expect(
            result.text(file: "f")
                == "f: 2 items, r 0.500 (VADER's rules 0.250), accuracy 0.500 (1/2 non-zero), 0.0k sentences/s, 1.0 MB/s per worker (whole pipeline)")
        let items = [SentimentEvaluation.Item(id: "a", rating: 1, text: "x"), SentimentEvaluation.Item(id: "b", rating: -2, text: "y")]
        #expect(result.scoreLines(file: "f", items: items) == "f\ta\t1.0\t0.25\nf\tb\t-2.0\t-1.0\n")
        #expect(result.json(file: "f")["pearson_vader_rules"] as? Double == 0.25)
    }

    @Test func scoresItemsWithTheStageAndVADERsRulesBeside() throws {
        let items = try SentimentEvaluation.parse(Self.truth, path: "t")
        let result = try SentimentEvaluation.score(items, settings: SentimentEvaluation.Settings())
        #expect(result.items == 5 && result.rated == 4 && result.scores.count == 5)
        #expect(result.correct == 4)
        #expect(result.pearson > 0.9)
        #expect((result.vader ?? 0) > 0.9)
    }
}
