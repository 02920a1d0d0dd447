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

    /// Reads the hints from the `class` and `id` values.
    init(classAndID value: [UInt8]) {
        var strong = false
        var weak = false
        var positive = false
        Self.forEachWord(in: value) { word in
            if Self.matches(word, Self.strongWords) || Self.contains(word, Self.compoundHeads) { strong = true }
            if Self.matches(word, Self.weakWords, whole: true) || Self.matches(word, Self.shortWords, whole: true) { weak = true }
            if Self.matches(word, Self.contentWords) { positive = true }
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

    /// The first letters of all hint words, as bits (a = bit 0).
    private static let initials: UInt32 = (strongWords + weakWords + shortWords + contentWords).reduce(0) {
        $0 | (1 << UInt32($1[0] - 0x61))
    }

    /// Calls `body` with each lowercased word of `value` (at most 32 bytes of it).
    private static func forEachWord(in value: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { word in
            var count = 0
            var previousLower = false
            func flush() {
                if count > 0 { body(UnsafeBufferPointer(rebasing: word[0..<count])) }
                count = 0
            }
            for byte in value {
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
            flush()
        }
    }

    /// Whether one of `hints` occurs anywhere in `word`.
    private static func contains(_ word: UnsafeBufferPointer<UInt8>, _ hints: [[UInt8]]) -> Bool {
        guard word.count >= 8 else { return false }  // the shortest compound head is 8 bytes
        for hint in hints where hint.count < word.count {
            var start = 1
            while start + hint.count <= word.count {
                if word[start] == hint[0] && hint.indices.allSatisfy({ word[start + $0] == hint[$0] }) { return true }
                start += 1
            }
        }
        return false
    }

    /// Whether `word` starts with (or, `whole`, equals, perhaps with a plural `s`) one of the
    /// hint words.
    private static func matches(_ word: UnsafeBufferPointer<UInt8>, _ hints: [[UInt8]], whole: Bool = false) -> Bool {
        let first = word[0]
        // Most words start with a letter no hint word starts with.
        guard first >= 0x61, first <= 0x7A, initials & (1 << UInt32(first - 0x61)) != 0 else { return false }
        for hint in hints where hint[0] == first && hint.count <= word.count {
            if whole && !(hint.count == word.count || (hint.count + 1 == word.count && word[hint.count] == 0x73)) { continue }
            var index = 1
            while index < hint.count && hint[index] == word[index] { index += 1 }
            if index == hint.count { return true }
        }
        return false
    }
}
