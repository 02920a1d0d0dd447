import Foundation
import GlossCore

/// Writes records into a folder as gzip-compressed JSON Lines part files, committing as it
/// goes so that a killed run can be resumed (`gloss analyze -o DIR/ --resume`).
///
/// Commit protocol, for each part: records are written to `part-NNNNN.jsonl.gz.tmp`; at a
/// record boundary, once the part holds `partSize` uncompressed bytes or `commitInterval`
/// seconds have passed since it was opened, the gzip stream is finished, the file fsync'd and
/// renamed to `part-NNNNN.jsonl.gz`, the folder fsync'd, the errors file (if any) fsync'd,
/// and then a line naming the part and each input's committed totals is appended to the
/// manifest and fsync'd. That line is the commit: a part without one (a kill between the
/// rename and the manifest) is deleted on resume, like every `.tmp`. A SIGKILL so loses at
/// most the records of the part being written.
///
/// Records must come in input order (the runner's default), so that an input's committed
/// records are its first ones: what resume skips. `finish(complete:)` commits the last part;
/// only a complete run gets the manifest's success line and the `_SUCCESS` marker (a
/// cancelled run, stopped by SIGINT or SIGTERM, is finished with `complete: false` and can be
/// resumed). Not thread-safe: call it from the thread that receives records.
public final class PartWriter {
    public struct Options: Sendable {
        /// Uncompressed bytes after which a part is committed and the next one started.
        public var partSize: Int
        /// Seconds after which a part is committed even if it is small: the most work a kill loses.
        public var commitInterval: Double
        /// Whether parts are gzip-compressed (`.jsonl.gz`) or plain (`.jsonl`).
        public var compress: Bool

        public init(partSize: Int = 256 << 20, commitInterval: Double = 10, compress: Bool = true) {
            self.partSize = partSize
            self.commitInterval = commitInterval
            self.compress = compress
        }
    }

    public static let successMarker = "_SUCCESS"

    /// The name of part `number`: `part-00000.jsonl.gz` (`part-00000.jsonl` uncompressed).
    public static func partName(_ number: Int, compressed: Bool = true) -> String {
        "part-" + String(repeating: "0", count: max(0, 5 - String(number).count)) + String(number)
            + (compressed ? ".jsonl.gz" : ".jsonl")
    }

    /// The number in a part's name, or nil if the name is not a part's.
    public static func partNumber(of name: String) -> Int? {
        guard name.hasPrefix("part-") else { return nil }
        if name.hasSuffix(".jsonl.gz") { return Int(name.dropFirst(5).dropLast(9)) }
        if name.hasSuffix(".jsonl") { return Int(name.dropFirst(5).dropLast(6)) }
        return nil
    }

    public let directory: String
    private let encoder: RecordEncoder
    private let options: Options
    private let manifest: RunManifest
    private var writer = JSONWriter(reservingCapacity: JSONLinesSink.bufferCapacity)
    /// Takes the bytes of a record too big to hold whole (into the open part).
    private var spill: JSONSpill?

    private var partNumber: Int
    private var descriptor: Int32 = -1
    private var gzip: GzipWriter?
    /// Uncompressed bytes in the open part; nil when no part is open.
    private var partBytes: Int?
    private var partStarted = DispatchTime.now().uptimeNanoseconds
    private var partRecords = 0

    /// Each input's totals: committed ones, plus what the open part holds.
    private var inputs: [String: RunManifest.Input]
    /// Inputs whose totals changed since the last commit, in the order met.
    private var touched: [String] = []
    private var touchedSet: Set<String> = []
    /// The input of the last record written.
    private var current: String?

    private let errorsPath: String?
    private let errorsDescriptor: Int32
    private let errorsSink: JSONLinesSink?

    /// Records committed in parts by this writer and by the run it resumes.
    public private(set) var committedRecords: Int
    /// Parts committed, counting those of the run it resumes.
    public private(set) var committedParts: Int

