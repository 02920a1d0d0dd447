import Foundation

/// One input to a run, before it is read: a file to read, bytes or text in memory, a record
/// a reader parses (a JSON Lines line), or an input that could not even be opened.
///
/// Sources produce inputs lazily; the runner reads each one on a worker thread, so reading
/// files overlaps with processing.
public struct DocumentInput: Sendable {
    /// What the input holds.
    public enum Payload: Sendable {
        /// Bytes in memory.
        case bytes([UInt8])
        /// Text in memory.
        case text(String)
        /// A file to read when the input is processed.
        case file(path: String)
        /// A record a container reader parses when the input is processed, on a worker thread
        /// (a JSON Lines line, for example): the closure adds the record's fields to the
        /// input's metadata and returns its text and the id it names (nil keeps the input's).
        /// It throws an error whose description says what went wrong (a `CodedError` keeps its code).
        case record(@Sendable (_ metadata: inout Metadata) throws -> (text: String, id: String?))
        /// Bytes read when the input is processed, on a worker thread (a gzip-compressed
        /// page, for example). The closure gets the size limit and throws an error whose
        /// description says what went wrong (a `StageError` keeps its code).
        case deferred(@Sendable (_ maxBytes: Int) throws -> [UInt8])
        /// The input could not be opened; the run records this message and code for it.
        case unreadable(String, code: ErrorCode = .readFailed)
    }

    public var id: String
    /// A path or URL, if there is one.
    public var source: String?
    public var payload: Payload
    public var metadata: Metadata
    /// The top-level file the input came from (a page, or the web archive, feed or JSON Lines
    /// file that held it), as `FileSource` named it; nil for inputs made in memory. A resumable
    /// run (`PartWriter`, `RunManifest`) counts committed records per origin.
    public var origin: String?
    /// The size in bytes of a file to read, when its source knows it before reading (from the
    /// directory walk's `stat`); nil when unknown. Only batching uses it (`byteCountHint`).
    public var fileSize: Int?

    public init(
        id: String, source: String? = nil, payload: Payload, metadata: Metadata = Metadata(), origin: String? = nil,
        fileSize: Int? = nil
    ) {
        self.id = id
        self.source = source
        self.payload = payload
        self.metadata = metadata
        self.origin = origin
        self.fileSize = fileSize
    }

    /// The input's size in bytes as far as it is known before reading: bytes and text held in
    /// memory, or `fileSize`; nil for records and deferred reads. The runner ends a batch on it
    /// (`RunOptions.batchBytes`), so a batch of large pages holds few of them.
    package var byteCountHint: Int? {
        switch payload {
        case .bytes(let bytes): bytes.count
        case .text(let text): text.utf8.count
        case .file: fileSize
        case .record, .deferred, .unreadable: nil
        }
    }

    /// An input of text held in memory, its type undeclared: the `ingest` stage reads it as
    /// plain text unless its content type (in `metadata`) or its first bytes say HTML
    /// (`MediaType.looksLikeHTML`: `<!DOCTYPE html>`, `<html>`, or a fragment such as `<p>…`).
    /// To have HTML-looking text read as text, set `metadata.contentType` to `text/plain`.
    public static func text(
        _ text: String, id: String, source: String? = nil, metadata: Metadata = Metadata()
    ) -> DocumentInput {
        DocumentInput(id: id, source: source, payload: .text(text), metadata: metadata)
    }

    /// An input of HTML held in memory (a page or a fragment): its content type is `text/html`
    /// unless `metadata` names another HTML type, so `ingest` reads it as HTML whatever it
    /// starts with.
    public static func html(
        _ html: String, id: String, source: String? = nil, metadata: Metadata = Metadata()
    ) -> DocumentInput {
        var metadata = metadata
        if metadata.contentType.map({ MediaType.isHTML(contentType: $0) }) != true { metadata.contentType = "text/html" }
        return DocumentInput(id: id, source: source, payload: .text(html), metadata: metadata)
    }

    /// Reads the input and makes the document the first stage sees.
    ///
    /// - Parameters:
    ///   - textIsGiven: whether the pipeline expects documents that already have text (no
    ///     ingest stage); otherwise text inputs become raw UTF-8 bytes for ingest.
    ///   - maxBytes: inputs larger than this fail with a clear message instead of being read.
    /// - Throws: `DocumentFailure` with stage `read`.
    public func makeDocument(textIsGiven: Bool, maxBytes: Int) throws(DocumentFailure) -> Document {
        func fail(_ message: String, _ code: ErrorCode) -> DocumentFailure {
            DocumentFailure(id: id, source: source, stage: "read", code: code, message: message)
        }
        func document(text: String, id: String, metadata: Metadata) -> Document {
            textIsGiven
                ? Document(id: id, source: source, text: text, metadata: metadata)
                : Document(id: id, source: source, raw: Array(text.utf8), metadata: metadata)
        }
        func document(bytes: [UInt8]) -> Document {
            textIsGiven
                ? Document(id: id, source: source, text: String(decoding: bytes, as: UTF8.self), metadata: metadata)
                : Document(id: id, source: source, raw: bytes, metadata: metadata)
        }
        switch payload {
        case .bytes(let bytes):
            guard bytes.count <= maxBytes else { throw fail(FileReader.tooLarge(bytes.count, limit: maxBytes), .readTooLarge) }
            return document(bytes: bytes)
        case .text(let text):
            guard text.utf8.count <= maxBytes else { throw fail(FileReader.tooLarge(text.utf8.count, limit: maxBytes), .readTooLarge) }
            return document(text: text, id: id, metadata: metadata)
        case .file(let path):
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(path: path, maxBytes: maxBytes)
            } catch {
                throw fail(error.description, error.code)
            }
            return document(bytes: bytes)
        case .record(let parse):
            var metadata = metadata
            let record: (text: String, id: String?)
            do {
                record = try parse(&metadata)
            } catch {
                throw fail(String(describing: error), (error as? any CodedError)?.code ?? .readFailed)
            }
            guard record.text.utf8.count <= maxBytes else {
                throw fail(FileReader.tooLarge(record.text.utf8.count, limit: maxBytes), .readTooLarge)
            }
            return document(text: record.text, id: record.id ?? id, metadata: metadata)
        case .deferred(let read):
            let bytes: [UInt8]
            do {
                bytes = try read(maxBytes)
            } catch let error as StageError {
                throw fail(error.description, error.code ?? .readFailed)
            } catch {
                throw fail(String(describing: error), (error as? any CodedError)?.code ?? .readFailed)
            }
            guard bytes.count <= maxBytes else { throw fail(FileReader.tooLarge(bytes.count, limit: maxBytes), .readTooLarge) }
            return document(bytes: bytes)
        case .unreadable(let message, let code):
            throw fail(message, code)
        }
    }
}

/// An error that carries its own `ErrorCode`: a reader's failure thrown from a deferred read
/// keeps its code in the error record.
public protocol CodedError: Error {
    var code: ErrorCode { get }
}

extension FileReader.Error: CodedError {}
