import Foundation

/// Writes a folder of hostile inputs, each paired with how many records Gloss must write for
/// it and the error codes some of those records must carry: entity bombs, deep nesting, gzip
/// bombs, truncated and mis-framed archives, invalid UTF-8, binary junk, numbers that overflow.
///
/// Sizes are small enough for the test suite (the folder is under 1 MB, a run takes about a
/// second) and large enough to trip each bound: the nesting is 50,000 deep, the entities expand
/// to hundreds of megabytes if unbounded, the gzip bomb inflates to 20 MB against a 1 MB limit.
struct HostileCorpus {
    /// One input file and what it must yield.
    struct Case {
        var name: String
        var bytes: [UInt8]
        /// How many records the file yields.
        var records: Int
        /// Codes that must appear among its error records.
        var codes: [String] = []
    }

    /// The per-document limit the corpus is run with (`--max-document-bytes`).
    static let maxDocumentBytes = 1_000_000

    let directory: String
    let cases: [Case]

    init() throws {
        directory = NSTemporaryDirectory() + "gloss-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        cases = try Self.makeCases()
        for item in cases {
            _ = FileManager.default.createFile(atPath: directory + "/" + item.name, contents: Data(item.bytes))
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    var expectedRecords: Int { cases.reduce(0) { $0 + $1.records } }

    static func makeCases() throws -> [Case] {
        let laughs = "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
            + (1...9).map { "<!ENTITY \(Character(Unicode.Scalar(97 + $0)!)) \"" + String(repeating: "&\(Character(Unicode.Scalar(96 + $0)!));", count: 10) + "\">" }.joined()
            + "]>"
        return [
            Case(name: "a-ok.txt", bytes: Array("Fine text. Two sentences.".utf8), records: 1),
            Case(name: "b-xxe.xml", bytes: Array(feed(
                prolog: "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", description: "&x;").utf8), records: 1),
            Case(name: "c-laughs.xml", bytes: Array(feed(prolog: laughs, description: "&j;").utf8),
                 records: 1, codes: ["xml.entity-limit"]),
            Case(name: "d-amplified.xml", bytes: Array(feed(
                prolog: "<!DOCTYPE rss [<!ENTITY e \"\(String(repeating: "x", count: 3_500))\">]>",
                description: String(repeating: "&e;", count: 30_000)).utf8),
                 records: 1, codes: ["xml.entity-limit"]),
            Case(name: "e-deep.xml", bytes: Array(feed(
                prolog: "", description: String(repeating: "<d>", count: 50_000) + String(repeating: "</d>", count: 50_000)).utf8), records: 1, codes: ["xml.depth-limit"]),
            Case(name: "f-bomb.txt.gz", bytes: try gzip([UInt8](repeating: 0x20, count: 20 << 20)),
                 records: 1, codes: ["read.too-large"]),
            Case(name: "g-cut.txt.gz", bytes: Array(try gzip(Array(String(repeating: "Some text. ", count: 5_000).utf8)).dropLast(40)),
                 records: 1, codes: ["gzip.truncated"]),
            Case(name: "h-cut.warc", bytes: Array((warcPage(1, body: "<p>One.</p>") + warcPage(2, body: "<p>Two.</p>")).utf8.dropLast(20)),
                 records: 2, codes: ["warc.truncated"]),
            Case(name: "i-chunked.warc", bytes: Array(warcRecord(block:
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>Hi\r\n6").utf8),
                 records: 1),
            Case(name: "j-bad-length.warc", bytes: Array((warcPage(1, body: "<p>One.</p>")
                + warcPage(2, body: "<p>Two.</p>", lengthError: 500) + warcPage(3, body: "<p>Three.</p>")).utf8),
                 records: 3, codes: ["warc.bad-length"]),
            Case(name: "k-invalid.txt", bytes: [0x48, 0x69, 0xFF, 0xFE, 0x2E, 0x20, 0xC3, 0x28, 0x2E], records: 1),
            Case(name: "l-junk.html", bytes: junk(50_000), records: 1),
            Case(name: "m-numbers.txt", bytes: Array("It cost 5e9999999999999999999 dollars, or 1e31.".utf8), records: 1),
            Case(name: "n-lines.jsonl", bytes: Array("{\"text\":\"One.\"}\n\n{\"html\":\"<p>Two.</p>\"}\nnot json\n".utf8),
                 records: 3, codes: ["jsonl.invalid"]),
            Case(name: "p-attributes.html", bytes: Array(("<html><body><p " + (1...2_000).map { "a\($0)=x" }.joined(separator: " ")
                + ">Text.</p></body></html>").utf8), records: 1, codes: ["html.attribute-limit"]),
            Case(name: "q-deep.html", bytes: Array(("<html><body>" + String(repeating: "<div>", count: 20_000) + "Deep text."
                + String(repeating: "</div>", count: 20_000) + "</body></html>").utf8), records: 1),
            Case(name: "r-empty.jsonl", bytes: Array("\n  \n".utf8), records: 1, codes: ["jsonl.empty"]),
            Case(name: "o-utf16.xml", bytes: [0xFF, 0xFE] + Array(feed(prolog: "", description: "Wide.").utf16)
                .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, records: 1),
        ]
    }

    /// An RSS feed with one item whose description is `description`, markup as written.
    static func feed(prolog: String, description: String) -> String {
         "<?xml version=\"1.0\"?>\(prolog)<rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>Item</title><link>http://example.com/1</link><description>\(description)</description></item>"
            + "</channel></rss>"
    }

    static func warcRecord(block: String, lengthError: Int = 0) -> String {
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/\r\n"
            + "Content-Length: \(block.utf8.count + lengthError)\r\n\r\n\(block)\r\n\r\n"
    }

    static func warcPage(_ number: Int, body: String, lengthError: Int = 0) -> String {
        warcRecord(block: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)",
                   lengthError: lengthError)
    }

    /// Deterministic bytes of every value, NULs and control bytes included.
    static func junk(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    /// `bytes` compressed by the system's `gzip`.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-1"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(bytes)); try? input.fileHandleForWriting.close() }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
