import ArgumentParser
import Foundation
import GlossCore
import GlossSinks
import GlossSources
import GlossStages
import Synchronization

extension Gloss {
    /// `gloss analyze`: runs the pipeline over the inputs and writes one record per input.
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyze",
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
        var paths: [String] = []

        @OptionGroup var pipelineOptions: PipelineOptions

        @Option(name: .shortAndLong, help: "Worker threads, 1 to 1024 (default: the number of active processors).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .long, help: "Documents each worker takes at a time, 1 to 1000000 (fewer files when they reach 1 MiB together).")
        var batchSize: Int = 32

        @Flag(name: .long, help: "Write records as they complete rather than in input order.")
        var unordered = false

        @Option(name: .long, help: "Output format: jsonl, summary, sqlite (a results database), csv (a folder of tables), or auto (sqlite for -o *.sqlite, *.sqlite3, *.db; summary on a terminal; else jsonl).")
        var format: OutputFormat = .auto

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "Write records to this file instead of standard output (gzip if it ends in .gz; a SQLite database if it "
                + "ends in .sqlite, .sqlite3 or .db), or to this folder (DIR/: part files, a manifest, _SUCCESS at the end; "
                + "see --resume; with --format csv: one CSV file per table).", valueName: "file|dir/"))
        var output: String?

        @OptionGroup var outputOptions: OutputOptions

        @Flag(name: .long, help: "Include every token in JSON output (they dwarf the rest).")
        var tokens = false

        @Flag(name: .long, help: "Leave the document text out of JSON output.")
        var noText = false

        @OptionGroup var sourceOptions: SourceOptions

        @Option(name: .long, help: "Inputs, and records inside archives, larger than this many bytes become error records.")
        var maxDocumentBytes: Int = 64 << 20

        @Flag(name: .long, help: "Leave documents the dedupe stage marks as duplicates out of the output (counted on standard error).")
        var dropDuplicates = false

        @Flag(name: .long, help: "Print the run's figures (documents, MB/s, time per stage) to standard error.")
        var stats = false

        @Flag(name: .long, help: "With --stats, print the figures as JSON.")
        var json = false

        @Flag(name: .long, help: "Show progress on standard error even when it is not a terminal (a line every 5 s). On by default when standard error is a terminal and records go to a file or a pipe.")
        var progress = false

        @Flag(name: .long, help: "Print neither progress nor a line per error record (the records still hold every error).")
        var quiet = false

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
            guard !paths.isEmpty || sourceOptions.filesFrom != nil else {
                throw ValidationError("name the inputs: files, directories, '-' for standard input, or --files-from FILE")
            }
            if let output, let input = OutputClash.input(among: paths, sameFileAs: output) {
                throw ValidationError("the output file '\(output)' is the input '\(input)': writing would erase it "
                    + "before it is read; name another file with -o")
            }
            if let table = TableFormat.of(format: format, output: output) {
                try table.check(output: output, options: outputOptions, paths: paths, ordered: !unordered)
            } else {
                try outputOptions.check(output: output, paths: paths, ordered: !unordered, summary: format == .summary)
            }
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
            if !quiet {
                for warning in pipeline.warnings {
                    FileHandle.standardError.write(Data("gloss: warning: \(warning)\n".utf8))
                }
            }
            let options = RunOptions(
                jobs: jobs, batchSize: batchSize, ordered: !unordered, maxDocumentBytes: maxDocumentBytes)
            guard !dropDuplicates || pipeline.names.contains(Deduplicator.descriptor.name) else {
                throw GlossExit.usage("--drop-duplicates needs the dedupe stage: add it to --stages after tokenize")
            }
            guard !(dropDuplicates && outputOptions.resume) else {
                throw GlossExit.usage("--drop-duplicates cannot be resumed: what was seen before the stop is gone; "
                    + "run again with --overwrite, or keep the duplicates marked and filter them afterwards")
            }
            var duplicates = DuplicateFilter(dropping: dropDuplicates)
            let runner = PipelineRunner(pipeline: pipeline, options: options)
            let skipped = SkipCounter()
            let inputPaths = try sourceOptions.allPaths(paths)
            let missing = inputPaths.filter { $0 != "-" && access($0, F_OK) != 0 && errno == ENOENT }
            let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
            let summary = format == .summary || (format == .auto && toTerminal)
            let encoder = RecordEncoder(includeText: !noText, includeTokens: tokens)
            let signals = RunSignals()
            let showsProgress = !quiet && (progress || (isatty(STDERR_FILENO) == 1 && !toTerminal))
            let reporter = showsProgress ? ProgressReporter(
                paths: inputPaths, inPlace: isatty(STDERR_FILENO) == 1, walkReads: sourceOptions.walkReads) : nil
            var onOpen: (@Sendable (String, Int) -> Void)?
            if let reporter { onOpen = { path, bytes in reporter.opened(path, bytes: bytes) } }
            let source = sourceOptions.inputs(
                paths: inputPaths, maxDocumentBytes: maxDocumentBytes, excluding: outputOptions.excluded(output: output),
                onSkip: skipped.add, onOpen: onOpen, onNote: skipped.note)

            var failures = 0
            /// Counts a record, reports it, and says whether it is written.
            func take(_ record: Record) -> Bool {
                reporter?.delivered(failed: record.failure != nil)
                if let failure = record.failure {
                    failures += 1
                    if !quiet && !summary { FileHandle.standardError.write(Data("gloss: \(failure)\n".utf8)) }
                }
                return duplicates.keeps(record)
            }
            let statistics: RunStatistics
            do {
                if summary {
                    let printer = SummaryPrinter(
                        descriptor: try output.map(JSONLinesSink.openForWriting) ?? STDOUT_FILENO, showTokens: tokens)
                    statistics = try runner.run(source, cancellation: signals.cancellation) { (record: Record) throws(JSONLinesSink.Error) in
                        if take(record) { try printer.print(record) }
                    }
                    try printer.flush()
                } else {
                    let sink = try RecordOutput(
                        output: output, options: outputOptions, paths: inputPaths, encoder: encoder,
                        table: TableFormat.of(format: format, output: output))
                    statistics = try runner.run(sink.inputs(source), encoding: sink.workerEncoding(encoder), cancellation: signals.cancellation) {
                        (encoded: EncodedRecord) throws(JSONLinesSink.Error) in
                        if take(encoded.record) { try sink.write(encoded.record, encoded: encoded.bytes) }
                    }
                    try sink.finish(complete: signals.exitCode == nil)  // a stopped run stays resumable: no _SUCCESS
                }
            } catch {
                reporter?.finish()
                FileHandle.standardError.write(Data("gloss: \(error.description)\n".utf8))
                throw GlossExit.outputFailure
            }
            reporter?.finish()
            if let note = duplicates.summary {
                FileHandle.standardError.write(Data("gloss: \(note)\n".utf8))
            }
            if let note = skipped.summary {
                FileHandle.standardError.write(Data("gloss: \(note)\n".utf8))
            }
            if stats {
                let report = json ? statistics.json(jobs: jobs) : statistics.table(jobs: jobs)
                FileHandle.standardError.write(Data(report.utf8))
            }
            if let code = signals.exitCode {
                FileHandle.standardError.write(Data("gloss: stopped by a signal after \(statistics.records) records, each written whole\n".utf8))
                throw ExitCode(code)
            }
            if failures > 0 {
                if !stats {
                    FileHandle.standardError.write(
                        Data("gloss: \(failures) of \(statistics.records) inputs failed; their error records were written\n".utf8))
                }
                throw missing.isEmpty ? GlossExit.partialFailure : GlossExit.missingInput
            }
        }
    }
}

