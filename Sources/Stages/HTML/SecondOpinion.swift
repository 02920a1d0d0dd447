/// Decides whether the main pass's content needs a second opinion, computes the alternatives
/// when it does, and chooses, as trafilatura does with its fallbacks.
///
/// ```
///  main pass ──► needed? ──no──► main
///                  │ yes (short, small beside the page's prose, or the JSON-LD body is longer)
///                  ▼
///   ArticleBodyGuide · RelaxedPass · ParagraphClassifier ──► the rule below ──► blocks
/// ```
///
/// Needed when the main result has fewer than 500 bytes (`ContentExtractor.enoughText`), or
/// less than half the page's prose (`RelaxedPass.isProse`), or when the page's JSON-LD
/// `articleBody` is more than half as long again as it.
///
/// The rule, in order:
/// 1. The JSON-LD body's blocks, when the page shows at least two thirds of the body's
///    shingles and they are longer than the main result: the publisher's own statement.
/// 2. An alternative must have at most a quarter of its text in links and at least twice the
///    main result's bytes (trafilatura's rule), or, beside a main result under 100 bytes, at
///    least 100 bytes. A main result of 500 bytes or more is replaced only where it is wrong:
/// 3. the relaxed pass, when the main result is short, or the relaxed pass keeps at least half
///    of it (the same article, with more of it), or the paragraph classifier finds under half
///    of the main result to be article text (another block won: a footer, a list);
/// 4. the paragraph classifier's good blocks, when the main result is short or not article
///    text by the classifier (beside a long main result that is, its blocks from all over the
///    page would add other stories: a gallery's captions, teasers);
/// 5. otherwise the main result.
///
/// Requires: a parsed `Page`, the main pass's blocks and the page's language when known.
/// Provides: the chosen blocks and which pass chose them.
/// Cost: O(blocks + nodes) to decide; when needed, one more walk over the page's words per
/// alternative (stop-word and shingle hashes), never a second parse.
struct SecondOpinion {
    /// Which pass the content came from.
    enum Choice: String, Sendable, CaseIterable {
        case main
        case articleBody = "article-body"
        case relaxed
        case paragraphs
    }

    struct Outcome {
        var blocks: [Int]
        var choice: Choice
        /// Whether the alternatives were computed.
        var ran: Bool
    }

    let page: Page
    /// The page's language tag, when known (from the markup or the metadata).
    let language: String?
    /// The page's title: an alternative leaves out an `h1` that repeats it, as the main pass does.
    var title: String?
    /// The page's JSON-LD `articleBody`, when it states one.
    var articleBody: String?

    static let shortResult = ContentExtractor.enoughText
    static let proseShare = 0.5
    static let articleBodyRatio = 1.5
    static let articleBodyCoverage = 2.0 / 3.0
    static let gain = 2.0
    static let minimum = 100
    static let maxLinkShare = 0.25
    static let keptOfMain = 0.5

    func decide(main: [Int]) -> Outcome {
        let excluded = furniture()
        let mainBytes = bytes(main)
        let body = articleBody
        let needed = mainBytes < Self.shortResult
            || Double(mainBytes) < Self.proseShare * Double(RelaxedPass.proseBytes(in: page, excluded: excluded))
            || Double(body?.utf8.count ?? 0) > Self.articleBodyRatio * Double(mainBytes)
        guard needed else { return Outcome(blocks: main, choice: .main, ran: false) }

        if let body {
            let guided = ArticleBodyGuide(page: page, articleBody: body).articleBlocks()
            let blocks = withoutHeadline(guided.blocks)
            if guided.coverage >= Self.articleBodyCoverage && bytes(blocks) > mainBytes {
                return Outcome(blocks: blocks, choice: .articleBody, ran: true)
            }
        }
        // The paragraph classifier's good blocks: an alternative, and the judge of whether the
        // main result is article text at all. Computed once, and only when a rule asks.
        var classified: [Int]??
        func paragraphs() -> [Int]? {
            if let classified { return classified }
            let result = stopWords().map {
                withoutHeadline(ParagraphClassifier(page: page, stopWords: $0).articleBlocks(excluded: excluded))
            }
            classified = .some(result)
            return result
        }
        func mainIsProse() -> Bool {
            guard let good = paragraphs() else { return true }  // no stop words: no judge
            return Double(bytes(Array(Set(good).intersection(main)))) >= Self.proseShare * Double(mainBytes)
        }
        let short = mainBytes < Self.shortResult
        let relaxed = withoutHeadline(RelaxedPass(page: page).articleBlocks(excluded: excluded))
        if longer(relaxed, than: mainBytes) && (short || keeps(relaxed, of: main, mainBytes: mainBytes) || !mainIsProse()) {
            return Outcome(blocks: relaxed, choice: .relaxed, ran: true)
        }
        if let good = paragraphs(), longer(good, than: mainBytes) && (short || !mainIsProse()) {
            return Outcome(blocks: good, choice: .paragraphs, ran: true)
        }
        return Outcome(blocks: main, choice: .main, ran: true)
    }

