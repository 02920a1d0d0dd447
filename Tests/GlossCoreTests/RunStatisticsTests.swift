import GlossCore
import Testing

@Suite struct RunStatisticsTests {
    @Test func sharesAndPercentiles() {
        var figures = RunStatistics(stageNames: ["a", "b"])
        figures.stages[1].nanoseconds = 300
        figures.stages[2].nanoseconds = 100
        #expect(figures.share(of: "a") == 0.75)
        #expect(figures.share(of: "missing") == 0)
        figures.latencyBuckets[3] = 9  // 9 documents of 4–8 µs
        figures.latencyBuckets[10] = 1  // 1 of 512–1024 µs
        #expect(figures.latencyPercentile(0.5) == 8)
        #expect(figures.latencyPercentile(0.99) == 1024)
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
}
