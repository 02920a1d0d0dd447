import GlossCore
import Testing

@testable import GlossHTML

/// Metadata as `ingest.html` reads it, one source at a time.
@Suite struct MetadataExtractorTests {
    func metadata(_ head: String, body: String = "<p>Body text.</p>", url: String? = nil) throws -> Metadata {
        try HTMLTest.ingest("<html><head>\(head)</head><body>\(body)</body></html>", content: .full, url: url).metadata
    }

    @Test func jsonLDComesFirst() throws {
        let found = try metadata(
            """
            <meta property="og:title" content="OG headline">
            <meta name="author" content="Meta Author">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tide tables revised",
             "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "Omar Haddad"}],
             "datePublished": "2025-04-21T09:30:00+02:00", "dateModified": "2025-04-22T08:00:00Z",
             "publisher": {"@type": "Organization", "name": "Harbour Daily"}, "articleSection": "Science",
             "keywords": ["tides", "coast"], "inLanguage": "en-GB"}
            </script>
            """)
        #expect(found.title == "Tide tables revised")
        #expect(found.authors == ["Jane Roe", "Omar Haddad"])
        #expect(found.published == "2025-04-21T09:30:00+02:00")
        #expect(found.modified == "2025-04-22T08:00:00Z")
        #expect(found.siteName == "Harbour Daily")
        #expect(found.section == "Science")
        #expect(found.keywords == ["tides", "coast"])
    }

    @Test func openGraphAndMetaTags() throws {
        let found = try metadata(
            """
            <title>Ignored title</title>
            <meta property="og:title" content="Ferry timetable changes">
            <meta property="og:site_name" content="Coastal Times">
            <meta property="og:description" content="New sailings from May.">
            <meta property="og:locale" content="en_GB">
            <meta property="og:url" content="https://coastal.example/ferry">
            <meta name="author" content="Sam Lee">
            <meta property="article:published_time" content="2025-03-01T07:00:00Z">
            <meta property="article:section" content="Transport">
            <meta name="keywords" content="ferry, timetable , , sailing">
            """)
        #expect(found.title == "Ferry timetable changes")
        #expect(found.siteName == "Coastal Times")
        #expect(found.description == "New sailings from May.")
        #expect(found.language == "en-GB")
        #expect(found.url == "https://coastal.example/ferry")
        #expect(found.authors == ["Sam Lee"])
        #expect(found.published == "2025-03-01T07:00:00Z")
        #expect(found.section == "Transport")
        #expect(found.keywords == ["ferry", "timetable", "sailing"])
        #expect(found.extra["html_title"] == "Ignored title")
    }

    @Test func theTitleElementIsTheFallback() throws {
        let found = try metadata("<title>  Harbour   news\n today </title>")
        #expect(found.title == "Harbour news today")
    }

    @Test func anH1IsUsedWithoutATitle() throws {
        let found = try metadata("", body: "<h1>Lighthouse restored</h1><p>Body text.</p>")
        #expect(found.title == "Lighthouse restored")
    }

    @Test func aBylineElementNamesTheAuthor() throws {
        let found = try metadata("", body: "<div class=\"byline\">By Jane Roe</div><p>Body text.</p>")
        #expect(found.authors == ["Jane Roe"])
    }

    @Test(.disabled("an inline byline element (<a rel=author> inside a <p>) makes no block of its own, so HTMLIngester.byline(in:) never sees its text"))
    func anInlineBylineElementNamesTheAuthor() throws {
        let linked = try metadata("", body: "<p>Words by <a rel=\"author\" href=\"/sam\">Sam Lee</a></p>")
        #expect(linked.authors == ["Sam Lee"])
    }

    @Test func timeElementsAndURLsGiveTheDate() throws {
        let timed = try metadata("", body: "<p>Posted <time datetime=\"2024-11-05T18:00:00-05:00\">Nov 5</time></p>")
        #expect(timed.published == "2024-11-05T18:00:00-05:00")
        let dated = try metadata("", url: "https://news.example/2019/11/19/bridge")
        #expect(dated.published == "2019-11-19")
        let canonical = try metadata("<link rel=\"canonical\" href=\"https://news.example/2020-02-03/story\">")
        #expect(canonical.published == "2020-02-03")
    }

