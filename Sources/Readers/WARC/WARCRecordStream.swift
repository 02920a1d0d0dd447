import Foundation
import GlossCore

/// Reads a web archive (WARC or ARC, plain or gzip-compressed) record by record and yields one
/// input per HTML, XHTML or plain-text HTTP response.
///
/// ```
/// file ─▶ GzipStream (when .gz) ─▶ ByteStream ─▶ record header ─▶ block ─▶ HTTPResponse ─▶ input
///                 │ corrupt member: resync to the next one        │ request, metadata, non-2xx,
///                 ▼                                               ▼ images: skipped and counted
///          .unreadable input                              .unreadable input (truncated, too large)
/// ```
///
/// Requires: a file that starts with a `WARC/` version line or an ARC `filedesc://` header
/// (after decompression). Provides: inputs with id `path#n` (n the record's number in the file,
/// from 1), source and `metadata.url` the target URI, payload the HTTP body (chunked transfer
/// coding and gzip/deflate content coding undone), `contentType` the HTTP Content-Type as sent
/// (charset kept), `extra["crawl_date"]` the WARC-Date (an ARC date becomes ISO 8601) and
/// `extra["warc_record_id"]`; `counts` says what was read and skipped. A record cut short, over
/// `maxRecordBytes` or in a broken gzip member becomes one `.unreadable` input naming the record
/// and the problem, and reading goes on with the next record when it can. A file that yields
/// nothing else yields one `.unreadable` input saying how many records it had.
///
/// Costs: streams the file in 64 KiB chunks; holds one record block at a time (records over the
/// limit are skipped without being held). Not thread-safe: one stream per file.
public final class WARCRecordStream: IteratorProtocol {
    private enum Format { case warc, arc }

    /// What has been read so far.
    public private(set) var counts = WARCCounts()
    private let path: String
    private let maxRecordBytes: Int
    private let onNote: (@Sendable (String) -> Void)?
    private let gzip: GzipStream?
    private let bytes: ByteStream
    private var format: Format?
    private var recordNumber = 0
    /// The record being read, for messages when the source breaks inside it.
    private var current: (number: Int, offset: Int)?
    private var yielded = 0
    private var finished = false

    /// Reads the archive at `path`, decompressing it when `compressed` (a `.warc.gz` or `.arc.gz`).
    public init(path: String, compressed: Bool, limits: ContainerLimits) {
        self.path = path
        onNote = limits.onNote
        maxRecordBytes = limits.maxRecordBytes
        if compressed {
            let gzip = GzipStream(path: path)
            self.gzip = gzip
            bytes = ByteStream { try gzip.next() }
        } else {
            let chunks = FileChunks(path: path)
            gzip = nil
            bytes = ByteStream {
                let chunk = chunks.next()
                if chunk.isEmpty, let failure = chunks.failure {
                    throw ArchiveReadError(description: failure.description, code: failure.code)
                }
                return chunk
            }
        }
    }

    public func next() -> DocumentInput? {
        while !finished {
            do {
                if let input = try nextRecord() {
                    yielded += 1
                    return input
                }
            } catch {
                yielded += 1
                return sourceFailed(error)
            }
        }
        guard yielded == 0 else { return nil }
        yielded = 1
        let message = "no HTML or text responses among \(counts.records) records (\(counts))"
        if let onNote {
            onNote("\(path): \(message)")
            return nil
        }
        counts.errors += 1
        return DocumentInput(id: path, source: path, payload: .unreadable(message, code: .warcNoDocuments))
    }

    // MARK: - Records

    /// The next record's input, nil for a record skipped (or at the end, with `finished` set).
    private func nextRecord() throws -> DocumentInput? {
        var offset = bytes.offset
        guard var line = try bytes.readLine() else {
            finished = true
            return nil
        }
        while line.isEmpty {
            offset = bytes.offset
            guard let next = try bytes.readLine() else {
                finished = true
                return nil
            }
            line = next
        }
        if format == nil { format = line.starts(with: Self.arcMagic) ? .arc : .warc }
        return format == .arc ? try arcRecord(line, at: offset) : try warcRecord(line, at: offset)
    }

