#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GlossCore

/// Reads a file front to back in fixed-size chunks, so readers stream instead of holding it;
/// a gzip file (by its magic bytes) is decompressed as it is read.
///
/// Requires: a path to a regular file. Provides: chunks until the end (an empty chunk), and
/// the reason when the file cannot be opened or read, or its gzip stream breaks (the chunks
/// before the break are delivered first). Costs: one descriptor, closed at the end or on
/// deinit, and one chunk buffer; for gzip, zlib's window and one 64 KiB input buffer, never
/// the whole file. Not thread-safe.
final class FileChunks {
    static let chunkSize = 1 << 16

    /// Why the file could not be read to its end.
    struct Failure: CustomStringConvertible {
        var description: String
        var code: ErrorCode
    }

    private var descriptor: Int32
    private var gzip: GzipStream?
    /// Why the file could not be opened or read, when it could not.
    private(set) var failure: Failure?

    init(path: String) {
        descriptor = FileReader.openReadOnly(path)
        if descriptor < 0 {
            failure = Failure(FileReader.Error.system(errno))
        } else if Self.startsWithGzipMagic(descriptor) {
            close()
            gzip = GzipStream(path: path)
        }
    }

    deinit { close() }

    /// The next chunk; empty at the end of the file or after a failure.
    func next() -> [UInt8] {
        if let gzip { return nextDecompressed(gzip) }
        guard descriptor >= 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { failure = Failure(FileReader.Error.system(errno)) }
            if got <= 0 {
                close()
                return []
            }
            buffer.removeSubrange(got...)
            return buffer
        }
    }

    private func nextDecompressed(_ stream: GzipStream) -> [UInt8] {
        guard failure == nil else { return [] }
        do {
            return try stream.next()
        } catch {
            failure = Failure(description: error.description, code: error.code)
            gzip = nil
            return []
        }
    }

    /// Whether the file starts with gzip's magic bytes; leaves the descriptor at the start.
    private static func startsWithGzipMagic(_ descriptor: Int32) -> Bool {
        var magic = [UInt8](repeating: 0, count: 3)
        let got = magic.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, 3, 0) }
        return got == 3 && magic == [0x1f, 0x8b, 8]
    }

    private func close() {
        if descriptor >= 0 {
            _ = systemClose(descriptor)
            descriptor = -1
        }
    }
}

extension FileChunks.Failure {
    init(_ error: FileReader.Error) {
        self.init(description: error.description, code: error.code)
    }
}

#if canImport(Glibc)
private let systemClose = Glibc.close
#elseif canImport(Darwin)
private let systemClose = Darwin.close
#endif