    @Test func theLanguageComesFromTheHTMLElement() throws {
        let tagged = try HTMLTest.ingest("<html lang=\"ES_mx\"><p>Hola.</p></html>", content: .full)
        #expect(tagged.metadata.language == "es-MX")
        let locale = try metadata("<meta property=\"og:locale\" content=\"fr_FR\">")
        #expect(locale.language == "fr-FR")
    }

    @Test func theCanonicalLinkReplacesTheCrawledURL() throws {
        let found = try metadata(
            "<link rel=\"canonical\" href=\"https://news.example/story\">", url: "https://news.example/story?utm=x")
        #expect(found.url == "https://news.example/story")
        #expect(found.extra["crawled_url"] == "https://news.example/story?utm=x")
        let relative = try metadata("<link rel=\"canonical\" href=\"/story\">", url: "https://news.example/a")
        #expect(relative.url == "https://news.example/a")
    }

    @Test func descriptionKeywordsAndSectionFromPlainMetaTags() throws {
        let found = try metadata(
            """
            <meta name="description" content="A short summary.">
            <meta name="news_keywords" content="port, cranes">
            <meta name="section" content="Business">
            <meta name="application-name" content="Port Weekly">
            """)
        #expect(found.description == "A short summary.")
        #expect(found.keywords == ["port", "cranes"])
        #expect(found.section == "Business")
        #expect(found.siteName == "Port Weekly")
    }

    @Test func aBlankValueGivesWayToTheNextSourceInOrder() throws {
        let found = try metadata(
            """
            <meta name="dc:creator" content="   ">
            <meta name="author" content="  Ana   Torres ">
            <meta name="sailthru:author" content="Not Chosen">
            <meta property="article:published_time" content=" ">
            <meta property="og:published_time" content="2025-05-02T10:00:00Z">
            <meta name="date" content="2020-01-01">
            <meta property="og:site_name" content="">
            <meta name="application-name" content="Harbour Weekly">
            <meta name="keywords" content=" ">
            <meta name="article:tag" content="tides">
            """)
        #expect(found.authors == ["Ana Torres"])
        #expect(found.published == "2025-05-02T10:00:00Z")
        #expect(found.siteName == "Harbour Weekly")
        #expect(found.keywords == ["tides"])
    }

    @Test func bylinesLoseTheirPrefixAndWhatFollowsABar() {
        #expect(MetadataExtractor.byline("By Jane Roe") == "Jane Roe")
        #expect(MetadataExtractor.byline("  by  Ana Torres and Luis Gómez | Reuters") == "Ana Torres and Luis Gómez")
        #expect(MetadataExtractor.byline("Por María Pérez") == "María Pérez")
        #expect(MetadataExtractor.byline("By Ana Torres and Luis Gómez, Reuters") == "Ana Torres and Luis Gómez")
        #expect(MetadataExtractor.byline("Written by Kim Park") == "Kim Park")
        #expect(MetadataExtractor.byline("By ") == nil)
        #expect(MetadataExtractor.byline(String(repeating: "word ", count: 20)) == nil)
    }

    @Test func languageTags() {
        #expect(MetadataExtractor.languageTag("en_US") == "en-US")
        #expect(MetadataExtractor.languageTag("EN") == "en")
        #expect(MetadataExtractor.languageTag("zh-Hant-tw") == "zh-Hant-TW")
        #expect(MetadataExtractor.languageTag("--en__gb-") == "en-GB", "empty parts are dropped")
        #expect(MetadataExtractor.languageTag("-_-") == "-_-", "no part: the value as it is")
        #expect(MetadataExtractor.languageTag("De-ch-1996") == "de-CH-1996")
        #expect(MetadataExtractor.languageTag("ÉN_us") == "én-US", "non-ASCII goes by Unicode's rules")
        #expect(MetadataExtractor.languageTag("en\r\n-a\r\n") == "en\r\n-A\r\n", "a CR LF is one character: the part counts 2")
    }

