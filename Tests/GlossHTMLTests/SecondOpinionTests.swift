import GlossCore
import Testing

@testable import GlossHTML

@Suite struct SecondOpinionTests {
    func decide(_ html: String, main: [Int]? = nil, language: String? = "en") -> (texts: [String], outcome: SecondOpinion.Outcome) {
        let page = HTMLTest.page(html)
        let chosen = main ?? ContentExtractor(page: page).articleBlocks(title: nil)
        let outcome = SecondOpinion(page: page, language: language).decide(main: chosen)
        return (outcome.blocks.map { page.string(of: page.blocks[$0]) }, outcome)
    }

    static let paragraphs = (1...6).map {
        "Paragraph \($0) of the story, which the reporter wrote at some length so that it reads like the running text of an article about the town and its people. It goes on with a second sentence about the mayor and what she said at the meeting on Monday."
    }

    @Test func aLongMainResultNeedsNoSecondOpinion() {
        let html = "<body><article>" + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body>"
        let result = decide(html)
        #expect(result.outcome.choice == .main)
        #expect(!result.outcome.ran)
        #expect(result.texts == Self.paragraphs)
    }

    @Test func theRelaxedPassBringsBackTextOutsideTheWinningContainer() {
        // Two paragraphs in <p>s, four more as bare text in divs and between <br>s.
        let html = """
            <body><div class="wrap"><div><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p></div>
            <div>\(Self.paragraphs[2])<br><br>\(Self.paragraphs[3])</div><div>\(Self.paragraphs[4])<br>\(Self.paragraphs[5])</div></div></body>
            """
        let page = HTMLTest.page(html)
        let first = page.blocks.indices.filter { page.string(of: page.blocks[$0]).hasPrefix("Paragraph 1 ") || page.string(of: page.blocks[$0]).hasPrefix("Paragraph 2 ") }
        let result = decide(html, main: first)
        #expect(result.outcome.ran)
        #expect(result.outcome.choice == .relaxed)
        #expect(result.texts == Self.paragraphs)
    }

    @Test func theParagraphClassifierRescuesAnEmptyResult() {
        let html = "<body>" + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</body>"
        let page = HTMLTest.page(html)
        let outcome = SecondOpinion(page: page, language: "en").decide(main: [])
        #expect(outcome.ran)
        #expect(outcome.choice == .paragraphs)  // the prose is straight in body: the relaxed pass has no container
        #expect(outcome.blocks.count == Self.paragraphs.count)
    }

    @Test func theJSONLDBodyWinsWhenThePageShowsIt() {
        let body = Self.paragraphs.joined(separator: " ")
        let html = """
            <head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "\(body)"}</script></head>
            <body><div class="a"><p>\(Self.paragraphs[0])</p></div><div class="comments-x"><p>\(Self.paragraphs[1])</p>
            <p>\(Self.paragraphs[2])</p><p>\(Self.paragraphs[3])</p><p>\(Self.paragraphs[4])</p><p>\(Self.paragraphs[5])</p></div></body>
            """
        let page = HTMLTest.page(html)
        let main = [page.blocks.firstIndex { page.string(of: $0).hasPrefix("Paragraph 1 ") }!]
        let outcome = SecondOpinion(page: page, language: "en", articleBody: JSONLD(scripts: page.jsonLD).articleBody)
            .decide(main: main)
        #expect(outcome.choice == .articleBody)
        #expect(outcome.blocks.map { page.string(of: page.blocks[$0]) } == Self.paragraphs)
    }

    @Test func anotherStoryBesideALongMainResultDoesNotReplaceIt() {
        // The main pass found one story of 6 paragraphs; a gallery of 30 captions holds twice the prose.
        let captions = (1...30).map { "Caption \($0): a long description of a picture in the gallery, which says what is in it and who took it." }
        let html = "<body><div class='story'>" + Self.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div><div class='gallery'>"
            + captions.map { "<div><p>\($0)</p></div>" }.joined() + "</div></body>"
        let page = HTMLTest.page(html)
        let main = page.blocks.indices.filter { page.string(of: page.blocks[$0]).hasPrefix("Paragraph") }
        let outcome = SecondOpinion(page: page, language: "en").decide(main: main)
        #expect(outcome.ran)
        #expect(outcome.choice == .main)
        #expect(outcome.blocks == main)
    }

    @Test func furnitureThatHoldsMostOfTheProseIsNot() {
        let html = "<body><div id='contentWithSidebar'>" + Self.paragraphs.map { "<p>\($0)</p>" }.joined()
            + "</div><div class='comments'><p>\(Self.paragraphs[0])</p></div></body>"
        let page = HTMLTest.page(html)
        let excluded = SecondOpinion(page: page, language: "en").furniture()
        let container = page.nodes.firstIndex { $0.hints.boilerplate }!
        #expect(!excluded[container])
        let comments = page.nodes.lastIndex { $0.hints.boilerplate }!
        #expect(excluded[comments])
    }

    @Test func ingestExplainsWhichPassChose() throws {
        var document = Document(id: "t", raw: Array("<body><p>Short.</p></body>".utf8))
        try HTMLIngester(content: .article, explain: true).process(&document)
        #expect(document.diagnostics.contains { $0.message == "extraction: main (second opinion ran)" })
    }
}
