import CLibXML2
import Testing

@testable import GlossHTML

/// The libxml2 push parser as `HTMLParser` drives it: pages fed in `chunkSize` chunks with the
/// terminate flag on the last, text and offsets that come out the same across chunk
/// boundaries, the markup errors it counts, and the hint cache it hands back.
@Suite struct HTMLParserTests {
    /// What a recording handler saw: the events in order, as strings.
    struct Recording {
        var events: [String] = []
        var text: [UInt8] = []
        var errors = 0
    }

    /// Runs the low-level `HTMLParser.parse` over `bytes` with a handler that records every
    /// event, and `started`/`finished` marks around them.
    static func record(_ bytes: [UInt8]) -> Recording {
        var handler = htmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElement = { context, name, _ in
            HTMLParserTests.recording(context).pointee.events.append("<" + String(cString: name!))
        }
        handler.endElement = { context, name in
            HTMLParserTests.recording(context).pointee.events.append(">" + String(cString: name!))
        }
        handler.characters = { context, text, length in
            HTMLParserTests.recording(context).pointee.text.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.serror = { context, _ in HTMLParserTests.recording(context).pointee.errors += 1 }
        var result = Recording()
        bytes.withUnsafeBufferPointer { page in
            withUnsafeMutablePointer(to: &result) { pointer in
                HTMLParser.parse(
                    page, handler: &handler, context: pointer, started: { _ in pointer.pointee.events.append("started") },
                    finished: { _ in pointer.pointee.events.append("finished") })
            }
        }
        return result
    }

    static func recording(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<Recording> {
        context!.assumingMemoryBound(to: Recording.self)
    }

    /// The page `HTMLParser.parse` makes of `bytes`, with the cache it hands back.
    static func page(_ bytes: [UInt8], cutting: Bool = true) -> (page: Page, hints: HintCache) {
        var hints = HintCache()
        let page = bytes.withUnsafeBufferPointer { HTMLParser.parse($0, hints: &hints, cutting: cutting) }
        return (page, hints)
    }

    /// `count` paragraphs `<p>wNNNNNN</p>` (14 bytes each), numbered from 0.
    static func paragraphs(_ count: Int) -> String {
        (0..<count).map { "<p>w" + String(100_000 + $0) + "</p>" }.joined()
    }

    // MARK: Chunks

    @Test func lastChunkStartsAtTheLastWholeChunk() {
        let size = HTMLParser.chunkSize
        #expect(HTMLParser.lastChunkStart(0) == 0)
        #expect(HTMLParser.lastChunkStart(1) == 0)
        #expect(HTMLParser.lastChunkStart(size) == 0)
        #expect(HTMLParser.lastChunkStart(size + 1) == size)
        #expect(HTMLParser.lastChunkStart(2 * size) == size)
        #expect(HTMLParser.lastChunkStart(2 * size + 1) == 2 * size)
        #expect(HTMLParser.chunkSize == 1 << 20)
    }

    @Test func feedsEveryChunkBetweenStartedAndFinished() {
        // About 2.7 chunks: elements and words straddle both boundaries.
        let count = HTMLParser.chunkSize * 27 / 140
        let html = Array(("<html><body>" + Self.paragraphs(count) + "</body></html>").utf8)
        #expect(html.count > 2 * HTMLParser.chunkSize)
        let recording = Self.record(html)
        #expect(recording.events.first == "started")
        #expect(recording.events.last == "finished")
        #expect(recording.events.filter { $0 == "<p" }.count == count)
        #expect(recording.events.filter { $0 == ">p" }.count == count)
        #expect(recording.events.suffix(3) == [">body", ">html", "finished"])
        let expected = (0..<count).map { "w" + String(100_000 + $0) }.joined()
        #expect(String(decoding: recording.text, as: UTF8.self) == expected)
    }

    @Test func pagesAcrossChunksKeepEveryTextByteAndItsSource() {
        let count = HTMLParser.chunkSize / 10
        let bytes = Array(("<div>" + Self.paragraphs(count) + "</div>").utf8)
        let page = Self.page(bytes, cutting: false).page
        #expect(page.blocks.count == count)
        #expect(page.string(of: page.blocks[count - 1]) == "w" + String(100_000 + count - 1))
        // Every copied segment's bytes are the page's bytes at its source offset: the offsets the
        // parser reports run on across chunks (`consumed`), not from each chunk's start.
        var matching = 0
        for (index, segment) in page.segments.enumerated() where segment.copy {
            let end = index + 1 < page.segments.count ? Int(page.segments[index + 1].target) : page.text.count
            let source = bytes[Int(segment.source)..<Int(segment.source + segment.sourceCount)]
            if source.elementsEqual(page.text[Int(segment.target)..<end]) { matching += 1 }
        }
        #expect(matching == count)
        #expect(page.segments.last.map { Int($0.source) } ?? 0 > HTMLParser.chunkSize)
    }

    // MARK: The terminate flag

    @Test func theLastChunkIsParsedAsCompleteInput() {
        // Without the terminate flag libxml2 holds text that no `<` ends, waiting for more bytes.
        #expect(String(decoding: Self.record(Array("<p>tail".utf8)).text, as: UTF8.self) == "tail")
        let small = Self.page(Array("<p>one</p><p>tail end".utf8)).page
        #expect(HTMLTest.blockTexts(small) == ["one", "tail end"])
        // The same in the terminating chunk of a page of two.
        let padding = "<p>" + String(repeating: "x", count: HTMLParser.chunkSize) + "</p>"
        let large = Self.page(Array((padding + "<p>tail end").utf8)).page
        #expect(HTMLTest.blockTexts(large).last == "tail end")
        #expect(HTMLTest.blockTexts(large).count == 2)
    }

    @Test func aPageOfExactlyOneChunkAndOneByteMoreParseAlike() {
        let head = "<p>a</p><p>"
        let exact = head + String(repeating: "b", count: HTMLParser.chunkSize - head.utf8.count - 1) + "c"
        #expect(exact.utf8.count == HTMLParser.chunkSize)
        let one = Self.page(Array(exact.utf8)).page
        let two = Self.page(Array((exact + "d").utf8)).page
        #expect(HTMLTest.blockTexts(one).last?.utf8.last == UInt8(ascii: "c"))
        #expect(HTMLTest.blockTexts(two).last?.utf8.suffix(2).elementsEqual("cd".utf8) == true)
        #expect(HTMLTest.blockTexts(one).count == 2 && HTMLTest.blockTexts(two).count == 2)
    }

    @Test func emptyInputGivesAnEmptyPage() {
        let recording = Self.record([])
        #expect(recording.events.first == "started" && recording.events.last == "finished")
        #expect(recording.text.isEmpty)
        let page = Self.page([]).page
        #expect(page.blocks.isEmpty && page.text.isEmpty && page.title == nil)
    }

    // MARK: Errors

    @Test func countsMarkupErrorsAndRecoversFromThem() {
        let clean = Self.page(Array("<!DOCTYPE html><html><head><title>t</title></head><body><p>a</p></body></html>".utf8)).page
        #expect(clean.errorCount == 0)
        let broken = Self.page(Array("<html><body><p>a</q><p>b &nosuch c</p><div <p>d</p></body></html>".utf8)).page
        #expect(broken.errorCount >= 2)
        #expect(HTMLTest.blockTexts(broken).first == "a")
        #expect(HTMLTest.blockTexts(broken).contains { $0.hasPrefix("b &nosuch") })
        #expect(Self.record(Array("<p>a</q>".utf8)).errors >= 1)
    }

    @Test func leavesErrorsInCutBodiesUncounted() {
        // libxml2 2.9 reports each end tag of another element inside a script ("Element script
        // embeds close tag"); the cut page does not hold the script's body.
        let script = String(repeating: "x = '</div>';\n", count: 100)
        let html = "<p a=1 a=2>x</p><script>\(script)</script><p>y</p>"
        let cut = Self.page(Array(html.utf8)).page
        let whole = Self.page(Array(html.utf8), cutting: false).page
        #expect(HTMLTest.blockTexts(cut) == ["x", "y"])
        #expect(HTMLTest.blockTexts(whole) == ["x", "y"])
        #expect(Array(html.utf8).withUnsafeBufferPointer { page -> Bool in
            var hints = HintCache()
            return HTMLParser.parseCut(page, hints: &hints) != nil
        })
        #expect(cut.errorCount >= 1)  // the redefined attribute
        #expect(whole.errorCount >= cut.errorCount + 100)
    }

