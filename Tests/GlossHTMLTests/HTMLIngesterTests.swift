import Foundation
import GlossCore
import Testing

@testable import GlossHTML
import GlossStages

@Suite struct HTMLIngesterTests {
    // MARK: Boilerplate

    /// Found by the fuzzer (Fuzz/Reproducers): libxml2 reads `<<` as text with no element at
    /// all, and the block of that text named a node that did not exist (index out of range).
    @Test func aPageOfTextWithNoElementIsRead() throws {
        for page in ["<<", "<\n", "<\t", "just words < and more"] {
            for content in [HTMLIngester.Content.article, .full] {
                let document = try HTMLTest.ingest(page, content: content)
                #expect(document.present.contains(.text), "\(page.debugDescription)")
            }
        }
    }

    @Test func onlyTheArticleParagraphsSurviveOnANewsPage() throws {
        let document = try HTMLTest.ingest(HTMLTest.newsPage)
        #expect(document.text == HTMLTest.newsParagraphs.joined(separator: "\n\n"))
        #expect(document.present.contains(.text))
        #expect(document.raw.isEmpty)
        #expect(document.diagnostics.isEmpty)
        #expect(document.metadata.title == "Harbour bridge reopens after repairs")
        #expect(document.metadata.authors == ["Jane Roe"])
        #expect(document.metadata.language == "en")
    }

    @Test func fullContentKeepsVisibleTextButNotScriptsStylesOrHiddenText() throws {
        let document = try HTMLTest.ingest(HTMLTest.newsPage, content: .full)
        for visible in [
            "We use cookies", "The Tidewater Courier", "Sport", "Harbour bridge reopens after repairs", "By Jane Roe",
            "Share on social media", "Most read", "Barge owner fined", "Finally!", "All rights reserved",
        ] + HTMLTest.newsParagraphs {
            #expect(document.text.contains(visible), "\(visible)")
        }
        for invisible in ["font-family", "analytics", "trackPageView", "Accept all", "teaser", "Subscribers"] {
            #expect(!document.text.contains(invisible), "\(invisible)")
        }
        // the title element is head content, not page text
        #expect(!document.text.contains("| The Tidewater Courier"))
    }

    @Test func hiddenInlineTextIsDropped() throws {
        let html = "<p>Shown <span hidden>secret</span>text <i aria-hidden=\"true\">icon</i>here.</p>"
        let document = try HTMLTest.ingest(html, content: .full)
        #expect(document.text == "Shown text here.")
    }

