import Foundation
import GlossCore

/// Reads a gzip-compressed archive or feed (`feed.xml.gz`, `reut2-000.sgm.gz`) with the reader
/// that would read it uncompressed, so its documents are split the same way.
///
/// Claims a gzip file whose inner extension (`xml` in `feed.xml.gz`) is one of the inner
/// readers' and which one of them takes once decompressed. The file is decompressed, streaming,
/// into a temporary file (at most `limits.maxRecordBytes`; an archive that needs more is read as
/// one document by `GzipReader`), the inner reader reads that, and the temporary file is removed
/// when its inputs are used up. Ids and sources name the `.gz` file, not the temporary one. A
/// truncated or corrupt stream keeps what came before the break, and one error input at the end
/// says where it broke.
///
/// Cost: one pass of decompression and a temporary file the size of the decompressed archive.
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
        // Named after the archive, so that a leftover (after a crash) says where it came from.
        let base = (path as NSString).lastPathComponent
        let temporary = NSTemporaryDirectory() + "gloss-\(base)-\(UUID().uuidString).\(innerExtension)"
        let breakage = decompress(path, to: temporary, limit: limits.maxRecordBytes)
        if case .tooLarge = breakage {
            try? FileManager.default.removeItem(atPath: temporary)
            return nil
        }
        let innerHead = FileReader.head(path: temporary, count: ContainerLimits.headBytes)
        for reader in inner {
            guard let inputs = reader.inputs(path: temporary, head: innerHead, limits: limits) else { continue }
            return AnyIterator(Inputs(inputs: inputs, temporary: temporary, path: path, breakage: breakage))
        }
        try? FileManager.default.removeItem(atPath: temporary)
        return nil
    }

    /// How decompression ended.
    enum Breakage {
        case none
        case tooLarge
        case broken(String)
    }

    /// Decompresses `path` into `destination`, keeping what came before a break.
    private func decompress(_ path: String, to destination: String, limit: Int) -> Breakage {
        guard FileManager.default.createFile(atPath: destination, contents: nil),
            let handle = FileHandle(forWritingAtPath: destination)
        else { return .tooLarge }
        defer { try? handle.close() }
        let stream = GzipStream(path: path)
        var total = 0
        while true {
            do {
                let chunk = try stream.next()
                if chunk.isEmpty { return .none }
                total += chunk.count
                if total > limit { return .tooLarge }
                handle.write(Data(chunk))
            } catch {
                return .broken(error.description)
            }
        }
    }

    /// The inner reader's inputs, renamed after the `.gz` file, then the break if there was one;
    /// removes the temporary file at the end.
    private final class Inputs: IteratorProtocol {
        var inputs: AnyIterator<DocumentInput>
        let temporary: String
        let path: String
        var breakage: Breakage

        init(inputs: AnyIterator<DocumentInput>, temporary: String, path: String, breakage: Breakage) {
            self.inputs = inputs
            self.temporary = temporary
            self.path = path
            self.breakage = breakage
        }

        func next() -> DocumentInput? {
            if var input = inputs.next() {
                input.id = rename(input.id)
                input.source = input.source.map(rename)
                if case .unreadable(let message) = input.payload { input.payload = .unreadable(rename(message)) }
                return input
            }
            cleanUp()
            if case .broken(let message) = breakage {
                breakage = .none
                return DocumentInput(id: path, source: path, payload: .unreadable(message + "; the documents before the break were read"))
            }
            return nil
        }

        private func rename(_ text: String) -> String {
            text.contains(temporary) ? text.replacingOccurrences(of: temporary, with: path) : text
        }

        private func cleanUp() {
            try? FileManager.default.removeItem(atPath: temporary)
        }

        deinit { cleanUp() }
    }
}
