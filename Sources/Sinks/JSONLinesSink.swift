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
/// Each record is written out as soon as it is encoded, or as soon as it arrives when a worker
/// encoded it (`write(_:encoded:)`; one `write` per record, into a reused
/// buffer; a record of over `spillThreshold` bytes leaves in slices of that size as it is
/// encoded, so it is never held whole), so whatever happens later in a run (a crash, a kill) costs no finished record: only
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
    private var writer = JSONWriter(reservingCapacity: JSONLinesSink.bufferCapacity)
    private let gzip: GzipWriter?
    /// Takes the bytes of a record too big to hold whole; set up once `self` exists.
    private var spill: JSONSpill?

    /// Bytes of JSON buffered before a record is written out in slices, and the capacity the
    /// buffer is cut back to after a record that grew it (one giant document keeps no memory).
    static let bufferCapacity = 1 << 17
    public static let spillThreshold = 1 << 20
    /// Records written so far.
    public private(set) var count = 0

    /// Writes to an open file descriptor (e.g. `STDOUT_FILENO`).
    public init(descriptor: Int32, encoder: RecordEncoder = RecordEncoder()) {
        self.descriptor = descriptor
        self.closeOnDeinit = false
        self.encoder = encoder
        self.gzip = nil
        attachSpill()
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
        attachSpill()
    }

    /// Gives the writer a spill that writes straight out, so a huge record is never whole in
    /// memory. (`unowned`: the spill lives inside `self`'s writer.)
    private func attachSpill() {
        let spill = JSONSpill(threshold: Self.spillThreshold) { [unowned self] bytes in try self.emit(bytes) }
        self.spill = spill
        writer = JSONWriter(reservingCapacity: Self.bufferCapacity, spill: spill)
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
        try Self.rethrow(spill)
        try flush()
        writer.trimCapacity(to: Self.spillThreshold * 2)
    }

    /// Writes a record that a worker already encoded (`RecordEncoder.encodeOnWorker`) as
    /// given, or encodes it here when `bytes` is nil. The bytes must come from an encoder
    /// with this sink's settings.
    public func write(_ record: Record, encoded bytes: [UInt8]?) throws(JSONLinesSink.Error) {
        guard let bytes else { return try write(record) }
        try flush()
        count += 1
        try emit(bytes)
    }

    /// Writes out everything buffered.
    public func flush() throws(JSONLinesSink.Error) {
        guard writer.byteCount > 0 else { return }
        defer { writer.reset() }
        try emit(writer.bytes)
    }

    private func emit(_ bytes: [UInt8]) throws(JSONLinesSink.Error) {
        if let gzip {
            try gzip.write(bytes)
        } else {
            try Self.writeAll(bytes, to: descriptor)
        }
    }

    /// Throws the first write error a spill met, as this sink's error.
    static func rethrow(_ spill: JSONSpill?) throws(JSONLinesSink.Error) {
        do {
            try spill?.rethrow()
        } catch let error as JSONLinesSink.Error {
            throw error
        } catch {
            throw Error(description: "cannot write output: \(error)")
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
