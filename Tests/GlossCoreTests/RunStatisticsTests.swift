import GlossCore
import Testing

@Suite struct RunStatisticsTests {
    @Test func sharesAndPercentiles() {
        var figures = RunStatistics(stageNames: ["a", "b"])
        figures.stages[1].nanoseconds = 300
        figures.stages[2].nanoseconds = 100
        #expect(figures.share(of: "a") == 0.75)
        #expect(figures.share(of: "missing") == 0)
        #expect(figures.latencyPercentile(0.5) == 0)
        for _ in 0..<9 { figures.recordLatency(nanoseconds: 5_400) }  // 5 µs: a bucket of its own
        figures.recordLatency(nanoseconds: 1_100_000)  // 1,100 µs: in 1,024–1,151
        #expect(figures.latencyPercentile(0.5) == 5)
        #expect(figures.latencyPercentile(0.99) == 1_151)
    }

    @Test func latencyBucketsAreAnEighthOfAPowerOfTwoWide() {
        var figures = RunStatistics(stageNames: [])
        figures.recordLatency(nanoseconds: 100_000)  // 100 µs: in 96–103
        #expect(figures.latencyPercentile(1) == 103)
        figures = RunStatistics(stageNames: [])
        figures.recordLatency(nanoseconds: 96_000)
        #expect(figures.latencyPercentile(1) == 103)
        figures = RunStatistics(stageNames: [])
        figures.recordLatency(nanoseconds: 95_000)  // in 88–95
        #expect(figures.latencyPercentile(1) == 95)
        figures = RunStatistics(stageNames: [])
        figures.recordLatency(nanoseconds: UInt64.max)  // beyond the last bucket: counted in it
        #expect(figures.latencyPercentile(1) > 1e12)
    }

    @Test func reportsAreReadableAndJSON() {
        var figures = RunStatistics(stageNames: ["tokenize"])
        figures.records = 4
        figures.inputBytes = 2_000_000
        figures.wallNanoseconds = 1_000_000_000
        figures.stages[1].nanoseconds = 500_000_000
        let table = figures.table(jobs: 2)
        #expect(table.contains("documents 4 (failed 0)"))
        #expect(table.contains("2.0 MB/s"))
        let json = figures.json(jobs: 2)
        #expect(json.contains(#""megabytes_per_second":2"#))
        #expect(json.contains(#"{"name":"tokenize","documents":0,"failures":0,"seconds":0.5,"share":1}"#))
        #expect(RunStatistics.format(3.14159, 2) == "3.14" && RunStatistics.format(2, 1) == "2.0")
    }

    @Test func printsAsTheTableNotAStructDump() {
        var figures = RunStatistics(stageNames: ["tokenize"])
        figures.records = 3
        figures.tokens = 12
        figures.stages[1].nanoseconds = 1_000
        let printed = String(describing: figures)
        #expect(printed == figures.table(jobs: nil))
        #expect(printed.hasPrefix("documents 3 (failed 0), input 0.00 MB, 12 tokens, 0 sentences\n"))
        #expect(printed.contains("\ntokenize ") && !printed.contains("StageFigures"))
        #expect(figures.table(jobs: 1).hasPrefix("documents 3 (failed 0), input 0.00 MB, 12 tokens, 0 sentences, 1 job\n"))
    }
}