    @Test func cleanCollapsesASCIIAsCharacterSplittingDoes() {
        func byCharacters(_ text: String) -> String { text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        let every = String(decoding: (1..<128).map { UInt8($0) }, as: UTF8.self)
        for text in [every, " " + every + " ", "a\r\nb", "\u{1C}x\u{1F} \u{0B}y\u{0C}", "  ", "\t", "a  b\n\nc "] {
            #expect(MetadataExtractor.clean(text) == byCharacters(text), "\(text.debugDescription)")
        }
    }

    /// Values with non-ASCII text are collapsed on their bytes where that is exact, and as
    /// characters elsewhere: whatever the mix of ASCII and Unicode whitespace, CR LF, combining
    /// marks after a blank, prepended marks before one, and typographic punctuation, `clean`
    /// gives what splitting the characters at whitespace gives.
    @Test func cleanCollapsesNonASCIIAsCharacterSplittingDoes() {
        func byCharacters(_ text: String) -> String { text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        #expect(MetadataExtractor.clean("Rome’s “plan” costs €3bn ") == "Rome’s “plan” costs €3bn")
        #expect(MetadataExtractor.clean("  café  au lait\n") == "café au lait")
        #expect(MetadataExtractor.clean("a \u{301}b ") == byCharacters("a \u{301}b "), "a mark joins the blank before it")
        #expect(MetadataExtractor.clean("a\u{600} b ") == byCharacters("a\u{600} b "), "a prepended mark joins the blank after it")
        let pieces = [
            "a", "Zq", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "é", "’", "€", "—", "\u{301}", "\u{600}",
            "\u{A0}", "\u{85}", "\u{2003}", "\u{3000}", "\u{1680}", "\u{202F}", "\u{1F600}", "\u{1F1EB}\u{1F1F7}", "\u{1C}", "x.",
            "“", "”", "«", "©", "™", "ʼ", "–", "\u{200D}", "\u{AD}", "\u{E33}",
        ]
        var random = SplitMix64(seed: 26)
        for _ in 0..<3000 {
            let count = Int(random.next() % 9)
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(MetadataExtractor.clean(text) == byCharacters(text), "\(text.debugDescription)")
        }
    }

    /// Every scalar the byte collapse lets stand next to a blank, and its neighbours in the
    /// code charts (combining marks, zero-width and format characters, the soft hyphen, Unicode
    /// spaces, a prepended mark, a Thai vowel that joins the letter before it), beside blanks
    /// and words: `clean` gives what splitting the characters at whitespace gives.
    @Test func cleanCollapsesScalarsBesideBlanksAsCharacterSplittingDoes() {
        func byCharacters(_ text: String) -> String { text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        let values = Array(0x80...0x36F) + Array(0x2000...0x20D0) + [0x600, 0xE33, 0x1F600, 0x1F3FB, 0xFE0F, 0x3000]
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let s = String(Character(scalar))
            for text in ["a " + s + "  b", "a" + s + " b", " " + s + "\n", s + s + " x ", "x\t" + s + "y" + s + " "] {
                #expect(MetadataExtractor.clean(text) == byCharacters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func cleanCollapsesEveryKindOfWhitespaceAndKeepsCleanValues() {
        #expect(MetadataExtractor.clean("Bukele’s “deal” — a record") == "Bukele’s “deal” — a record")
        #expect(MetadataExtractor.clean("  two\n\tlines  ") == "two lines")
        #expect(MetadataExtractor.clean("no\u{00A0}break") == "no break")
        #expect(MetadataExtractor.clean("em\u{2003}space and\u{3000}ideographic") == "em space and ideographic")
        #expect(MetadataExtractor.clean("double  space") == "double space")
        #expect(MetadataExtractor.clean("trailing ") == "trailing")
        #expect(MetadataExtractor.clean("") == "")
    }
}
