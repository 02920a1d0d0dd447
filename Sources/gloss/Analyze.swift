import ArgumentParser
import Foundation
import GlossCore
import GlossStages
import Synchronization

extension Gloss {
    /// `gloss analyze`: runs the pipeline over the inputs and writes one record per input.
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the pipeline over files, directories or standard input.",
            discussion: """
                Each input yields exactly one record: the document's annotations, or an error that \
                names the input, the stage and the problem. Directories are walked in sorted order \
                (hidden entries skipped), reading text (.txt, .text, no extension), HTML (.html, .htm, \
                .xhtml, .shtml), JSON Lines (.jsonl, .ndjson: one document per line, with a "text" or \
                "html" field), feeds (.xml, .rss, .atom, .rdf: one document per item), web archives \
                (.warc, .arc, also gzipped: one document per HTML or text response), Reuters-21578 \
                archives (.sgm, .xml: one document per story), NITF articles and gzip files (.gz). \
                A broken part of an archive (a truncated record or gzip member) becomes an error \
                record, and the rest is still read. HTML becomes the text of its article, with its \
                metadata (-O ingest.content=full keeps all visible text).
                """)

        @Argument(help: ArgumentHelp("Files, directories, or '-' for standard input.", valueName: "path"))
        var paths: [String]

        @OptionGroup var pipelineOptions: PipelineOptions

        @Option(name: .shortAndLong, help: "Worker threads, 1 to 1024 (default: the number of active processors).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .long, help: "Documents each worker takes at a time, 1 to 1000000.")
        var batchSize: Int = 32

        @Flag(name: .long, help: "Write records as they complete rather than in input order.")
        var unordered = false

        @Option(name: .long, help: "Output format: jsonl, summary, or auto (summary on a terminal, else jsonl).")
        var format: OutputFormat = .auto

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "Write records to this file instead of standard output (gzip if it ends in .gz), or to this folder "
                + "(DIR/: part files, a manifest, _SUCCESS at the end; see --resume).", valueName: "file|dir/"))
        var output: String?

        @OptionGroup var outputOptions: OutputOptions

        @Flag(name: .long, help: "Include every token in JSON output (they dwarf the rest).")
        var tokens = false

        @Flag(name: .long, help: "Leave the document text out of JSON output.")
        var noText = false

        @OptionGroup var sourceOptions: SourceOptions

        @Option(name: .long, help: "Inputs, and records inside archives, larger than this many bytes become error records.")
        var maxDocumentBytes: Int = 64 << 20

        @Flag(name: .long, help: "Print the run's figures (documents, MB/s, time per stage) to standard error.")
        var stats = false

        @Flag(name: .long, help: "With --stats, print the figures as JSON.")
        var json = false

        /// The most worker threads `--jobs` may ask for.
        static let maxJobs = 1024
        /// The largest `--batch-size`.
        static let maxBatchSize = 1_000_000

        func validate() throws {
            guard (1...Self.maxJobs).contains(jobs) else {
                throw ValidationError("--jobs must be between 1 and \(Self.maxJobs) (this machine has "
                    + "\(ProcessInfo.processInfo.activeProcessorCount) processors), not \(jobs)")
            }
            guard (1...Self.maxBatchSize).contains(batchSize) else {
                throw ValidationError("--batch-size must be between 1 and \(Self.maxBatchSize), not \(batchSize)")
            }
            guard maxDocumentBytes >= 1 else { throw ValidationError("--max-document-bytes must be at least 1") }
            if let output, let input = OutputClash.input(among: paths, sameFileAs: output) {
                throw ValidationError("the output file '\(output)' is the input '\(input)': writing would erase it "
                    + "before it is read; name another file with -o")
            }
            try outputOptions.check(output: output, paths: paths, ordered: !unordered, summary: format == .summary)
        }

        func run() throws {
            let pipeline: Pipeline
            do {
                pipeline = try pipelineOptions.makePipeline()
            } catch let error as PipelineError {
                throw GlossExit.usage(error.description)
            } catch let error as StageOptions.Error {
                throw GlossExit.usage(error.description)
            } catch let error as ValidationError {
                throw GlossExit.usage(error.message)
            }
            let options = RunOptions(
                jobs: jobs, batchSize: batchSize, ordered: !unordered, maxDocumentBytes: maxDocumentBytes)
            let runner = PipelineRunner(pipeline: pipeline, options: options)
            let skipped = SkipCounter()
            let source = sourceOptions.source(
                paths: paths, maxDocumentBytes: maxDocumentBytes, excluding: outputOptions.excluded(output: output), onSkip: skipped.add)
            let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
            let summary = format == .summary || (format == .auto && toTerminal)
            let encoder = RecordEncoder(includeText: !noText, includeTokens: tokens)

            var failures = 0
            let statistics: RunStatistics
            do {
                if summary {
                    let printer = SummaryPrinter(
                        descriptor: try output.map(JSONLinesSink.openForWriting) ?? STDOUT_FILENO, showTokens: true)
                    statistics = try runner.run(source) { (record: Record) throws(JSONLinesSink.Error) in
                        if record.failure != nil { failures += 1 }
                        try printer.print(record)
                    }
                    try printer.flush()
                } else {
                    let sink = try RecordOutput(output: output, options: outputOptions, paths: paths, encoder: encoder)
                    statistics = try runner.run(sink.inputs(source)) { (record: Record) throws(JSONLinesSink.Error) in
                        if let failure = record.failure {
                            failures += 1
                            FileHandle.standardError.write(Data("gloss: \(failure)\n".utf8))
                        }
                        try sink.write(record)
                    }
                    try sink.finish(complete: true)
                }
            } catch {
                FileHandle.standardError.write(Data("gloss: \(error.description)\n".utf8))
                throw GlossExit.outputFailure
            }
            if let note = skipped.summary {
                FileHandle.standardError.write(Data("gloss: \(note)\n".utf8))
            }
            if stats {
                let report = json ? statistics.json(jobs: jobs) : statistics.table(jobs: jobs)
                FileHandle.standardError.write(Data(report.utf8))
            }
            if failures > 0 {
                if !stats {
                    FileHandle.standardError.write(
                        Data("gloss: \(failures) of \(statistics.records) inputs failed; their error records were written\n".utf8))
                }
                throw GlossExit.partialFailure
            }
        }
    }
}

/// Counts the files a directory walk skipped, by extension, for a note at the end of a run.
final class SkipCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func add(_ path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        counts.withLock { $0[ext, default: 0] += 1 }
    }

    /// "skipped 2 files in directories that are not documents Gloss reads (.pdf 1, .png 1); name them
    /// explicitly, or pass --all-files",
    /// or nil when nothing was skipped.
    var summary: String? {
        let counts = counts.withLock { $0 }
        guard !counts.isEmpty else { return nil }
        let total = counts.values.reduce(0, +)
        let kinds = counts.keys.sorted().map { ".\($0) \(counts[$0]!)" }.joined(separator: ", ")
        return "skipped \(total) file\(total == 1 ? " in directories that is not a document" : "s in directories that are not documents") Gloss reads "
            + "(\(kinds)); name \(total == 1 ? "it" : "them") explicitly, or pass --all-files"
    }
}

/// How `gloss analyze` writes records.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, jsonl, summary
}
