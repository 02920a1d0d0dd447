import GlossCore

/// One feed item's fields, read from its element tree, whatever the feed's dialect.
///
/// Provides the body HTML (`content:encoded` or Atom `content`, else `description` or
/// `summary`; when there is none, the title as a paragraph so the item still has text), and
/// metadata: title, url (`link`, Atom `link rel=alternate href`, RDF `rdf:about`), published
/// and modified as ISO 8601 (the original kept in `extra["published_raw"]` when it is neither
/// RFC 822 nor ISO 8601), authors (`author`, `dc:creator`, Atom `author/name`), keywords and
/// section from `category` and `dc:subject`, description (the summary as plain text, when the
/// body came from the full content), `extra["guid"]`. Costs: a walk over the item's tree.
struct FeedItem {
    private let node: XMLNode

    init(_ node: XMLNode) { self.node = node }

    func input(id: String, path: String, siteName: String?) -> DocumentInput {
        var metadata = Metadata()
        metadata.contentType = "text/html"
        metadata.siteName = siteName
        metadata.title = nonEmpty(node.first("title")?.text)
        metadata.url = link
        let summary = node.first("description") ?? node.first("summary")
        var body = (node.first("content:encoded") ?? node.first("encoded")).map { $0.innerMarkup(escapeText: false) }
            ?? node.first("content").flatMap(Self.atomMarkup)
        if body != nil, let summary {
            metadata.description = nonEmpty(Self.plainText(Self.atomMarkup(summary) ?? []))
        } else if let summary {
            body = Self.atomMarkup(summary)
        }
        if let raw = nonEmpty((node.first("pubDate") ?? node.first("dc:date") ?? node.first("published")
                               ?? node.first("issued") ?? node.first("updated"))?.text) {
            if let date = DateNormalizer.normalize(raw) { metadata.published = date } else { metadata.extra["published_raw"] = raw }
        }
        if let raw = nonEmpty((node.first("updated") ?? node.first("dc:modified") ?? node.first("modified"))?.text) {
            metadata.modified = DateNormalizer.normalize(raw)
        }
        metadata.authors = authors
        metadata.keywords = categories
        metadata.section = metadata.keywords.first
        if let guid = nonEmpty((node.first("guid") ?? node.first("id"))?.text) { metadata.extra["guid"] = guid }
        if body?.isEmpty ?? true, let title = metadata.title {
            var paragraph = Array("<p>".utf8)
            XMLNode.escape(Array(title.utf8), into: &paragraph)
            body = paragraph + Array("</p>".utf8)
        }
        return DocumentInput(id: id, source: metadata.url ?? path, payload: .bytes(body ?? []), metadata: metadata)
    }

    /// RSS `link` text, else Atom `link` with `rel` alternate (or none), else RDF `rdf:about`.
    private var link: String? {
        let links = node.all("link")
        if let text = links.lazy.compactMap({ nonEmpty($0.text) }).first { return text }
        let alternate = links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" && $0.attributes["href"] != nil }
        return nonEmpty(alternate?.attributes["href"] ?? links.first?.attributes["href"] ?? node.attributes["rdf:about"])
    }

    private var authors: [String] {
        var names: [String] = []
        for author in node.all("author") + node.all("dc:creator") + node.all("creator") {
            var name = author.first("name")?.text ?? author.text
            // RSS 2.0 writes `jane@example.com (Jane Doe)`.
            if let open = name.firstIndex(of: "("), name.contains("@"), name.hasSuffix(")") {
                name = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingSpaces
            }
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }

    private var categories: [String] {
        var values: [String] = []
        for category in node.all("category") + node.all("dc:subject") {
            let value = nonEmpty(category.text) ?? category.attributes["label"] ?? category.attributes["term"]
            if let value, !value.isEmpty, !values.contains(value) { values.append(value) }
        }
        return values
    }

    /// HTML for an RSS description or an Atom text construct: `html` (and RSS) text is HTML
    /// already, `xhtml` is markup, `text` is escaped; an Atom `content src=` has none.
    private static func atomMarkup(_ element: XMLNode) -> [UInt8]? {
        if element.attributes["src"] != nil { return nil }
        switch element.attributes["type"]?.lowercased() {
        case "xhtml", "application/xhtml+xml", "text", "text/plain": return element.innerMarkup(escapeText: true)
        default: return element.innerMarkup(escapeText: false)
        }
    }

    /// HTML reduced to its text for a one-line description: tags dropped (block tags leave a
    /// space), spaces collapsed. Entities stay as written (the HTML stage decodes the body).
    static func plainText(_ html: [UInt8]) -> String {
        var result: [UInt8] = []
        var inTag = false
        var tagName: [UInt8] = []
        var nameEnded = false
        var pendingSpace = false
        for byte in html {
            if inTag {
                if byte == UInt8(ascii: ">") {
                    if blockTags.contains(tagName) { pendingSpace = true }
                    inTag = false
                } else if XMLNode.isSpace(byte) {
                    nameEnded = !tagName.isEmpty
                } else if byte != UInt8(ascii: "/"), !nameEnded {
                    tagName.append(byte | 0x20)
                }
                continue
            }
            if byte == UInt8(ascii: "<") {
                inTag = true
                tagName.removeAll(keepingCapacity: true)
                nameEnded = false
            } else if XMLNode.isSpace(byte) {
                pendingSpace = true
            } else {
                if pendingSpace, !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let blockTags: Set<[UInt8]> = Set(
        ["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "blockquote"].map { Array($0.utf8) })
}

private func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
}
