import Foundation
import Testing

@testable import gloss

@Suite struct EvaluateSentimentTests {
    /// Three rated texts in VADER's format (CRLF), with ratings a reader would give. The
    /// scoring itself is tested in GlossEvaluationTests; this checks what the command prints.
    static let truth = [
        "b1\t3.0\tI love this wonderful gift!",
        "b2\t-2.5\tThis is a horrible, sad mess.",
        "b3\t0.0\tThe meeting is on Tuesday.",
    ].joined(separator: "\r\n") + "\r\n"

    @Test func scoresAFileThroughTheCommand() throws {
        let path = NSTemporaryDirectory() + "gloss-sentiment-\(UUID().uuidString).txt"
        try Self.truth.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Subprocess.run("gloss", ["evaluate", "sentiment", path, "--json", "--combined"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let file = try #require(report.first)
        #expect(file["items"] as? Int == 3)
        #expect(file["rated_nonzero"] as? Int == 2)
        #expect(file["accuracy"] as? Double == 1)
        #expect((file["pearson"] as? Double ?? 0) > 0.9)
    }
}
