import GlossCore

/// Streams a file through `XMLPushParser` and `XMLRecordSplitter` and yields one input per
/// record, made by `convert`.
///
/// Requires: a splitter that picks the records, and a converter. Provides: the inputs in
/// document order, numbered from 1; then, if the file is not well-formed, one `.unreadable`
/// input naming the file, the line and the problem (the records before it stand); if the file
/// has no records, one `.unreadable` input saying so; if it cannot be read, one saying why.
/// Every file thus yields at least one input. Costs: one 64 KiB chunk, the record being built
/// and the records of one chunk in memory. Not thread-safe; `FileSource` drains it on one
/// thread.
final class XMLRecordStream {
    private let path: String
    private let recordName: String
    private let maxRecordBytes: Int
    private let chunks: FileChunks
    private let parser: XMLPushParser
    private var ready: [DocumentInput] = []
    private var readyIndex = 0
    private var count = 0
    private var finished = false

    /// - Parameters:
    ///   - recordName: what a record is called in messages: `item`, `record`.
    ///   - convert: the input for a record and its number (1-based).
    init(path: String, limits: ContainerLimits, recordName: String, splitter: XMLRecordSplitter,
         convert: @escaping (_ record: XMLNode, _ number: Int) -> DocumentInput) {
        self.path = path
        self.recordName = recordName
        self.maxRecordBytes = limits.maxRecordBytes
        chunks = FileChunks(path: path)
        parser = XMLPushParser(handler: splitter, name: path)
        splitter.onRecord = { [unowned self] node in
            count += 1
            if let node {
                ready.append(convert(node, count))
            } else {
                ready.append(DocumentInput(
                    id: "\(self.path)#\(count)", source: self.path,
                    payload: .unreadable("\(self.recordName) \(count) of \(self.path) is over the limit of "
                        + "\(maxRecordBytes) bytes per record; raise --max-document-bytes to read it",
                        code: .readTooLarge)))
            }
        }
    }

    /// An iterator over the stream's inputs.
    var iterator: AnyIterator<DocumentInput> { AnyIterator { self.next() } }

    /// The next input, reading more of the file as needed; nil at the end.
    func next() -> DocumentInput? {
        while true {
            if readyIndex < ready.count {
                defer { readyIndex += 1 }
                return ready[readyIndex]
            }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            if finished { return nil }
            let chunk = chunks.next()
            if !chunk.isEmpty, parser.feed(chunk) { continue }
            finish()
        }
    }

    private func finish() {
        finished = true
        let kept = count == 0 ? "" : "; the \(count) \(recordName)s before it were read"
        if let failure = chunks.failure {
            ready.append(error("\(path): \(failure)\(kept)", code: failure.code, number: count + 1))
            return
        }
        parser.finish()
        if let failure = parser.failure {
            let what = failure.code == .xmlMalformed
                ? "is not well-formed XML at \(failure)\(kept); fix the file to read the rest"
                : "was stopped at \(failure)\(kept)"
            ready.append(error("\(path) \(what)", code: failure.code, number: count + 1))
        } else if count == 0 {
            ready.append(error("\(path): no \(recordName)s: the file holds no \(recordName) elements to read",
                               code: .xmlNoRecords, number: 1))
        }
    }

    private func error(_ message: String, code: ErrorCode, number: Int) -> DocumentInput {
        DocumentInput(id: "\(path)#\(number)", source: path, payload: .unreadable(message, code: code))
    }
}
