import GlossCore

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one input per `item` or `entry`, holding the
/// item's HTML for the HTML ingest stage.
///
/// Claims a file whose root element (after the XML declaration, comments and a doctype) is
/// `rss`, `feed` or `rdf:RDF`, whatever its extension. Each item becomes an input with id
/// `path#n` (n from 1), source the item's link (or the path), payload the item's HTML body
/// (see `FeedItem`) and `contentType` `text/html`. A feed that is not well-formed keeps the
/// items read before the error and ends with one `.unreadable` input naming the file, the line
/// and the problem; a feed without items yields one `.unreadable` input ("no items").
///
/// Safety and cost: see `XMLPushParser` (no external entities, entity bombs stop with an
/// error) and `XMLRecordStream` (streams the file in 64 KiB chunks; one item in memory at a
/// time, items over `maxRecordBytes` become error inputs). Sendable; each call to `inputs`
/// makes its own parser.
public struct FeedReader: ContainerReader {
    public let name = "feed"
    public let extensions: Set<String> = ["xml", "rss", "atom", "rdf"]

    public init() {}

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        guard let root = XMLSniffer.rootElement(head, path: path), Self.isFeedRoot(root) else { return nil }
        let siteName = SiteNameCollector()
        let splitter = XMLRecordSplitter(maxRecordBytes: limits.maxRecordBytes) { name, _ in
            name.local == "item" || name.local == "entry"
        }
        splitter.onOutsideText = { ancestors, text in siteName.collect(ancestors, text) }
        let stream = XMLRecordStream(path: path, limits: limits, recordName: "item", splitter: splitter) { node, number in
            FeedItem(node).input(id: "\(path)#\(number)", path: path, siteName: siteName.value)
        }
        return stream.iterator
    }

    static func isFeedRoot(_ root: String) -> Bool {
        root == "rss" || root == "feed" || root == "RDF" || root.hasSuffix(":RDF") || root.hasSuffix(":feed")
    }
}

/// The feed's own title (`channel/title`, `feed/title`), which items carry as their site name.
private final class SiteNameCollector {
    private var bytes: [UInt8] = []

    var value: String? {
        let name = XMLNode.trimmed(bytes)
        return name.isEmpty ? nil : name
    }

    func collect(_ ancestors: [XMLName], _ text: [UInt8]) {
        guard ancestors.count >= 2, ancestors[ancestors.count - 1].local == "title" else { return }
        let parent = ancestors[ancestors.count - 2].local
        if parent == "channel" || parent == "feed" { bytes.append(contentsOf: text) }
    }
}
