/// Buffered reads over a stream of chunks: lines, counted reads and skips, with the offset in the
/// stream, for record formats whose parts are lines and lengths (WARC, ARC).
///
/// Requires: a closure that returns the next chunk, empty at the end, or throws. Provides:
/// `readLine`, `read(_:)` and `skip(_:)`, which stop short at the end of the stream; errors
/// from the closure pass through. Costs: holds one chunk plus what a caller is reading; a skip
/// holds nothing. Not thread-safe.
final class ByteStream {
    private let nextChunk: () throws -> [UInt8]
    private var buffer: [UInt8] = []
    private var start = 0
    /// The stream offset of the next unread byte.
    private(set) var offset = 0
    private(set) var atEnd = false

    init(_ nextChunk: @escaping () throws -> [UInt8]) {
        self.nextChunk = nextChunk
    }

    /// Forgets buffered bytes (after the source skipped ahead) and reads on from the source.
    func discardBuffered() {
        buffer.removeAll(keepingCapacity: true)
        start = 0
        atEnd = false
    }

    /// Appends the next chunk; false at the end.
    private func fill() throws -> Bool {
        guard !atEnd else { return false }
        let chunk = try nextChunk()
        guard !chunk.isEmpty else {
            atEnd = true
            return false
        }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// The next line without its LF or CRLF; nil at the end of the stream. A line longer than
    /// `maxLength` comes back cut at that length, the rest still unread.
    func readLine(maxLength: Int = 1 << 16) throws -> [UInt8]? {
        var scanned = 0
        while true {
            let found: Int? = buffer.withUnsafeBufferPointer { bytes in
                var index = start + scanned
                while index < bytes.count {
                    if bytes[index] == 10 { return index }
                    index += 1
                }
                return nil
            }
            if let end = found {
                var line = Array(buffer[start..<end])
                if line.last == 13 { line.removeLast() }
                offset += end + 1 - start
                start = end + 1
                return line
            }
            scanned = buffer.count - start
            if try scanned >= maxLength || !fill() {
                if scanned == 0 { return nil }
                let count = min(scanned, maxLength)
                let line = Array(buffer[start..<start + count])
                start += count
                offset += count
                return line
            }
        }
    }

    /// The next `count` bytes, fewer at the end of the stream.
    func read(_ count: Int) throws -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(count, 1 << 24))
        while result.count < count {
            if start == buffer.count, !(try fill()) { break }
            let take = min(count - result.count, buffer.count - start)
            result.append(contentsOf: buffer[start..<start + take])
            start += take
            offset += take
        }
        return result
    }

    /// Skips `count` bytes without holding them; returns how many there were.
    func skip(_ count: Int) throws -> Int {
        var skipped = 0
        while skipped < count {
            if start == buffer.count, !(try fill()) { break }
            let take = min(count - skipped, buffer.count - start)
            start += take
            offset += take
            skipped += take
        }
        return skipped
    }

    /// Puts `bytes` back in front of the unread bytes, as if they had not been read.
    func unread(_ bytes: ArraySlice<UInt8>) {
        buffer = Array(bytes) + buffer[start...]
        start = 0
        offset -= bytes.count
    }

    /// Up to `count` of the next bytes without consuming them; fewer at the end of the stream.
    func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - start < count, try fill() {}
        return buffer[start..<min(buffer.count, start + count)]
    }

    /// The next byte without consuming it; nil at the end.
    func peek() throws -> UInt8? {
        if start == buffer.count, !(try fill()) { return nil }
        return buffer[start]
    }
}
