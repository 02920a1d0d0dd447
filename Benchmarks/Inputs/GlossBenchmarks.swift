import Benchmark
import Foundation
import GlossCore

/// What the benchmark suites share: their configuration and the seed documents as Gloss
/// documents.
public enum GlossBenchmarks {
    /// Wall-clock time, throughput and malloc calls, for at most a second or 10,000 iterations
    /// per benchmark, after three warm-up iterations (which load the models and lexicons).
    ///
    /// CPU time and peak resident memory are left out of the default set because the package
    /// reads them from `/proc` at the start and end of every sample, inside the window in which
    /// it counts mallocs: with them, each sample counts 16 to 23 extra mallocs that vary from
    /// sample to sample. Without them the counts are exact and the same on every run, which is
    /// what the thresholds need. Ask for them with `--metric cpuTotal --metric peakMemoryResident`.
    ///
    /// Thresholds gate the malloc count alone, at the 90th percentile, within 5% either way
    /// (past that, `thresholds check` reports a regression, or an improvement to commit): room
    /// for a libxml2, libc or Foundation that allocates a little differently, while one more
    /// allocation per token or per sentence fails. Times are reported, never gated.
    public static var configuration: Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock, .throughput, .mallocCountTotal],
            warmupIterations: 3,
            maxDuration: .seconds(1),
            maxIterations: 10_000,
            thresholds: [.mallocCountTotal: BenchmarkThresholds(relative: [.p90: 5.0])])
    }

    /// The seed news page as a document to ingest, declared `text/html` as a crawl would.
    public static func page() throws -> Document {
        var metadata = Metadata()
        metadata.contentType = "text/html; charset=utf-8"
        return Document(id: "seed.html", raw: try Seeds.page(), metadata: metadata)
    }

    /// The seed page with its article 20 times over (`Seeds.largePage`), declared `text/html`.
    public static func largePage() throws -> Document {
        var metadata = Metadata()
        metadata.contentType = "text/html; charset=utf-8"
        return Document(id: "seed-large.html", raw: try Seeds.largePage(), metadata: metadata)
    }

    /// The seed article as a document to ingest as plain text.
    public static func article() throws -> Document {
        Document(id: "seed.txt", raw: Array(try Seeds.article().utf8))
    }
}
