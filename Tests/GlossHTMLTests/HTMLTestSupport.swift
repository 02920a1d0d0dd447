import Foundation
import GlossCore
import Testing

@testable import GlossHTML
import GlossStages

/// Helpers the HTML ingest tests share: run the stage on a page, parse a page, encode text in a
/// legacy encoding, and follow spans back to the page's bytes.
enum HTMLTest {
    /// Runs `ingest.html` on UTF-8 `html`.
    static func ingest(
        _ html: String, content: HTMLIngester.Content = .article, contentType: String? = nil, url: String? = nil
    ) throws -> Document {
        try ingest(bytes: Array(html.utf8), content: content, contentType: contentType, url: url)
    }

    /// Runs `ingest.html` on `bytes`.
    static func ingest(
        bytes: [UInt8], content: HTMLIngester.Content = .article, contentType: String? = nil, url: String? = nil
    ) throws -> Document {
        var document = Document(id: "t", raw: bytes, metadata: metadata(contentType: contentType, url: url))
        try HTMLIngester(content: content).process(&document)
        return document
    }

    static func metadata(contentType: String? = nil, url: String? = nil) -> Metadata {
        var metadata = Metadata()
        metadata.contentType = contentType
        metadata.url = url
        return metadata
    }

    /// Runs the standard stages `names` on `bytes`.
    static func run(
        _ names: [String] = ["ingest.html", "normalize", "tokenize", "sentences"], bytes: [UInt8],
        options: [String: StageOptions] = [:], contentType: String? = nil, source: String? = nil
    ) throws -> Document {
        let pipeline = try StageRegistry.standard.makePipeline(names, options: options)
        var document = Document(id: "t", source: source, raw: bytes, metadata: metadata(contentType: contentType))
        try pipeline.process(&document)
        return document
    }

    /// The parsed page of UTF-8 `html`.
    static func page(_ html: String) -> Page {
        Array(html.utf8).withUnsafeBufferPointer { bytes in
            var hints = HintCache()
            return HTMLParser.parse(bytes, hints: &hints)
        }
    }

    /// The texts of a page's visible blocks.
    static func blockTexts(_ page: Page) -> [String] {
        page.blocks.filter { !$0.hidden }.map { page.string(of: $0) }
    }

    /// `text` in a legacy encoding, through iconv.
    static func encode(_ text: String, as encoding: String) -> [UInt8] {
        let converter = iconv_open(encoding, "UTF-8")
        precondition(converter != iconv_t(bitPattern: -1), "iconv does not know \(encoding)")
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let result = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        precondition(result != -1, "\(text) cannot be written in \(encoding)")
        return output[0..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
    }

    /// The bytes of `raw` that `span` of the document's text came from.
    static func source(of span: Span, in document: Document, raw: [UInt8]) -> ArraySlice<UInt8> {
        raw[document.sourceRange(of: span)]
    }

    /// windows-1252 bytes read back as UTF-8 (the fixtures use Latin-1 letters only).
    static func encodeBack(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(String(bytes.map { Character(Unicode.Scalar($0)) }).utf8)
    }

    /// Checks that every token and sentence leads back to bytes of `raw` that read the same once
    /// entities are decoded and whitespace collapsed; `decode` reads the page's encoding.
    static func expectSpansLeadBack(
        _ document: Document, raw: [UInt8], decode: (ArraySlice<UInt8>) -> String = { String(decoding: $0, as: UTF8.self) },
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!document.tokens.isEmpty, sourceLocation: sourceLocation)
        let spans = document.tokens.map(\.span) + document.sentences.map(\.span)
        for span in spans {
            let text = String(document.text(of: span))
            let source = unescape(decode(source(of: span, in: document, raw: raw)))
            #expect(collapse(source) == collapse(text), "span \(span) \"\(text)\"", sourceLocation: sourceLocation)
        }
    }

    /// Whitespace runs as one space; tags dropped (a sentence may span inline markup).
    static func collapse(_ text: String) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true }
            if !inTag { result.append(character.isWhitespace ? " " : character) }
            if character == ">" { inTag = false }
        }
        return result.split(separator: " ").joined(separator: " ")
    }

    /// Decodes the few entities the fixtures use.
    static func unescape(_ text: String) -> String {
        var result = text
        for (entity, value) in [("&eacute;", "é"), ("&#233;", "é"), ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: value)
        }
        return result
    }

    /// A hand-written local news page with every kind of furniture around four article paragraphs.
    static let newsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Harbour bridge reopens after repairs | The Tidewater Courier</title>
        <style>body { font-family: serif; } .promo { color: red; }</style>
        <script>window.analytics = { page: "story", section: "local" };</script>
        </head>
        <body>
        <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on this site. <button>Accept all</button></div>
        <header class="site-header"><a href="/">The Tidewater Courier</a>
        <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        </header>
        <main>
        <article>
        <h1>Harbour bridge reopens after repairs</h1>
        <p class="byline">By Jane Roe</p>
        <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story to a friend</a></div>
        <div class="article-body">
        <p>The harbour bridge reopened to traffic on Monday morning, three weeks after a barge struck one of its supporting piers during a storm.</p>
        <p>Engineers from the county worked through the night to replace the damaged bearings, and inspectors signed off on the repairs shortly before dawn, officials said.</p>
        <p>"We are grateful for the patience of commuters," said Maria Chen, the county's director of public works, adding that the final cost would be published next month.</p>
        <p>Ferry services that ran while the bridge was closed will continue on a reduced timetable until the end of the month.</p>
        <p style="display: none">Subscribers see an extra teaser paragraph here that nobody else can read.</p>
        </div>
        </article>
        <aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Council approves new budget for schools</a></li><li><a href="/b">Storm warning issued for the coast tonight</a></li></ul></aside>
        <section class="related-stories"><h2>Related stories</h2><ul><li><a href="/c">Barge owner fined after collision with pier</a></li><li><a href="/d">Commuters face delays as bridge closes</a></li></ul></section>
        <section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>Finally! This took far too long, honestly, and the detour through the old town was awful.</p></div></section>
        </main>
        <footer class="site-footer"><p>Copyright 2025 The Tidewater Courier. All rights reserved, including the right to reproduce this page.</p></footer>
        <script>trackPageView("bridge", { section: "local" });</script>
        </body>
        </html>
        """

    /// The article paragraphs of `newsPage`, in order.
    static let newsParagraphs = [
        "The harbour bridge reopened to traffic on Monday morning, three weeks after a barge struck one of its supporting piers during a storm.",
        "Engineers from the county worked through the night to replace the damaged bearings, and inspectors signed off on the repairs shortly before dawn, officials said.",
        "\"We are grateful for the patience of commuters,\" said Maria Chen, the county's director of public works, adding that the final cost would be published next month.",
        "Ferry services that ran while the bridge was closed will continue on a reduced timetable until the end of the month.",
    ]
}
