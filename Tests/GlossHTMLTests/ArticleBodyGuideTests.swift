import Testing

@testable import GlossHTML

@Suite struct ArticleBodyGuideTests {
    @Test func keepsTheBlocksThePublisherNamesAsTheArticle() {
        let html = """
            <body><div class="teaser"><p>Read also: the city council approves a new budget for schools</p></div>
            <div class="x"><p>The bridge over the river reopened on Monday after repairs.</p>
            <p>Drivers had used a detour for three months.</p><p>Share this</p></div></body>
            """
        let body = "The bridge over the river reopened on Monday after repairs. Drivers had used a detour for three months."
        let page = HTMLTest.page(html)
        let result = ArticleBodyGuide(page: page, articleBody: body).articleBlocks()
        #expect(result.blocks.map { page.string(of: page.blocks[$0]) } == [
            "The bridge over the river reopened on Monday after repairs.", "Drivers had used a detour for three months.",
        ])
        #expect(result.coverage > 0.8)  // all but the shingles across the two sentences
    }

    @Test func aBodyThePageDoesNotShowCoversLittle() {
        let page = HTMLTest.page("<body><p>Subscribe to read this article about the bridge.</p></body>")
        let result = ArticleBodyGuide(
            page: page, articleBody: "The bridge over the river reopened on Monday after repairs that took three months."
        ).articleBlocks()
        #expect(result.blocks.isEmpty)
        #expect(result.coverage < 0.2)
    }
}
