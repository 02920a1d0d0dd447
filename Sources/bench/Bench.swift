import ArgumentParser
import Foundation
import GlossCore
import GlossSinks
import GlossSources
import GlossStages

/// `bench`: measures Gloss's throughput on a corpus, for 1..N jobs, with the share of time per
/// stage and the ratio to a floor (a plain scan of the same bytes) measured in the same run.
/// Its headline, printed first, is each 1-job run over libxml2's HTML parse alone timed just
/// before it (`BenchReport.headline`).
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Gloss's throughput on a corpus (build with -c release).",
        discussion: """
            With no path, a synthetic corpus of HTML news pages (deterministic from --seed) is \
            generated: at most 16 MB of distinct pages in memory, gone over again with fresh copies \
            for a larger --megabytes, so memory stays flat. \
            A path may be a directory or file of text or HTML, a JSON Lines file, a web archive, feed \
            or gzip file (the documents in it are used), or an Article Extraction Benchmark \
            ground-truth.json (its articleBody fields are used). When the stages include HTML \
            ingest, libxml2's HTML parse alone is timed over the same bytes before each 1-job run (whole \
            pages; ingest spares libxml2 their script, style and comment bodies, so it may outrun the parse), and \
            the headline, printed first, is the whole run over it (median and range). A corpus from paths is \
            loaded into memory, gone over again up to --megabytes, and run --runs times per job count after a \
            warm-up run; medians and the spread (min–max) are reported. \
            Each record is encoded as JSON Lines, as `gloss analyze` does by default (on the \
            workers, a record too big for them on the delivering thread), and the bytes dropped; \
            --no-encode leaves encoding out and measures the stages alone. The report says which.
            """)

    @Argument(help: "Corpus files or directories (default: synthetic HTML news pages).")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Comma-separated stage names or presets (all, text); default: all, the full analysis.", valueName: "names"))
    var stages: String = "all"

    @Option(name: .long, help: ArgumentHelp("Job counts to measure, comma-separated.", valueName: "list"))
    var jobs: String = "1,2"

    @Option(name: .long, help: "Megabytes (10^6 bytes) of input per run; the corpus is gone over again up to this.")
    var megabytes: Double = 100

    @Option(name: .long, help: "Measured runs per job count (after one warm-up run).")
    var runs: Int = 3

    @Option(name: .long, help: ArgumentHelp(
        "Documents each worker takes at a time (default: 64, fewer for large documents, so a batch holds about 1 MB); a batch also ends where its documents reach 1 MiB, as in gloss analyze.",
        valueName: "n"))
    var batchSize: Int?

    @Option(name: .long, help: "Seed of the synthetic corpus.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Leave out the encoding of records as JSON Lines (measure the stages alone).")
    var noEncode = false

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp(
        "Also write an SVG chart: MB/s per job count and each stage's share of time.", valueName: "file"))
    var svg: String?

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("--megabytes must be positive") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        if let batchSize, batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        guard !jobCounts.isEmpty, jobCounts.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--jobs must list whole numbers of at least 1, e.g. 1,2")
        }
    }

    var jobCounts: [Int] { jobs.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() throws {
        let names = StageRegistry.stageNames(stages)
        let pipeline: Pipeline
        do {
            pipeline = try StageRegistry.standard.makePipeline(names)
        } catch {
            throw ValidationError("\(error)")
        }
        let corpus = try paths.isEmpty
            ? Corpus.syntheticPages(seed: seed, megabytes: megabytes)
            : Corpus.load(paths: paths).replicated(toMegabytes: megabytes)
        guard !corpus.documents.isEmpty else { throw ValidationError("the corpus has no documents") }
        let report = measure(pipeline: pipeline, corpus: corpus)
        print(json ? report.json() : report.table(), terminator: "")
        if let svg {
            do {
                try Data(report.svg().utf8).write(to: URL(fileURLWithPath: svg))
            } catch {
                throw ValidationError("cannot write the SVG chart to \(svg): \(error.localizedDescription)")
            }
        }
    }

    /// Runs the pipeline over the corpus for each job count and gathers the figures.
    func measure(pipeline: Pipeline, corpus: Corpus) -> BenchReport {
        let inputs = corpus.inputs
        let size = corpus.runSize
        var report = BenchReport(
            corpus: corpus.name, documents: size.documents, bytes: size.bytes, stages: pipeline.names,
            encoding: !noEncode, floorMegabytesPerSecond: Floor.measure(corpus), heldBytes: corpus.distinctBytes)
        let timesHTML = pipeline.names.contains(where: { $0 == "ingest" || $0 == "ingest.html" })
        let documentsPerBatch = batchSize ?? Self.defaultBatchSize(corpus)
        for jobCount in jobCounts {
            let runner = PipelineRunner(
                pipeline: pipeline, options: RunOptions(jobs: jobCount, batchSize: documentsPerBatch))
            var measured: [RunStatistics] = []
            for attempt in 0...runs {
                // On one job, the libxml2 parse alone is timed just before each run, so that each
                // run has a reference taken under the same load (shared machines drift).
                let reference = timesHTML && jobCount == 1 ? Floor.htmlParse(corpus) : nil
                let figures = noEncode ? runner.run(inputs) { (_: Record) in } : encodedRun(runner, inputs)
                if attempt > 0 {
                    measured.append(figures)
                    if let reference { report.addReference(reference, run: figures) }
                }
            }
            report.add(jobs: jobCount, runs: measured)
        }
        return report
    }

    /// 64 documents, or as many as make about 1 MB when documents are larger. Workers take a
    /// batch at a time, so the last batches of a run decide when it ends: with 64 pages of
    /// 175 KB (the AEB pages), a 100 MB run is nine batches, and one of two workers idles
    /// through a ninth of it. Smaller batches of large pages end both workers together.
    static func defaultBatchSize(_ corpus: Corpus) -> Int {
        guard !corpus.documents.isEmpty else { return 64 }
        let mean = max(1, corpus.distinctBytes / corpus.documents.count)
        return min(64, max(1, 1_000_000 / mean))
    }

    /// One run with every record encoded as `gloss analyze` encodes it by default: on the
    /// workers, and on the delivering thread for what they leave (ordered stages, giant records).
    private func encodedRun(_ runner: PipelineRunner, _ inputs: Corpus.Inputs) -> RunStatistics {
        let encoder = RecordEncoder()
        var writer = JSONWriter(reservingCapacity: 1 << 17)
        return runner.run(inputs, encoding: encoder) { (encoded: EncodedRecord) in
            guard encoded.bytes == nil else { return }
            encoder.encode(encoded.record, into: &writer)
            writer.reset()
        }
    }
}
