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

    /// Furniture as German, French, Spanish, Italian, Dutch, Polish and Portuguese sites name it.
    @Test func furnitureWordsInOtherLanguages() {
        let values = [
            "kommentare", "leserkommentar", "commentaires", "comentarios", "commenti", "reacties", "komentarze",  // comments
            "artikel-teilen", "partager", "compartir", "condividi", "udostepnij", "compartilhar",  // share
            "verwandte-artikel", "relacionados", "articoli-correlati", "gerelateerd", "powiazane",  // related
            "hauptmenue", "seitennavigation", "navegacion", "navigazione", "navigatie", "nawigacja", "brotkrumen",  // navigation
            "werbung", "seitenwerbung", "anzeige", "publicite", "publicidad", "pubblicita", "reclame", "reklama",  // advertising
            "nieuwsbrief", "infolettre", "boletin", "biuletyn",  // newsletter
            "datenschutz-hinweis", "einwilligung", "toestemming",  // cookies and consent
            "fusszeile", "seitenleiste", "rodape", "stopka",  // page furniture
        ]
        for value in values {
            #expect(hints(value).boilerplate, "\(value)")
            #expect(!hints(value).content, "\(value)")
        }
    }

    @Test func contentWordsInOtherLanguages() {
        for value in ["artikel-text", "inhalt", "beitrag", "contenu", "contenido", "contenuto", "conteudo", "articulo", "artykul"] {
            #expect(hints(value).content, "\(value)")
            #expect(!hints(value).boilerplate, "\(value)")
        }
        // A comment section inside the article is still furniture, in any language.
        #expect(hints("artikel-kommentare").boilerplate)
        #expect(!hints("artikel-kommentare").content)
    }

    @Test func otherLanguagesWordsDoNotMatchInsideOtherWords() {
        for value in ["autorennen", "delenda", "piedmont", "kopfball"] {
            #expect(!hints(value).boilerplate, "\(value)")
        }
    }
}
