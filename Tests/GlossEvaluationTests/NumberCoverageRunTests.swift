import Foundation
import GlossCore
import GlossStages
import Testing

@testable import GlossEvaluation

@Suite struct NumberCoverageRunTests {
    @Test func readsACorpusAndReportsTheShareAccountedFor() throws {
        let directory = NSTemporaryDirectory() + "coverage-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "Shares rose 4.5% to $12 on Monday, and 300 workers left.".write(
            toFile: directory + "/a.txt", atomically: true, encoding: .utf8)
        try "No numbers here.".write(toFile: directory + "/b.txt", atomically: true, encoding: .utf8)
        try "ignored 99".write(toFile: directory + "/c.skip", atomically: true, encoding: .utf8)
        let report = try NumberCoverageRun(paths: [directory], extensions: ["txt"], samples: 10, seed: 1).run()
        #expect(report.documents == 2)
        #expect(report.coverage.tokens == 3)
        #expect(report.coverage.covered == 3)
        #expect(report.sampler.seen == 3)
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "documents: 2; numeric tokens: 3")
        #expect(lines.contains("  inside a mention: 3 (100.00%)"))
        #expect(lines.contains("accounted for: 100.00%"))
        #expect(lines.contains("sampled mentions (3 of 3, seed 1):"))
    }
}
