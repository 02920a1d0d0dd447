extension GzipStream {
    /// Decompresses the whole stream, stopping with an error once it passes `maxBytes`.
    ///
    /// Costs: memory for the result (at most `maxBytes` plus one chunk).
    /// - Throws: `GzipError` for a truncated or corrupt stream, or `.tooLarge`.
    public func readAll(maxBytes: Int) throws(GzipError) -> [UInt8] {
        var result: [UInt8] = []
        while true {
            let chunk = try next()
            if chunk.isEmpty { return result }
            result.append(contentsOf: chunk)
            if result.count > maxBytes {
                throw GzipError(
                    kind: .tooLarge, offset: compressedOffset, memberStart: memberStart,
                    description: "decompressed data is over the limit of \(maxBytes) bytes per document; "
                        + "split it or raise --max-document-bytes")
            }
        }
    }

    /// The first decompressed bytes of the gzip data that `head` (a file's first bytes) starts,
    /// as far as `head` goes; empty when it is not gzip. For sniffing what a `.gz` file holds.
    public static func decompressedPrefix(of head: [UInt8]) -> [UInt8] {
        guard head.count >= 3, head[0] == 0x1f, head[1] == 0x8b, head[2] == 8 else { return [] }
        let stream = GzipStream(bytes: head)
        return (try? stream.next()) ?? []
    }
}
