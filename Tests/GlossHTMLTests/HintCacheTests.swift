import Testing

@testable import GlossHTML

/// The cache of class/id hints kept across pages: the same answers as reading the values
/// afresh, within its bounds.
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

    @Test func keepsWhetherTheClassNamesABylineWithTheHints() {
        // Asked twice (the second answer from the cache), and after the cache empties.
        var cache = HintCache(maxEntries: 3)
        let pairs: [(String?, String?)] = [
            ("post-author", nil), ("post-author", "x"), ("comment-author", nil), (nil, "byline"), ("Byline", "comments"),
            ("", nil), ("lead", nil), ("AUTHOR", ""),
        ]
        for _ in 0..<2 {
            for (c, i) in pairs {
                let expected = c.map { Array($0.utf8).withUnsafeBufferPointer { Attributes.namesByline($0) } } ?? false
                let kept = Array((c ?? "").utf8).withUnsafeBufferPointer { cb in
                    Array((i ?? "").utf8).withUnsafeBufferPointer { ib in cache.lookup(class: c == nil ? nil : cb, id: i == nil ? nil : ib) }
                }
                #expect(kept.byline == expected, "\(String(describing: c)) \(String(describing: i))")
                #expect(kept.hints == hints(&cache, c, i))
            }
        }
        #expect(cache.count <= 3)
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

    /// However small its bounds, the cache answers as the values read afresh and never keeps
    /// more than its bounds allow.
    @Test func staysWithinItsBoundsAndAnswersTheSame() {
        let values = ClassHintsTests.seededValues(count: 3_000, seed: 11).map { String(decoding: $0, as: UTF8.self) }
        for (maxEntries, maxKeyBytes) in [(1, 1 << 10), (7, 64), (100, 1 << 12), (4096, 1 << 18)] {
            var cache = HintCache(maxEntries: maxEntries, maxKeyBytes: maxKeyBytes)
            for round in 0..<2 {
                for (index, value) in values.enumerated() {
                    let id = index % 3 == 0 ? values[(index * 7) % values.count] : nil
                    let joined = value + (id.map { " " + $0 } ?? "")
                    #expect(hints(&cache, value, id) == ClassHints(classAndID: Array(joined.utf8)), "round \(round): \(joined)")
                    #expect(cache.count <= maxEntries && cache.keyBytes <= maxKeyBytes)
                }
            }
        }
    }

    /// A value longer than the key bound is answered and not kept.
    @Test func keepsNoValueOverItsKeyBound() {
        var cache = HintCache(maxEntries: 10, maxKeyBytes: 8)
        #expect(hints(&cache, "comments-section", nil).boilerplate)
        #expect(cache.count == 0 && cache.keyBytes == 0)
        #expect(hints(&cache, "story", nil).content)
        #expect(cache.count == 1 && cache.keyBytes == 5)
    }

    /// The pool lends a cache that keeps what earlier pages taught it, and keeps every cache
    /// given back.
    @Test func poolLendsKeptCaches() {
        let pool = HintCache.Pool()
        pool.withCache { cache in _ = hints(&cache, "story", nil) }
        #expect(pool.keptNow == 1)
        pool.withCache { cache in #expect(cache.count == 1) }
        func nest(_ depth: Int) {
            guard depth > 0 else { return }
            pool.withCache { _ in nest(depth - 1) }
        }
        nest(11)
        #expect(pool.keptNow == 11 && pool.madeCount == 11)
    }

    /// Pages parsed with one cache read as pages parsed each with a fresh one.
    @Test func pagesReadTheSameWithAKeptCache() {
        let pages = [HTMLTest.newsPage, "<div class=story><p>One.</p></div><div id=comments><p>Two.</p></div>", HTMLTest.newsPage]
        var cache = HintCache(maxEntries: 3, maxKeyBytes: 40)
        for html in pages {
            let kept = Array(html.utf8).withUnsafeBufferPointer { HTMLParser.parse($0, hints: &cache) }
            let fresh = HTMLTest.page(html)
            #expect(kept.nodes.map(\.hints) == fresh.nodes.map(\.hints))
            #expect(HTMLTest.blockTexts(kept) == HTMLTest.blockTexts(fresh))
        }
    }
}

