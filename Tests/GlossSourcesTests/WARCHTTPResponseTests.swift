@testable import GlossSources
import Testing

/// Tests for `HTTPResponse` (Sources/Readers/WARC/HTTPResponse.swift).
@Suite struct WARCHTTPResponseTests {
    @Test func parsesStatusHeadersAndBody() throws {
        let block = Array("HTTP/1.1 301 Moved\r\nContent-Type: text/html;\r\n charset=utf-8\r\nX-A: 1\r\n\r\nbody".utf8)
        let response = try #require(HTTPResponse(parsing: block))
        #expect(response.status == 301)
        #expect(response.header("content-type") == "text/html; charset=utf-8")
        #expect(response.mediaType == "text/html")
        #expect(response.header("x-a") == "1")
        #expect(String(decoding: response.body, as: UTF8.self) == "body")
    }

    @Test func acceptsBareLineFeeds() throws {
        let response = try #require(HTTPResponse(parsing: Array("HTTP/1.0 200 OK\nA: b\n\nrest\n".utf8)))
        #expect(response.header("a") == "b")
        #expect(String(decoding: response.body, as: UTF8.self) == "rest\n")
    }

    @Test func rejectsBlocksThatAreNotHTTP() {
        #expect(HTTPResponse(parsing: Array("GET / HTTP/1.1\r\n\r\n".utf8)) == nil)
        #expect(HTTPResponse(parsing: Array("HTTP/1.1 abc\r\n\r\n".utf8)) == nil)
    }

    @Test func dechunksAndKeepsBodiesThatAreNotReallyChunked() throws {
        let chunked = try #require(HTTPResponse(parsing: Array(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n".utf8)))
        #expect(try chunked.decodedBody(maxBytes: 100) == Array("hello world".utf8))
        let stored = try #require(HTTPResponse(parsing: Array(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>already joined</p>".utf8)))
        #expect(try stored.decodedBody(maxBytes: 100) == Array("<p>already joined</p>".utf8))
    }

    @Test func aChunkedBodyCutRightAfterAChunkSizeLineKeepsWhatCameBefore() throws {
        for cut in ["5\r\nhello\r\n6", "5\r\nhello\r\n6\r", "5\r\nhello\r\n6\r\n", "6;ext"] {
            let response = try #require(HTTPResponse(parsing: Array(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\(cut)".utf8)))
            let body = try response.decodedBody(maxBytes: 100)
            #expect(body.isEmpty || body == Array("hello".utf8), "cut after \(cut.debugDescription)")
        }
    }

    @Test func unsupportedContentCodingIsAnError() throws {
        let response = try #require(HTTPResponse(parsing: Array("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx".utf8)))
        #expect(throws: HTTPBodyError.self) { try response.decodedBody(maxBytes: 100) }
    }
}
