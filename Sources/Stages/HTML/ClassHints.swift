/// What an element's `class` and `id` say about it: page furniture (navigation, comments,
/// share bars, banners, related links) or article content.
///
/// The values are cut into words at every non-letter and at lower-to-upper case changes
/// (`ArticleBody-articleBody` → article, body, article, body; `share_bar` → share, bar). A
/// word marks content, or strongly marks furniture, when it starts with one of the hint words
/// (`comments` starts with `comment`); the weak furniture words (`nav`, `rail`, `extra`) must
/// match whole, or with a plural `s`, so `navy` and `railway` mark nothing.
/// An element with both kinds of words counts as content unless a furniture word is strong
/// (`comment`, `cookie`, `newsletter`...).
/// Besides English, the words name the same furniture and content in German, French, Spanish,
/// Italian, Dutch, Polish and Portuguese (`kommentar`, `partag`, `relacionad`, `werbung`,
/// `nieuwsbrief`, `artikel`, `contenu`...), spelled as class names are: without accents (a
/// non-ASCII letter cuts a word, so `publicité` is read as `publicit`).
/// Cost: one pass over the attribute bytes plus a few comparisons per word.
struct ClassHints: Sendable, Equatable {
    /// Whether the element is most likely not article text.
    var boilerplate = false
    /// Whether the element looks like the article's container.
    var content = false

    static let none = ClassHints()

    init() {}

    /// Reads the hints from the `class` and `id` values joined by a space.
    init(classAndID value: [UInt8]) {
        self = value.withUnsafeBufferPointer { ClassHints(class: $0, id: nil) }
    }

    /// Reads the hints from the `class` and `id` values, as from the two joined by a space.
    init(class classValue: UnsafeBufferPointer<UInt8>?, id idValue: UnsafeBufferPointer<UInt8>?) {
        var strong = false
        var weak = false
        var positive = false
        let headInitials = Self.headInitials
        Self.table.withReader { table in
            Self.forEachWord(in: classValue, idValue) { word in
                // A strong word settles the answer (furniture, not content): the rest are not looked at.
                guard !strong else { return }
                let kinds = table.kinds(of: word)
                if kinds & HintTable.strong != 0 || Self.containsCompoundHead(word, initials: headInitials) { strong = true }
                if kinds & HintTable.whole != 0 { weak = true }
                if kinds & HintTable.content != 0 { positive = true }
            }
        }
        boilerplate = strong || (weak && !positive)
        content = positive && !strong
    }

    /// Words that mark furniture even beside content words.
    static let strongWords: [[UInt8]] = [
        "comment", "disqus", "cookie", "consent", "gdpr", "newsletter", "subscri", "signup", "social", "share",
        "sharing", "related", "recommend", "promo", "outbrain", "taboola", "sponsor", "advert", "breadcrumb",
        "popup", "modal", "paywall", "popular", "trending", "readmore", "footer", "masthead", "sidebar",
        "byline", "dateline", "timestamp", "caption", "credit", "toolbar", "newsletter", "widget", "banner",
        "navbar", "navigation", "menu", "skip", "login", "print", "pagination", "pager", "keypoints",
        // Comments, share, related, navigation, advertising, newsletter, cookie, page furniture,
        // in de, fr, es, it, nl, pl, pt (English-shaped words such as `commentaire`, `commento`,
        // `advertentie` and `consentement` are matched by the words above).
        "kommentar", "komentar", "coment", "reactie", "teilen", "partag", "compart", "condivid", "udostepn",
        "verwandt", "empfehl", "weiterlesen", "lesetipp", "relacionad", "correlat", "gerelateerd", "powiazan",
        "navega", "navigaz", "navigatie", "nawigac", "brotkrum", "kruimel", "okruszk", "werbung", "anzeige",
        "publicit", "publicid", "pubblicit", "reclame", "reklam", "infolettre", "boletin", "nieuwsbrief",
        "biuletyn", "abonn", "datenschutz", "einwilligung", "toestemming", "fusszeile", "kopfzeile", "seitenleiste",
        "randspalte", "rodape", "stopka", "anmeld", "connexion", "hauptmen", "hauptnav",
    ].map { Array($0.utf8) }

