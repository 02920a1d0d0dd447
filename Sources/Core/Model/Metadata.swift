/// What is known about a document besides its text: from its source (path, URL, archive
/// record) and from ingest (HTML meta tags, feed fields).
public struct Metadata: Sendable, Equatable {
    public var title: String?
    public var authors: [String] = []
    /// The publication date as ISO 8601 (`2025-03-20` or `2025-03-20T10:15:00Z`).
    public var published: String?
    /// The last modification date as ISO 8601.
    public var modified: String?
    /// A BCP 47 language tag (`en`, `es-SV`).
    public var language: String?
    public var url: String?
    public var siteName: String?
    /// A summary the page gives of itself (`og:description`, `<meta name=description>`).
    public var description: String?
    /// Keywords or tags the page gives.
    public var keywords: [String] = []
    /// The section or category the page belongs to.
    public var section: String?
    /// The media type of the input as its source declared it (`text/html; charset=windows-1252`),
    /// from an HTTP header in a web archive, a feed or a JSON Lines field; ingest uses it to
    /// choose a parser and an encoding.
    public var contentType: String?
    /// Anything else, kept sorted by key in output.
    public var extra: [String: String] = [:]

    public init() {}

    /// Whether nothing is known.
    public var isEmpty: Bool {
        title == nil && authors.isEmpty && published == nil && modified == nil && language == nil
            && url == nil && siteName == nil && description == nil && keywords.isEmpty && section == nil
            && contentType == nil && extra.isEmpty
    }
}

extension Metadata: JSONEncodable {
    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        writer.beginObject()
        if let title { writer.key("title"); writer.string(title) }
        if !authors.isEmpty { writeList("authors", authors, to: &writer) }
        if let published { writer.key("published"); writer.string(published) }
        if let modified { writer.key("modified"); writer.string(modified) }
        if let language { writer.key("language"); writer.string(language) }
        if let url { writer.key("url"); writer.string(url) }
        if let siteName { writer.key("site_name"); writer.string(siteName) }
        if let description { writer.key("description"); writer.string(description) }
        if !keywords.isEmpty { writeList("keywords", keywords, to: &writer) }
        if let section { writer.key("section"); writer.string(section) }
        if let contentType { writer.key("content_type"); writer.string(contentType) }
        for key in extra.keys.sorted() {
            writer.key(key)
            writer.string(extra[key]!)
        }
        writer.endObject()
    }

    private func writeList(_ key: String, _ values: [String], to writer: inout JSONWriter) {
        writer.key(key)
        writer.beginArray()
        for value in values { writer.string(value) }
        writer.endArray()
    }
}