    /// The furniture the alternatives set aside: by element name and by `class`/`id` words,
    /// as the main pass's strictest pass, except that an element named like furniture that
    /// holds at least half of the page's prose (counted with furniture by element name alone)
    /// is not: a page's article in `div id="contentWithSidebar"` or `class="post-comments-wrap"`.
    /// Cost: O(blocks + nodes).
    func furniture() -> [Bool] {
        let extractor = ContentExtractor(page: page)
        let byTags = extractor.furniture(ContentExtractor.Strictness(byHints: false, byTags: true))
        var prose = [Int](repeating: 0, count: page.nodes.count)
        for block in page.blocks where RelaxedPass.isProse(block, excluded: byTags) { prose[Int(block.node)] += block.count }
        var total = 0
        for node in page.nodes.indices.reversed() {
            let parent = Int(page.nodes[node].parent)
            if parent >= 0 { prose[parent] += prose[node] } else { total += prose[node] }
        }
        var excluded = byTags
        for (index, node) in page.nodes.enumerated() where !excluded[index] {
            if node.parent >= 0 && excluded[Int(node.parent)] {
                excluded[index] = true
            } else if node.tag != .html && node.tag != .body && node.tag != .main {
                let hinted = node.hints.boilerplate && !node.marker || node.byline
                excluded[index] = hinted && Double(prose[index]) < Self.proseShare * Double(total)
            }
        }
        return excluded
    }

    /// Whether an alternative has at most a quarter of its text in links and at least twice
    /// the main result's bytes, or, beside a main result under 100 bytes, at least 100.
    func longer(_ blocks: [Int], than mainBytes: Int) -> Bool {
        let size = bytes(blocks)
        let links = blocks.reduce(0) { $0 + Int(page.blocks[$1].linkBytes) }
        guard size > 0, Double(links) <= Self.maxLinkShare * Double(size) else { return false }
        return Double(size) >= Self.gain * Double(mainBytes) || (mainBytes < Self.minimum && size >= Self.minimum)
    }

    /// Whether an alternative keeps at least half of the main result's bytes.
    func keeps(_ blocks: [Int], of main: [Int], mainBytes: Int) -> Bool {
        let kept = Set(blocks)
        let shared = main.reduce(0) { $0 + (kept.contains($1) ? page.blocks[$1].count : 0) }
        return Double(shared) >= Self.keptOfMain * Double(mainBytes)
    }

    /// The blocks without an `h1` that repeats the title (metadata, not article text).
    func withoutHeadline(_ blocks: [Int]) -> [Int] {
        guard let title else { return blocks }
        let letters = ContentExtractor.letters(title)
        return blocks.filter { page.blocks[$0].tag != .h1 || ContentExtractor.letters(page.string(of: page.blocks[$0])) != letters }
    }

    func bytes(_ blocks: [Int]) -> Int { blocks.reduce(0) { $0 + page.blocks[$1].count } }

    /// The stop words of the page's language, or of the language its text looks most like.
    func stopWords() -> StopWords? {
        if let list = StopWords.forLanguage(language) { return list }
        let sample = page.blocks.lazy.filter { !$0.hidden }.prefix(200).map { page.string(of: $0) }.joined(separator: " ")
        return StopWords.likeliest(for: sample)
    }
}
