import Testing

@testable import GlossHTML

/// The per-page cache of class/id hints: the same answers as reading the values afresh.
@Suite struct HintCacheTests {
    func hints(_ cache: inout HintCache, _ classValue: String?, _ idValue: String?) -> ClassHints {
        func withBytes<R>(_ text: String?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
            guard let text else { return body(nil) }
            return Array(text.utf8).withUnsafeBufferPointer { body($0) }
        }
        return withBytes(classValue) { c in withBytes(idValue) { i in cache.hints(class: c, id: i) } }
    }

    @Test func answersAsTheValuesJoinedBySpace() {
        var cache = HintCache()
        let pairs: [(String?, String?)] = [
            ("share-tools", nil), (nil, "main-content"), ("story", "comments"), ("", nil), (nil, ""), ("", ""),
            ("articleBody", nil), ("nav", "x"), ("navy", nil), ("a b c d e f g h i", "related-links-and-more-words"),
        ]
        for _ in 0..<2 {  // the second round comes from the cache
            for (c, i) in pairs {
                let joined = (c ?? "") + (i.map { " " + $0 } ?? "")
                #expect(hints(&cache, c, i) == ClassHints(classAndID: Array(joined.utf8)), "\(String(describing: c)) \(String(describing: i))")
            }
        }
    }

    @Test func splitsTheJoinedValueAtTheSpace() {
        var cache = HintCache()
        // "story" + id "comments" has a strong furniture word; "storycomments" as one class has none.
        #expect(hints(&cache, "story", "comments").boilerplate)
        #expect(!hints(&cache, "storycomments", nil).boilerplate)
        #expect(hints(&cache, "storycomments", nil).content)
    }

    @Test func keepsManyDistinctValues() {
        var cache = HintCache()
        for round in 0..<2 {
            for n in 0..<500 {
                let value = n % 2 == 0 ? "sidebar-\(n)" : "entry-\(n)"
                let expected = n % 2 == 0 ? ClassHints(classAndID: Array("sidebar".utf8)) : ClassHints(classAndID: Array("entry".utf8))
                #expect(hints(&cache, value, nil) == expected, "round \(round), \(value)")
            }
        }
    }
}
