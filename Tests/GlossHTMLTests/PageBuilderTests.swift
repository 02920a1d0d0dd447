import Foundation
import GlossCore
import Testing

@testable import GlossHTML

/// The page the builder makes from real parser events.
@Suite struct PageBuilderTests {
    @Test func collapsesWhitespaceWithinABlock() {
        let page = HTMLTest.page("<p>  one \n\t two <b> three </b>four  </p>")
        #expect(HTMLTest.blockTexts(page) == ["one two three four"])
    }

    @Test func cutsBlocksAtBlockElementsOnly() {
        let page = HTMLTest.page("<div>lead<p>para <i>italic</i> <a href=x>link</a></p>tail<br>after</div>")
        #expect(HTMLTest.blockTexts(page) == ["lead", "para italic link", "tail", "after"])
        let link = page.blocks.first { page.string(of: $0) == "para italic link" }
        // "link", and the space before it, which is written when the link's text starts
        #expect(link?.linkBytes == 5)
        #expect(link?.tag == .p)
    }

    @Test func segmentsLeadEveryByteBack() {
        let html = "<p>a &amp; b</p>"
        let page = HTMLTest.page(html)
        #expect(HTMLTest.blockTexts(page) == ["a & b"])
        // "a" is a verbatim copy of byte 3; "&" the entity's five bytes
        let first = page.segments[0]
        #expect(first.target == 0 && first.source == 3 && first.copy)
        let entity = page.segments.first { !$0.copy && $0.sourceCount > 1 }
        #expect(entity.map { Array(html.utf8)[Int($0.source)..<Int($0.source + $0.sourceCount)] } == Array("&amp;".utf8)[...])
    }

    @Test func scriptsAreCapturedByTheirTypeInAnyCase() {
        let page = HTMLTest.page(
            """
            <head><script type="APPLICATION/LD+JSON">{"a": 1}</script><script type="text/javascript">x()</script>
            <script type="application/ld+jsonx">{"b": 2}</script><script type="ld json">{"c": 3}</script>
            <script type="">{"d": 4}</script><script type>{"e": 5}</script></head><body><p>Text.</p></body>
            """)
        #expect(page.jsonLD == ["{\"a\": 1}", "{\"b\": 2}"])
    }

    @Test func recordsHeadFacts() {
        let page = HTMLTest.page(
            """
            <html lang="pt-BR"><head><title>Page title</title>
            <meta property="og:title" content="First"><meta property="og:title" content="Second">
            <meta charset="utf-8"><link rel="canonical alternate" href="https://example.com/a">
            <script type="application/ld+json">{"@type": "Article"}</script>
            <script>ignored()</script></head>
            <body><time datetime="2025-01-01">New year</time></body></html>
            """)
        #expect(page.title == "Page title")
        #expect(page.htmlLanguage == "pt-BR")
        #expect(page.meta["og:title"] == "First")
        #expect(page.meta["charset"] == "utf-8")
        #expect(page.links["canonical"] == "https://example.com/a")
        #expect(page.links["alternate"] == "https://example.com/a")
        #expect(page.jsonLD == ["{\"@type\": \"Article\"}"])
        #expect(page.times == ["2025-01-01"])
        #expect(HTMLTest.blockTexts(page) == ["New year"])
    }

    @Test func scriptsStylesAndHiddenElementsLeaveNoText() {
        let page = HTMLTest.page(
            "<p>a<script>s()</script><style>p{}</style>b</p><div hidden><p>gone</p></div><p style=\"DISPLAY: none\">gone</p>")
        #expect(HTMLTest.blockTexts(page) == ["ab"])
    }

    @Test func keepsNodesForBlocksAndHintedElements() {
        let page = HTMLTest.page("<div class=\"story\"><span class=\"byline\">By X</span><p>Text</p></div>")
        let tags = page.nodes.map(\.tag)
        #expect(tags.contains(.div) && tags.contains(.p) && tags.contains(.span))
        let span = page.nodes.firstIndex { $0.tag == .span }
        #expect(span.map { page.nodes[$0].byline } == true)
    }

