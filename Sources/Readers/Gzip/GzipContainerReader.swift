import Foundation
import GlossCore

/// Reads a gzip-compressed archive or feed (`feed.xml.gz`, `reut2-000.sgm.gz`) with the reader
/// that would read it uncompressed, so its documents are split the same way.
///
/// Claims a gzip file whose inner extension (`xml` in `feed.xml.gz`) is one of the inner
/// readers' and which one of them takes once decompressed. The file is decompressed, streaming,
/// into a temporary file (at most `limits.maxRecordBytes`; an archive that needs more is read as
/// one document by `GzipReader`), the inner reader reads that, and the temporary file is removed
/// when its inputs are used up. The temporary file is private (mode 0600) and, on Linux, removed
/// from its directory as soon as it is created, the reader keeping it open and reading it
/// through `/proc/self/fd`, so a run stopped by a signal leaves nothing behind. Ids and sources
/// name the `.gz` file, not the temporary one. A
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
        guard let temporary = TemporaryFile(prefix: "gloss-\(base)-", suffix: ".\(innerExtension)") else { return nil }
        let breakage = decompress(path, to: temporary.descriptor, limit: limits.maxRecordBytes)
        if case .tooLarge = breakage {
            temporary.remove()
            return nil
        }
        let innerHead = FileReader.head(path: temporary.path, count: ContainerLimits.headBytes)
        for reader in inner {
            guard let inputs = reader.inputs(path: temporary.path, head: innerHead, limits: limits) else { continue }
            return AnyIterator(Inputs(inputs: inputs, temporary: temporary, path: path, breakage: breakage))
        }
        temporary.remove()
        return nil
    }

    /// A private temporary file (mode 0600), open for writing; on Linux already unlinked and
    /// reached through `/proc/self/fd`, elsewhere removed by `remove()`.
    struct TemporaryFile {
        let descriptor: Int32
        /// The path readers open it by.
        let path: String
        /// The name in the temporary directory, while it has one.
        private let name: String?

        /// Creates `prefix` + six random characters + `suffix` in the temporary directory.
        init?(prefix: String, suffix: String) {
            var bytes = Array((NSTemporaryDirectory() + prefix + "XXXXXX" + suffix).utf8CString)
            descriptor = mkstemps(&bytes, Int32(suffix.utf8.count))  // creates it with mode 0600
            guard descriptor >= 0 else { return nil }
            let created = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            #if os(Linux)
            unlink(created)
            path = "/proc/self/fd/\(descriptor)"
            name = nil
            #else
            path = created
            name = created
            #endif
        }

        /// Closes the file and removes its name, if it still has one.
        func remove() {
            close(descriptor)
            if let name { unlink(name) }
        }
    }

    /// How decompression ended.
    enum Breakage {
        case none
        case tooLarge
        case broken(String)
    }

    /// Decompresses `path` into the file open on `destination`, keeping what came before a break.
    private func decompress(_ path: String, to destination: Int32, limit: Int) -> Breakage {
        let handle = FileHandle(fileDescriptor: destination, closeOnDealloc: false)
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
        var file: TemporaryFile?
        let path: String
        var breakage: Breakage

        init(inputs: AnyIterator<DocumentInput>, temporary: TemporaryFile, path: String, breakage: Breakage) {
            self.inputs = inputs
            self.temporary = temporary.path
            self.file = temporary
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
            file?.remove()
            file = nil
        }

        deinit { cleanUp() }
    }
}
