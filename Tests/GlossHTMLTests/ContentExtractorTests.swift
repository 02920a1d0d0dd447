import GlossCore
import Testing

@testable import GlossHTML

@Suite struct ContentExtractorTests {
    func article(_ html: String, title: String? = nil) -> [String] {
        let page = HTMLTest.page(html)
        return ContentExtractor(page: page).articleBlocks(title: title).map { page.string(of: page.blocks[$0]) }
    }

    /// Paragraphs long enough to score: `count` of them, numbered.
    func paragraphs(_ count: Int, prefix: String = "Paragraph") -> [String] {
        (1...count).map { "\(prefix) \($0) tells the story at some length, with a comma, and then goes on a little further." }
    }

    /// Commas are counted eight bytes a step as one at a time counts them: next to bytes that
    /// differ from a comma in one bit (0xAC, 0x2D, 0x0C), zeros and 0xFF, at every length and
    /// alignment.
    @Test func countsCommasAsAByteLoopDoes() {
        var random = SplitMix64(seed: 44)
        let bytes: [UInt8] = [0x2C, 0xAC, 0x2D, 0x0C, 0x00, 0xFF, 0x20, 0x61]
        for length in 0..<40 {
            for _ in 0..<20 {
                let text = (0..<length).map { _ in bytes[Int(random.next() % UInt64(bytes.count))] }
                let expected = text.filter { $0 == 0x2C }.count
                for start in 0..<min(3, length + 1) {
                    let counted = text[start...].withUnsafeBufferPointer { ContentExtractor.commas(in: $0) }
                    #expect(counted == text[start...].filter { $0 == 0x2C }.count)
                }
                #expect(text.withUnsafeBufferPointer { ContentExtractor.commas(in: $0) } == expected)
            }
        }
    }

    @Test func nodeSizesAddUpEverySubtree() {
        let body = paragraphs(3)
        let html = """
            <body><div class="story"><p>\(body[0])</p><div><p>\(body[1]) <a href="/x">a link in it</a></p></div></div>
            <aside><p>Aside text</p></aside><div hidden><p>Hidden text</p></div><p>\(body[2])</p></body>
            """
        let page = HTMLTest.page(html)
        let sizes = ContentExtractor.NodeSizes(page)
        // What each node holds, summed block by block over its ancestors (the old, quadratic way).
        var text = [Int](repeating: 0, count: page.nodes.count)
        var links = [Int](repeating: 0, count: page.nodes.count)
        for block in page.blocks where !block.hidden {
            for node in page.ancestors(of: block.node) {
                text[Int(node)] += block.count
                links[Int(node)] += Int(block.linkBytes)
            }
        }
        #expect(sizes.textBytes == text)
        #expect(sizes.linkBytes == links)
        #expect(text.contains { $0 > 0 } && links.contains { $0 > 0 })
    }

    /// Nesting 30,000 deep: block by block over every ancestor this took 4.5 × 10⁸ steps (13 s
    /// in a release build at 100,000 deep); it is now linear.
    @Test func aPageNestedThirtyThousandDeepIsExtracted() throws {
        let depth = 30_000
        let html = "<html><body>" + String(repeating: "<div>word ", count: depth) + String(repeating: "</div>", count: depth)
            + "</body></html>"
        let document = try HTMLTest.ingest(html)
        #expect(document.text.utf8.count == depth * 6 - 2)  // "word" blocks joined by blank lines
    }

    @Test func theNewsPageKeepsItsFourParagraphs() {
        #expect(article(HTMLTest.newsPage, title: "Harbour bridge reopens after repairs") == HTMLTest.newsParagraphs)
    }

