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
    /// The keys of the named fields, made once (`JSONKey`).
    private static let keys = (
        title: JSONKey("title"), authors: JSONKey("authors"), published: JSONKey("published"),
        modified: JSONKey("modified"), language: JSONKey("language"), url: JSONKey("url"),
        siteName: JSONKey("site_name"), description: JSONKey("description"), keywords: JSONKey("keywords"),
        section: JSONKey("section"), contentType: JSONKey("content_type"))

    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        writer.beginObject()
        if let title { writer.member(Self.keys.title, string: title) }
        if !authors.isEmpty { writeList(Self.keys.authors, authors, to: &writer) }
        if let published { writer.member(Self.keys.published, string: published) }
        if let modified { writer.member(Self.keys.modified, string: modified) }
        if let language { writer.member(Self.keys.language, string: language) }
        if let url { writer.member(Self.keys.url, string: url) }
        if let siteName { writer.member(Self.keys.siteName, string: siteName) }
        if let description { writer.member(Self.keys.description, string: description) }
        if !keywords.isEmpty { writeList(Self.keys.keywords, keywords, to: &writer) }
        if let section { writer.member(Self.keys.section, string: section) }
        if let contentType { writer.member(Self.keys.contentType, string: contentType) }
        // sorted as pairs (keys are unique, so the same order as the keys sorted), with no look-up
        if !extra.isEmpty {
            for (key, value) in extra.sorted(by: { $0.key < $1.key }) {
                writer.key(key)
                writer.string(value)
            }
        }
        writer.endObject()
    }

    private func writeList(_ key: JSONKey, _ values: [String], to writer: inout JSONWriter) {
        writer.key(key)
        writer.beginArray()
        for value in values { writer.string(value) }
        writer.endArray()
    }
}
