/// A second opinion on a page's main content, block by block, in the style of jusText
/// (Pomikálek 2011): a block is article text when it is long, has few links and reads like
/// running text of the page's language (many stop words); short blocks take the class of the
/// blocks around them.
///
/// Context-free classes, with jusText's published defaults (set for its stop-word lists, which
/// `StopWords` ships): link share above 0.2, or a copyright sign, is `bad`; under 70 characters
/// is `short` (or `bad` with any link); a stop-word share of 0.32 or more is `good` above 200
/// characters, else `nearGood`; 0.30 or more is `nearGood`; anything else `bad`. Blocks inside
/// page furniture (`ContentExtractor.furniture`) are `bad`. Then, in context: a heading
/// followed within 200 characters by a `good` block becomes `nearGood`; a `short` block
/// between two `good` blocks (looking past short and near-good ones) is `good`, between two
/// `bad` ones `bad`, and between one of each `good` only when a near-good block stands next to
/// it on the bad side; a `nearGood` block is `bad` only between two `bad` blocks.
///
/// Requires: a parsed `Page` and the stop words of its language. Provides: block indices.
/// Cost: O(words) hash lookups over the page's visible text, O(blocks) otherwise; runs only
/// when `SecondOpinion` asks for it.
struct ParagraphClassifier {
    enum Class: Equatable { case good, nearGood, short, bad }

    let page: Page
    let stopWords: StopWords

    static let maxLinkDensity = 0.2
    static let lengthLow = 70
    static let lengthHigh = 200
    static let stopWordsLow = 0.30
    static let stopWordsHigh = 0.32
    static let maxHeadingDistance = 200

    /// The indices of the blocks classed `good` at the end, in document order.
    func articleBlocks(excluded: [Bool]) -> [Int] {
        let visible = page.blocks.indices.filter { !page.blocks[$0].hidden }
        let classes = classify(visible, excluded: excluded)
        return zip(visible, classes).compactMap { $1 == .good ? $0 : nil }
    }

    /// The final class of each of `indices` (blocks in document order).
    func classify(_ indices: [Int], excluded: [Bool]) -> [Class] {
        var classes = indices.map { contextFree($0, excluded: excluded) }
        let lengths = indices.map { Self.characters(page.text[Int(page.blocks[$0].textStart)..<Int(page.blocks[$0].textEnd)]) }
        let headings = indices.map { page.blocks[$0].tag.isHeading }
        Self.reviseHeadings(&classes, headings: headings, lengths: lengths)
        Self.resolveShort(&classes)
        Self.resolveNearGood(&classes)
        return classes
    }

    /// Whether UTF-8 `bytes` hold `©` (C2 A9) or `&copy`: never false when Foundation's search
    /// for them would succeed (neither has another canonically equivalent spelling), so the
    /// search runs only on the rare block where this is true.
    static func mayHoldCopyright(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(where: { $0 == 0xC2 || $0 == UInt8(ascii: "&") }) {
            if bytes[found...].starts(with: [0xC2, 0xA9]) || bytes[found...].starts(with: "&copy".utf8) { return true }
            index = found + 1
        }
        return false
    }

    /// The class a block has on its own.
    func contextFree(_ index: Int, excluded: [Bool]) -> Class {
        let block = page.blocks[index]
        if excluded[Int(block.node)] { return .bad }
        let text = page.string(of: block)
        let linkDensity = block.count == 0 ? 0 : Double(block.linkBytes) / Double(block.count)
        if linkDensity > Self.maxLinkDensity
            || (Self.mayHoldCopyright(page.text[Int(block.textStart)..<Int(block.textEnd)])
                && (text.contains("\u{A9}") || text.contains("&copy")))
        {
            return .bad
        }
        let length = Self.characters(page.text[Int(block.textStart)..<Int(block.textEnd)])
        if length < Self.lengthLow { return block.linkBytes > 0 ? .bad : .short }
        let (words, stop) = stopWords.count(in: text)
        let density = words == 0 ? 0 : Double(stop) / Double(words)
        if density >= Self.stopWordsHigh { return length > Self.lengthHigh ? .good : .nearGood }
        return density >= Self.stopWordsLow ? .nearGood : .bad
    }

    /// Characters (not bytes) of UTF-8 text: its bytes that start a character.
    static func characters(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Short or bad headings (not for links) followed within 200 characters by a good block
    /// become near-good.
    static func reviseHeadings(_ classes: inout [Class], headings: [Bool], lengths: [Int]) {
        for index in classes.indices where headings[index] && (classes[index] == .short || classes[index] == .bad) {
            var distance = 0
            var next = index + 1
            while next < classes.count && distance <= maxHeadingDistance {
                if classes[next] == .good {
                    classes[index] = .nearGood
                    break
                }
                distance += lengths[next]
                next += 1
            }
        }
    }

    /// The class of the nearest block before (`step` -1) or after (+1) `index` that is not
    /// short (nor near-good, with `skipNearGood`); `bad` past either end.
    static func neighbour(_ classes: [Class], _ index: Int, step: Int, skipNearGood: Bool) -> Class {
        var position = index + step
        while position >= 0 && position < classes.count {
            let value = classes[position]
            if value != .short && !(skipNearGood && value == .nearGood) { return value }
            position += step
        }
        return .bad
    }

    static func resolveShort(_ classes: inout [Class]) {
        let before = classes
        for index in before.indices where before[index] == .short {
            let previous = neighbour(before, index, step: -1, skipNearGood: true)
            let next = neighbour(before, index, step: 1, skipNearGood: true)
            if previous == .good && next == .good {
                classes[index] = .good
            } else if previous == .bad && next == .bad {
                classes[index] = .bad
            } else if (previous == .bad && neighbour(before, index, step: -1, skipNearGood: false) == .nearGood)
                || (next == .bad && neighbour(before, index, step: 1, skipNearGood: false) == .nearGood)
            {
                classes[index] = .good
            } else {
                classes[index] = .bad
            }
        }
    }

    static func resolveNearGood(_ classes: inout [Class]) {
        let before = classes
        for index in before.indices where before[index] == .nearGood {
            let previous = neighbour(before, index, step: -1, skipNearGood: true)
            let next = neighbour(before, index, step: 1, skipNearGood: true)
            classes[index] = previous == .bad && next == .bad ? .bad : .good
        }
    }
}
