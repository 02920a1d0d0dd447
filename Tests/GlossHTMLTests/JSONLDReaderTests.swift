import Foundation
import GlossCore
import Testing

@testable import GlossHTML

@Suite struct JSONLDReaderTests {
    /// The reader's outcome for `json`.
    func read(_ json: String) -> JSONLDReader.Outcome {
        Array(json.utf8).withUnsafeBufferPointer { JSONLDReader.firstArticle(in: $0) }
    }

    /// What Foundation's `JSONSerialization` finds in `json`.
    func foundation(_ json: String) -> JSONLD.Article? {
        Array(json.utf8).withUnsafeBufferPointer { JSONLD.foundationArticle(in: $0) }
    }

    /// Checks that the reader agrees with Foundation whenever it answers; returns whether it answered.
    @discardableResult
    func agrees(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        switch read(json) {
        case .found(let object):
            #expect(foundation(json) == object, "found: \(json)", sourceLocation: sourceLocation)
            return true
        case .none:
            #expect(foundation(json) == nil, "none: \(json)", sourceLocation: sourceLocation)
            return true
        case .unsure:
            return false
        }
    }

    static let article = #"""
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Site", "url": "https://example.com", "n": [1, -2.5, 0, true, false, null]},
          {"@type": ["Article", "NewsArticle"], "headline": "Graph \"headline\" \u00e9\ud83d\ude00 \/ \\ \n\t",
           "author": [{"@type": "Person", "name": "A. One"}, "B. Two", {"name": "https://example.com/c"}],
           "datePublished": "2025-01-02", "keywords": ["a", "", "b"], "articleSection": [{"@id": "s1"}],
           "publisher": {"name": {"@id": "pub"}}, "mainEntityOfPage": {"@id": "https://example.com/a"}}
        ]}
        """#

    @Test func findsTheArticleFoundationFinds() {
        guard case .found(let object) = read(Self.article) else {
            Issue.record("no article found")
            return
        }
        #expect(object["headline"] == .string("Graph \"headline\" é😀 / \\ \n\t"))
        #expect(object["name"] == nil && object["url"] == nil, "the website's members are not the article's")
        #expect(foundation(Self.article) == object)
        #expect(read(#"[[{"@type": "Thing"}], {"@type": "Report", "headline": "R"}]"#) == .found(["headline": .string("R")]))
    }

    @Test func validJSONWithoutAnArticleIsNone() {
        #expect(read(#"{"@type": "Organization", "name": "Org", "@graph": [{"@type": "WebPage"}]}"#) == .none)
        #expect(read(#""just a string""#) == .none)
        #expect(read("[]") == .none)
        #expect(read(#"{"@type": ["Article", 3]}"#) == .none, "a type list with a non-string names no type, as a cast to [String] fails")
    }

    @Test func malformedScriptsAreLeftToFoundation() {
        for json in [
            "", "{", #"{"@type": "Article",}"#, #"{"@type": "Article"} x"#, "{'@type': 'Article'}", #"{"a": "line"#,
            "{\"headline\": \"raw\nnewline\", \"@type\": \"Article\"}", #"{"@type": "Article", "n": 01}"#,
            #"{"@type": "Article", "n": 1.}"#, #"{"@type": "Article", "n": -}"#, #"{"@type": "Article", "h": "\x"}"#,
            #"{"@type": "Article", "h": "\u12"}"#, "{\"@type\": \"Article\"}\u{0}", "\u{FEFF}{\"@type\": \"Article\"}",
        ] {
            #expect(read(json) == .unsure, "\(json)")
            #expect(JSONLD(scripts: [json]).headline == foundation(json).flatMap { JSONLD(article: $0).headline })
        }
    }

    @Test func escapesFoundationMightReadDifferentlyAreLeftToIt() {
        #expect(read(#"{"@type": "Article", "headline": "\ud800 lone"}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "headline": "\udc00 lone"}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "n": 1e5}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "n": 1234567890123456}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "headline": "\ud83d\ude00", "n": 123456789012345}"#) == .found(["headline": .string("😀")]))
        #expect(read(#"{"@type": "Article", "h\u0065adline": "escaped key"}"#) == .found(["headline": .string("escaped key")]))
        #expect(agrees(#"{"@type": "Article", "h\u0065adline": "escaped key"}"#))
    }

    @Test func aMemberGivenTwiceIsLeftToFoundation() {
        #expect(read(#"{"@type": "Article", "headline": "one", "headline": "two"}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "@type": "Thing"}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "author": {"name": "a", "name": "b"}}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "author": {"@id": "a", "n\u0061me": "b", "@id": "c"}}"#) == .unsure)
        #expect(read(#"{"@type": "Article", "headline": "h", "other": 1, "other": 2}"#) == .found(["headline": .string("h")]))
    }

    @Test func ofAnObjectInsideTheArticleOnlyItsIdAndNameAreRead() {
        // Foundation keeps the last of a key given twice; keys the fields never read may repeat.
        let json = #"""
            {"@type": "NewsArticle", "author": {"@type": "Person", "url": "x", "url": "y", "name": " Ana ", "sameAs": [1, {}]},
             "publisher": {"logo": {"@type": "ImageObject", "url": "u", "url": "v"}, "name": {"@id": "p", "x": 1}}}
            """#
        #expect(read(json) == .found([
            "author": .object(id: nil, name: .string(" Ana ")),
            "publisher": .object(id: nil, name: .object(id: .string("p"), name: nil)),
        ]))
        #expect(agrees(json))
        #expect(JSONLD(scripts: [json]).authors == ["Ana"])
        #expect(JSONLD(scripts: [json]).publisher == nil, "a name that is an object names no one")
    }

    @Test func theArticleHasASlotForEachMemberTheReaderLooksFor() {
        #expect(JSONLD.Member.count == 15, "JSONLDReader keeps the members' offsets in an InlineArray<15, Int>")
        #expect(JSONLD.Member.allCases.map(\.key) == JSONLD.Member.allCases.map { String(describing: $0) })
        #expect(JSONLD.Member.byLength.joined().sorted() == Array(0..<15))
        #expect(JSONLD.Member(key: "mainEntityOfPage") == .mainEntityOfPage && JSONLD.Member(key: "@type") == nil)
    }

    @Test func deepNestingStopsAtTheLimitWithoutRecursingFurther() {
        let deep = { (levels: Int) in String(repeating: "[", count: levels) + String(repeating: "]", count: levels) }
        #expect(read(deep(JSONLDReader.maxDepth)) == .none)
        #expect(read(deep(JSONLDReader.maxDepth + 1)) == .unsure)
        #expect(read(deep(1_000_000)) == .unsure, "a million brackets end at the limit")
        let article = #"{"@type": "Article", "headline": "deep"}"#
        let wrapped = String(repeating: "[", count: 60) + article + String(repeating: "]", count: 60)
        #expect(read(wrapped) == .found(["headline": .string("deep")]))
        #expect(agrees(wrapped))
    }

    @Test func hugeScriptsAreReadWhole() {
        let body = String(repeating: "The bridge reopened \\\"today\\\". ", count: 100_000)
        let filler = Array(repeating: #"{"@type": "Thing", "name": "x"}"#, count: 20_000).joined(separator: ",")
        let json = #"[\#(filler), {"@type": "NewsArticle", "articleBody": "\#(body)"}]"#
        guard case .found(let object) = read(json), case .string(let text)? = object["articleBody"] else {
            Issue.record("no article body")
            return
        }
        #expect(text.utf8.count == 100_000 * 29)
        #expect(text.hasPrefix("The bridge reopened \"today\". "))
        #expect(agrees(json))
    }

    @Test func mutatedScriptsReadAsFoundationReadsThem() {
        // Seeded byte edits of a real-shaped script: whenever the reader answers, Foundation
        // must find the same; most mutants are malformed and must be left to Foundation.
        var random = SplitMix64(seed: 23)
        let source = Array(Self.article.utf8)
        let alphabet = Array(#"{}[]",:\ u0aA9-.e"#.utf8) + [0x0A, 0x01]
        var answered = 0
        for _ in 0..<1500 {
            var bytes = source
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(alphabet.randomElement(using: &random)!, at: at)
                default: bytes[at] = alphabet.randomElement(using: &random)!
                }
            }
            if agrees(String(decoding: bytes, as: UTF8.self)) { answered += 1 }
        }
        #expect(answered > 100, "the reader answers for the mutants that stay valid")
    }

    @Test func jsonLDReadsTheSameThroughEitherPath() {
        for json in [Self.article, #"{"@type": "BlogPosting", "creator": "Kim", "keywords": "x, y", "articleSection": "S"}"#] {
            let bytes = Array(json.utf8)
            let viaFoundation = JSONLD(article: bytes.withUnsafeBufferPointer { JSONLD.foundationArticle(in: $0) } ?? [:])
            let viaReader = JSONLD(scripts: [json])
            #expect(viaReader.headline == viaFoundation.headline && viaReader.authors == viaFoundation.authors)
            #expect(viaReader.keywords == viaFoundation.keywords && viaReader.section == viaFoundation.section)
            #expect(viaReader.publisher == viaFoundation.publisher && viaReader.url == viaFoundation.url)
        }
        #expect(JSONLD(scripts: [Self.article]).publisher == nil, "a name is read from `name` alone, never from `@id`")
        #expect(JSONLD(scripts: [Self.article]).section == "s1")
    }
}
