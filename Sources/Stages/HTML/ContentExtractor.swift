import GlossText

/// Finds a page's main content: the blocks of the article, without navigation, headers,
/// footers, sidebars, related links, comments, banners or captions.
///
/// The method is Readability's, on blocks instead of a DOM: page furniture is set aside by
/// element name (`nav`, `header`, `footer`, `aside`, `form`) and by `class`/`id` words
/// (`ClassHints`); each paragraph of 25 bytes or more scores 1 + its commas + a point per 100
/// bytes (at most 3), credited in full to its container, half to the container's parent and a
/// sixth to the grandparent; a container's score is then discounted by its share of link
/// text. The best container wins, with its siblings that score at least a fifth as much and
/// sibling paragraphs that read like prose. Inside the winner, link lists and the headline
/// (which is metadata) are left out.
///
/// Cost: O(blocks + nodes), whatever the nesting depth; a few arrays the size of the node list.
struct ContentExtractor {
    let page: Page

    /// How strictly furniture is set aside: Readability's passes, strictest first.
    struct Strictness: Sendable {
        /// Whether `class`/`id` words set elements aside.
        var byHints: Bool
        /// Whether element names (`nav`, `header`, `footer`...) set elements aside.
        var byTags: Bool

        static let passes = [
            Strictness(byHints: true, byTags: true), Strictness(byHints: false, byTags: true),
            Strictness(byHints: false, byTags: false),
        ]
    }

    /// Content shorter than this makes the extractor try again, less strictly.
    static let enoughText = 500

    /// The indices of the blocks that make the main content, in document order.
    ///
    /// When a pass finds less than `enoughText` bytes, the next, less strict pass runs (a
    /// page whose article sits in a container with a misleading class name). If none finds
    /// enough (a short page), the strictest pass that found at least half of the longest
    /// result wins, so a short article does not bring the navigation and footer back.
    func articleBlocks(title: String?) -> [Int] {
        var results: [(blocks: [Int], length: Int)] = []
        let sizes = NodeSizes(page)  // the same for every pass
        for strictness in Strictness.passes {
            let blocks = articleBlocks(title: title, strictness: strictness, sizes: sizes)
            let length = blocks.reduce(0) { $0 + page.blocks[$1].count }
            if length >= Self.enoughText { return blocks }
            results.append((blocks, length))
        }
        let longest = results.map(\.length).max() ?? 0
        return results.first { $0.length * 2 >= longest && $0.length > 0 }?.blocks ?? []
    }

    /// Text and link bytes under each node, counting visible blocks.
    ///
    /// Cost: O(blocks + nodes), whatever the nesting depth: each block counts towards its own
    /// node, then each node's totals are added to its parent's, children first (a node's
    /// parent always comes before it in `page.nodes`).
    struct NodeSizes {
        var textBytes: [Int]
        var linkBytes: [Int]

        init(_ page: Page) {
            textBytes = [Int](repeating: 0, count: page.nodes.count)
            linkBytes = [Int](repeating: 0, count: page.nodes.count)
            for block in page.blocks where !block.hidden && block.node >= 0 {
                textBytes[Int(block.node)] += block.count
                linkBytes[Int(block.node)] += Int(block.linkBytes)
            }
            for node in page.nodes.indices.reversed() {
                let parent = Int(page.nodes[node].parent)
                guard parent >= 0 else { continue }
                assert(parent < node, "a page's nodes come after their parents")
                textBytes[parent] += textBytes[node]
                linkBytes[parent] += linkBytes[node]
            }
        }
    }

