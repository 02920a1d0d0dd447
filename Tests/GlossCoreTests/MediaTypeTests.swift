import GlossCore
import Testing

@Suite struct MediaTypeTests {
    private func sniff(_ text: String) -> Bool { MediaType.looksLikeHTML(Array(text.utf8)) }

    @Test func wholePagesAreHTML() {
        #expect(sniff("<!DOCTYPE html><html><body>x</body></html>"))
        #expect(sniff("  \n<HTML lang=en>"))
        #expect(sniff("\u{FEFF}<head><title>t</title></head>"))
        #expect(sniff("<!-- generated -->\n<!doctype HTML>\n<html>"))
        #expect(sniff("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
    }

    @Test func fragmentsWithoutHtmlAreHTML() {
        #expect(sniff("<p>Ada Lovelace wrote.</p>"))
        #expect(sniff("<div class=\"story\">text</div>"))
        #expect(sniff("\t<article>\n<h1>Title</h1>"))
        #expect(sniff("<br/>line"))
        #expect(sniff("<SECTION>"))
        #expect(sniff("<header><nav>"))
    }

    @Test func textThatOnlyMentionsTagsIsNot() {
        #expect(!sniff("Plain text with <p> inside it."))
        #expect(!sniff("<3 you"))
        #expect(!sniff("<paragraph> is no HTML element"))
        #expect(!sniff("<bodyguard>"))
        #expect(!sniff("<p"))  // no byte ends the tag name
        #expect(!sniff("<!-- a comment, then text -->"))
        #expect(!sniff("<?xml version=\"1.0\"?><rss version=\"2.0\">"))
        #expect(!sniff(""))
        #expect(!sniff("   "))
    }

    @Test func onlyTheFirstKilobyteIsRead() {
        let late = String(repeating: " ", count: MediaType.sniffLength) + "<html>"
        #expect(!sniff(late))
        let comment = "<!--" + String(repeating: "x", count: MediaType.sniffLength) + "--><html>"
        #expect(!sniff(comment))
    }

    @Test func extensionsNameContentTypes() {
        #expect(MediaType.forExtension("HTML") == "text/html")
        #expect(MediaType.forExtension("xht") == "application/xhtml+xml")
        #expect(MediaType.forExtension("rss") == "application/xml")
        #expect(MediaType.forExtension("md") == "text/plain")
        #expect(MediaType.forExtension("bin") == nil)
        #expect(MediaType.htmlExtensions.allSatisfy { MediaType.isHTML(contentType: MediaType.forExtension($0)!) })
    }

    @Test func pathsAndURLsByTheirLastName() {
        #expect(MediaType.pathIsHTML("pages/story.HTM"))
        #expect(MediaType.pathIsHTML("https://example.org/a/b.shtml?page=2"))
        #expect(!MediaType.pathIsHTML("https://example.org/"))
        #expect(!MediaType.pathIsHTML("dir.html/notes"))
        #expect(!MediaType.pathIsHTML(".html"))
        #expect(MediaType.fileExtension(of: "a/b.tar.gz") == "gz")
    }

    @Test func contentTypesNamingHTML() {
        #expect(MediaType.isHTML(contentType: "text/html; charset=utf-8"))
        #expect(MediaType.isHTML(contentType: "Application/XHTML+xml"))
        #expect(!MediaType.isHTML(contentType: "text/plain"))
        // The byte rule (ASCII values) and the string rule (any other) give what lowercasing
        // and a search give, at every place and case of the letters.
        for type in ["HTML", "x-HtMl", "text/htm", "text/h tml", "", "htm", "tEXT/xhtmL; q=1", "text/html-é", "text/plain; é", "text/\u{130}TML"] {
            #expect(MediaType.isHTML(contentType: type) == type.lowercased().contains("html"), "\(type)")
        }
    }
}
