import Testing

@testable import GlossHTML

@Suite struct ClassHintsTests {
    func hints(_ value: String) -> ClassHints { ClassHints(classAndID: Array(value.utf8)) }

    @Test func furnitureWords() {
        for value in ["share-bar", "shareBar", "cookie-consent", "comments", "site-footer", "related_stories", "newsletter-signup",
            "main-nav navbar", "ad", "ads top", "tag-cloud", "sidebar"]
        {
            #expect(hints(value).boilerplate, "\(value)")
            #expect(!hints(value).content, "\(value)")
        }
    }

    @Test func contentWords() {
        for value in ["article-body", "ArticleBody-articleBody", "story", "entry-content", "post_text", "main-column"] {
            #expect(hints(value).content, "\(value)")
            #expect(!hints(value).boilerplate, "\(value)")
        }
    }

    @Test func strongFurnitureBeatsContentAndWeakFurnitureDoesNot() {
        #expect(hints("article-comments").boilerplate)
        #expect(!hints("article-comments").content)
        #expect(hints("entry-header").content)
        #expect(!hints("entry-header").boilerplate)
        #expect(hints("header").boilerplate)
    }

    @Test func shortWordsMatchOnlyWhole() {
        for value in ["download", "shadow", "adventure", "topic", "sidekick", "tagline", "moreover"] {
            #expect(!hints(value).boilerplate, "\(value)")
        }
    }

    @Test func noWordsNoHints() {
        #expect(hints("") == .none)
        #expect(hints("x1 y2 -- __") == .none)
    }

    @Test
    func weakWordsDoNotMatchInsideOtherWords() {
        for value in ["navy-theme", "extraordinary", "toolkit-guide", "railway"] {
            #expect(!hints(value).boilerplate, "\(value)")
        }
    }
}
