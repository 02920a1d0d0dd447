import Testing

@testable import GlossHTML

/// What attributes say about an element, read through the parser (attributes live only during
/// libxml2's start-element event).
@Suite struct AttributesTests {
    func node(_ html: String, _ tag: HTMLTag) -> Page.Node? {
        HTMLTest.page(html).nodes.first { $0.tag == tag }
    }

    @Test func articleBodyMarkers() {
        #expect(node("<div itemprop=\"articleBody\"><p>x</p></div>", .div)?.marker == true)
        #expect(node("<article><p>x</p></article>", .article)?.marker == true)
        #expect(node("<div itemprop=\"about\"><p>x</p></div>", .div)?.marker == false)
    }

    @Test func bylines() {
        #expect(node("<span rel=\"author\">x</span>", .span)?.byline == true)
        #expect(node("<div itemprop=\"author\">x</div>", .div)?.byline == true)
        #expect(node("<div class=\"post-author\">x</div>", .div)?.byline == true)
        #expect(node("<div class=\"comment-author\">x</div>", .div)?.byline == false)
        #expect(node("<div class=\"lead\">x</div>", .div)?.byline == false)
    }

    @Test func hiddenElements() {
        #expect(HTMLTest.blockTexts(HTMLTest.page("<p hidden>a</p><p>b</p>")) == ["b"])
        #expect(HTMLTest.blockTexts(HTMLTest.page("<p aria-hidden=\"true\">a</p><p aria-hidden=\"false\">b</p>")) == ["b"])
        #expect(HTMLTest.blockTexts(HTMLTest.page("<p style=\"color:red; visibility : hidden\">a</p><p>b</p>")) == ["b"])
    }

    @Test func classAndIDHints() {
        #expect(node("<div class=\"share-tools\">x</div>", .div)?.hints.boilerplate == true)
        #expect(node("<div id=\"main-content\">x</div>", .div)?.hints.content == true)
        #expect(node("<div>x</div>", .div)?.hints == ClassHints.none)
    }
}
