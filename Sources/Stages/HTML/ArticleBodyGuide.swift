/// A second opinion on a page's main content from the publisher: the blocks of the page whose
/// text is in the JSON-LD `articleBody`.
///
/// The page's own blocks are kept (not the JSON string), so every byte of the result still
/// leads back to the page. A block is kept when at least half of its three-word shingles
/// (lowercased letters and digits, as `StopWords` cuts words) occur in the article body;
/// blocks of fewer than three words (labels, buttons, dates) are left out. Furniture is not
/// looked at: the publisher's statement decides.
///
/// Requires: a parsed `Page` and the article body. Provides: block indices, and how many of
/// the body's shingles the page shows (a body the page does not show, such as a paywalled
/// article's, selects little and is not chosen).
/// Cost: O(words of the body + words of the page), one hash per shingle.
struct ArticleBodyGuide {
    let page: Page
    let articleBody: String

    static let shingleSize = 3
    static let keptShare = 0.5

    /// The kept blocks, in document order, and the share of the body's shingles they cover.
    func articleBlocks() -> (blocks: [Int], coverage: Double) {
        let body = Self.shingles(of: Self.words(articleBody))
        guard !body.isEmpty else { return ([], 0) }
        var kept: [Int] = []
        var covered = Set<Int>()
        for (index, block) in page.blocks.enumerated() where !block.hidden {
            let words = Self.words(page.string(of: block))
            guard words.count >= Self.shingleSize else { continue }
            let shingles = Self.shingles(of: words)
            let found = shingles.filter { body.contains($0) }
            if Double(found.count) >= Self.keptShare * Double(shingles.count) {
                kept.append(index)
                covered.formUnion(found)
            }
        }
        return (kept, Double(covered.count) / Double(Set(body).count))
    }

    static func words(_ text: String) -> [String] {
        var result: [String] = []
        StopWords.forEachWord(in: text) { result.append($0) }
        return result
    }

    /// Hashes of the runs of `shingleSize` words (the whole run when there are fewer).
    static func shingles(of words: [String]) -> [Int] {
        guard !words.isEmpty else { return [] }
        let size = min(shingleSize, words.count)
        return (0...(words.count - size)).map { start in
            var hasher = Hasher()
            for word in words[start..<(start + size)] { hasher.combine(word) }
            return hasher.finalize()
        }
    }
}
