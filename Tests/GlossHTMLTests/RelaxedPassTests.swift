import Testing

@testable import GlossHTML

@Suite struct RelaxedPassTests {
    func relaxed(_ html: String) -> [String] {
        let page = HTMLTest.page(html)
        let excluded = ContentExtractor(page: page).furniture()
        return RelaxedPass(page: page).articleBlocks(excluded: excluded).map { page.string(of: page.blocks[$0]) }
    }

    static let sentences = (1...4).map {
        "Sentence run \($0) is written straight into a div, separated by line breaks, as older sites and forums do it."
    }

    @Test func textInDivsAndBreakRunsIsTheArticle() {
        let html = """
            <body><div class="menu"><a href="/">Home</a> <a href="/forum">Forum</a></div>
            <div><div>\(Self.sentences[0])<br><br>\(Self.sentences[1])</div>
            <ul><li>a list item inside the article</li><li>another one</li></ul>
            <div>\(Self.sentences[2])<br>\(Self.sentences[3])</div></div>
            <div>Some footer line</div></body>
            """
        // Half the prose is in each inner div: the container is the div around both, with the list.
        #expect(relaxed(html) == Array(Self.sentences[0...1]) + ["a list item inside the article", "another one"] + Array(Self.sentences[2...3]))
    }

    @Test func linkListsInsideTheContainerAreLeftOut() {
        let html = """
            <body><div><p>\(Self.sentences[0])</p><p><a href="/1">Another story</a> and <a href="/2">another one</a></p>
            <p>\(Self.sentences[1])</p></div></body>
            """
        #expect(relaxed(html) == [Self.sentences[0], Self.sentences[1]])
    }

    @Test func aPageWithoutProseHasNoContainer() {
        let page = HTMLTest.page("<body><div>Short</div><div><a href='/'>A link that is long enough to count as prose if it were not a link at all</a></div></body>")
        #expect(RelaxedPass(page: page).container(excluded: ContentExtractor(page: page).furniture()) == nil)
    }
}
