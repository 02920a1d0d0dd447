import Foundation
import GlossCore

/// Reads a gzip-compressed archive or feed (`feed.xml.gz`, `reut2-000.sgm.gz`) with the reader
/// that would read it uncompressed, so its documents are split the same way.
///
/// Claims a gzip file whose inner extension (`xml` in `feed.xml.gz`) is one of the inner
/// readers' and which one of them takes, judged by the decompressed head. The inner reader then
/// streams the file itself: its chunks are decompressed as they are read (`FileChunks`), so the
/// size limit applies to each record, as for an uncompressed archive, never to the whole file,
/// and nothing is written to disk. Ids and sources name the `.gz` file. A truncated or corrupt
/// stream keeps the records before the break, and the inner reader's error input at the end
/// says where it broke (`gzip.truncated`, `gzip.corrupt`).
///
/// Cost: one pass of decompression, streaming (zlib's window and 64 KiB buffers).
public struct GzipContainerReader: ContainerReader {
    public let name = "gzip-archive"
    public let extensions: Set<String> = ["gz"]
    /// The readers asked about the decompressed file.
    public let inner: [any ContainerReader]

    public init(inner: [any ContainerReader]) { self.inner = inner }

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        guard head.count >= 3, head[0] == 0x1f, head[1] == 0x8b, head[2] == 8 else { return nil }
        let parts = ((path as NSString).lastPathComponent).lowercased().split(separator: ".")
        guard parts.count >= 3, let innerExtension = parts.dropLast().last.map(String.init),
            inner.contains(where: { $0.extensions.contains(innerExtension) })
        else { return nil }
        let innerHead = Self.decompressedHead(path: path)
        for reader in inner {
            if let inputs = reader.inputs(path: path, head: innerHead, limits: limits) { return inputs }
        }
        return nil
    }

    /// The first `ContainerLimits.headBytes` decompressed bytes of the file, or fewer.
    static func decompressedHead(path: String) -> [UInt8] {
        let stream = GzipStream(path: path)
        var head: [UInt8] = []
        while head.count < ContainerLimits.headBytes, let chunk = try? stream.next(), !chunk.isEmpty {
            head.append(contentsOf: chunk)
        }
        return Array(head.prefix(ContainerLimits.headBytes))
    }
}
