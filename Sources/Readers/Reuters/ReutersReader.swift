import GlossCore

/// Reads Reuters-21578 archives, both the original SGML (`reut2-000.sgm`: `<REUTERS>` records,
/// not XML, with `&#5;`-style references) and the XML version (`<LEWIS>` root): one plain-text
/// input per `<REUTERS>` record.
///
/// Claims a file whose first element (after a doctype or XML declaration) is `REUTERS` or
/// `LEWIS`. A byte scanner, not an XML or HTML parser, cuts the records (`ReutersRecordScanner`)
/// so both versions read the same way, a raw Latin-1 byte becomes U+FFFD instead of failing the
/// file, and `<BODY>` means nothing special. Each record becomes an input with id
/// `path#NEWID`, UTF-8 text `TITLE`, a blank line, then `BODY` without the wire's closing
/// "Reuter" (see `ReutersRecord`), content
/// type `text/plain; charset=utf-8`. A record without a body (`TYPE="BRIEF"`) still yields its
/// title alone; one without title and body (`TYPE="UNPROC"`) yields the text of `<TEXT>`.
/// A record over `maxRecordBytes`, or cut short by the end of the file, becomes an
/// `.unreadable` input. Costs: streams in 64 KiB chunks, one record in memory; Sendable.
public struct ReutersReader: ContainerReader {
    public let name = "reuters"
    public let extensions: Set<String> = ["sgm", "xml"]

    public init() {}

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        guard let root = XMLSniffer.rootElement(head, path: path), root == "REUTERS" || root == "LEWIS" else { return nil }
        let chunks = FileChunks(path: path)
        var scanner = ReutersRecordScanner(maxRecordBytes: limits.maxRecordBytes)
        var ready: [DocumentInput] = []
        var finished = false
        var count = 0
        func error(_ message: String, _ code: ErrorCode) -> DocumentInput {
            DocumentInput(id: "\(path)#\(count + 1)", source: path, payload: .unreadable(message, code: code))
        }
        func take(_ events: [ReutersRecordScanner.Event]) {
            for event in events {
                switch event {
                case .record(let bytes):
                    ready.append(ReutersRecord(bytes).input(path: path, number: count + 1))
                case .oversized:
                    ready.append(error("record \(count + 1) of \(path) is over the limit of \(limits.maxRecordBytes) "
                        + "bytes per record; raise --max-document-bytes to read it", .readTooLarge))
                case .truncated:
                    ready.append(error("record \(count + 1) of \(path) is cut short by the end of the file; "
                        + "the file may be truncated: fetch it again", .reutersTruncated))
                }
                count += 1
            }
        }
        return AnyIterator {
            while ready.isEmpty {
                if finished { return nil }
                let chunk = chunks.next()
                if chunk.isEmpty {
                    finished = true
                    if let failure = chunks.failure { ready.append(error("\(path): \(failure)", failure.code)) }
                    take(scanner.finish())
                    if count == 0, ready.isEmpty { ready.append(error("\(path): no <REUTERS> records in the file", .xmlNoRecords)) }
                } else {
                    take(scanner.feed(chunk))
                }
            }
            return ready.removeFirst()
        }
    }
}

extension ErrorCode {
    /// A Reuters-21578 story cut short by the end of its file.
    public static let reutersTruncated: ErrorCode = "reuters.truncated"
}
