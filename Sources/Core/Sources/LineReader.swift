import Foundation

/// Reads lines from a file descriptor in 64 KiB chunks, so a JSON Lines archive is never held
/// in memory whole. Lines end at `\n`; a final line without one is still returned.
struct LineReader {
    struct Error: Swift.Error, CustomStringConvertible {
        var description: String
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
                throw Error(description: "a line is over \(maxLineBytes) bytes; split the record")
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let got = chunk.withUnsafeMutableBytes { read(handle.descriptor, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw Error(description: FileReader.systemMessage(errno))
            }
            if got == 0 { endOfFile = true } else { buffer.append(contentsOf: chunk[0..<got]) }
        }
    }
}
