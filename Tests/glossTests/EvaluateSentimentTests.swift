import Foundation
import Testing

@testable import gloss

@Suite struct EvaluateSentimentTests {
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

    @Test func scoresAFileThroughTheCommand() throws {
        let path = NSTemporaryDirectory() + "gloss-sentiment-\(UUID().uuidString).txt"
        try Self.truth.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Subprocess.run("gloss", ["evaluate", "sentiment", path, "--json", "--combined"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let file = try #require(report.first)
        #expect(file["items"] as? Int == 5)
        #expect(file["rated_nonzero"] as? Int == 4)
        #expect(file["accuracy"] as? Double == 1)
        #expect((file["pearson"] as? Double ?? 0) > 0.9)
    }
}