    private func articleBlocks(title: String?, strictness: Strictness, sizes: NodeSizes) -> [Int] {
        let nodeCount = page.nodes.count
        guard nodeCount > 0, !page.blocks.isEmpty else { return [] }
        let excluded = furniture(strictness)
        let textBytes = sizes.textBytes
        let linkBytes = sizes.linkBytes
        func linkDensity(_ node: Int) -> Double {
            textBytes[node] == 0 ? 0 : Double(linkBytes[node]) / Double(textBytes[node])
        }

        // Paragraph scores credited to containers.
        var score = [Double](repeating: 0, count: nodeCount)
        var scored = [Bool](repeating: false, count: nodeCount)
        for block in page.blocks where !block.hidden && block.count >= 25 && !excluded[Int(block.node)] {
            if Double(block.linkBytes) > 0.5 * Double(block.count) { continue }
            let commas = page.text[Int(block.textStart)..<Int(block.textEnd)].withUnsafeBufferPointer { Self.commas(in: $0) }
            let value = 1 + Double(commas) + min(Double(block.count) / 100, 3)
            var container = Int(block.node)
            if Self.isParagraph(page.nodes[container].tag), page.nodes[container].parent >= 0 {
                container = Int(page.nodes[container].parent)
            }
            var level = 0
            var node = container
            while node >= 0 && level < 3 {
                if !scored[node] {
                    scored[node] = true
                    score[node] += initialScore(node)
                }
                score[node] += value / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                node = Int(page.nodes[node].parent)
                level += 1
            }
        }
        var best = -1
        var bestScore = 0.0
        for node in 0..<nodeCount where scored[node] && !excluded[node] {
            score[node] *= 1 - linkDensity(node)
            if score[node] > bestScore {
                best = node
                bestScore = score[node]
            }
        }
        guard best >= 0 else {
            // No paragraph worth the name: keep what is not furniture.
            return page.blocks.indices.filter { !page.blocks[$0].hidden && !excluded[Int(page.blocks[$0].node)] }
        }
        best = climb(from: best, score: score, scored: scored)

        // The winner and its siblings that score well or read like prose.
        var included = [Bool](repeating: false, count: nodeCount)
        included[best] = true
        let parent = Int(page.nodes[best].parent)
        let threshold = max(10, score[best] * 0.2)
        if parent >= 0 {
            for node in (parent + 1)..<nodeCount where page.nodes[node].parent == Int32(parent) && node != best && !excluded[node] {
                if scored[node] && score[node] >= threshold {
                    included[node] = true
                } else if Self.isParagraph(page.nodes[node].tag) && textBytes[node] >= 80 && linkDensity(node) < 0.25 {
                    included[node] = true
                }
            }
        }
        var inside = included
        for node in 0..<nodeCount where !inside[node] {
            let up = Int(page.nodes[node].parent)
            if up >= 0 && inside[up] { inside[node] = true }
        }

        let normalizedTitle = title.map(Self.letters)
        var result: [Int] = []
        for (index, block) in page.blocks.enumerated() {
            let node = Int(block.node)
            guard inside[node], !excluded[node], !block.hidden else { continue }
            if block.linkBytes > 0 && Double(block.linkBytes) > 0.6 * Double(block.count) { continue }
            if block.tag == .h1, let normalizedTitle, Self.letters(page.string(of: block)) == normalizedTitle { continue }
            if block.tag == .h1 && result.isEmpty { continue }
            if block.count <= 48 && isAdLabel(block) { continue }
            result.append(index)
        }
        return result
    }

    /// The blocks of all visible text.
    func allBlocks() -> [Int] {
        page.blocks.indices.filter { !page.blocks[$0].hidden }
    }

    /// Whether each node is page furniture, or inside furniture.
    func furniture(_ strictness: Strictness = Strictness.passes[0]) -> [Bool] {
        var excluded = [Bool](repeating: false, count: page.nodes.count)
        for (index, node) in page.nodes.enumerated() {
            if node.parent >= 0 && excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            switch node.tag {
            case .nav, .header, .footer, .aside, .form, .menu, .dialog, .figure, .figcaption, .caption, .address:
                excluded[index] = strictness.byTags && !node.marker
            case .html, .body, .main:
                excluded[index] = false
            default:
                excluded[index] = strictness.byHints && (node.hints.boilerplate && !node.marker || node.byline)
            }
        }
        return excluded
    }

    /// Readability's starting score for a container: by element, and by its class words.
    private func initialScore(_ node: Int) -> Double {
        let info = page.nodes[node]
        var value: Double
        switch info.tag {
        case .div, .article, .section, .main: value = 5
        case .pre, .td, .blockquote: value = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: value = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: value = -5
        default: value = 0
        }
        if info.hints.content { value += 25 }
        if info.hints.boilerplate { value -= 25 }
        if info.marker { value += info.tag == .article || info.tag == .main ? 10 : 50 }
        return value
    }

