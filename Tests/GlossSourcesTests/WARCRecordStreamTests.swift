import Foundation
import GlossCore
@testable import GlossSources
import Synchronization
import Testing

@Suite struct WARCRecordStreamTests {
    private let fixtures = XMLFixtures()

    private func read(_ name: String, bytes: [UInt8], limits: ContainerLimits = ContainerLimits())
        -> (inputs: [DocumentInput], counts: WARCCounts) {
        let path = fixtures.write(name, bytes: bytes)
        let stream = WARCRecordStream(path: path, compressed: bytes.starts(with: [0x1f, 0x8b]), limits: limits)
        let inputs = Array(IteratorSequence(stream))
        return (inputs, stream.counts)
    }

    private func message(_ input: DocumentInput) -> String? {
        if case .unreadable(let message, _) = input.payload { return message }
        return nil
    }

    @Test func yieldsResponsesAndSkipsOtherRecords() throws {
        let (inputs, counts) = read("three.warc", bytes: Array(WARCFixtures.threePages.utf8))
        #expect(inputs.map(\.bodyText) == ["<p>page 1</p>", "<p>page 2</p>", "<p>page 3</p>"])
        let first = inputs[0]
        #expect(first.id.hasSuffix("three.warc#3"))
        #expect(first.source == "http://example.com/1")
        #expect(first.metadata.url == "http://example.com/1")
        #expect(first.metadata.contentType == "text/html; charset=utf-8")
        #expect(first.metadata.extra["crawl_date"] == "2024-05-01T12:00:00Z")
        #expect(first.metadata.extra["warc_record_id"] == "<urn:uuid:page-1>")
        #expect(counts.records == 6)
        #expect(counts.documents == 3)
        #expect(counts.skippedNotResponse == 3)
        #expect(counts.errors == 0)
    }

    @Test func sameRecordsInAMultiMemberGzipFile() {
        let records = [WARCFixtures.record("warcinfo", block: "x"), WARCFixtures.page(1), WARCFixtures.page(2)]
        let (inputs, counts) = read("members.warc.gz", bytes: GzipFixtures.members(records))
        #expect(inputs.map(\.bodyText) == ["<p>page 1</p>", "<p>page 2</p>"])
        #expect(counts.records == 3)
    }

    @Test func skipsNon2xxAndNonTextResponsesButCountsThem() {
        let archive = WARCFixtures.page(1)
            + WARCFixtures.record("response", block: WARCFixtures.http("gone", status: "404 Not Found"))
            + WARCFixtures.record("response", block: WARCFixtures.http("\u{1}PNG", type: "image/png"))
            + WARCFixtures.record("response", block: WARCFixtures.http("plain words", type: "text/plain"))
        let (inputs, counts) = read("mixed.warc", bytes: Array(archive.utf8))
        #expect(inputs.map(\.bodyText) == ["<p>page 1</p>", "plain words"])
        #expect(counts.skippedStatus == 1)
        #expect(counts.skippedNotText == 1)
    }

    @Test func undoesChunkedTransferAndGzipContentCoding() {
        let gzipped = GzipFixtures.gzip("<p>compressed</p>")
        var block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
        block += Array(String(gzipped.count, radix: 16).utf8) + [13, 10] + gzipped + Array("\r\n0\r\n\r\n".utf8)
        var archive = Array("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/z\r\nContent-Length: \(block.count)\r\n\r\n".utf8)
        archive += block + Array("\r\n\r\n".utf8)
        let (inputs, _) = read("coded.warc", bytes: archive)
        #expect(inputs.map(\.bodyText) == ["<p>compressed</p>"])
    }

    @Test func truncatedRecordIsAnErrorAfterTheRecordsBeforeIt() throws {
        let whole = WARCFixtures.page(1) + WARCFixtures.page(2, body: String(repeating: "x", count: 5_000))
        let cut = Array(whole.utf8.prefix(whole.utf8.count - 3_000))
        let (inputs, counts) = read("cut.warc", bytes: cut)
        #expect(inputs.count == 2)
        #expect(inputs[0].bodyText == "<p>page 1</p>")
        let error = try #require(message(inputs[1]))
        let secondStart = WARCFixtures.page(1).utf8.count
        #expect(error.hasPrefix("truncated WARC record 2 at byte \(secondStart) (http://example.com/2): expected "))
        #expect(error.contains("found"))
        #expect(inputs[1].id.hasSuffix("cut.warc#2"))
        #expect(counts.errors == 1)
    }

