/// A second opinion on a page's main content that does not depend on paragraph markup: the
/// smallest container that holds most of the page's prose, with every block in it that is
/// not furniture or a link list.
///
/// Prose is any visible block outside furniture of at least 80 bytes with under a quarter of
/// its text in links (Readability's test for a paragraph that reads like prose), whatever
/// element holds it: a `p`, text straight in a `div`, a run between `br`s, a list item, a
/// table cell. The container is the deepest element holding at least two thirds of the prose
/// bytes; when only `body` (or `html`) does, the prose is spread over the page (several
/// stories, a gallery, teasers) and the pass has no container. It keeps its blocks of any length, except those
/// over 60% links, as the main pass does. So lists, subheadings and paragraphs that the main
/// pass's winning container missed come back, and a page of `div`s and `br`s gets its text.
///
/// Requires: a parsed `Page` and its furniture. Provides: block indices.
/// Cost: O(blocks + nodes), two arrays the size of the node list.
struct RelaxedPass {
    let page: Page

    static let proseBytes = 80
    static let proseLinkDensity = 0.25
    /// The share of the page's prose the container must hold.
    static let majority = 2.0 / 3.0

    /// Whether a block reads like prose.
    static func isProse(_ block: Page.Block, excluded: [Bool]) -> Bool {
        !block.hidden && block.node >= 0 && !excluded[Int(block.node)] && block.count >= proseBytes
            && Double(block.linkBytes) < proseLinkDensity * Double(block.count)
    }

    /// Bytes of prose in the page.
    static func proseBytes(in page: Page, excluded: [Bool]) -> Int {
        page.blocks.reduce(0) { $0 + (isProse($1, excluded: excluded) ? $1.count : 0) }
    }

    /// The container of most of the prose, or nil when the page has none.
    func container(excluded: [Bool]) -> Int? {
        let count = page.nodes.count
        guard count > 0 else { return nil }
        var prose = [Int](repeating: 0, count: count)
        for block in page.blocks where Self.isProse(block, excluded: excluded) { prose[Int(block.node)] += block.count }
        for node in page.nodes.indices.reversed() {
            let parent = Int(page.nodes[node].parent)
            if parent >= 0 { prose[parent] += prose[node] }
        }
        let total = page.nodes.indices.reduce(0) { $0 + (page.nodes[$1].parent < 0 ? prose[$1] : 0) }
        guard total > 0 else { return nil }
        // Depth of each node (parents come first), and the deepest node over the majority.
        var depth = [Int](repeating: 0, count: count)
        var best: Int?
        for node in page.nodes.indices {
            let parent = Int(page.nodes[node].parent)
            depth[node] = parent >= 0 ? depth[parent] + 1 : 0
            guard page.nodes[node].tag != .html, page.nodes[node].tag != .body, Double(prose[node]) >= Self.majority * Double(total) else { continue }
            if best == nil || depth[node] > depth[best!] { best = node }
        }
        return best
    }

    /// The blocks of the container, in document order.
    func articleBlocks(excluded: [Bool]) -> [Int] {
        guard let container = container(excluded: excluded) else { return [] }
        var inside = [Bool](repeating: false, count: page.nodes.count)
        inside[container] = true
        for node in (container + 1)..<page.nodes.count {
            let parent = Int(page.nodes[node].parent)
            if parent >= 0 && inside[parent] { inside[node] = true }
        }
        return page.blocks.indices.filter { index in
            let block = page.blocks[index]
            guard !block.hidden, inside[Int(block.node)], !excluded[Int(block.node)] else { return false }
            return !(block.linkBytes > 0 && Double(block.linkBytes) > 0.6 * Double(block.count))
        }
    }
}