    /// Moves up from the best container while an ancestor scores higher, as Readability does
    /// when an article's paragraphs are split over several child containers.
    private func climb(from start: Int, score: [Double], scored: [Bool]) -> Int {
        var best = start
        var lastScore = score[start]
        let threshold = lastScore / 3
        var parent = Int(page.nodes[start].parent)
        while parent >= 0 && page.nodes[parent].tag != .body && page.nodes[parent].tag != .html {
            if scored[parent] {
                if score[parent] < threshold { break }
                if score[parent] > lastScore {
                    best = parent
                    break
                }
                lastScore = score[parent]
            }
            parent = Int(page.nodes[parent].parent)
        }
        return best
    }

    static func isParagraph(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .pre, .blockquote, .td, .li, .dd, .dt, .h1, .h2, .h3, .h4, .h5, .h6, .span, .other, .a, .time, .br, .summary:
            true
        default: false
        }
    }

    /// Labels that mark an ad slot inside an article, as letters only: a block that says only
    /// this is page furniture whatever its container.
    static let adLabels: Set<String> = [
        "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsoredcontent", "paidcontent",
        "storycontinuesbelowadvertisement", "articlecontinuesbelowadvertisement", "continuereadingbelowadvertisement",
        "advertisementcontinuereadingbelow", "continuereadingbelow",
    ]

    /// The length of the longest `adLabels` entry.
    static let longestAdLabel = adLabels.map(\.utf8.count).max()!

    /// The number of commas in `text`, eight bytes a step (a byte loop cost about 4 instructions
    /// a byte of every paragraph).
    static func commas(in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = text.baseAddress else { return 0 }
        var count = 0
        var index = 0
        while index + 8 <= text.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ 0x2C2C_2C2C_2C2C_2C2C
            // The high bit of each zero byte, exactly (no carry crosses a byte).
            count += (~((word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < text.count {
            if text[index] == 0x2C { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether a short block says only an ad label (`adLabels`, compared through `letters`).
    /// An ASCII block whose first letter or digit cannot begin a label (a, c, p, s) is turned
    /// away from its bytes, with no string made; otherwise `adLabelLetters` stops at the first
    /// letter no label holds.
    func isAdLabel(_ block: Page.Block) -> Bool {
        for offset in Int(block.textStart)..<Int(block.textEnd) {
            let byte = page.text[offset]
            if byte >= 0x80 { break }  // the walk decides
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                switch byte | 0x20 {
                case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "s"): break
                default: return false
                }
                break
            }
        }
        guard let label = Self.adLabelLetters(page.string(of: block)) else { return false }
        return Self.adLabels.contains(label)
    }

    /// `letters(text)` when it is at most `longestAdLabel` lowercase ASCII letters (as every
    /// ad label is); nil otherwise, as soon as a kept scalar shows it.
    static func adLabelLetters(_ text: String) -> String? {
        let limit = longestAdLabel
        var kept: [UInt8] = []
        kept.reserveCapacity(limit)
        var fits = true
        forEachLetter(in: text) { scalar in
            fits = scalar.value &- 0x61 < 26 && kept.count < limit
            if fits { kept.append(UInt8(scalar.value)) }
            return fits
        }
        return fits ? String(decoding: kept, as: UTF8.self) : nil
    }

    /// Lowercased letters and digits only, for comparing a heading with the title.
    static func letters(_ text: String) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        forEachLetter(in: text) { scalar in
            if scalar.isASCII {
                kept.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { kept.append($0) }
            }
            return true
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Calls `body` with each scalar of `text` lowercased that is alphabetic or an ASCII digit,
    /// in order, until it returns false: `text.lowercased().unicodeScalars` filtered.
    /// `String.lowercased()` maps scalar by scalar (`lowercaseMapping`), so the walk does too:
    /// ASCII by its byte, other scalars through `WordScalars`.
    @inline(__always)
    static func forEachLetter(in text: String, _ body: (Unicode.Scalar) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = WordScalars.decode(bytes, at: index)
                index += length
                if length == 1 {
                    let byte = UInt8(scalar.value)
                    let lower = WordHash.lowerASCII(byte)
                    if lower &- UInt8(ascii: "a") < 26 || lower &- UInt8(ascii: "0") < 10 {
                        guard body(Unicode.Scalar(lower)) else { return }
                    }
                    continue
                }
                let traits = WordScalars.traits(scalar)
                if traits.contains(.lowersToItself) {
                    if traits.contains(.alphabetic) { guard body(scalar) else { return } }
                    continue
                }
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars
                where lowered.properties.isAlphabetic || ("0"..."9").contains(lowered) {
                    guard body(lowered) else { return }
                }
            }
        }
    }
}