    /// Furniture words that close German and Dutch compounds (`leserkommentare`,
    /// `hauptnavigation`, `seitenwerbung`): matched anywhere in a word, not only at its start.
    static let compoundHeads: [[UInt8]] = [
        "kommentar", "navigation", "navigatie", "werbung", "empfehlung", "newsletter", "nieuwsbrief", "reacties",
    ].map { Array($0.utf8) }

    /// Words that mark furniture unless the element also looks like content.
    static let weakWords: [[UInt8]] = [
        "header", "rail", "meta", "hidden", "utility", "toolbox", "overlay", "alert", "teaser", "combx",
        "community", "shoutbox", "subnav", "topbar", "bottom", "author", "tool", "extra", "supplement", "aside",
        "nav",
        // Authors, headers and footers in de, fr, es, it, nl, pl, pt.
        "autor", "auteur", "autore", "kopf", "pied", "piede", "cabecera", "cabecalho", "intestazione", "delen",
    ].map { Array($0.utf8) }

    /// Short words that count only whole.
    static let shortWords: [[UInt8]] = ["ad", "ads", "side", "tag", "tags", "top", "more", "follow", "icons"].map { Array($0.utf8) }

    /// Words that mark the article's container.
    static let contentWords: [[UInt8]] = [
        "article", "story", "entry", "content", "body", "post", "text", "blog", "prose", "main", "column",
        // de, fr, es, it, nl, pl, pt.
        "artikel", "inhalt", "beitrag", "contenu", "contenid", "contenut", "conteudo", "articulo", "artigo", "articolo",
        "artykul", "tekst",
    ].map { Array($0.utf8) }

    /// The hint words of all lists, packed for comparison by first letter (`HintTable`).
    private static let table = HintTable(strong: strongWords, whole: weakWords + shortWords, content: contentWords)

    /// Calls `body` with each lowercased word (at most 32 bytes of it) of `first` and `second`
    /// joined by a space; the word's buffer holds at least 16 bytes (past its end, any).
    private static func forEachWord(
        in first: UnsafeBufferPointer<UInt8>?, _ second: UnsafeBufferPointer<UInt8>?,
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { word in
            word.initialize(repeating: 0)  // `HintTable` reads a word's first 16 bytes whole
            var count = 0
            var previousLower = false
            func flush() {
                if count > 0 { body(UnsafeBufferPointer(rebasing: word[0..<count])) }
                count = 0
            }
            func read(_ byte: UInt8) {
                let upper = byte >= 0x41 && byte <= 0x5A
                let lower = byte >= 0x61 && byte <= 0x7A
                if upper && previousLower { flush() }
                if upper || lower {
                    if count < 32 {
                        word[count] = byte | 0x20
                        count += 1
                    }
                } else {
                    flush()
                }
                previousLower = lower
            }
            if let first { for byte in first { read(byte) } }
            if let second {
                read(0x20)
                for byte in second { read(byte) }
            }
            flush()
        }
    }

    /// The first letters of the compound heads, as bits (a = bit 0).
    private static let headInitials: UInt32 = compoundHeads.reduce(0) { $0 | (1 << UInt32($1[0] - 0x61)) }

    /// Whether a compound head occurs in `word` after its first letter (`leserkommentare`).
    /// Cost: one pass over the word, comparing only where a head's first letter stands.
    /// `initials` are `headInitials`, read once by the caller.
    private static func containsCompoundHead(_ word: UnsafeBufferPointer<UInt8>, initials: UInt32) -> Bool {
        guard word.count >= 8 else { return false }  // a head (7 bytes or more) after the first letter
        for start in 1..<word.count {
            let first = word[start]
            guard first >= 0x61, first <= 0x7A, initials & (1 << UInt32(first - 0x61)) != 0 else { continue }
            for head in compoundHeads where head[0] == first && start + head.count <= word.count {
                var index = 1
                while index < head.count && head[index] == word[start + index] { index += 1 }
                if index == head.count { return true }
            }
        }
        return false
    }

}
