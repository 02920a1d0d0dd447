import GlossCore

/// Reads web archives: WARC (`.warc`, `.warc.gz`) and ARC (`.arc`, `.arc.gz`) files, one input
/// per HTML, XHTML or plain-text HTTP response.
///
/// Claims a file whose first bytes (after gzip decompression when it starts with gzip's magic)
/// are a `WARC/` version line or an ARC `filedesc://` header, whatever its extension; other
/// `.gz` files are left to `GzipReader`, which should come after this reader. What the inputs
/// hold, what is skipped and how broken records are reported: see `WARCRecordStream`.
///
/// Costs: sniffing decompresses at most the 4 KiB head; reading streams the file. Sendable;
/// each call to `inputs` makes its own stream.
public struct WARCReader: ContainerReader {
    public let name = "warc"
    public let extensions: Set<String> = ["warc", "arc", "gz"]

    public init() {}

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        let compressed = head.starts(with: [0x1f, 0x8b])
        let content = compressed ? GzipStream.decompressedPrefix(of: head) : head
        guard Self.isArchive(content) else { return nil }
        let stream = WARCRecordStream(path: path, compressed: compressed, limits: limits)
        return AnyIterator { stream.next() }
    }

    /// Whether `bytes` start a WARC or ARC file (leading blank lines allowed).
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        let start = bytes.drop { $0 == 10 || $0 == 13 }
        return start.starts(with: WARCRecordStream.warcMagic) || start.starts(with: WARCRecordStream.arcMagic)
    }
}
