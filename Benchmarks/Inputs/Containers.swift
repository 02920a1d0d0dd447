import CZlibWriter
import Foundation

/// Container files made from the seeds for the reader benchmarks, in a temporary folder:
/// a web archive, the same archive gzip-compressed one record per member (as crawlers write
/// `.warc.gz`), and an RSS feed.
///
/// The readers read files (they stream them in chunks), so the containers are written once
/// when a benchmark is set up and read from the page cache in every iteration. The contents
/// are the same in every run: fixed dates, ids and URLs, no randomness.
public struct Containers: Sendable {
    /// Pages in the archives and items in the feed.
    public let count: Int
    /// The folder holding the files: one per process, which `removeFolder()` deletes.
    public static let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("gloss-benchmarks-\(ProcessInfo.processInfo.processIdentifier)")
    /// A WARC file: a `warcinfo` record, then a request and a response record per page (the
    /// request records are read and skipped, as in a crawl).
    public let warc: String
    /// `warc` compressed with one gzip member per record.
    public let warcGzip: String
    /// An RSS 2.0 feed whose items carry the seed article as HTML (`content:encoded`).
    public let feed: String

    /// Writes the containers, with `count` pages and items, over any written before.
    ///
    /// - Throws: when the seeds cannot be read or the files cannot be written.
    public init(count: Int = 16) throws {
        self.count = count
        let directory = Self.directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        warc = directory.appendingPathComponent("pages.warc").path
        warcGzip = directory.appendingPathComponent("pages.warc.gz").path
        feed = directory.appendingPathComponent("news.rss").path

        let records = Self.warcRecords(page: try Seeds.page(), count: count)
        try Data(records.joined()).write(to: URL(fileURLWithPath: warc))
        try Self.writeGzipMembers(records, to: warcGzip)
        try Data(Self.feed(article: try Seeds.article(), count: count).utf8).write(to: URL(fileURLWithPath: feed))
    }

    /// Deletes the folder and its files.
    public static func removeFolder() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The bytes of the file at `path`.
    public static func bytes(of path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    // MARK: - Web archive

    /// The records of the archive, each as its bytes: `warcinfo`, then per page a request and a
    /// response whose HTTP body is `page`.
    static func warcRecords(page: [UInt8], count: Int) -> [[UInt8]] {
        var records = [record(type: "warcinfo", uri: nil, number: 0, block: Array("software: Gloss benchmarks\r\nformat: WARC File Format 1.1\r\n".utf8))]
        for number in 1...count {
            let uri = "https://news.example.com/world/2025/04/21/story-\(number)"
            let request = "GET /world/2025/04/21/story-\(number) HTTP/1.1\r\nHost: news.example.com\r\nUser-Agent: gloss-benchmarks\r\n\r\n"
            records.append(record(type: "request", uri: uri, number: 2 * number - 1, block: Array(request.utf8)))
            let header = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(page.count)\r\n\r\n"
            records.append(record(type: "response", uri: uri, number: 2 * number, block: Array(header.utf8) + page))
        }
        return records
    }

    /// One WARC/1.1 record: header lines, a blank line, the block, two CRLFs.
    static func record(type: String, uri: String?, number: Int, block: [UInt8]) -> [UInt8] {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "WARC-Date: 2025-04-21T09:30:00Z\r\n"
        header += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(number, radix: 16).leftPadded(to: 12))>\r\n"
        switch type {
        case "request", "response": header += "Content-Type: application/http; msgtype=\(type)\r\n"
        default: header += "Content-Type: application/warc-fields\r\n"
        }
        header += "Content-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// Writes `members` to `path` as a gzip file, each element its own gzip member.
    static func writeGzipMembers(_ members: [[UInt8]], to path: String) throws {
        guard let file = gzopen(path, "wb") else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        var failed = false
        for member in members where !failed {
            let written = member.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
            // Z_FINISH ends the member; the next write starts a new one.
            failed = written != Int32(member.count) || gzflush(file, Z_FINISH) != Z_OK
        }
        if gzclose(file) != Z_OK || failed {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    // MARK: - Feed

    /// An RSS 2.0 feed of `count` items, each the article's lines as HTML paragraphs.
    static func feed(article: String, count: Int) -> String {
        let paragraphs = article.split(separator: "\n").map { "<p>\(escaped($0))</p>" }.joined(separator: "\n")
        let title = escaped(article.prefix { $0 != "\n" }.prefix(80))
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>Example News – World</title>
            <link>https://news.example.com/world</link>
            <description>World news from Example News.</description>

            """
        for number in 1...count {
            let link = "https://news.example.com/world/2025/04/\(10 + number % 18)/story-\(number)"
            xml += """
                <item>
                <title>\(title) (\(number))</title>
                <link>\(link)</link>
                <guid isPermaLink="true">\(link)</guid>
                <pubDate>Mon, 21 Apr 2025 09:\(10 + number % 50):00 GMT</pubDate>
                <dc:creator>Example News</dc:creator>
                <content:encoded><![CDATA[\(paragraphs)]]></content:encoded>
                </item>

                """
        }
        return xml + "</channel>\n</rss>\n"
    }

    /// Text escaped for XML character data.
    static func escaped(_ text: some StringProtocol) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

extension String {
    /// The string with zeros in front, to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
