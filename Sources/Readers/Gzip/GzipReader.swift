import GlossCore

/// Reads a gzip-compressed file as one document: `page.html.gz`, `notes.txt.gz`, `feed.xml.gz`.
///
/// Claims any file that starts with gzip's magic bytes (1f 8b 08) and that an earlier reader
/// (such as `WARCReader` for `.warc.gz`) did not take. Yields exactly one input: id and source
/// the path, a `.deferred` payload that decompresses the file on a worker thread (stopping with
/// an error past the document size limit; a truncated or corrupt file fails with the byte
/// offset), and `contentType` guessed from the name inside the `.gz` (`text/html`,
/// `application/xml`, `text/plain`, ...; nil when the inner extension says nothing).
///
/// Costs: claiming reads nothing beyond the head; decompression streams the file in 64 KiB
/// chunks and holds only the result. Sendable; stateless.
public struct GzipReader: ContainerReader {
    public let name = "gzip"
    public let extensions: Set<String> = ["gz"]

    public init() {}

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        guard head.count >= 3, head[0] == 0x1f, head[1] == 0x8b, head[2] == 8 else { return nil }
        var metadata = Metadata()
        metadata.contentType = Self.contentType(path: path)
        let input = DocumentInput(
            id: path, source: path,
            payload: .deferred { maxBytes in try GzipStream(path: path).readAll(maxBytes: maxBytes) },
            metadata: metadata)
        return AnyIterator(CollectionOfOne(input).makeIterator())
    }

    /// The content type that the extension inside `.gz` names: `page.html.gz` → `text/html`.
    static func contentType(path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var parts = name.lowercased().split(separator: ".")
        if parts.last == "gz" || parts.last == "gzip" { parts.removeLast() }
        guard parts.count >= 2, let inner = parts.last else { return nil }
        return MediaType.forExtension(String(inner))
    }
}
