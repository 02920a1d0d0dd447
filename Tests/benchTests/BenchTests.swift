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
        let chart = FileManager.default.temporaryDirectory.appendingPathComponent("bench-smoke-\(getpid()).svg")
        defer { try? FileManager.default.removeItem(at: chart) }
        process.arguments = ["--megabytes", "0.05", "--runs", "1", "--jobs", "1,2", "--json", "--svg", chart.path]
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
        #expect((report["peak_resident_kilobytes"] as? Int ?? 0) > 0)
        #expect((report["held_bytes"] as? Int ?? 0) >= 50_000)
        #expect((runs[0]["text_megabytes_per_second"] as? Double ?? 0) > 0)
        let svg = try String(contentsOf: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"))
    }

    /// The bench logic in process, the whole default pipeline on a tiny synthetic HTML corpus:
    /// what CI runs instead of a long benchmark.
    @Test func tinyDefaultRunReportsARowPerJobCount() throws {
        let bench = try Bench.parse(["--megabytes", "0.2", "--runs", "1", "--jobs", "1,2"])
        let pipeline = try StageRegistry.standard.makePipeline(StageRegistry.defaultStageNames)
        let corpus = Corpus.syntheticPages(seed: bench.seed, megabytes: bench.megabytes)
        let report = bench.measure(pipeline: pipeline, corpus: corpus)
        #expect(report.bytes >= 200_000 && report.documents > 0)
        #expect(report.rows.map(\.jobs) == [1, 2])
        for row in report.rows {
            #expect(row.median.records == report.documents && row.median.failures == 0)
            #expect(row.median.tokens > 0 && row.peakResidentKilobytes > 0)
            // Extraction keeps the article and drops the markup and boilerplate around it.
            #expect(row.median.textBytes > 0 && row.median.textBytes < row.median.inputBytes / 2)
        }
        // The headline: the whole pipeline over the parse alone, each 1-job run against the
        // parse timed just before it.
        #expect(report.pipelineRatios.count == 1 && report.pipelineRatios[0] > 0)
        #expect(report.table().hasPrefix("whole pipeline (7 stages, encoding included) / libxml2 parse alone, 1 job, same run: median "))
        let lines = report.table().split(separator: "\n")
        let firstWords = lines.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(firstWords.contains("1") && firstWords.contains("2"))
        #expect(lines.contains { $0.contains("text MB/s") && $0.contains("peak RSS MB") })
        // The corpus the bench holds is named with the peak RSS it is part of.
        #expect(report.heldBytes == corpus.distinctBytes && report.heldBytes > 0)
        #expect(lines.contains { $0.hasPrefix("corpus: ") && $0.hasSuffix(" MB held in memory, part of the peak RSS)") })
        let svg = report.svg()
        #expect(svg.contains("1 job<") && svg.contains("2 jobs<") && svg.contains(">ingest "))
    }

    @Test func batchesOfLargeDocumentsHoldAboutAMegabyte() throws {
        let small = Corpus(name: "small", documents: [[UInt8]](repeating: [UInt8](repeating: 0x61, count: 2_000), count: 3))
        let large = Corpus(name: "large", documents: [[UInt8]](repeating: [UInt8](repeating: 0x61, count: 175_000), count: 3))
        let huge = Corpus(name: "huge", documents: [[UInt8](repeating: 0x61, count: 3_000_000)])
        #expect(Bench.defaultBatchSize(small) == 64)
        #expect(Bench.defaultBatchSize(large) == 5)
        #expect(Bench.defaultBatchSize(huge) == 1)
        #expect(try Bench.parse(["--batch-size", "8"]).batchSize == 8)
        #expect(throws: (any Error).self) { try Bench.parse(["--batch-size", "0"]) }
    }

    @Test func syntheticCorpusIsDeterministicAndRealistic() {
        let first = Corpus.synthetic(seed: 7, megabytes: 0.02)
        let again = Corpus.synthetic(seed: 7, megabytes: 0.02)
        let other = Corpus.synthetic(seed: 8, megabytes: 0.02)
        #expect(first.documents == again.documents)
        #expect(first.documents != other.documents)
        #expect(first.distinctBytes >= 20_000)
        let text = String(decoding: first.documents.joined(), as: UTF8.self)
        #expect(text.contains("\n\n") && text.contains("“") && text.contains("%"))
    }

    @Test func syntheticPagesAreDeterministicHTMLWithBoilerplate() {
        let first = Corpus.syntheticPages(seed: 3, megabytes: 0.05)
        let again = Corpus.syntheticPages(seed: 3, megabytes: 0.05)
        #expect(first.documents == again.documents)
        #expect(first.documents != Corpus.syntheticPages(seed: 4, megabytes: 0.05).documents)
        #expect(first.runSize.bytes >= 50_000)
        #expect(first.contentTypes.allSatisfy { $0 == "text/html" })
        let page = String(decoding: first.documents[0], as: UTF8.self)
        for part in [
            "<!DOCTYPE html>", "<title>", "og:title", "application/ld+json", "cookie-banner", "<nav", "class=\"ad ",
            "<p>", "class=\"related\"", "class=\"comments\"", "<footer", "</html>",
        ] {
            #expect(page.contains(part), "\(part)")
        }
    }

    @Test func largeRunsGoOverAtMostTheDistinctPagesAgain() {
        let corpus = Corpus.syntheticPages(seed: 1, megabytes: 0.2, distinct: 30_000)
        #expect(corpus.distinctBytes >= 30_000 && corpus.distinctBytes < 50_000)
        #expect(corpus.runBytes == 200_000)
        let inputs = Array(corpus.inputs)
        #expect(inputs.count > corpus.documents.count)
        #expect(inputs.allSatisfy { $0.metadata.contentType == "text/html" })
        guard case .bytes(let last) = inputs.last?.payload else { return #expect(Bool(false)) }
        #expect(last == corpus.documents[(inputs.count - 1) % corpus.documents.count])
    }

    @Test func replicationReachesTheSizeAsked() {
        let corpus = Corpus(name: "tiny", documents: [Array("abc".utf8), Array("defgh".utf8)])
        let grown = corpus.replicated(toMegabytes: 0.0001)  // 100 bytes
        #expect(grown.runSize.bytes >= 100 && grown.runSize.bytes < 108)
        #expect(grown.runSize.documents > 2 && grown.documents.count == 2)
    }

    @Test func reportComputesScalingAgainstOneJob() {
        var report = BenchReport(corpus: "c", documents: 1, bytes: 1, stages: ["tokenize"], encoding: true, floorMegabytesPerSecond: 100)
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
