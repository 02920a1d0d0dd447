import Benchmark
import BenchmarkInputs
import Foundation
import GlossCore
import GlossStages

/// One benchmark per built-in stage, and one for the whole pipeline, each processing one seed
/// document per iteration.
///
/// A stage's benchmark starts from the seed article already carried through the stages before
/// it (set up once, outside the measurement), and each iteration runs the stage on a fresh copy
/// of that document, so it measures that stage alone:
///
/// ```
///   seeds/*.txt ──▶ ingest.text ──▶ normalize ──▶ tokenize ──▶ sentences ──▶ numbers ──▶ entities ──▶ sentiment
///   seeds/*.html ─▶ ingest.html
///   seeds/*.html ─▶ pipeline: ingest.html, then every stage above after ingest.text
///   the page, its article ×20 ─▶ pipeline.large: the same on 58.5 KB
///   a new process ─▶ startup: load every stage, analyse seeds/*.txt, exit
/// ```
///
/// Metrics: wall clock, throughput (documents a second) and malloc calls
/// (`GlossBenchmarks.configuration`). Only the malloc count is gated by committed thresholds
/// (`Thresholds/`): it is the same on every run for a fixed input, where times move with the
/// machine's load.
let benchmarks: @Sendable () -> Void = {
    StartUp.runChildIfAsked()
    Benchmark.defaultConfiguration = GlossBenchmarks.configuration

    /// The stages after ingest, in pipeline order.
    let textStages = ["normalize", "tokenize", "sentences", "numbers", "entities", "sentiment"]

    // Each stage with the stages run before it, once, at setup, and the seed it starts from.
    let article = ["ingest.text"] + textStages
    let stages: [(name: String, earlier: [String], seed: () throws -> Document)] =
        [("ingest.html", [], GlossBenchmarks.page)]
        + article.indices.map { (article[$0], Array(article[..<$0]), GlossBenchmarks.article) }

    for (name, earlier, seed) in stages {
        Benchmark(name) { benchmark, setup in
            run(name, on: setup.document, benchmark) { try setup.stage.process(&$0) }
        } setup: {
            try StageRun(stage: name, after: earlier, document: try seed())
        }
    }

    Benchmark("pipeline") { benchmark, setup in
        run("the pipeline", on: setup.document, benchmark) { try setup.pipeline.process(&$0) }
    } setup: {
        (pipeline: try StageRegistry.standard.makePipeline(["ingest.html"] + textStages), document: try GlossBenchmarks.page())
    }

    // The whole pipeline on a 58.5 KB page: the article's work, not the per-page fixed costs.
    Benchmark("pipeline.large") { benchmark, setup in
        run("the pipeline", on: setup.document, benchmark) { try setup.pipeline.process(&$0) }
    } setup: {
        (pipeline: try StageRegistry.standard.makePipeline(["ingest.html"] + textStages), document: try GlossBenchmarks.largePage())
    }

    Benchmark("startup", configuration: StartUp.configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                try StartUp.measureOnce()
            } catch {
                benchmark.error("start-up failed: \(error)")
                return
            }
        }
    }
}

/// Start-up latency: a new process of this executable that loads every stage's model and
/// lexicon, analyses the seed article and exits, timed from launch to exit (what
/// `gloss analyze seed.txt --stages all` waits for before its first record, plus process exit).
///
/// Only the wall clock is reported: the loads happen in the child, whose mallocs the parent's
/// interposer cannot count, and process start-up times move with the machine's load, so no
/// threshold is set.
enum StartUp {
    /// The variable that turns this executable into the child.
    static let variable = "GLOSS_BENCHMARK_STARTUP"

    static var configuration: Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20, thresholds: [:])
    }

    /// In the child (`variable` set): builds the full pipeline, analyses the seed article,
    /// and exits with 0, or with 1 when that failed. Called before any benchmark is registered.
    static func runChildIfAsked() {
        guard ProcessInfo.processInfo.environment[variable] != nil else { return }
        do {
            var document = try GlossBenchmarks.article()
            try StageRegistry.standard.makePipeline(["ingest.text", "normalize", "tokenize", "sentences", "numbers", "entities", "sentiment"])
                .process(&document)
            exit(document.tokens.isEmpty ? 1 : 0)
        } catch {
            FileHandle.standardError.write(Data("start-up child: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Launches the child and waits for it.
    static func measureOnce() throws {
        let process = Process()
        // The running executable itself (/proc/self/exe on Linux): the benchmark tool may start
        // it by a name or a relative path.
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.environment = ProcessInfo.processInfo.environment.merging([variable: "1"]) { $1 }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "the child exited with \(process.terminationStatus)"])
        }
    }
}

/// A stage and the document it is measured on: the seed carried through the stages before it.
struct StageRun {
    let stage: any Stage
    let document: Document

    /// Builds `stage` by name and runs the stages named in `after` on `document` first.
    init(stage: String, after earlier: [String], document: Document) throws {
        self.stage = try StageRegistry.standard.makeStage(named: stage)
        var document = document
        if !earlier.isEmpty { try StageRegistry.standard.makePipeline(earlier).process(&document) }
        self.document = document
    }
}

/// Runs `process` on a fresh copy of `document` in each iteration; a failure stops the benchmark.
func run(_ name: String, on document: Document, _ benchmark: Benchmark, _ process: (inout Document) throws -> Void) {
    for _ in benchmark.scaledIterations {
        var copy = document
        do {
            try process(&copy)
        } catch {
            benchmark.error("\(name) failed on \(document.id): \(error)")
            return
        }
        blackHole(copy)
    }
}
