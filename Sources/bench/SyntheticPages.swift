/// Generates HTML news pages, deterministically from a seed, shaped like the pages a crawler
/// brings back: a head with title, meta, Open Graph and JSON-LD; a cookie banner, navigation and
/// ads before the article (and the inline CSS, app state and mega menu that make real pages
/// heavier than their text); an article body of `SyntheticNews` sentences (names, quantities,
/// quotes, opinions) in `<p>` and `<h2>`, with an ad in the middle; then related links, reader
/// comments and a footer. So HTML ingest has boilerplate to strip and every later stage has an
/// article to work on.
struct SyntheticPages {
    private var news: SyntheticNews
    private var page = 0

    init(seed: UInt64) { news = SyntheticNews(seed: seed) }

    private static let site = "The Daily Ledger"
    private static let sections = ["World", "Business", "Politics", "Science", "Health", "Sport", "Opinion", "Culture"]
    private static let commenters = ["jdoe42", "Margaret_T", "news_reader", "Kwame A.", "skeptic1987", "Lena M."]
    private static let comments = [
        "Great reporting, thank you.", "This is absolutely terrible news.", "Who pays for all of this?",
        "Finally some good news!", "The article leaves out half the story.", "I don't buy it.",
    ]

    /// The next page, as UTF-8 bytes.
    mutating func next() -> [UInt8] {
        page += 1
        let headline = news.headline()
        let author = news.pick(SyntheticNews.people)
        let date = "2026-\(two(news.number(1...12)))-\(two(news.number(1...28)))"
        let slug = "\(page)-" + headline.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(6).joined(separator: "-")
        let url = "https://ledger.example.com/news/\(slug)"
        var paragraphs: [String] = []
        for _ in 0..<news.number(4...10) {
            var sentences: [String] = []
            for _ in 0..<news.number(2...5) { sentences.append(news.sentence()) }
            paragraphs.append(sentences.joined(separator: " "))
        }
        let section = news.pick(Self.sections)

        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(escape(headline)) | \(Self.site)</title>\n"
        html += "<meta name=\"description\" content=\"\(escape(paragraphs[0].prefix(150)))\">\n"
        html += "<meta property=\"og:type\" content=\"article\">\n"
        html += "<meta property=\"og:title\" content=\"\(escape(headline))\">\n"
        html += "<meta property=\"og:url\" content=\"\(url)\">\n"
        html += "<meta property=\"og:image\" content=\"https://cdn.example.com/img/\(page).jpg\">\n"
        html += "<meta property=\"article:published_time\" content=\"\(date)T08:00:00Z\">\n"
        html += "<link rel=\"canonical\" href=\"\(url)\">\n<link rel=\"stylesheet\" href=\"/static/site.css\">\n"
        html += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        html += "\"headline\":\"\(escape(headline))\",\"datePublished\":\"\(date)\",\"articleSection\":\"\(section)\","
        html += "\"author\":{\"@type\":\"Person\",\"name\":\"\(escape(author))\"},"
        html += "\"publisher\":{\"@type\":\"Organization\",\"name\":\"\(Self.site)\"}}</script>\n"
        html += "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:\"\(slug)\",section:\"\(section)\"});</script>\n"
        html += style()
        html += preloadedState(slug: slug, section: section)
        html += "</head>\n<body class=\"article-page\">\n"
        html += "<div id=\"cookie-banner\" class=\"cookie-consent\" role=\"dialog\"><p>We use cookies and similar "
        html += "technologies to personalise content and ads and to analyse our traffic. "
        html += "<a href=\"/privacy\">Privacy policy</a></p><button class=\"accept\">Accept all</button>"
        html += "<button class=\"manage\">Manage preferences</button></div>\n"
        html += "<header class=\"site-header\"><a class=\"logo\" href=\"/\">\(Self.site)</a>\n<nav class=\"main-nav\"><ul>"
        for name in Self.sections {
            // A mega menu: each section with its subsections, as news sites have.
            html += "<li class=\"menu\"><a href=\"/\(name.lowercased())\">\(name)</a><ul class=\"submenu\">"
            for topic in SyntheticNews.topics.prefix(news.number(3...8)) {
                html += "<li><a href=\"/\(name.lowercased())/\(topic.lowercased().replacingSpaces)\">\(topic)</a></li>"
            }
            html += "</ul></li>"
        }
        html += "</ul></nav>\n<form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\" "
        html += "placeholder=\"Search\"><button>Search</button></form></header>\n"
        html += ad("leaderboard")
        html += "<main>\n<article>\n<nav class=\"breadcrumbs\"><a href=\"/\">Home</a> › "
        html += "<a href=\"/\(section.lowercased())\">\(section)</a></nav>\n"
        html += "<h1>\(escape(headline))</h1>\n<div class=\"byline\">By <a rel=\"author\" href=\"/authors/\(page % 97)\">"
        html += "\(escape(author))</a> · <time datetime=\"\(date)\">\(date)</time></div>\n"
        html += "<figure><img src=\"https://cdn.example.com/img/\(page).jpg\" alt=\"\"><figcaption>"
        html += "\(escape(news.sentence()))</figcaption></figure>\n<div class=\"article-body\">\n"
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 && index % 3 == 0 { html += "<h2>\(escape(news.headline()))</h2>\n" }
            if index == paragraphs.count / 2 { html += ad("in-article") }
            html += "<p>\(escape(paragraph))</p>\n"
        }
        html += "</div>\n<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>\n"
        html += "</article>\n<aside class=\"related\"><h3>Related stories</h3><ul>\n"
        for _ in 0..<news.number(3...6) {
            html += "<li><a href=\"/news/\(news.number(1000...99999))\">\(escape(news.headline()))</a></li>\n"
        }
        html += "</ul></aside>\n"
        html += ad("sidebar")
        let count = news.number(0...6)
        html += "<section class=\"comments\"><h3>\(count) comments</h3>\n"
        for _ in 0..<count {
            html += "<div class=\"comment\"><span class=\"author\">\(escape(news.pick(Self.commenters)))</span>"
            html += "<p>\(escape(news.pick(Self.comments)))</p><a class=\"reply\" href=\"#\">Reply</a></div>\n"
        }
        html += "</section>\n</main>\n<footer class=\"site-footer\"><ul>"
        for link in ["About us", "Contact", "Advertise", "Terms of use", "Privacy", "Cookie settings"] {
            html += "<li><a href=\"/\(link.lowercased().replacingSpaces)\">\(link)</a></li>"
        }
        html += "</ul><p>© 2026 \(Self.site). All rights reserved.</p></footer>\n"
        html += "<script src=\"/static/app.js\" async></script>\n</body>\n</html>\n"
        return Array(html.utf8)
    }

    /// An inline style sheet of generated rules: real pages inline kilobytes of critical CSS.
    private mutating func style() -> String {
        var css = "<style>"
        let properties = ["margin:0 auto", "padding:4px 8px", "color:#333", "font-size:14px", "display:flex", "line-height:1.5"]
        for rule in 0..<news.number(80...240) {
            css += ".c\(rule)-\(news.number(100...999)){\(news.pick(properties));\(news.pick(properties))}"
            if rule % 8 == 0 { css += "\n@media (max-width:\(news.number(320...1200))px){.c\(rule){display:none}}\n" }
        }
        return css + "</style>\n"
    }

    /// The state a client-side app starts from, inlined as a script, as many news sites do:
    /// recommended stories with their ids, headlines and links.
    private mutating func preloadedState(slug: String, section: String) -> String {
        var script = "<script>window.__PRELOADED_STATE__={\"page\":{\"slug\":\"\(slug)\",\"section\":\"\(section)\"},\"recommended\":["
        for item in 0..<news.number(10...40) {
            if item > 0 { script += "," }
            script += "{\"id\":\(news.number(100_000...999_999)),\"headline\":\"\(escape(news.headline()))\","
            script += "\"url\":\"/news/\(news.number(1000...99999))\",\"image\":\"https://cdn.example.com/img/\(news.number(1...99999)).jpg\"}"
        }
        return script + "]};</script>\n"
    }

    private mutating func ad(_ slot: String) -> String {
        "<div class=\"ad ad-\(slot)\" data-ad-slot=\"\(news.number(100_000...999_999))\"><span class=\"ad-label\">"
            + "Advertisement</span><ins class=\"adsbygoogle\"></ins>"
            + "<script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>\n"
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Text escaped for HTML content and double-quoted attributes.
    private func escape(_ text: some StringProtocol) -> String {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) {
            return String(text)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    fileprivate var replacingSpaces: String { split(separator: " ").joined(separator: "-") }
}
