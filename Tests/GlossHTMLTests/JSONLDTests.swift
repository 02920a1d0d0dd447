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

    @Test func readsTheArticleBody() {
        let ld = JSONLD(scripts: [#"{"@type": "NewsArticle", "headline": "H", "articleBody": "  The bridge reopened.  "}"#])
        #expect(ld.articleBody == "The bridge reopened.")
        #expect(JSONLD(scripts: [#"{"@type": "NewsArticle", "headline": "H"}"#]).articleBody == nil)
    }
}
