import Foundation
import Testing

@testable import gloss

/// What `gloss evaluate entities` prints; the scoring itself is tested in GlossEvaluationTests.
@Suite struct EvaluateEntitiesTests {
    @Test func printsTheFiguresOfEachFile() throws {
        let gold = "# text = Angela Merkel visited Paris.\n1\tAngela\tB-PER\n2\tMerkel\tI-PER\n3\tvisited\tO\n4\tParis\tB-LOC\n5\t.\tO\n\n"
        let path = NSTemporaryDirectory() + "gloss-entities-\(UUID().uuidString).iob2"
        try gold.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Subprocess.run("gloss", ["evaluate", "entities", path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("\(path): 1 sentences, 5 tokens, ") == true)
        #expect(lines.count == 7)  // the headline, PER/ORG/LOC, all, and the four types
        #expect(lines.dropFirst().allSatisfy { $0.contains("(gold ") })
        #expect(lines.contains { $0.hasPrefix("  PER/ORG/LOC ") && $0.contains("(gold 2, ") })
    }
}
