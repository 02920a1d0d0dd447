import GlossCore
import Testing

@testable import GlossHTML
import GlossStages

@Suite struct AutoIngesterTests {
    func document(_ text: String, source: String? = nil, contentType: String? = nil) -> Document {
        Document(id: "t", source: source, raw: Array(text.utf8), metadata: HTMLTest.metadata(contentType: contentType))
    }

    @Test func theContentTypeDecidesFirst() {
        #expect(AutoIngester.isHTML(document("plain words", contentType: "text/html; charset=utf-8")))
        #expect(AutoIngester.isHTML(document("plain words", contentType: "application/xhtml+xml")))
        #expect(AutoIngester.isHTML(document("plain words", contentType: "TEXT/HTML")))
        #expect(!AutoIngester.isHTML(document("<!DOCTYPE html><p>x</p>", source: "a.html", contentType: "text/plain")))
    }

    @Test func thenTheSourceExtension() {
        #expect(AutoIngester.isHTML(document("plain words", source: "archive/page.html")))
        #expect(AutoIngester.isHTML(document("plain words", source: "ARCHIVE/PAGE.HTM")))
        #expect(AutoIngester.isHTML(document("plain words", source: "https://example.com/story.shtml?page=2")))
        #expect(AutoIngester.isHTML(document("plain words", source: "doc.xhtml")))
        #expect(!AutoIngester.isHTML(document("plain words", source: "notes.txt")))
        #expect(!AutoIngester.isHTML(document("plain words", source: "html/notes")))
    }

    @Test func thenSniffing() {
        #expect(AutoIngester.isHTML(document("<!DOCTYPE html>\n<title>x</title>")))
        #expect(AutoIngester.isHTML(document("<!doctype HTML><p>x")))
        #expect(AutoIngester.isHTML(document("\n\n   <html lang=\"en\"><body>x</body></html>")))
        #expect(AutoIngester.isHTML(document("<HEAD><title>x</title></HEAD>")))
        #expect(AutoIngester.isHTML(document("<body><p>x</p></body>")))
        #expect(AutoIngester.isHTML(document("<!-- saved from url=(0024)http://example.com/ -->\n<html><p>x</p></html>")))
        #expect(AutoIngester.isHTML(document("\u{FEFF}<!DOCTYPE html><p>x</p>")))
        #expect(AutoIngester.isHTML(document("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><p>x</p></html>")))
        #expect(!AutoIngester.isHTML(document("<!-- a comment, then text -->\nJust notes.")))
        #expect(!AutoIngester.isHTML(document("<?xml version=\"1.0\"?><rss><channel/></rss>")))
        #expect(!AutoIngester.isHTML(document("The <b>tag</b> is mentioned in prose.")))
        #expect(!AutoIngester.isHTML(document("")))
    }

    @Test func htmlGoesToTheHTMLIngest() throws {
        var page = document("<!DOCTYPE html><html><body><p>Hello &amp; welcome.</p><script>x()</script></body></html>")
        try AutoIngester().process(&page)
        #expect(page.text == "Hello & welcome.")
        #expect(page.present.contains(.text))
    }

    @Test func plainTextGoesToTheTextIngest() throws {
        var notes = document("Notes: <b> stays as typed &amp; so does this.\n", source: "notes.txt")
        try AutoIngester().process(&notes)
        #expect(notes.text == "Notes: <b> stays as typed &amp; so does this.\n")
    }

    @Test func optionsReachBothIngests() throws {
        let stage = try StageRegistry.standard.makeStage(
            named: "ingest", options: StageOptions(values: ["content": .string("full"), "allow-binary": .bool(true)]))
        let auto = try #require(stage as? AutoIngester)
        #expect(auto.html.content == .full)
        #expect(auto.text.allowBinary)
    }

    @Test func theStandardPipelineReadsAPageByItsExtension() throws {
        let raw = Array("<p>First block</p><p>Second block</p>".utf8)
        let document = try HTMLTest.run(
            ["ingest", "normalize", "tokenize", "sentences"], bytes: raw,
            options: ["ingest": StageOptions(values: ["content": .string("full")])], source: "page.htm")
        #expect(document.sentences.map { String(document.text(of: $0.span)) } == ["First block", "Second block"])
    }
}
