import Foundation
import GlossCore

/// Reads lines from a file descriptor in 64 KiB chunks, so a JSON Lines archive is never held
/// in memory whole. Lines end at `\n`; a final line without one is still returned.
///
/// A line over `maxLineBytes` is skipped to its newline and reported as an error that leaves
/// the reader usable (`Error.skipped`): the lines after it are still read. A read error ends
/// the file.
struct LineReader {
    struct Error: Swift.Error, CustomStringConvertible {
        var description: String
        var code: ErrorCode
        /// Whether the reader went on past the failed line, so later lines can still be read.
        var skipped = false
    }

    private final class Handle {
        let descriptor: Int32
        let closeWhenDone: Bool
        init(_ descriptor: Int32, closeWhenDone: Bool) {
            self.descriptor = descriptor
            self.closeWhenDone = closeWhenDone
        }
        deinit { if closeWhenDone { close(descriptor) } }
    }

    private let handle: Handle
    private var buffer: [UInt8] = []
    private var start = 0
    private var endOfFile = false
    var isFinished = false
    /// Lines longer than this fail rather than grow without bound.
    var maxLineBytes = 256 << 20

    init(descriptor: Int32, closeWhenDone: Bool = false) {
        handle = Handle(descriptor, closeWhenDone: closeWhenDone)
    }

    mutating func nextLine() throws(LineReader.Error) -> [UInt8]? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 10) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if endOfFile {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            if buffer.count > maxLineBytes {
                try skipToNextLine()
                throw Error(
                    description: "a line is over \(maxLineBytes) bytes and was skipped; split the record",
                    code: .jsonlLineTooLong, skipped: true)
            }
            try readChunk()
        }
    }

    /// Drops the buffered part of an overlong line and reads on past its newline, keeping what
    /// follows it.
    private mutating func skipToNextLine() throws(LineReader.Error) {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                buffer.removeSubrange(0...newline)
                start = 0
                return
            }
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if endOfFile { return }
            try readChunk()
        }
    }

    /// Appends the next chunk of the file to the buffer, or sets `endOfFile`.
    private mutating func readChunk() throws(LineReader.Error) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(handle.descriptor, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw Error(description: FileReader.systemMessage(errno), code: FileReader.code(errno: errno))
            }
            if got == 0 { endOfFile = true } else { buffer.append(contentsOf: chunk[0..<got]) }
            return
        }
    }
}
