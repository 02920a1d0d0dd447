/// Chooses a page's title the way Mozilla Readability does, so that titles agree with the
/// reference most people compare against.
///
/// Stated titles come first: JSON-LD (`name`, or `headline` when only it resembles the page's
/// `<title>`), then `dc:title`, `dcterm:title`, `og:title`, Weibo's, `title` and `twitter:title`
/// meta tags. Without one, the `<title>` is cut at its last separator (` | `, ` - `, ` » `...)
/// when what is left has at least three words, or at `: ` unless a heading repeats it, or
/// replaced by the page's only `h1` when it is very short or very long; a cut that leaves four
/// words or fewer is undone.
/// Cost: a few string scans of the title.
enum TitleChooser {
    static func choose(jsonLD: JSONLD, meta: [String: String], htmlTitle: String?, h1: [String], h2: [String]) -> String? {
        // The cut of <title> is needed only to choose between two JSON-LD titles or when no
        // title is stated, and it costs more than everything else here.
        if let name = jsonLD.name, let headline = jsonLD.headline, name != headline, let htmlTitle {
            let fromTitle = articleTitle(htmlTitle, h1: h1, h2: h2)
            let nameMatches = similarity(name, fromTitle) > 0.75
            let headlineMatches = similarity(headline, fromTitle) > 0.75
            return headlineMatches && !nameMatches ? headline : name
        }
        for value in [
            jsonLD.name, jsonLD.headline, meta["dc:title"], meta["dcterm:title"], meta["og:title"], meta["weibo:article:title"],
            meta["weibo:webpage:title"], meta["title"], meta["twitter:title"], meta["parsely-title"],
        ] {
            if let value = value.map(MetadataExtractor.clean), !value.isEmpty { return value }
        }
        if let fromTitle = htmlTitle.map({ articleTitle($0, h1: h1, h2: h2) }), !fromTitle.isEmpty { return fromTitle }
        return h1.first.map(MetadataExtractor.clean)
    }

    static let separators: Set<Character> = ["|", "-", "\\", "/", ">", "»", "–", "—"]
    static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

    /// Readability's `_getArticleTitle` on the `<title>` text.
    static func articleTitle(_ original: String, h1: [String], h2: [String]) -> String {
        let title = MetadataExtractor.clean(original)
        var current = title
        var hadHierarchical = false
        let chars = Array(title)
        // Separators count only with a space on both sides.
        let positions = chars.indices.filter { index in
            separators.contains(chars[index]) && index > 0 && index + 1 < chars.count && chars[index - 1] == " "
                && chars[index + 1] == " "
        }
        if let last = positions.last, let first = positions.first {
            hadHierarchical = positions.contains { hierarchical.contains(chars[$0]) }
            current = String(chars[..<last]).trimmingCharacters(in: .whitespaces)
            if wordCount(current) < 3 { current = String(chars[(first + 1)...]).trimmingCharacters(in: .whitespaces) }
        } else if title.contains(": ") {
            let headings = (h1 + h2).map(MetadataExtractor.clean)
            if !headings.contains(title) {
                let afterLast = title[title.range(of: ":", options: .backwards)!.upperBound...].trimmingCharacters(in: .whitespaces)
                current = afterLast
                if wordCount(current) < 3 {
                    current = title[title.range(of: ":")!.upperBound...].trimmingCharacters(in: .whitespaces)
                } else if wordCount(String(title[..<title.range(of: ":")!.lowerBound])) > 5 {
                    current = title
                }
            }
        } else if title.count > 150 || title.count < 15, h1.count == 1 {
            current = MetadataExtractor.clean(h1[0])
        }
        let words = wordCount(current)
        let withoutSeparators = title.filter { !separators.contains($0) }
        if words <= 4 && (!hadHierarchical || words != wordCount(withoutSeparators) - 1) {
            current = title
        }
        return current
    }

    static func wordCount(_ text: String) -> Int { text.split(whereSeparator: { $0.isWhitespace }).count }

    /// Readability's `_textSimilarity`: 1 minus the share of `b`'s text made of words not in `a`.
    static func similarity(_ a: String, _ b: String) -> Double {
        func words(_ text: String) -> [String] {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
        }
        let first = Set(words(a))
        let second = words(b)
        guard !first.isEmpty, !second.isEmpty else { return 0 }
        let unique = second.filter { !first.contains($0) }
        let distance = Double(unique.joined(separator: " ").count) / Double(second.joined(separator: " ").count)
        return 1 - distance
    }
}
