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

    /// Compound heads match anywhere after a word's first letter, also at its very end and
    /// beside a head that fails part-way (`kommentkommentar`), and not past the 32 bytes kept.
    @Test func compoundHeadsInsideWords() {
        for value in ["xwerbung", "leserkommentkommentar", "topnnavigation", "Seiten-Kopf_SeitenWerbungBox", "aeempfehlung"] {
            #expect(hints(value).boilerplate, "\(value)")
        }
        for value in ["xwerbun", "kommentaxnavigatio", "\(String(repeating: "x", count: 30))werbung"] {
            #expect(!hints(value).boilerplate, "\(value)")
        }
    }

    /// A word that sets a flag and later words are read the same as each word alone.
    @Test func laterWordsDoNotUnsetAFlag() {
        #expect(hints("comments article-body") == hints("article-body comments"))
        #expect(hints("nav nav main").boilerplate == false)
        #expect(hints("nav teaser").boilerplate)
    }

    /// The rule as written, word by word on arrays: cut at non-letters and lower-to-upper
    /// changes, keep 32 bytes of a word, then strong words and compound heads, whole weak and
    /// short words, and content words.
    static func reference(_ value: [UInt8]) -> ClassHints {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        var previousLower = false
        for byte in value {
            let upper = (0x41...0x5A).contains(byte)
            let lower = (0x61...0x7A).contains(byte)
            if (upper && previousLower) || !(upper || lower), !word.isEmpty {
                words.append(word)
                word = []
            }
            if (upper || lower) && word.count < 32 { word.append(byte | 0x20) }
            previousLower = lower
        }
        if !word.isEmpty { words.append(word) }
        func starts(_ word: [UInt8], _ hint: [UInt8]) -> Bool { word.starts(with: hint) }
        func whole(_ word: [UInt8], _ hint: [UInt8]) -> Bool { word == hint || word == hint + [0x73] }
        func hasHead(_ word: [UInt8]) -> Bool {
            word.count > 1 && ClassHints.compoundHeads.contains { head in
                (1..<word.count).contains { word[$0...].starts(with: head) }
            }
        }
        let strong = words.contains { w in ClassHints.strongWords.contains { starts(w, $0) } || hasHead(w) }
        let weak = words.contains { w in (ClassHints.weakWords + ClassHints.shortWords).contains { whole(w, $0) } }
        let positive = words.contains { w in ClassHints.contentWords.contains { starts(w, $0) } }
        var hints = ClassHints()
        hints.boilerplate = strong || (weak && !positive)
        hints.content = positive && !strong
        return hints
    }

    /// Values made of hint words, their prefixes and extensions, plural and case changes,
    /// digits, separators, non-ASCII bytes and words past 32 bytes.
    static func seededValues(count: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let hints = ClassHints.strongWords + ClassHints.weakWords + ClassHints.shortWords + ClassHints.contentWords
            + ClassHints.compoundHeads
        let separators: [[UInt8]] = [[0x20], [0x2D], [0x5F], [0x31], [0xC3, 0xA9], []]
        var values: [[UInt8]] = []
        for _ in 0..<count {
            var value: [UInt8] = []
            for _ in 0..<(1 + next(5)) {
                var word = hints[next(hints.count)]
                switch next(8) {
                case 0: word = Array(word.prefix(max(1, word.count - 1 - next(3))))
                case 1: word.append(0x73)
                case 2: word += Array("x".utf8) + hints[next(hints.count)]
                case 3: word = Array(Array("ab".utf8).prefix(next(3))) + word
                case 4: word[0] &= ~0x20  // capitalised: a case change before it
                case 5: word = Array(repeating: 0x71, count: 20 + next(16)) + word
                default: break
                }
                value += word + separators[next(separators.count)]
            }
            values.append(value)
        }
        return values
    }

    /// The packed table answers as the rule written word by word, on 20,000 seeded values.
    @Test func answersAsTheRuleWrittenOut() {
        for value in Self.seededValues(count: 20_000, seed: 7) {
            #expect(ClassHints(classAndID: value) == Self.reference(value), "\(String(decoding: value, as: UTF8.self))")
        }
    }
}