    @Test func contentOptionComesFromTheRegistry() throws {
        let stage = try StageRegistry.standard.makeStage(
            named: "ingest.html", options: StageOptions(values: ["content": .string("full")]))
        #expect((stage as? HTMLIngester)?.content == .full)
        #expect(throws: (any Error).self) {
            try StageRegistry.standard.makeStage(
                named: "ingest.html", options: StageOptions(values: ["content": .string("everything")]))
        }
    }

    // MARK: Blocks

    static let blockPage = """
        <html><body><div>
        <h2>Storm season ends early</h2>
        <p>Forecasters said the season was over</p>
        <ul><li>Rainfall was low</li><li>Winds were mild</li></ul>
        <blockquote>It was a quiet year</blockquote>
        <table><tr><td>North coast</td><td>South coast</td></tr></table>
        <p>Line one<br>Line two<br/>Line three</p>
        </div></body></html>
        """

    @Test func blockElementsBecomeBlocksSeparatedByABlankLine() throws {
        let document = try HTMLTest.ingest(Self.blockPage, content: .full)
        #expect(
            document.text == [
                "Storm season ends early", "Forecasters said the season was over", "Rainfall was low", "Winds were mild",
                "It was a quiet year", "North coast", "South coast", "Line one", "Line two", "Line three",
            ].joined(separator: "\n\n"))
    }

    @Test func noSentenceRunsAcrossTwoBlocks() throws {
        let raw = Array(Self.blockPage.utf8)
        let document = try HTMLTest.run(
            bytes: raw, options: ["ingest.html": StageOptions(values: ["content": .string("full")])])
        let sentences = document.sentences.map { String(document.text(of: $0.span)) }
        #expect(
            sentences == [
                "Storm season ends early", "Forecasters said the season was over", "Rainfall was low", "Winds were mild",
                "It was a quiet year", "North coast", "South coast", "Line one", "Line two", "Line three",
            ])
        HTMLTest.expectSpansLeadBack(document, raw: raw)
    }

    @Test func inlineMarkupDoesNotSplitASentence() throws {
        let raw = Array("<p>The <b>mayor</b> said <a href=\"/x\">the plan</a> would <em>work</em>. Others disagreed.</p>".utf8)
        let document = try HTMLTest.run(
            bytes: raw, options: ["ingest.html": StageOptions(values: ["content": .string("full")])])
        #expect(document.text == "The mayor said the plan would work. Others disagreed.")
        #expect(document.sentences.map { String(document.text(of: $0.span)) } == ["The mayor said the plan would work.", "Others disagreed."])
        HTMLTest.expectSpansLeadBack(document, raw: raw)
    }

    /// A byline element's visible blocks joined by single spaces; of several bylines, the first
    /// shorter than 100 characters, in the order of their first blocks.
    @Test func aBylineIsItsElementsBlocksJoinedAndTheFirstShortOneIsTaken() {
        let page = HTMLTest.page("<div class=\"byline\"><p>By</p><p>Ana Torres</p></div><p>Body.</p>")
        #expect(HTMLIngester.byline(in: page) == "By Ana Torres")
        let long = String(repeating: "word ", count: 30)
        let second = HTMLTest.page(
            "<div class=\"author\"><p>\(long)</p></div><p>Body.</p><div class=\"byline\"><p>Kim</p><p>Park</p></div>")
        #expect(HTMLIngester.byline(in: second) == "Kim Park")
        #expect(HTMLIngester.byline(in: HTMLTest.page("<p>No byline.</p>")) == nil)
    }

    // MARK: Offsets

    @Test func everySpanOfTheNewsPageLeadsBackToItsBytes() throws {
        let raw = Array(HTMLTest.newsPage.utf8)
        let document = try HTMLTest.run(bytes: raw)
        #expect(document.sentences.count == 4)
        HTMLTest.expectSpansLeadBack(document, raw: raw)
        // a verbatim word maps to exactly its bytes
        let range = try #require(document.text.range(of: "Engineers"))
        let start = document.text.utf8.distance(from: document.text.startIndex, to: range.lowerBound)
        let source = document.sourceRange(of: Span(start: start, end: start + 9))
        #expect(String(decoding: raw[source], as: UTF8.self) == "Engineers")
    }

    @Test func entitiesAndWhitespaceLeadBackToTheirSource() throws {
        let html = "<p>Smith   &amp;\n  Sons caf&eacute; opened   on Main&nbsp;Street. The caf&#233; is &lt;new&gt;.</p>"
        let raw = Array(html.utf8)
        let document = try HTMLTest.run(
            bytes: raw, options: ["ingest.html": StageOptions(values: ["content": .string("full")])])
        // the normaliser makes the no-break space a space
        #expect(document.text == "Smith & Sons café opened on Main Street. The café is <new>.")
        HTMLTest.expectSpansLeadBack(document, raw: raw)
        // "&" is the whole entity; "café" covers "caf&eacute;"
        let ampersand = try #require(document.tokens.first { document.text(of: $0.span) == "&" })
        #expect(String(decoding: raw[document.sourceRange(of: ampersand.span)], as: UTF8.self) == "&amp;")
        let cafe = try #require(document.tokens.first { document.text(of: $0.span) == "café" })
        #expect(String(decoding: raw[document.sourceRange(of: cafe.span)], as: UTF8.self) == "caf&eacute;")
    }

    @Test func aWindows1252PageMapsEachLetterToItsByte() throws {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><p>The café served crème brûlée.</p></body></html>"
        let raw = HTMLTest.encode(html, as: "WINDOWS-1252")
        let document = try HTMLTest.run(
            bytes: raw, options: ["ingest.html": StageOptions(values: ["content": .string("full")])])
        #expect(document.text == "The café served crème brûlée.")
        HTMLTest.expectSpansLeadBack(document, raw: raw) { String(decoding: HTMLTest.encodeBack($0), as: UTF8.self) }
        let e = try #require(document.text.utf8.firstIndex(of: 0xC3))  // é
        let offset = document.text.utf8.distance(from: document.text.utf8.startIndex, to: e)
        let source = document.sourceRange(of: Span(start: offset, end: offset + 2))
        #expect(source.count == 1)
        #expect(raw[source.lowerBound] == 0xE9)
    }

    // MARK: Malformed markup

    @Test func unclosedAndStrayTagsAreRecovered() throws {
        let html = "<div><p>First paragraph<p>Second paragraph</span></b><p>Third <b>bold</p> tail</div></i>"
        let document = try HTMLTest.ingest(html, content: .full)
        #expect(document.text == "First paragraph\n\nSecond paragraph\n\nThird bold\n\ntail")
    }

    @Test func aTruncatedPageKeepsTheTextBeforeTheCut() throws {
        let html = "<html><body><p>Complete paragraph here.</p><p>Cut off in the mid<a hre"
        let document = try HTMLTest.ingest(html, content: .full)
        #expect(document.text.hasPrefix("Complete paragraph here.\n\nCut off in the mid"))
        let raw = Array(html.utf8)
        let span = Span(start: 0, end: 8)
        #expect(String(decoding: raw[document.sourceRange(of: span)], as: UTF8.self) == "Complete")
    }

    @Test func aHugePageOfNestedDivsCompletes() throws {
        var html = "<html><body>"
        let depth = 20_000
        html += String(repeating: "<div class=\"wrap\">", count: depth)
        html += "<p>Deep inside, the story begins with a long sentence about the harbour, the bridge, and the town.</p>"
        html += String(repeating: "</div>", count: depth)
        let filler = "<div><p>Filler paragraph with some words in it, and a comma, to pad the page out.</p></div>\n"
        while html.utf8.count < 5 << 20 { html += filler }
        html += "</body></html>"
        let document = try HTMLTest.ingest(html, content: .full)
        #expect(document.text.contains("Filler paragraph"))
    }

    @Test func binaryJunkIsAnError() throws {
        let junk: [UInt8] = [0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF]
        let error = #expect(throws: StageError.self) { try HTMLTest.ingest(bytes: junk) }
        #expect(error?.message.contains("not HTML") == true)
    }

    @Test func emptyInputGivesEmptyTextAndADiagnostic() throws {
        let document = try HTMLTest.ingest("")
        #expect(document.text.isEmpty)
        #expect(document.present.contains(.text))
        #expect(document.diagnostics == [Diagnostic(stage: "ingest.html", message: "empty input")])
        let blank = try HTMLTest.ingest("<html><body>  </body></html>", content: .full)
        #expect(blank.text.isEmpty)
        #expect(blank.diagnostics == [Diagnostic(stage: "ingest.html", message: "no visible text")])
    }

    // MARK: Encodings, end to end

    @Test func invalidUTF8IsReplacedAndCounted() throws {
        let raw = Array("<p>ok ".utf8) + [0xFF, 0xFE, 0x20, 0xC3] + Array(" end</p>".utf8)
        let document = try HTMLTest.ingest(bytes: raw, content: .full)
        #expect(document.text == "ok \u{FFFD}\u{FFFD} \u{FFFD} end")
        #expect(
            document.diagnostics == [
                Diagnostic(stage: "ingest.html", message: "replaced invalid utf-8 byte sequences with U+FFFD", count: 3)
            ])
    }

    @Test func anUnknownCharsetIsReportedAndReadAsUTF8() throws {
        let bytes = Array("<meta charset=\"x-martian\"><p>Hello th".utf8) + [0xE9] + Array("re</p>".utf8)
        let document = try HTMLTest.ingest(bytes: bytes, content: .full)
        #expect(document.text == "Hello th\u{FFFD}re")
        #expect(
            document.diagnostics == [
                Diagnostic(stage: "ingest.html", message: "replaced invalid utf-8 byte sequences with U+FFFD", count: 1),
                Diagnostic(stage: "ingest.html", message: "unknown encoding \"x-martian\"; decoded as UTF-8"),
            ])
    }

    @Test func theTransportCharsetWins() throws {
        let raw = HTMLTest.encode("<meta charset=\"utf-8\"><p>Señor</p>", as: "WINDOWS-1252")
        let document = try HTMLTest.ingest(bytes: raw, content: .full, contentType: "text/html; charset=windows-1252")
        #expect(document.text == "Señor")
    }

    @Test func bareTextWithoutTagsMapsBackToItsBytes() throws {
        // libxml2 implies <html><body><p> around bare text (a feed item's description) at the
        // position where the text ends; the words must still lead back to their own bytes.
        let raw = "Before  after &amp; beyond."
        let document = try HTMLTest.ingest(raw, content: .full)
        #expect(document.text == "Before after & beyond.")
        let rawBytes = Array(raw.utf8)
        for word in ["Before", "after", "beyond."] {
            let range = try #require(document.text.range(of: word))
            let span = Span(
                start: document.text.utf8.distance(from: document.text.startIndex, to: range.lowerBound),
                end: document.text.utf8.distance(from: document.text.startIndex, to: range.upperBound))
            let source = document.sourceRange(of: span)
            #expect(String(decoding: rawBytes[source], as: UTF8.self) == word)
        }
        let ampersand = try #require(document.text.utf8.firstIndex(of: UInt8(ascii: "&")))
        let offset = document.text.utf8.distance(from: document.text.utf8.startIndex, to: ampersand)
        #expect(String(decoding: rawBytes[document.sourceRange(of: Span(start: offset, end: offset + 1))], as: UTF8.self) == "&amp;")
    }
}