    @Test func subheadingsListsAndQuotesInsideTheArticleAreKept() {
        let body = paragraphs(4)
        let html = """
            <body><nav><a href="/">Home</a></nav><div class="story-body">
            <h1>The headline</h1><p>\(body[0])</p><h2>What happens next</h2><p>\(body[1])</p>
            <ul><li>First point made in the list</li><li>Second point made in the list</li></ul>
            <blockquote>A quotation from someone involved</blockquote><p>\(body[2])</p><p>\(body[3])</p>
            </div></body>
            """
        #expect(
            article(html, title: "The headline") == [
                body[0], "What happens next", body[1], "First point made in the list", "Second point made in the list",
                "A quotation from someone involved", body[2], body[3],
            ])
    }

    @Test func aLinkListInsideTheArticleIsLeftOut() {
        let body = paragraphs(5)
        let html = """
            <body><div class="content">\(body.map { "<p>\($0)</p>" }.joined())
            <ul><li><a href="/1">Read more about the harbour and the bridge</a></li>
            <li><a href="/2">Read more about the ferries and the timetable</a></li></ul></div></body>
            """
        #expect(article(html) == body)
    }

    @Test func commentsDoNotWinEvenWhenLonger() {
        let body = paragraphs(4)
        let comments = paragraphs(8, prefix: "Comment")
        let html = """
            <body><article>\(body.map { "<p>\($0)</p>" }.joined())</article>
            <div id="comments">\(comments.map { "<div class=\"comment\"><p>\($0)</p></div>" }.joined())</div></body>
            """
        #expect(article(html) == body)
    }

    @Test func aMisleadingClassFallsBackToALessStrictPass() {
        let body = paragraphs(6)
        let html = "<body><div class=\"sidebar-layout\"><div>\(body.map { "<p>\($0)</p>" }.joined())</div></div></body>"
        #expect(article(html) == body)
    }

    @Test
    func aPageWithoutRealParagraphsKeepsWhatIsNotFurniture() {
        let html = "<body><nav><a href=\"/\">Home</a></nav><p>Short note.</p><p>Another.</p><footer>Contact</footer></body>"
        #expect(article(html) == ["Short note.", "Another."])
    }

    @Test func furnitureByNameAndByHint() {
        let page = HTMLTest.page(
            "<body><header><p>h</p></header><main><p>m</p></main><div class=\"share\"><p>s</p></div><footer><p>f</p></footer></body>")
        let excluded = ContentExtractor(page: page).furniture()
        let furniture = page.blocks.filter { excluded[Int($0.node)] }.map { page.string(of: $0) }
        #expect(furniture == ["h", "s", "f"])
        let byTagsOnly = ContentExtractor(page: page).furniture(ContentExtractor.Strictness(byHints: false, byTags: true))
        #expect(page.blocks.filter { byTagsOnly[Int($0.node)] }.map { page.string(of: $0) } == ["h", "f"])
    }

    @Test func allBlocksSkipsHiddenOnes() {
        let page = HTMLTest.page("<nav>n</nav><p>a</p><div hidden><p>h</p></div><p>b</p>")
        #expect(ContentExtractor(page: page).allBlocks().map { page.string(of: page.blocks[$0]) } == ["n", "a", "b"])
    }

    @Test func lettersForTitleComparison() {
        #expect(ContentExtractor.letters("Harbour Bridge: Reopens (2025)!") == "harbourbridgereopens2025")
        #expect(ContentExtractor.letters("Éclair à Zürich, 3 ½") == "éclairàzürich3")
    }

    @Test func lettersOfASCIITextAreThoseUnicodeGives() {
        func unicodeLetters(_ text: String) -> String {
            String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
        }
        let every = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for text in [every, "", "  ", "Story continues below ADVERTISEMENT", "A-1_b\tC\u{7F}"] {
            #expect(ContentExtractor.letters(text) == unicodeLetters(text), "\(text.debugDescription)")
        }
    }

    /// `letters` as it was written first: the whole text lowercased, then filtered.
    static func referenceLetters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// Texts around each scalar: every scalar of the first plane and a sample above.
    static func textsAroundEachScalar() -> [String] {
        let plane: [Int] = Array(0..<0x1_0000)
        let values: [Int] = plane + Array(stride(from: 0x1_0000, to: 0x3_0000, by: 7)) + Array(stride(from: 0x3_0000, through: 0x10_FFFF, by: 97))
        var texts: [String] = []
        for scalar in values.compactMap({ Unicode.Scalar(UInt32($0)) }) {
            let alone = String(scalar)
            texts.append("Ad" + alone)
            texts.append(alone + "s\u{0130}1")
            texts.append(alone)
        }
        return texts
    }

    @Test func lettersWalkGivesTheScalarsOfLoweringThenFiltering() {
        var random = SplitMix64(seed: 23)
        let pool: [Unicode.Scalar] = ["A", "z", "0", " ", "-", "\u{0130}", "\u{212A}", "\u{03A3}", "\u{0645}", "\u{0661}", "\u{064B}",
            "\u{00BD}", "\u{0301}", "\u{00DF}", "\u{1E9E}", "\u{4E2D}", "\u{1F600}", "\u{200D}", "\u{FFFD}", "\u{10400}", "\u{01C5}"]
        var texts = Self.textsAroundEachScalar()
        for _ in 0..<2000 {
            texts.append(String(String.UnicodeScalarView((0..<Int.random(in: 0..<12, using: &random)).map { _ in pool.randomElement(using: &random)! })))
        }
        for text in texts {
            let expected = Array(Self.referenceLetters(text).unicodeScalars)
            #expect(Array(ContentExtractor.letters(text).unicodeScalars) == expected, "\(text.debugDescription)")
        }
    }

    @Test func adLabelLettersAreLettersWhenTheyCouldBeALabel() {
        for text in Self.textsAroundEachScalar() + ["Advertisement", " ad ", "ad1", "إعلان", String(repeating: "a", count: 40)] {
            let letters = Self.referenceLetters(text)
            let couldBeALabel = letters.utf8.count <= ContentExtractor.longestAdLabel && letters.utf8.allSatisfy { $0 &- 0x61 < 26 }
            #expect(ContentExtractor.adLabelLetters(text) == (couldBeALabel ? letters : nil), "\(text.debugDescription)")
        }
        #expect(ContentExtractor.adLabelLetters("\u{212A}\u{0130}") != nil)  // the Kelvin sign and İ lower to ASCII letters
        #expect(ContentExtractor.longestAdLabel == "articlecontinuesbelowadvertisement".count)
    }

    @Test func anAdLabelInsideTheArticleIsLeftOut() throws {
        let paragraph = "<p>The council voted on Tuesday to widen the harbour road, a project that has been argued over for a decade, and to plant trees along it.</p>"
        let html = "<body><article>" + paragraph + "<div class=\"slot\"><p>Advertisement</p></div>" + paragraph
            + "<p>Story continues below advertisement</p>" + paragraph + "</article></body>"
        let document = try HTMLTest.ingest(html)
        #expect(!document.text.lowercased().contains("advertisement"))
        #expect(document.text.components(separatedBy: "harbour road").count == 4)
    }
}
