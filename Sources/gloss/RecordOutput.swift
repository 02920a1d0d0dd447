import Foundation
import GlossCore
import GlossSinks

/// Where `gloss analyze` writes JSON Lines records: standard output, a file (gzip when its
/// name ends in `.gz`), or a folder of committed parts (`-o DIR/`), with error records sent
/// to `--errors` when it is given; or the results tables (`TableSink`: SQLite or CSV).
///
/// `inputs(_:)` wraps the run's source (for a folder: skipping what a resumed run committed,
/// and tracking each record's file); `write` takes records in order; `finish(complete:)`
/// commits the rest, and only a complete run marks a folder `_SUCCESS` (a cancelled run
/// passes false and can be resumed).
final class RecordOutput {
    private enum Kind {
        case stream(JSONLinesSink, errors: JSONLinesSink?)
        case parts(PartWriter, OriginQueue, committed: [String: RunManifest.Input])
        case table(TableSink)
    }

    private let kind: Kind

    init(
        output: String?, options: OutputOptions, paths: [String], encoder: RecordEncoder, table: TableFormat? = nil
    ) throws(JSONLinesSink.Error) {
        if let table, let output {
            kind = .table(try TableSink(
                table, output: output, options: options, paths: paths, includeText: encoder.includeText,
                commitRecords: options.commitRecords))
            return
        }
        switch OutputOptions.target(output) {
        case .standardOutput:
            kind = .stream(JSONLinesSink(descriptor: STDOUT_FILENO, encoder: encoder), errors: try Self.errorsSink(options, encoder))
        case .file(let path):
            kind = .stream(try JSONLinesSink(path: path, encoder: encoder), errors: try Self.errorsSink(options, encoder))
        case .directory(let directory):
            let state = options.resume ? try RunManifest.read(directory: directory) : nil
            try PartWriter.prepare(directory: directory, keeping: state)
            let manifest = state == nil
                ? try RunManifest.create(directory: directory, paths: paths)
                : try RunManifest.resume(directory: directory)
            let writer = try PartWriter(
                directory: directory, encoder: encoder,
                options: PartWriter.Options(
                    partSize: options.partSize, commitInterval: options.commitInterval, compress: !options.plainParts),
                manifest: manifest, resuming: state, errorsPath: options.errors)
            kind = .parts(writer, OriginQueue(), committed: state?.inputs ?? [:])
        }
    }

    private static func errorsSink(_ options: OutputOptions, _ encoder: RecordEncoder) throws(JSONLinesSink.Error) -> JSONLinesSink? {
        guard let errors = options.errors else { return nil }
        return try JSONLinesSink(path: errors, encoder: encoder)
    }

    /// The inputs to run: for a folder, those not yet committed, with their files tracked.
    func inputs<Inputs: Sequence & Sendable>(_ source: Inputs) -> AnySequence<DocumentInput> where Inputs.Element == DocumentInput {
        switch kind {
        case .stream: AnySequence(source)
        case .parts(_, let origins, let committed): AnySequence(ResumableInputs(source, committed: committed, origins: origins))
        case .table(let sink): sink.inputs(source)
        }
    }

    /// What the workers make of each record: its JSON line (`encoder`), or its packed table
    /// rows for a database or CSV folder.
    func workerEncoding(_ encoder: RecordEncoder) -> any RecordEncoding {
        if case .table(let sink) = kind { return sink.encoding }
        return encoder
    }

    /// Writes one record: its bytes (a JSON line, or packed rows for tables) as a worker made
    /// them, or made here when nil.
    func write(_ record: Record, encoded bytes: [UInt8]?) throws(JSONLinesSink.Error) {
        switch kind {
        case .stream(let sink, let errors):
            if record.failure != nil, let errors {
                try errors.write(record, encoded: bytes)
            } else {
                try sink.write(record, encoded: bytes)
            }
        case .parts(let writer, let origins, _):
            try writer.write(record, encoded: bytes, origin: origins.pop())
        case .table(let sink):
            try sink.write(record, packed: bytes)
        }
    }

    /// Writes out the rest; `complete` is false for a cancelled run.
    func finish(complete: Bool) throws(JSONLinesSink.Error) {
        switch kind {
        case .stream(let sink, let errors):
            try sink.finish()
            try errors?.finish()
        case .parts(let writer, _, _):
            try writer.finish(complete: complete)
        case .table(let sink):
            try sink.finish(complete: complete)
        }
    }
}
