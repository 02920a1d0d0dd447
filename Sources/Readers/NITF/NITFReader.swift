import GlossCore

/// Reads a NITF news article (`.xml` whose root is `<nitf>`): one plain-text input.
///
/// The text is the headline (`body.head/hedline/hl1`), a blank line, then the paragraphs of
/// `body.content` (every `p`, in order, nested blocks included) separated by blank lines;
/// content type `text/plain; charset=utf-8`. Metadata: title (the headline, else
/// `head/title`), published (`docdata/date.issue@norm`, `20250421T093000Z` as
/// `2025-04-21T09:30:00Z`), authors (`byline/person`, else the byline without a leading
/// "By"), section (`pubdata@position.section`). The id is `doc-id@id-string` when the article
/// has one, else the path. A file that is not well-formed yields an `.unreadable` input naming
/// the line and the problem. Safety and cost: see `XMLPushParser` and `XMLRecordStream`; the
/// article is held in memory once, up to `maxRecordBytes`. Sendable.
public struct NITFReader: ContainerReader {
    public let name = "nitf"
    public let extensions: Set<String> = ["xml", "nitf"]

    public init() {}

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        guard XMLSniffer.rootElement(head, path: path) == "nitf" else { return nil }
        let splitter = XMLRecordSplitter(maxRecordBytes: limits.maxRecordBytes) { name, ancestors in
            ancestors.isEmpty && name.local == "nitf"
        }
        let stream = XMLRecordStream(path: path, limits: limits, recordName: "article", splitter: splitter) { node, _ in
            Self.input(node, path: path)
        }
        return stream.iterator
    }

    static func input(_ nitf: XMLNode, path: String) -> DocumentInput {
        var metadata = Metadata()
        metadata.contentType = "text/plain; charset=utf-8"
        let head = nitf.first("head")
        let bodyHead = nitf.first("body")?.first("body.head")
        let headline = bodyHead?.first("hedline")?.first("hl1")?.text
        metadata.title = [headline, head?.first("title")?.text].compactMap { $0 }.first { !$0.isEmpty }
        let docdata = head?.first("docdata")
        if let norm = docdata?.first("date.issue")?.attributes["norm"] {
            if let date = Self.iso8601(norm) { metadata.published = date } else { metadata.extra["date_raw"] = norm }
        }
        if let byline = bodyHead?.first("byline") {
            let people = byline.all("person").map(\.text).filter { !$0.isEmpty }
            var text = byline.text
            if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)).trimmingSpaces }
            metadata.authors = people.isEmpty ? (text.isEmpty ? [] : [text]) : people
        }
        metadata.section = head?.first("pubdata")?.attributes["position.section"]
        var paragraphs: [String] = metadata.title.map { [$0] } ?? []
        if let content = nitf.first("body")?.first("body.content") {
            collectParagraphs(content, into: &paragraphs)
        }
        let id = docdata?.first("doc-id")?.attributes["id-string"].flatMap { $0.isEmpty ? nil : $0 } ?? path
        let text = paragraphs.joined(separator: "\n\n") + "\n"
        return DocumentInput(id: id, source: path, payload: .bytes(Array(text.utf8)), metadata: metadata)
    }

    private static func collectParagraphs(_ node: XMLNode, into paragraphs: inout [String]) {
        for element in node.elements {
            if element.name.local == "p" {
                let text = element.text
                if !text.isEmpty { paragraphs.append(text) }
            } else {
                collectParagraphs(element, into: &paragraphs)
            }
        }
    }

    /// ISO 8601 basic form (`20250421T093000Z`, `20250421T093000-0500`, `20250421`) as the
    /// extended form (`2025-04-21T09:30:00Z`); nil for anything else.
    static func iso8601(_ norm: String) -> String? {
        let bytes = Array(norm.trimmingSpaces.utf8)
        func digits(_ range: Range<Int>) -> String? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return String(decoding: bytes[range], as: UTF8.self)
        }
        guard let year = digits(0..<4), let month = digits(4..<6), let day = digits(6..<8) else { return nil }
        let date = "\(year)-\(month)-\(day)"
        if bytes.count == 8 { return date }
        guard bytes.count >= 15, bytes[8] == UInt8(ascii: "T"),
              let hour = digits(9..<11), let minute = digits(11..<13), let second = digits(13..<15) else { return nil }
        let zone = String(decoding: bytes[15...], as: UTF8.self)
        let offset: String
        switch zone.count {
        case 0: offset = ""
        case 1 where zone == "Z": offset = "Z"
        case 5 where zone.first == "+" || zone.first == "-":
            guard digits(16..<20) != nil else { return nil }
            offset = "\(zone.prefix(3)):\(zone.suffix(2))"
        default: return nil
        }
        return "\(date)T\(hour):\(minute):\(second)\(offset)"
    }
}