    @Test func truncatedGzipMemberIsAnErrorAfterTheRecordsBeforeIt() throws {
        let second = GzipFixtures.gzip(WARCFixtures.page(2, body: GzipFixtures.noise(20_000)))
        let bytes = GzipFixtures.gzip(WARCFixtures.page(1)) + second.prefix(second.count / 2)
        let (inputs, counts) = read("cut.warc.gz", bytes: Array(bytes))
        #expect(inputs.count == 2)
        #expect(inputs[0].bodyText == "<p>page 1</p>")
        let error = try #require(message(inputs[1]))
        #expect(error.contains("truncated gzip stream at byte \(bytes.count)"))
        #expect(error.contains("in WARC record 2"))
        #expect(counts.errors == 1)
    }

    @Test func corruptMiddleGzipMemberKeepsLaterRecords() throws {
        let first = GzipFixtures.gzip(WARCFixtures.page(1))
        var middle = GzipFixtures.gzip(WARCFixtures.page(2, body: GzipFixtures.noise(3_000)))
        for index in 30..<80 { middle[index] ^= 0x33 }
        let bytes = first + middle + GzipFixtures.gzip(WARCFixtures.page(3)) + GzipFixtures.gzip(WARCFixtures.page(4))
        let (inputs, counts) = read("damaged.warc.gz", bytes: bytes)
        let bodies = inputs.compactMap(\.bodyText)
        #expect(bodies == ["<p>page 1</p>", "<p>page 3</p>", "<p>page 4</p>"])
        let errors = inputs.compactMap(message)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("corrupt gzip data at byte") == true)
        #expect(errors.first?.contains("went on from the next gzip member at byte \(first.count + middle.count)") == true)
        #expect(counts.documents == 3)
    }

    @Test func recordOverTheSizeLimitIsAnErrorAndSkipped() throws {
        let archive = WARCFixtures.page(1) + WARCFixtures.page(2, body: String(repeating: "y", count: 2_000))
            + WARCFixtures.page(3)
        let (inputs, counts) = read("big.warc", bytes: Array(archive.utf8), limits: ContainerLimits(maxRecordBytes: 1_000))
        #expect(inputs.count == 3)
        #expect(inputs[0].bodyText == "<p>page 1</p>")
        let error = try #require(message(inputs[1]))
        #expect(error.contains("WARC record 2"))
        #expect(error.contains("over the limit of 1000 bytes per record"))
        #expect(inputs[2].bodyText == "<p>page 3</p>")
        #expect(counts.errors == 1)
    }

    @Test func archiveWithoutPagesYieldsOneErrorSayingSo() throws {
        let archive = WARCFixtures.record("warcinfo", block: "x") + WARCFixtures.record("request", block: "GET /")
        let (inputs, _) = read("empty.warc", bytes: Array(archive.utf8))
        #expect(inputs.count == 1)
        #expect(message(inputs[0])?.hasPrefix("no HTML or text responses among 2 records") == true)
    }

    @Test func archiveWithoutPagesIsANoteWhereSomeoneListens() throws {
        let archive = WARCFixtures.record("warcinfo", block: "x") + WARCFixtures.record("request", block: "GET /")
        let path = fixtures.write("quiet.warc", bytes: Array(archive.utf8))
        let notes = Mutex<[String]>([])
        let limits = ContainerLimits(onNote: { note in notes.withLock { $0.append(note) } })
        let inputs = Array(IteratorSequence(WARCRecordStream(path: path, compressed: false, limits: limits)))
        #expect(inputs.isEmpty)
        #expect(notes.withLock { $0 }.first?.contains("no HTML or text responses among 2 records") == true)
    }

    @Test func robotsTxtResponsesAreSkippedAndCounted() throws {
        let robots = WARCFixtures.record(
            "response", uri: "http://example.com/robots.txt", block: WARCFixtures.http("User-agent: *\nDisallow:", type: "text/plain"))
        let (inputs, counts) = read("robots.warc", bytes: Array((robots + WARCFixtures.page(2)).utf8))
        #expect(inputs.compactMap(\.bodyText) == ["<p>page 2</p>"])
        #expect(counts.skippedNotArticle == 1)
    }

    @Test func readsARCRecords() {
        let page = WARCFixtures.http("<p>arc page</p>", type: "text/html; charset=ISO-8859-1")
        let image = WARCFixtures.http("GIF89a", type: "image/gif")
        let archive = "filedesc://x.arc 0.0.0.0 20080430204825 text/plain 12\n1 1 Internet\n\n"
            + "dns:example.com 1.2.3.4 20080430204825 text/dns 10\n2008043020\n"
            + "http://example.com/a 1.2.3.4 20080430204826 text/html \(page.utf8.count)\n\(page)\n"
            + "http://example.com/b.gif 1.2.3.4 20080430204827 image/gif \(image.utf8.count)\n\(image)\n"
        let (inputs, counts) = read("x.arc.gz", bytes: GzipFixtures.gzip(archive))
        #expect(inputs.map(\.bodyText) == ["<p>arc page</p>"])
        #expect(inputs.first?.id.hasSuffix("x.arc.gz#2") == true)
        #expect(inputs.first?.metadata.url == "http://example.com/a")
        #expect(inputs.first?.metadata.contentType == "text/html; charset=ISO-8859-1")
        #expect(inputs.first?.metadata.extra["crawl_date"] == "2008-04-30T20:48:26Z")
        #expect(counts.records == 3)
        #expect(counts.skippedNotText == 2)
    }

    /// A response record for page `number` whose Content-Length is off by `delta`.
    private func pageWithWrongLength(_ number: Int, by delta: Int) -> String {
        let good = WARCFixtures.page(number)
        let block = WARCFixtures.http("<p>page \(number)</p>")
        return good.replacingOccurrences(
            of: "Content-Length: \(block.utf8.count)\r\n", with: "Content-Length: \(block.utf8.count + delta)\r\n")
    }

    @Test func aContentLengthTooLargeResynchronisesOnTheNextRecord() throws {
        for delta in [500, 40, 1_000_000_000_000_000] {
            let text = WARCFixtures.page(1) + pageWithWrongLength(2, by: delta) + WARCFixtures.page(3) + WARCFixtures.page(4)
            let (inputs, counts) = read("long-\(delta).warc", bytes: Array(text.utf8))
            #expect(inputs.compactMap(\.bodyText) == ["<p>page 1</p>", "<p>page 3</p>", "<p>page 4</p>"], "delta \(delta)")
            let errors = inputs.filter { $0.bodyText == nil }
            #expect(errors.count == 1)
            guard case .unreadable(let message, let code)? = errors.first?.payload else { continue }
            #expect(code == .warcBadLength)
            #expect(message.contains("WARC record 2") && message.contains("the next record starts after"))
            #expect(counts.errors == 1)
        }
    }

    @Test func aContentLengthTooSmallSkipsToTheNextRecordAndSaysHowFar() throws {
        let text = WARCFixtures.page(1) + pageWithWrongLength(2, by: -5) + WARCFixtures.page(3)
        let (inputs, _) = read("short.warc", bytes: Array(text.utf8))
        #expect(inputs.compactMap(\.bodyText) == ["<p>page 1</p>", "<p>page 3</p>"])
        let message = try #require(inputs.compactMap(message).first)
        #expect(message.contains("runs on for") && message.contains("skipped them to the next record"))
    }

    @Test func recordsWhoseContentMentionsWARCHeadersAreReadWhole() throws {
        let body = "<pre>\r\n\r\nWARC/1.0\r\nWARC-Type: response\r\n</pre>"
        let text = WARCFixtures.page(1, body: body) + WARCFixtures.page(2)
        let (inputs, _) = read("quoting.warc", bytes: Array(text.utf8))
        #expect(inputs.compactMap(\.bodyText) == [body, "<p>page 2</p>"])
    }
}
