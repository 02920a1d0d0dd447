import Foundation

/// Hand-made WARC and ARC records for the web-archive tests.
enum WARCFixtures {
    /// One WARC record of `type` with `block` as its content.
    static func record(_ type: String, uri: String = "http://example.com/", block: String,
                       date: String = "2024-05-01T12:00:00Z", id: String = "<urn:uuid:1>") -> String {
        "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: \(date)\r\n"
            + "WARC-Record-ID: \(id)\r\nContent-Type: application/http; msgtype=\(type)\r\n"
            + "Content-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
    }

    /// An HTTP response block.
    static func http(_ body: String, status: String = "200 OK", type: String = "text/html; charset=utf-8",
                     extraHeaders: String = "") -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\n\(extraHeaders)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    /// A response record for a page.
    static func page(_ number: Int, body: String? = nil) -> String {
        record("response", uri: "http://example.com/\(number)", block: http(body ?? "<p>page \(number)</p>"),
               id: "<urn:uuid:page-\(number)>")
    }

    /// Three pages, with a warcinfo, a request and a metadata record that are skipped.
    static let threePages = record("warcinfo", block: "software: test\r\n")
        + record("request", block: "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")
        + page(1)
        + record("metadata", block: "outlinks: none\r\n")
        + page(2) + page(3)
}
