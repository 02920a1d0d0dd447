import Foundation
import GlossCore

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes records as JSON Lines to a file descriptor.
///
/// Each record is written out as soon as it is encoded (one `write` per record, into a reused
/// buffer), so whatever happens later in a run (a crash, a kill) costs no finished record: only
/// the documents still in flight. Measured cost: one system call per record, a few
/// microseconds, against milliseconds of analysis per document.
///
/// Compressed output (`path` ending in `.gz`, or `compress: true`) goes through a
/// `GzipWriter`; call `finish()` to end the gzip stream (the deinit does it too).
///
/// Not thread-safe: the runner hands records out on one thread, and so should callers.
public final class JSONLinesSink {
    /// Why output could not be written.
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    private let descriptor: Int32
    private let closeOnDeinit: Bool
    private let encoder: RecordEncoder
    private var writer = JSONWriter(reservingCapacity: 1 << 17)
    private let gzip: GzipWriter?
    /// Records written so far.
    public private(set) var count = 0

    /// Writes to an open file descriptor (e.g. `STDOUT_FILENO`).
    public init(descriptor: Int32, encoder: RecordEncoder = RecordEncoder()) {
        self.descriptor = descriptor
        self.closeOnDeinit = false
        self.encoder = encoder
        self.gzip = nil
    }

    /// Creates (or truncates) the file at `path` and writes to it, gzip-compressed when
    /// `compress` is true (by default, when the name ends in `.gz`).
    public init(path: String, encoder: RecordEncoder = RecordEncoder(), compress: Bool? = nil) throws(JSONLinesSink.Error) {
        let descriptor = try Self.openForWriting(path)
        self.descriptor = descriptor
        self.closeOnDeinit = true
        self.encoder = encoder
        if compress ?? path.hasSuffix(".gz") {
            do {
                self.gzip = try GzipWriter(descriptor: descriptor)
            } catch {
                close(descriptor)
                throw error
            }
        } else {
            self.gzip = nil
        }
    }

    /// Creates (or truncates) the file at `path` for writing and returns its descriptor.
    public static func openForWriting(_ path: String) throws(JSONLinesSink.Error) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Error(description: "cannot write '\(path)': \(FileReader.systemMessage(errno))")
        }
        return descriptor
    }

    deinit {
        try? finish()
        if closeOnDeinit { close(descriptor) }
    }

    /// Writes out everything buffered and ends the gzip stream, if there is one.
    public func finish() throws(JSONLinesSink.Error) {
        try flush()
        try gzip?.finish()
    }

    /// Encodes one record and writes it out.
    public func write(_ record: Record) throws(JSONLinesSink.Error) {
        encoder.encode(record, into: &writer)
        count += 1
        try flush()
    }

    /// Writes out everything buffered.
    public func flush() throws(JSONLinesSink.Error) {
        guard !writer.bytes.isEmpty else { return }
        defer { writer.reset() }
        if let gzip {
            try gzip.write(writer.bytes)
        } else {
            try Self.writeAll(writer.bytes, to: descriptor)
        }
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(JSONLinesSink.Error) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Error(description: "cannot write output: \(FileReader.systemMessage(errno))")
            }
            offset += written
        }
    }
}
