import Foundation
import GlossCore
import GlossStages
import Testing

@testable import bench

@Suite struct BenchTests {
    /// A smoke run of the real executable on a tiny corpus (CI runs no long benchmark).
    @Test func smokeRunPrintsFiguresAsJSON() throws {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let process = Process()
        process.executableURL = directory.appendingPathComponent("bench")
        process.arguments = ["--megabytes", "0.05", "--runs", "1", "--jobs", "1,2", "--json"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(report["runs"] as? [[String: Any]])
        #expect(runs.map { $0["jobs"] as? Int } == [1, 2])
        #expect((report["bytes"] as? Int ?? 0) >= 50_000)
        #expect((report["floor_megabytes_per_second"] as? Double ?? 0) > 0)
        let median = try #require(runs[0]["median"] as? [String: Any])
        #expect((median["tokens"] as? Int ?? 0) > 0)
        #expect((median["stages"] as? [[String: Any]])?.map { $0["name"] as? String } == ["read"] + StageRegistry.defaultStageNames)
    }

    @Test func syntheticCorpusIsDeterministicAndRealistic() {
        let first = Corpus.synthetic(seed: 7, megabytes: 0.02)
        let again = Corpus.synthetic(seed: 7, megabytes: 0.02)
        let other = Corpus.synthetic(seed: 8, megabytes: 0.02)
        #expect(first.documents == again.documents)
        #expect(first.documents != other.documents)
        #expect(first.bytes >= 20_000)
        let text = String(decoding: first.documents.joined(), as: UTF8.self)
        #expect(text.contains("\n\n") && text.contains("“") && text.contains("%"))
    }

    @Test func replicationReachesTheSizeAsked() {
        let corpus = Corpus(name: "tiny", documents: [Array("abc".utf8), Array("defgh".utf8)])
        let grown = corpus.replicated(toMegabytes: 0.0001)  // 100 bytes
        #expect(grown.bytes >= 100 && grown.bytes < 108)
        #expect(grown.documents.count > 2)
    }

    @Test func reportComputesScalingAgainstOneJob() {
        var report = BenchReport(corpus: "c", documents: 1, bytes: 1, stages: ["tokenize"], floorMegabytesPerSecond: 100)
        var one = RunStatistics(stageNames: ["tokenize"])
        one.inputBytes = 10_000_000
        one.wallNanoseconds = 1_000_000_000
        var two = one
        two.wallNanoseconds = 500_000_000
        report.add(jobs: 1, runs: [one])
        report.add(jobs: 2, runs: [two])
        #expect(report.scaling(report.rows[1]) == 2)
        #expect(report.table().contains("2.00x"))
    }
}