    @Test func aStretchEndsAtTheFirstWhitespaceThatIsNotASingleSpaceBetweenWords() {
        // The byte-at-a-time rule, against the eight-bytes-a-step scan, on seeded random text:
        // words, runs of each whitespace byte, other control bytes, and UTF-8 letters, at every
        // start (so the stops fall at every place in a word and in the tail).
        func expected(_ bytes: [UInt8], from start: Int) -> Int {
            func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x0A, 0x09, 0x0D, 0x0C].contains(byte) }
            var end = start
            while end < bytes.count {
                if !isSpace(bytes[end]) {
                    end += 1
                } else if bytes[end] == 0x20 && end + 1 < bytes.count && !isSpace(bytes[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            return end
        }
        let pieces: [[UInt8]] = [
            Array("word".utf8), Array("a".utf8), Array("Zürich".utf8), Array("!".utf8), [0x20], [0x20, 0x20], [0x0A],
            [0x09], [0x0D, 0x0A], [0x0C], [0x01], [0x1F], [0x21], [0x7F], [0x80 | 0x20], Array("longerwordhere".utf8),
        ]
        var generator = SplitMix64(seed: 23)
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    #expect(PageBuilder.runEnd(buffer, from: start) == expected(bytes, from: start), "\(bytes) from \(start)")
                }
            }
        }
    }

    /// Whether `byte` is whitespace to the builder (`PageBuilder.isSpace`), for the reference rules.
    static func isBlank(_ byte: UInt8) -> Bool { [0x20, 0x0A, 0x09, 0x0D, 0x0C].contains(byte) }

    @Test func aWhitespaceRunEndsAtItsFirstOtherByteWhereverItFalls() {
        // Every byte value at every place of three eight-byte steps and a tail, in a run of each
        // blank, read from every start: the eight-bytes-a-step scan stops where a byte loop stops.
        var wrong: [String] = []
        for fill: UInt8 in [0x20, 0x0A, 0x09, 0x0D, 0x0C] {
            for place in 0..<27 {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: fill, count: 27)
                    bytes[place] = UInt8(value)
                    bytes.withUnsafeBufferPointer { buffer in
                        for start in 0...27 {
                            let expected = start <= place && !Self.isBlank(UInt8(value)) ? place : 27
                            if PageBuilder.blankEnd(buffer, from: start) != expected { wrong.append("\(fill) \(value) at \(place) from \(start)") }
                        }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(5))")
    }

    @Test func aWhitespaceRunEndsAsTheByteLoopEndsItOnRandomText() {
        // Runs of mixed blanks (form feeds among them) beside words, other control bytes and
        // UTF-8 (a no-break space is no blank), at every start.
        func expected(_ bytes: [UInt8], from start: Int) -> Int {
            var end = start
            while end < bytes.count && Self.isBlank(bytes[end]) { end += 1 }
            return end
        }
        let pieces: [[UInt8]] = [
            [0x20], [0x20, 0x20, 0x20, 0x20], [0x0A], [0x09], [0x0D, 0x0A], [0x0C], [0x0B], [0x00], [0x1F], [0x21],
            Array("word".utf8), [0xC2, 0xA0], Array("Zürich".utf8), [0x0A] + [UInt8](repeating: 0x20, count: 12),
        ]
        var generator = SplitMix64(seed: 41)
        for _ in 0..<600 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...20, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    #expect(PageBuilder.blankEnd(buffer, from: start) == expected(bytes, from: start), "\(bytes) from \(start)")
                }
            }
        }
        #expect(PageBuilder.blankEnd(UnsafeBufferPointer(start: nil, count: 0), from: 0) == 0)
    }

    @Test func theEightByteScansReadNothingPastTheEndOfTheirBuffer() throws {
        // A buffer of 0 to 20 bytes that ends where readable memory ends (an inaccessible page
        // follows it): a load past `count` would crash the test. All blanks (the scans run to
        // the end), and one other byte at the front, the middle or the end, from every start.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let memory = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        try #require(memory != UnsafeMutableRawPointer(bitPattern: -1))  // MAP_FAILED
        defer { munmap(memory, 2 * page) }
        try #require(mprotect(memory + page, page, PROT_NONE) == 0)
        let bytes = memory.assumingMemoryBound(to: UInt8.self)
        var wrong: [String] = []
        for fill: UInt8 in [0x20, 0x0A, 0x09, 0x0D, 0x0C] {
            for length in 0...20 {
                let start = bytes + page - length
                for other in [-1, 0, length / 2, length - 1] {
                    for index in 0..<length { start[index] = fill }
                    if other >= 0 && other < length { start[other] = UInt8(ascii: "x") }
                    let buffer = UnsafeBufferPointer(start: start, count: length)
                    for from in 0...length {
                        var end = from
                        while end < length && Self.isBlank(start[end]) { end += 1 }
                        if PageBuilder.blankEnd(buffer, from: from) != end { wrong.append("\(fill) \(length) \(other) \(from)") }
                        _ = PageBuilder.runEnd(buffer, from: from)  // only that it reads inside the buffer
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(5))")
    }

    @Test func aWhitespaceRunOfAnyLengthBecomesOneSpaceFromItsFirstByte() {
        // Between two words, a run of 1 to 40 spaces, tabs and line feeds is one space, led back
        // to the run's first byte (a copy only when that byte is a space). (libxml2 drops a form
        // feed from text and rewrites a carriage return, so the run would not be verbatim.)
        var generator = SplitMix64(seed: 42)
        let blanks: [UInt8] = [0x20, 0x09, 0x0A]
        for length in 1...40 {
            for _ in 0..<4 {
                let run = (0..<length).map { _ in blanks.randomElement(using: &generator)! }
                let html = "<p>x" + String(decoding: run, as: UTF8.self) + "y</p>"
                let page = HTMLTest.page(html)
                #expect(HTMLTest.blockTexts(page) == ["x y"], "\(run)")
                guard let space = page.segments.last(where: { $0.target <= 1 }) else {
                    Issue.record("no segment for the space: \(run)")
                    continue
                }
                #expect(space.copy == (run[0] == 0x20), "\(run)")
                #expect(space.source + (space.copy ? 1 - space.target : 0) == 4, "\(run)")
            }
        }
    }

    @Test func metaNamesGiveLowercasedKeysWithColons() {
        #expect(PageBuilder.metaKeys("og:Title") == ["og:title"])
        #expect(PageBuilder.metaKeys("og.title  twitter:title") == ["og:title", "twitter:title"])
        #expect(PageBuilder.metaKeys("DC.Date.Issued") == ["dc:date:issued"])
        #expect(PageBuilder.metaKeys("Éditeur") == ["éditeur"])
        #expect(PageBuilder.metaKeys(" ").isEmpty)
    }
}