    /// Opens a writer of numbered parts in `directory`.
    ///
    /// - Parameters:
    ///   - directory: where the parts go (made ready by `prepare(directory:keeping:)`).
    ///   - encoder: turns each record into its JSON line.
    ///   - options: part size, how often a small part is committed, compression.
    ///   - manifest: the run's manifest: each committed part and the end of the run are appended to it.
    ///   - state: the manifest's state when continuing a run (`resuming:`), nil for a new one.
    ///   - errorsPath: a file for error records (plain JSON Lines) instead of the parts; on
    ///     resume it is cut back to its committed length.
    public init(
        directory: String, encoder: RecordEncoder, options: Options = Options(), manifest: RunManifest,
        resuming state: RunManifest.State? = nil, errorsPath: String? = nil
    ) throws(JSONLinesSink.Error) {
        self.directory = directory
        self.encoder = encoder
        self.options = options
        self.manifest = manifest
        partNumber = state?.nextPartNumber ?? 0
        inputs = state?.inputs ?? [:]
        committedRecords = state?.records ?? 0
        committedParts = state?.parts.count ?? 0
        self.errorsPath = errorsPath
        if let errorsPath {
            let fd = open(errorsPath, O_WRONLY | O_CREAT, 0o644)
            guard fd >= 0 else {
                throw JSONLinesSink.Error(description: "cannot write '\(errorsPath)': \(FileReader.systemMessage(errno))")
            }
            guard ftruncate(fd, off_t(state?.errorsBytes ?? 0)) == 0, lseek(fd, 0, SEEK_END) >= 0 else {
                close(fd)
                throw JSONLinesSink.Error(description: "cannot cut back '\(errorsPath)': \(FileReader.systemMessage(errno))")
            }
            errorsDescriptor = fd
            errorsSink = JSONLinesSink(descriptor: fd, encoder: encoder)
        } else {
            errorsDescriptor = -1
            errorsSink = nil
        }
        let spill = JSONSpill(threshold: JSONLinesSink.spillThreshold) { [unowned self] bytes in try self.emit(bytes) }
        self.spill = spill
        writer = JSONWriter(reservingCapacity: JSONLinesSink.bufferCapacity, spill: spill)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if errorsDescriptor >= 0 { close(errorsDescriptor) }
    }

    private var partName: String { Self.partName(partNumber, compressed: options.compress) }
    private var temporaryPath: String { path(partName + ".tmp") }

    private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    /// Writes one record, of the input `origin` (nil for inputs made in memory), and commits
    /// the part when it is full or old enough.
    public func write(_ record: Record, origin: String?) throws(JSONLinesSink.Error) {
        try write(record, encoded: nil, origin: origin)
    }

    /// Writes one record as `write(_:origin:)` does, taking its bytes as given when a worker
    /// encoded it (`RecordEncoder.encodeOnWorker`, with this writer's encoder's settings).
    public func write(_ record: Record, encoded bytes: [UInt8]?, origin: String?) throws(JSONLinesSink.Error) {
        let key = origin ?? ""
        if key != current {
            if let current { markDone(current) }
            current = key
        }
        var input = inputs[key] ?? RunManifest.Input.statting(key)
        input.records += 1
        let failed = record.failure != nil
        if failed { input.errors += 1 }
        inputs[key] = input
        touch(key)

        if failed, let errorsSink {
            try errorsSink.write(record, encoded: bytes)
        } else if let bytes {
            if partBytes == nil { try openPart() }
            try emit(bytes)
        } else {
            if partBytes == nil { try openPart() }
            encoder.encode(record, into: &writer)
            defer {
                writer.reset()
                writer.trimCapacity(to: JSONLinesSink.spillThreshold * 2)
            }
            try JSONLinesSink.rethrow(spill)
            try emit(writer.bytes)
        }
        partRecords += 1
        if (partBytes ?? 0) >= options.partSize
            || Double(DispatchTime.now().uptimeNanoseconds - partStarted) / 1e9 >= options.commitInterval
        {
            try commit()
        }
    }

    /// Writes bytes of a record into the open part.
    private func emit(_ bytes: [UInt8]) throws(JSONLinesSink.Error) {
        if let gzip {
            try gzip.write(bytes)
        } else {
            try JSONLinesSink.writeAll(bytes, to: descriptor)
        }
        partBytes! += bytes.count
    }

    private func markDone(_ key: String) {
        guard var input = inputs[key], !input.done else { return }
        input.done = true
        inputs[key] = input
        touch(key)
    }

