#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GlossCore

/// Reads a file front to back in fixed-size chunks, so readers stream instead of holding it.
///
/// Requires: a path to a regular file. Provides: chunks until the end (an empty chunk), and
/// the reason when the file cannot be opened or read. Costs: one descriptor, closed at the end
/// or on deinit, and one chunk buffer. Not thread-safe.
final class FileChunks {
    static let chunkSize = 1 << 16

    private var descriptor: Int32
    /// Why the file could not be opened or read, when it could not.
    private(set) var failure: String?

    init(path: String) {
        descriptor = FileReader.openReadOnly(path)
        if descriptor < 0 { failure = FileReader.systemMessage(errno) }
    }

    deinit { close() }

    /// The next chunk; empty at the end of the file or after a failure.
    func next() -> [UInt8] {
        guard descriptor >= 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { failure = FileReader.systemMessage(errno) }
            if got <= 0 {
                close()
                return []
            }
            buffer.removeSubrange(got...)
            return buffer
        }
    }

    private func close() {
        if descriptor >= 0 {
            _ = systemClose(descriptor)
            descriptor = -1
        }
    }
}

#if canImport(Glibc)
private let systemClose = Glibc.close
#elseif canImport(Darwin)
private let systemClose = Darwin.close
#endif
