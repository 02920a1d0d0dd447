import Foundation
import GlossCore

/// The record of a run written into a folder (`gloss analyze -o DIR/`): `_manifest.jsonl`,
/// append-only JSON Lines, one line per event, each written whole and fsync'd before the
/// run goes on, so that a run killed at any instant (even by SIGKILL) leaves a manifest whose
/// every line is true.
///
/// Lines:
/// - first, the header: `{"manifest":"gloss","version":1,"paths":[…],"started":"…"}`;
/// - one per committed part: `{"part":"part-00000.jsonl.gz","records":812,"bytes":…,
///   "errors_bytes":…,"inputs":[{"path":…,"size":…,"mtime_ns":…,"records":…,"errors":…,"done":…}]}`,
///   naming each input that part touched with its totals so far (records and error records
///   committed for it in all parts up to this one, and whether its last record is committed);
///   `part` is absent on a line that only marks inputs done; `errors_bytes` is the committed
///   length of the `--errors` file, if there is one;
/// - `{"resumed":"…"}` each time `--resume` continues the run;
/// - last, when the run finished: `{"success":true,"records":…,"parts":…}` (and the `_SUCCESS`
///   file is made after it).
public final class RunManifest {
    public static let fileName = "_manifest.jsonl"

    /// One input's totals as committed.
    public struct Input: Equatable, Sendable {
        public var path: String
        /// Size in bytes and modification time when the run first met it (nil if it could not be statted).
        public var size: Int?
        public var mtimeNanoseconds: Int?
        public var records: Int
        public var errors: Int
        /// Whether every record of the input is committed.
        public var done: Bool

        public init(path: String, size: Int? = nil, mtimeNanoseconds: Int? = nil, records: Int = 0, errors: Int = 0, done: Bool = false) {
            self.path = path
            self.size = size
            self.mtimeNanoseconds = mtimeNanoseconds
            self.records = records
            self.errors = errors
            self.done = done
        }

        /// The input at `path` with its current size and modification time.
        public static func statting(_ path: String) -> Input {
            var info = stat()
            guard path != "-", stat(path, &info) == 0 else { return Input(path: path) }
            return Input(path: path, size: Int(info.st_size),
                         mtimeNanoseconds: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
        }
    }

    /// What a manifest says, read back.
    public struct State: Sendable {
        /// The paths the run was given.
        public var paths: [String] = []
        /// The committed parts, in order.
        public var parts: [String] = []
        /// Each input's last committed totals.
        public var inputs: [String: Input] = [:]
        /// Records committed in all parts.
        public var records = 0
        /// The committed length of the errors file, if the run has one.
        public var errorsBytes: Int?
        /// Whether the run finished.
        public var complete = false

        /// The number the next part takes.
        public var nextPartNumber: Int {
            parts.compactMap { PartWriter.partNumber(of: $0) }.max().map { $0 + 1 } ?? 0
        }
    }

    public let path: String
    private let descriptor: Int32

    /// Creates the manifest of a new run in `directory` (replacing any) and writes its header.
    public static func create(directory: String, paths: [String]) throws(JSONLinesSink.Error) -> RunManifest {
        let manifest = try RunManifest(directory: directory, truncate: true)
        try manifest.append(["manifest": "gloss", "version": 1, "paths": paths, "started": Self.now()])
        return manifest
    }

    /// Opens the manifest in `directory` to go on appending to it (a resumed run).
    public static func resume(directory: String) throws(JSONLinesSink.Error) -> RunManifest {
        let manifest = try RunManifest(directory: directory, truncate: false)
        try manifest.append(["resumed": Self.now()])
        return manifest
    }

    private init(directory: String, truncate: Bool) throws(JSONLinesSink.Error) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | (truncate ? O_TRUNC : 0), 0o644)
        guard descriptor >= 0 else {
            throw JSONLinesSink.Error(description: "cannot write '\(path)': \(FileReader.systemMessage(errno))")
        }
    }

    deinit { close(descriptor) }

    /// Records a committed part (or, with `part` nil, only inputs that are now done).
    public func appendPart(
        _ part: String?, records: Int, bytes: Int, errorsBytes: Int?, inputs: [Input]
    ) throws(JSONLinesSink.Error) {
        var line: [String: Any] = [
            "records": records,
            "inputs": inputs.map { input -> [String: Any] in
                var entry: [String: Any] = [
                    "path": input.path, "records": input.records, "errors": input.errors, "done": input.done,
                ]
                if let size = input.size { entry["size"] = size }
                if let mtime = input.mtimeNanoseconds { entry["mtime_ns"] = mtime }
                return entry
            },
        ]
        if let part {
            line["part"] = part
            line["bytes"] = bytes
        }
        if let errorsBytes { line["errors_bytes"] = errorsBytes }
        try append(line)
    }

    /// Records that the run finished.
    public func appendSuccess(records: Int, parts: Int) throws(JSONLinesSink.Error) {
        try append(["success": true, "records": records, "parts": parts])
    }

    private func append(_ object: [String: Any]) throws(JSONLinesSink.Error) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            throw JSONLinesSink.Error(description: "cannot encode a manifest line")
        }
        try JSONLinesSink.writeAll(Array(data) + [0x0A], to: descriptor)
        guard fsync(descriptor) == 0 else {
            throw JSONLinesSink.Error(description: "cannot sync '\(path)': \(FileReader.systemMessage(errno))")
        }
    }

    private static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// Reads the manifest in `directory`; nil when there is none. A last line cut short (a
    /// kill mid-write, before its fsync returned) is ignored: it was never committed.
    public static func read(directory: String) throws(JSONLinesSink.Error) -> State? {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JSONLinesSink.Error(description: "cannot read '\(path)'")
        }
        var state = State()
        for line in data.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { continue }
            if let paths = object["paths"] as? [String] { state.paths = paths }
            if object["success"] as? Bool == true { state.complete = true }
            guard let inputs = object["inputs"] as? [[String: Any]] else { continue }
            if let part = object["part"] as? String {
                state.parts.append(part)
                state.records += object["records"] as? Int ?? 0
            }
            if let errorsBytes = object["errors_bytes"] as? Int { state.errorsBytes = errorsBytes }
            for entry in inputs {
                guard let path = entry["path"] as? String else { continue }
                state.inputs[path] = Input(
                    path: path, size: entry["size"] as? Int, mtimeNanoseconds: entry["mtime_ns"] as? Int,
                    records: entry["records"] as? Int ?? 0, errors: entry["errors"] as? Int ?? 0,
                    done: entry["done"] as? Bool ?? false)
            }
        }
        return state
    }
}