    // MARK: Cuts and hints

    @Test func cutAndWholeParsesGiveTheSamePage() {
        let filler = String(repeating: "var s = '<div>'; // </p>\n", count: 80)
        let html = "<html><head><style>\(filler)</style></head><body><p>One.</p><script>\(filler)</script><p>Two.</p></body></html>"
        let bytes = Array(html.utf8)
        #expect(bytes.withUnsafeBufferPointer { page -> Bool in
            var hints = HintCache()
            return HTMLParser.parseCut(page, hints: &hints) != nil
        })
        let cut = Self.page(bytes).page
        let whole = Self.page(bytes, cutting: false).page
        #expect(HTMLTest.blockTexts(cut) == ["One.", "Two."])
        #expect(HTMLTest.blockTexts(whole) == ["One.", "Two."])
        #expect(cut.segments.map(\.source) == whole.segments.map(\.source))
        // Nothing worth cutting: no cut parse.
        #expect(Array("<p>short</p>".utf8).withUnsafeBufferPointer { page -> Bool in
            var hints = HintCache()
            return HTMLParser.parseCut(page, hints: &hints) == nil
        })
    }

    @Test func handsTheHintCacheBackWithWhatItLearnt() {
        var hints = HintCache()
        let html = "<div class=story><p>One.</p></div><div id=comments><p>Two.</p></div><div class=story><p>Three.</p></div>"
        let page = Array(html.utf8).withUnsafeBufferPointer { HTMLParser.parse($0, hints: &hints) }
        #expect(hints.count == 2)
        #expect(page.nodes.contains { $0.hints.content } && page.nodes.contains { $0.hints.boilerplate })
        _ = Array(html.utf8).withUnsafeBufferPointer { HTMLParser.parse($0, hints: &hints) }
        #expect(hints.count == 2)
    }

    @Test func theReferenceCountsTheElementsOfTheWholePage() {
        let html = "<html><body>" + Self.paragraphs(10) + "<script>" + String(repeating: "x", count: 2000) + "</script></body></html>"
        #expect(Array(html.utf8).withUnsafeBufferPointer(HTMLParseReference.parse) == 13)
    }
}
