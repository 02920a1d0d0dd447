import GlossCore

/// Reads any XML file as a series of records: one plain-text input per record element.
///
/// For archives no built-in reader knows: the caller names the record element and the elements
/// that hold its text (the CLI builds one from its options; it is not in `Readers.standard`,
/// since it would claim every XML file). Names match as `XMLName.matches` says: `dc:title`
/// exactly, `title` by its local part. Each record becomes an input with id `path#n` (n from
/// 1), text the text of the record's text elements in document order, a blank line between
/// elements; content type `text/plain; charset=utf-8`; title from `titleElement`; published
/// from `dateElement` as ISO 8601 (RFC 822 and ISO 8601 dates; else kept in
/// `extra["date_raw"]`). Errors, empty files and size limits as `XMLRecordStream` says. Safety
/// and cost: see `XMLPushParser`; one record in memory at a time. Sendable.
public struct XMLRecordReader: ContainerReader {
    public let name = "xml-records"
    public let extensions: Set<String>
    public let recordElement: String
    public let textElements: [String]
    public let titleElement: String?
    public let dateElement: String?

    /// - Parameters:
    ///   - recordElement: the element each record is (`article`, `doc`).
    ///   - textElements: the elements inside a record whose text makes the document's text.
    ///   - titleElement: the element holding the record's title, if any.
    ///   - dateElement: the element holding the record's date, if any.
    ///   - extensions: the extensions of files to claim; any other file is left to other readers.
    public init(recordElement: String, textElements: [String], titleElement: String? = nil,
                dateElement: String? = nil, extensions: Set<String> = ["xml"]) {
        self.recordElement = recordElement
        self.textElements = textElements
        self.titleElement = titleElement
        self.dateElement = dateElement
        self.extensions = extensions
    }

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        let dot = path.lastIndex(of: ".").map { path.index(after: $0) }
        guard let dot, extensions.contains(path[dot...].lowercased()), XMLSniffer.rootElement(head, path: path) != nil else {
            return nil
        }
        let recordElement = recordElement
        let splitter = XMLRecordSplitter(maxRecordBytes: limits.maxRecordBytes) { name, _ in
            name.matches(recordElement)
        }
        let stream = XMLRecordStream(path: path, limits: limits, recordName: recordElement, splitter: splitter) { node, number in
            input(node, id: "\(path)#\(number)", path: path)
        }
        return stream.iterator
    }

    func input(_ record: XMLNode, id: String, path: String) -> DocumentInput {
        var metadata = Metadata()
        metadata.contentType = "text/plain; charset=utf-8"
        if let titleElement, let title = record.descendant(titleElement)?.text, !title.isEmpty { metadata.title = title }
        if let dateElement, let raw = record.descendant(dateElement)?.text, !raw.isEmpty {
            if let date = DateNormalizer.normalize(raw) { metadata.published = date } else { metadata.extra["date_raw"] = raw }
        }
        var parts: [String] = []
        collect(record, into: &parts)
        let text = parts.joined(separator: "\n\n") + "\n"
        return DocumentInput(id: id, source: path, payload: .bytes(Array(text.utf8)), metadata: metadata)
    }

    private func collect(_ node: XMLNode, into parts: inout [String]) {
        for element in node.elements {
            if textElements.contains(where: element.matches) {
                let text = element.text
                if !text.isEmpty { parts.append(text) }
            } else {
                collect(element, into: &parts)
            }
        }
    }
}
