/// A parsed HTML page, as main-content extraction sees it: the elements that matter, the blocks
/// of visible text in document order, and what the head and markup say about the page.
///
/// Blocks hold no separators: each is a range of `text`, a buffer of whitespace-collapsed UTF-8,
/// with `segments` leading every byte back to the bytes that were parsed.
struct Page: Sendable {
    /// An element that opens a block or carries hints; text-level elements are not kept.
    struct Node: Sendable {
        var tag: HTMLTag
        /// Index of the parent node, or -1 for the root.
        var parent: Int32
        var hints: ClassHints
        /// Whether the markup says this is the article's body (`itemprop=articleBody`, `role=main`, `<article>`, `<main>`).
        var marker: Bool
        /// Whether the element is a byline (`rel=author`, `itemprop=author`, class "byline" or "author").
        var byline: Bool
    }

    /// A run of text between two block boundaries.
    struct Block: Sendable {
        /// The innermost kept element around the text.
        var node: Int32
        /// The innermost block-level element around the text (`p`, `li`, `h2`, `td`, `div`...).
        var tag: HTMLTag
        var textStart: Int32
        var textEnd: Int32
        /// Bytes of the text inside links.
        var linkBytes: Int32
        var segmentStart: Int32
        var segmentEnd: Int32
        /// Whether the text lies inside a hidden element.
        var hidden: Bool

        var count: Int { Int(textEnd - textStart) }
    }

    /// A run of `text` and the parsed bytes it came from.
    struct Segment: Sendable {
        /// Offset in `text`.
        var target: Int32
        /// Offset in the parsed bytes.
        var source: Int32
        var sourceCount: Int32
        /// Whether the run is a byte-for-byte copy of its source.
        var copy: Bool
    }

    var nodes: [Node] = []
    var blocks: [Block] = []
    var text: [UInt8] = []
    var segments: [Segment] = []

    // What the head and the markup say.
    var title: String?
    var htmlLanguage: String?
    /// `<meta>` values by lowercased `name`, `property`, `itemprop` or `http-equiv`, first one kept.
    var meta: [String: String] = [:]
    /// `<link rel>` targets by lowercased rel, first one kept.
    var links: [String: String] = [:]
    /// The contents of `<script type="application/ld+json">` elements.
    var jsonLD: [String] = []
    /// `datetime` values of `<time>` elements, in document order (the first few).
    var times: [String] = []
    /// Markup errors libxml2 recovered from (outside the script, style and comment bodies the
    /// parser was spared: see `HTMLParser.parse`).
    var errorCount = 0

    /// The text of a block.
    func string(of block: Block) -> String {
        String(decoding: text[Int(block.textStart)..<Int(block.textEnd)], as: UTF8.self)
    }

    /// The node and its ancestors, innermost first.
    func ancestors(of node: Int32) -> some Sequence<Int32> {
        sequence(first: node) { [nodes] index in
            let parent = nodes[Int(index)].parent
            return parent >= 0 ? parent : nil
        }
    }
}
