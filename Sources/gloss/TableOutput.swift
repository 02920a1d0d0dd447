import ArgumentParser
import Foundation
import GlossCore
import GlossSinks
import GlossTables

/// `gloss analyze` writing the results tables: a SQLite database (`--format sqlite`, or `-o`
/// naming a `.sqlite`, `.sqlite3` or `.db` file) or a folder of CSV files (`--format csv -o DIR/`).
///
/// A SQLite run commits every `--commit-records` records (or `--commit-interval` seconds) and
/// can be resumed with `--resume` like a folder run; a CSV folder cannot.
enum TableFormat: Equatable {
    case sqlite
    case csv

    /// File name endings that make `-o FILE` a SQLite database without `--format`.
    static let sqliteExtensions = [".sqlite", ".sqlite3", ".db"]

    /// The table format the options ask for, or nil for JSON Lines and the summary.
    static func of(format: OutputFormat, output: String?) -> TableFormat? {
        switch format {
        case .sqlite: return .sqlite
        case .csv: return .csv
        case .auto:
            guard let output else { return nil }
            return sqliteExtensions.contains { output.lowercased().hasSuffix($0) } ? .sqlite : nil
        case .jsonl, .summary: return nil
        }
    }

    /// Usage problems, found before anything is opened for writing.
    func check(output: String?, options: OutputOptions, paths: [String], ordered: Bool) throws {
        guard let output, output != "-" else {
            throw ValidationError(self == .sqlite
                ? "--format sqlite writes a database file: name it with -o results.sqlite"
                : "--format csv writes a folder of CSV files: name it with -o DIR/")
        }
        if options.errors != nil {
            throw ValidationError("--errors is for JSON Lines: the \(self == .sqlite ? "database" : "CSV folder") has an errors table")
        }
        switch self {
        case .csv:
            if options.resume { throw ValidationError("a CSV folder cannot be resumed: write a SQLite database (-o results.sqlite) for that") }
            if OutputOptions.target(output) == .file(output) {
                throw ValidationError("--format csv writes one file per table into a folder: name it with a trailing '/' (-o \(output)/)")
            }
        case .sqlite:
            if OutputOptions.target(output) != .file(output) {
                throw ValidationError("--format sqlite writes one database file: name a file (-o results.sqlite), not the folder '\(output)'")
            }
            try checkDatabase(output, options: options, paths: paths, ordered: ordered)
        }
    }

    private func checkDatabase(_ path: String, options: OutputOptions, paths: [String], ordered: Bool) throws {
        if options.resume && options.overwrite {
            throw ValidationError("--resume continues the run in the database and --overwrite replaces it: pass one of them")
        }
        let exists = FileManager.default.fileExists(atPath: path)
        guard options.resume else {
            if exists && !options.overwrite {
                throw ValidationError("the database '\(path)' exists: pass --resume to continue the run it holds, "
                    + "--overwrite to replace it, or name another file with -o")
            }
            return
        }
        if !ordered { throw ValidationError("--resume relies on records in input order: leave out --unordered") }
        let state: SQLiteSink.State?
        do { state = try SQLiteSink.state(path: path) } catch { throw ValidationError(error.description) }
        guard let state else {
            throw ValidationError("there is no run to resume in '\(path)': leave out --resume to start one")
        }
        try OutputOptions.checkSameRun(at: path, paths: state.paths, inputs: state.inputs, resumingWith: paths)
    }
}

/// The open table output of a run: a SQLite sink with the inputs a resumed run skips, or a CSV sink.
final class TableSink {
    private enum Kind {
        case sqlite(SQLiteSink, OriginQueue, committed: [String: RunManifest.Input])
        case csv(CSVSink)
    }

    private let kind: Kind
    let includeText: Bool

    /// What the workers make of each record for this output: its packed rows.
    var encoding: TableRowEncoder { TableRowEncoder(includeText: includeText) }

    init(_ format: TableFormat, output: String, options: OutputOptions, paths: [String], includeText: Bool, commitRecords: Int) throws(JSONLinesSink.Error) {
        self.includeText = includeText
        do {
            switch format {
            case .csv:
                kind = .csv(try CSVSink(directory: output, includeText: includeText))
            case .sqlite:
                let state = options.resume ? try SQLiteSink.state(path: output) : nil
                let sink = try SQLiteSink(
                    path: output, paths: paths,
                    options: SQLiteSink.Options(batchSize: commitRecords, commitInterval: options.commitInterval, includeText: includeText),
                    resuming: state)
                kind = .sqlite(sink, OriginQueue(), committed: state?.inputs ?? [:])
            }
        } catch let error as SQLiteDatabase.Error {
            throw JSONLinesSink.Error(description: error.description)
        } catch let error as JSONLinesSink.Error {
            throw error
        } catch {
            throw JSONLinesSink.Error(description: "\(error)")
        }
    }

    /// The inputs to run: for a resumed database, those not yet committed.
    func inputs<Inputs: Sequence & Sendable>(_ source: Inputs) -> AnySequence<DocumentInput> where Inputs.Element == DocumentInput {
        switch kind {
        case .csv: AnySequence(source)
        case .sqlite(_, let origins, let committed): AnySequence(ResumableInputs(source, committed: committed, origins: origins))
        }
    }

    /// Writes one record: its rows as a worker packed them (`TableRowEncoder`), or packed here when nil.
    func write(_ record: Record, packed bytes: [UInt8]?) throws(JSONLinesSink.Error) {
        let rows = bytes.map(PackedRows.init(bytes:)) ?? PackedRows(record: record, includeText: includeText)
        switch kind {
        case .csv(let sink): try sink.write(rows)
        case .sqlite(let sink, let origins, _):
            do { try sink.write(rows, origin: origins.pop()) } catch { throw JSONLinesSink.Error(description: error.description) }
        }
    }

    /// Commits the rest; `complete` is false for a stopped run, which stays resumable.
    func finish(complete: Bool) throws(JSONLinesSink.Error) {
        switch kind {
        case .csv(let sink): try sink.finish()
        case .sqlite(let sink, _, _):
            do { try sink.finish(complete: complete) } catch { throw JSONLinesSink.Error(description: error.description) }
        }
    }
}