    private func touch(_ key: String) {
        if touched.last != key, touchedSet.insert(key).inserted { touched.append(key) }
    }

    private func openPart() throws(JSONLinesSink.Error) {
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw JSONLinesSink.Error(description: "cannot write '\(temporaryPath)': \(FileReader.systemMessage(errno))")
        }
        descriptor = fd
        partBytes = 0
        if options.compress { gzip = try GzipWriter(descriptor: fd) }
    }

    /// Commits the open part (if it holds anything) and the inputs' totals.
    public func commit() throws(JSONLinesSink.Error) {
        partStarted = DispatchTime.now().uptimeNanoseconds
        guard partRecords > 0 || !touched.isEmpty else { return }
        var committedName: String?
        var bytes = 0
        if let partBytes {
            try gzip?.finish()
            bytes = partBytes
            guard fsync(descriptor) == 0 else { throw failure("cannot sync '\(temporaryPath)'") }
            close(descriptor)
            descriptor = -1
            self.gzip = nil
            self.partBytes = nil
            let name = self.partName
            guard rename(temporaryPath, path(name)) == 0 else { throw failure("cannot rename '\(temporaryPath)' to '\(name)'") }
            try syncDirectory()
            committedName = name
            partNumber += 1
        }
        var errorsBytes: Int?
        if errorsDescriptor >= 0 {
            guard fsync(errorsDescriptor) == 0 else { throw failure("cannot sync '\(errorsPath!)'") }
            errorsBytes = Int(lseek(errorsDescriptor, 0, SEEK_CUR))
        }
        try manifest.appendPart(
            committedName, records: partRecords, bytes: bytes, errorsBytes: errorsBytes,
            inputs: touched.compactMap { inputs[$0] })
        if committedName != nil { committedParts += 1 }
        committedRecords += partRecords
        partRecords = 0
        // Inputs that are done are never written again: forget them, so memory stays bounded.
        for key in touched where inputs[key]?.done == true { inputs[key] = nil }
        touched.removeAll(keepingCapacity: true)
        touchedSet.removeAll(keepingCapacity: true)
    }

    /// Commits the last part. With `complete` (every input was read), the last input is
    /// marked done, the manifest gets its success line and `_SUCCESS` is made; a cancelled
    /// run passes false and stays resumable.
    public func finish(complete: Bool) throws(JSONLinesSink.Error) {
        if complete, let current { markDone(current) }
        try commit()
        guard complete else { return }
        try manifest.appendSuccess(records: committedRecords, parts: committedParts)
        let marker = path(Self.successMarker)
        let fd = open(marker, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0, fsync(fd) == 0 else { throw failure("cannot write '\(marker)'") }
        close(fd)
        try syncDirectory()
    }

    private func syncDirectory() throws(JSONLinesSink.Error) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw failure("cannot open '\(directory)'") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure("cannot sync '\(directory)'") }
    }

    private func failure(_ what: String) -> JSONLinesSink.Error {
        JSONLinesSink.Error(description: "\(what): \(FileReader.systemMessage(errno))")
    }

    /// Makes `directory` ready for a run: creates it if missing; for a new run removes what an
    /// earlier run wrote there (parts, temporary parts, manifest, marker); for a resumed run
    /// removes temporary parts and parts the manifest does not name (written but never
    /// committed). Other files are left alone.
    public static func prepare(directory: String, keeping state: RunManifest.State?) throws(JSONLinesSink.Error) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw JSONLinesSink.Error(description: "cannot create the folder '\(directory)': \(error.localizedDescription)")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let committed = Set(state?.parts ?? [])
        for name in names {
            let ours = name.hasSuffix(".tmp") && name.hasPrefix("part-") || partNumber(of: name) != nil
                || name == successMarker || name == RunManifest.fileName
            guard ours else { continue }
            if state != nil && (committed.contains(name) || name == RunManifest.fileName || name == successMarker) { continue }
            guard unlink((directory as NSString).appendingPathComponent(name)) == 0 else {
                throw JSONLinesSink.Error(description: "cannot remove '\(name)' in '\(directory)': \(FileReader.systemMessage(errno))")
            }
        }
    }
}