/// Counts the files a directory walk skipped, by extension, for a note at the end of a run.
final class SkipCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])
    private let links = Atomic<Int>(0)
    private let notes = Mutex<[String]>([])

    /// A reader's note about a file that is no failure (a web archive with no article).
    func note(_ text: String) {
        notes.withLock { $0.append(text) }
    }

    func add(_ path: String) {
        if path.hasSuffix(WalkRules.symlinkSuffix) {
            links.add(1, ordering: .relaxed)
            return
        }
        let ext = (path as NSString).pathExtension.lowercased()
        counts.withLock { $0[ext, default: 0] += 1 }
    }

    /// "skipped 2 files in directories that are not documents Gloss reads (.pdf 1, .png 1); name them
    /// explicitly, or pass --all-files", and the symbolic links not followed,
    /// or nil when nothing was skipped.
    var summary: String? {
        let counts = counts.withLock { $0 }
        var notes: [String] = []
        if !counts.isEmpty {
            let total = counts.values.reduce(0, +)
            let kinds = counts.keys.sorted().map { ".\($0) \(counts[$0]!)" }.joined(separator: ", ")
            notes.append("skipped \(total) file\(total == 1 ? " in directories that is not a document" : "s in directories that are not documents") Gloss reads "
                + "(\(kinds)); name \(total == 1 ? "it" : "them") explicitly, or pass --all-files")
        }
        let links = links.load(ordering: .relaxed)
        if links > 0 {
            notes.append("left out \(links) symbolic link\(links == 1 ? "" : "s") in directories; pass --follow-symlinks to follow them")
        }
        notes += self.notes.withLock { $0 }.map { "note: " + $0 }
        return notes.isEmpty ? nil : notes.joined(separator: "\ngloss: ")
    }
}

/// How `gloss analyze` writes records.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, jsonl, summary, sqlite, csv
}