    private func warcRecord(_ versionLine: [UInt8], at offset: Int) throws -> DocumentInput? {
        guard versionLine.starts(with: Self.warcMagic) else { return nil }  // stray bytes: look for the next record
        var headers: [String: String] = [:]
        var lastName: String?
        while let line = try bytes.readLine(), !line.isEmpty {
            if line.first == 32 || line.first == 9, let name = lastName {
                headers[name, default: ""] += " " + String(decoding: line, as: UTF8.self).trimmingSpaces
            } else if let colon = line.firstIndex(of: 58) {
                let name = String(decoding: line[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
                headers[name] = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces
                lastName = name
            }
        }
        let record = ArchiveRecordHeader(
            number: nextNumber(at: offset), offset: offset, kind: "WARC",
            uri: headers["warc-target-uri"].map { $0.hasPrefix("<") && $0.hasSuffix(">") ? String($0.dropFirst().dropLast()) : $0 },
            date: headers["warc-date"], recordID: headers["warc-record-id"], contentType: headers["content-type"])
        guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
            current = nil
            return failure(record, "has no valid Content-Length; skipped to the next record", code: .warcBadLength)
        }
        guard let block = try readBlock(record, length: length) else { return lastFailure }
        guard headers["warc-type"]?.lowercased() == "response" else {
            counts.skippedNotResponse += 1
            return nil
        }
        return document(record, block: block)
    }

    private func arcRecord(_ headerLine: [UInt8], at offset: Int) throws -> DocumentInput? {
        let fields = headerLine.split(separator: 32).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count >= 5, let length = Int(fields[fields.count - 1]), length >= 0 else { return nil }
        if headerLine.starts(with: Self.arcMagic) {  // the file's own header record
            _ = try bytes.skip(length)
            return nil
        }
        let record = ArchiveRecordHeader(
            number: nextNumber(at: offset), offset: offset, kind: "ARC", uri: fields[0],
            date: Self.isoDate(arcDate: fields[2]), recordID: nil, contentType: fields[3])
        guard let block = try readBlock(record, length: length) else { return lastFailure }
        return document(record, block: block)
    }

    /// Numbers a record and marks it as the one being read.
    private func nextNumber(at offset: Int) -> Int {
        recordNumber += 1
        counts.records += 1
        current = (recordNumber, offset)
        return recordNumber
    }

    /// The failure input `readBlock` made when it returned nil.
    private var lastFailure: DocumentInput?

    /// Reads a record's block, or makes an error input (in `lastFailure`) and returns nil when the
    /// record is over the size limit, cut short, or its Content-Length disagrees with where the
    /// next record starts (then reading resumes at the next record header, see `resync`).
    private func readBlock(_ record: ArchiveRecordHeader, length: Int) throws -> [UInt8]? {
        if length > maxRecordBytes {
            let (skipped, atBoundary) = try skipToBoundary(limit: length)
            current = nil
            let misplaced = atBoundary || (format == .warc && skipped == length && !nextIsRecordStart())
            if misplaced {
                lastFailure = try resync(record, length: length, kept: skipped, block: [])
                return nil
            }
            lastFailure = failure(record, "is \(length) bytes, over the limit of \(maxRecordBytes) bytes per record; "
                                  + "raise --max-document-bytes to read it", code: .readTooLarge)
            return nil
        }
        let block = try bytes.read(length)
        current = nil  // a throw above leaves it set, for `sourceFailed` to name the record
        let misplaced = format == .warc && (block.count < length || !nextIsRecordStart())
        if misplaced, block.count == length || Self.recordBoundary(in: block[...]) != nil {
            lastFailure = try resync(record, length: length, kept: block.count, block: block)
            return nil
        }
        guard block.count == length else {
            lastFailure = failure(record, "expected \(length) bytes of content, found \(block.count); the archive "
                                  + "is cut short (re-fetch it)", truncated: true, code: .warcTruncated)
            return nil
        }
        return block
    }

    /// After a block whose Content-Length is wrong: puts back what the block took from the next
    /// record, or skips on to the next record header, and makes the error input that says so.
    private func resync(_ record: ArchiveRecordHeader, length: Int, kept: Int, block: [UInt8]) throws -> DocumentInput {
        let problem: String
        if let boundary = Self.recordBoundary(in: block[...]) {
            bytes.unread(block[boundary...])
            problem = "says Content-Length \(length), but the next record starts after \(boundary) bytes"
                + "; read on from there"
        } else if try bytes.peek(5).elementsEqual(Self.warcMagic) {
            problem = "says Content-Length \(length), but the next record starts after \(kept) bytes; read on from there"
        } else {
            let (skipped, _) = try skipToBoundary(limit: Int.max)
            problem = "says Content-Length \(length), but its content runs on for \(skipped) more bytes; "
                + "skipped them to the next record"
        }
        return failure(record, problem, code: .warcBadLength)
    }

    /// Whether the stream, past the CR/LF that end a record, is at a record header or its end.
    /// A source that breaks just here counts as a yes: the break is reported by the next read,
    /// after this record.
    private func nextIsRecordStart() -> Bool {
        guard let ahead = try? bytes.peek(9) else { return true }
        let start = ahead.firstIndex { $0 != 13 && $0 != 10 } ?? ahead.endIndex
        let rest = ahead[start...]
        return rest.isEmpty ? ahead.count < 9 || bytes.atEnd : rest.starts(with: Self.warcMagic.prefix(rest.count))
    }

    /// Skips up to `limit` bytes, stopping at a record boundary (a `WARC/` line after a blank
    /// line); returns how many bytes were skipped and whether a boundary stopped it.
    private func skipToBoundary(limit: Int) throws -> (skipped: Int, atBoundary: Bool) {
        var skipped = 0
        var tail: [UInt8] = []
        while skipped < limit {
            let piece = try bytes.read(min(limit - skipped, 1 << 16))
            if piece.isEmpty { break }
            let window = tail + piece
            if let boundary = Self.recordBoundary(in: window[...]) {
                bytes.unread(window[boundary...])
                return (skipped + piece.count - (window.count - boundary), true)
            }
            skipped += piece.count
            tail = Array(window.suffix(8))
        }
        return (skipped, false)
    }

    /// The index of the first `WARC/` that starts a line after a blank line in `bytes`.
    static func recordBoundary(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex + 2
        while index + warcMagic.count <= bytes.endIndex {
            if bytes[index] == 87, bytes[index - 1] == 10,
                bytes[index - 2] == 10 || (bytes[index - 2] == 13 && index - 3 >= bytes.startIndex && bytes[index - 3] == 10),
                bytes[index..<index + warcMagic.count].elementsEqual(warcMagic)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The input for a response block, or nil when it is skipped (and counted).
    private func document(_ record: ArchiveRecordHeader, block: [UInt8]) -> DocumentInput? {
        var contentType = record.contentType
        var language: String?
        var body = block
        if let response = HTTPResponse(parsing: block) {
            guard (200..<300).contains(response.status) else {
                counts.skippedStatus += 1
                return nil
            }
            contentType = response.header("content-type")
            // The first tag of Content-Language; the page's own <html lang> wins in ingest.
            language = response.header("content-language")?.split(separator: ",").first
                .map { String($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
            if let type = contentType, !Self.isText(type) {
                counts.skippedNotText += 1
                return nil
            }
            if Self.isRobotsFile(record.uri) {
                counts.skippedNotArticle += 1
                return nil
            }
            do {
                body = try response.decodedBody(maxBytes: maxRecordBytes)
            } catch {
                return failure(record, error.description, code: (error as? any CodedError)?.code ?? .warcBadBody)
            }
            if contentType == nil {
                guard MediaType.looksLikeHTML(body) else {
                    counts.skippedNotText += 1
                    return nil
                }
                contentType = "text/html"
            }
        } else if contentType.map(Self.isText) != true {
            counts.skippedNotText += 1
            return nil
        }
        var metadata = Metadata()
        metadata.url = record.uri
        metadata.contentType = contentType
        metadata.language = language
        metadata.extra["crawl_date"] = record.date
        metadata.extra["warc_record_id"] = record.recordID
        counts.documents += 1
        return DocumentInput(id: "\(path)#\(record.number)", source: record.uri ?? path, payload: .bytes(body),
                             metadata: metadata)
    }

    // MARK: - Errors

    private func failure(_ record: ArchiveRecordHeader, _ problem: String, truncated: Bool = false, code: ErrorCode) -> DocumentInput {
        counts.errors += 1
        let place = "\(record.kind) record \(record.number) at byte \(record.offset)\(gzip == nil ? "" : " (decompressed)")"
        let about = record.uri.map { " (\($0))" } ?? ""
        let message = truncated ? "truncated \(place)\(about): \(problem)" : "\(place)\(about) \(problem)"
        var metadata = Metadata()
        metadata.url = record.uri
        return DocumentInput(id: "\(path)#\(record.number)", source: record.uri ?? path,
                             payload: .unreadable(message, code: code), metadata: metadata)
    }

    /// The input for a source that broke (a corrupt or truncated gzip member, a read error); after
    /// a gzip error, reading goes on from the next member when there is one.
    private func sourceFailed(_ error: any Error) -> DocumentInput {
        counts.errors += 1
        let kind = format == .arc ? "ARC" : "WARC"
        let place = current.map { " in \(kind) record \($0.number) (decompressed byte \($0.offset))" } ?? ""
        let id = current.map { "\(path)#\($0.number)" } ?? "\(path)#gzip-\((error as? GzipError)?.offset ?? 0)"
        current = nil
        var message = "\(error)\(place)"
        if let gzip, let gzipError = error as? GzipError, gzipError.kind != .unreadable, gzip.resync() {
            bytes.discardBuffered()
            message += "; went on from the next gzip member at byte \(gzip.memberStart)"
        } else {
            finished = true
        }
        return DocumentInput(id: id, source: path, payload: .unreadable(message, code: (error as? any CodedError)?.code ?? .readFailed))
    }

    // MARK: - Helpers

    /// The header fields of one WARC or ARC record, named apart from GlossCore's `Record`.
    private struct ArchiveRecordHeader {
        var number: Int
        var offset: Int
        var kind: String
        var uri: String?
        var date: String?
        var recordID: String?
        var contentType: String?
    }

    static let warcMagic = Array("WARC/".utf8)
    static let arcMagic = Array("filedesc://".utf8)

    /// Whether a Content-Type names HTML, XHTML or plain text.
    static func isText(_ contentType: String) -> Bool {
        let type = HTTPResponse.mediaType(of: contentType)
        return type == "text/html" || type == "application/xhtml+xml" || type == "text/plain"
    }

    /// Whether a target URI names a site's robots.txt (no article, though it is text).
    static func isRobotsFile(_ uri: String?) -> Bool {
        guard let uri, let url = URL(string: uri) else { return false }
        return url.path.lowercased() == "/robots.txt"
    }

    /// An ARC date (`20080430204825`) in ISO 8601 (`2008-04-30T20:48:25Z`); other text unchanged.
    static func isoDate(arcDate: String) -> String {
        let digits = Array(arcDate.utf8)
        guard digits.count == 14, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return arcDate }
        func part(_ range: Range<Int>) -> String { String(decoding: digits[range], as: UTF8.self) }
        return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(8..<10)):\(part(10..<12)):\(part(12..<14))Z"
    }
}

/// A plain archive file could not be read.
struct ArchiveReadError: CodedError, CustomStringConvertible {
    var description: String
    var code: ErrorCode
}

extension ErrorCode {
    /// A WARC record whose Content-Length is missing or disagrees with where the next record starts.
    public static let warcBadLength: ErrorCode = "warc.bad-length"
    /// A WARC or ARC record cut short by the end of the file.
    public static let warcTruncated: ErrorCode = "warc.truncated"
    /// An HTTP response body that cannot be decoded (content coding, chunking).
    public static let warcBadBody: ErrorCode = "warc.bad-body"
    /// A web archive with no HTML or text response in it.
    public static let warcNoDocuments: ErrorCode = "warc.no-documents"
}
