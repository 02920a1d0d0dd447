import Foundation
import Testing

@testable import GlossHTML

@Suite struct JSONLDTests {
    @Test func readsAnArticle() {
        let ld = JSONLD(scripts: [
            """
            {"@type": "NewsArticle", "headline": " Storm closes port ", "author": {"@type": "Person", "name": "Jane Roe"},
             "datePublished": "2025-01-02", "dateModified": "2025-01-03", "inLanguage": "de",
             "publisher": {"@type": "Organization", "name": "Küstenblatt"}, "articleSection": ["Wetter", "Region"],
             "keywords": "sturm, hafen", "description": "Kurz.", "url": "https://example.de/a"}
            """
        ])
        #expect(ld.headline == "Storm closes port")
        #expect(ld.authors == ["Jane Roe"])
        #expect(ld.published == "2025-01-02")
        #expect(ld.modified == "2025-01-03")
        #expect(ld.language == "de")
        #expect(ld.publisher == "Küstenblatt")
        #expect(ld.section == "Wetter")
        #expect(ld.keywords == ["sturm", "hafen"])
        #expect(ld.description == "Kurz.")
        #expect(ld.url == "https://example.de/a")
    }

    @Test func findsTheArticleInAGraph() {
        let ld = JSONLD(scripts: [
            """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Site name", "url": "https://example.com"},
              {"@type": "Organization", "name": "Org"},
              {"@type": ["Article", "NewsArticle"], "headline": "Graph headline",
               "author": [{"@type": "Person", "name": "A. One"}, "B. Two", {"name": "https://example.com/c"}]}
            ]}
            """
        ])
        #expect(ld.headline == "Graph headline")
        #expect(ld.authors == ["A. One", "B. Two"])
    }

    @Test func findsTheArticleInATopLevelArrayAndAcrossScripts() {
        let ld = JSONLD(scripts: [
            "{\"@type\": \"BreadcrumbList\", \"name\": \"Crumbs\"}",
            "not json at all {",
            "[{\"@type\": \"Organization\", \"name\": \"Org\"}, {\"@type\": \"BlogPosting\", \"headline\": \"Post\", \"creator\": \"Kim\"}]",
        ])
        #expect(ld.headline == "Post")
        #expect(ld.authors == ["Kim"])
    }

    @Test func keywordListsAndEmptyValues() {
        let ld = JSONLD(scripts: ["{\"@type\": \"Article\", \"headline\": \"  \", \"keywords\": [\"a\", \"\", \"b\"]}"])
        #expect(ld.headline == nil)
        #expect(ld.keywords == ["a", "b"])
    }

    @Test func nothingUsableGivesNothing() {
        let ld = JSONLD(scripts: ["{\"@type\": \"Organization\", \"name\": \"Org\"}", ""])
        #expect(ld.headline == nil && ld.authors.isEmpty && ld.published == nil)
    }

    @Test func trimsWhitespaceOfAnyKindAndLeavesCleanValuesAlone() {
        #expect(JSONLD.trimmed("Ana Torres") == "Ana Torres")
        #expect(JSONLD.trimmed("  Ana Torres\n") == "Ana Torres")
        #expect(JSONLD.trimmed("\u{00A0}Ana\u{2003}") == "Ana")
        #expect(JSONLD.trimmed("Gómez") == "Gómez")
        #expect(JSONLD.trimmed(" ") == "")
        #expect(JSONLD.trimmed("") == "")
    }

    @Test func trimmingLooksAtTheEndsAsFoundationTrims() {
        let texts = [
            "  a b  ", "\u{3000}Tokio\u{3000}", "\u{00A0}", "", " \t\n\r ", "x\u{301} ", " \u{301}x", "😀 ", "\u{2028}a\u{2029}",
            "\u{0085}b\u{200B}", " , ", "Ünïcödé\u{2003}",
        ]
        for text in texts {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                #expect(JSONLD.trimmed(text[...], in: set) == text.trimmingCharacters(in: set), "\(Array(text.unicodeScalars))")
            }
        }
        #expect(JSONLD.commaSeparated(" a, ,b ,\u{00A0}c\u{00A0},") == ["a", "b", "c"])
    }

    /// Cutting at comma bytes gives what cutting at comma characters gives, and a comma joined
    /// to a mark (a character of its own only by bytes) is left to `split`.
    @Test func commaItemsAreTheCommaCharactersCuts() {
        let lists = [
            "", ",", ",,a,", "a, b ,c", "سياسة, اقتصاد,رياضة", "日本,東京 , 大阪", "e\u{301},x", "a,\u{301}b", "\u{600},a",
            "x,\u{200D}y", "😀,🇫🇷,👨‍👩‍👧", "\r\n,\n", "Ünïcödé,\u{3000}z",
        ]
        for list in lists {
            let expected = list.split(separator: ",").map { JSONLD.trimmed($0, in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(JSONLD.commaSeparated(list) == expected, "\(list.debugDescription)")
            if let items = JSONLD.commaItems(list) {
                #expect(items.filter { !$0.isEmpty } == list.split(separator: ","), "\(list.debugDescription)")
            }
        }
        #expect(JSONLD.commaItems("a,\u{301}b") == nil)
        #expect(JSONLD.commaItems("\u{600},a") == nil)
        #expect(JSONLD.commaItems("سياسة, اقتصاد,رياضة") == ["سياسة", " اقتصاد", "رياضة"])
    }

    @Test func readsTheArticleBody() {
        let ld = JSONLD(scripts: [#"{"@type": "NewsArticle", "headline": "H", "articleBody": "  The bridge reopened.  "}"#])
        #expect(ld.articleBody == "The bridge reopened.")
        #expect(JSONLD(scripts: [#"{"@type": "NewsArticle", "headline": "H"}"#]).articleBody == nil)
    }
}
