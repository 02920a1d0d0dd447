import Foundation
import GlossCore

/// Reads a page's metadata from what it states, most reliable first: JSON-LD, Open Graph and
/// other `<meta>` tags, `<link rel=canonical>`, `<html lang>`, `<title>`, the article's `h1`,
/// bylines, `<time datetime>` and dates in the URL. Dates become ISO 8601.
///
/// Values given with the input (a feed's title, a web archive's URL) are kept unless the page
/// states better ones: the page's canonical URL replaces the crawled URL, which is kept as
/// `extra["crawled_url"]`.
/// Cost: a dictionary look-up per key tried, in order, until one has a value, plus reading the
/// JSON-LD scripts (`JSONLD`) when the caller has not.
struct MetadataExtractor {
    let page: Page

    /// Fills in `metadata`; `jsonLD` is the page's JSON-LD when the caller has parsed it already.
    func apply(to metadata: inout Metadata, h1: [String], h2: [String], byline: String?, jsonLD: JSONLD? = nil) {
        let ld = jsonLD ?? JSONLD(scripts: page.jsonLD)
        if let title = TitleChooser.choose(jsonLD: ld, meta: page.meta, htmlTitle: page.title, h1: h1, h2: h2) {
            metadata.title = title
        }
        if let title = page.title.map(Self.clean), !title.isEmpty, title != metadata.title {
            metadata.extra["html_title"] = title
        }

        var authors = ld.authors
        if authors.isEmpty,
            let author = meta("dc:creator", "dcterm:creator", "author", "parsely-author", "article:author", "sailthru:author"),
            !author.hasPrefix("http")
        {
            authors = [author]
        }
        if authors.isEmpty, let name = byline.flatMap(Self.byline) { authors = [name] }
        if !authors.isEmpty { metadata.authors = Self.unique(authors) }

        let published =
            Self.nonBlank(ld.published)
            ?? meta(
                "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate", "date", "dc:date",
                "dc:date:issued", "dcterm:created", "sailthru:date", "parsely-pub-date", "article:published")
            ?? Self.nonBlank(page.times.first)
        if let published {
            metadata.published = DateNormalizer.normalize(published) ?? metadata.published
        }
        if metadata.published == nil, let url = metadata.url ?? page.links["canonical"], let date = DateNormalizer.fromURL(url) {
            metadata.published = date
        }
        if let modified = Self.nonBlank(ld.modified)
            ?? meta("article:modified_time", "og:updated_time", "datemodified", "last-modified")
        {
            metadata.modified = DateNormalizer.normalize(modified) ?? metadata.modified
        }
        applyPlace(to: &metadata, ld: ld)
    }

    /// Fills in the language, canonical URL, site, description, keywords and section.
    private func applyPlace(to metadata: inout Metadata, ld: JSONLD) {
        if let language = Self.nonBlank(page.htmlLanguage) ?? meta("content-language", "language", "dc:language")
            ?? Self.nonBlank(ld.language) ?? meta("og:locale")
        {
            metadata.language = Self.languageTag(language)
        }
        if let canonical = Self.nonBlank(page.links["canonical"]) ?? meta("og:url"), canonical.hasPrefix("http") {
            if let given = metadata.url, given != canonical { metadata.extra["crawled_url"] = given }
            metadata.url = canonical
        }
        if let site = meta("og:site_name") ?? Self.nonBlank(ld.publisher) ?? meta("application-name", "twitter:site") {
            metadata.siteName = site
        }
        if let description = meta("og:description", "description", "twitter:description") ?? Self.nonBlank(ld.description) {
            metadata.description = description
        }
        var keywords = ld.keywords
        if keywords.isEmpty, let list = meta("keywords", "news_keywords", "article:tag") {
            keywords = JSONLD.commaSeparated(list)
        }
        if !keywords.isEmpty { metadata.keywords = Self.unique(keywords) }
        if let section = Self.nonBlank(ld.section) ?? meta("article:section", "section") { metadata.section = section }
    }

    /// The first of the page's `<meta>` values for `keys`, in order, cleaned and not blank; nil
    /// when there is none. The look-ups stop at the first value found (callers chain these with
    /// `??`, which evaluates its right side only when needed).
    private func meta(_ keys: String...) -> String? {
        guard !page.meta.isEmpty else { return nil }
        for key in keys {
            if let value = Self.nonBlank(page.meta[key]) { return value }
        }
        return nil
    }

    /// `value` cleaned (`clean`); nil when it is nil or blank.
    private static func nonBlank(_ value: String?) -> String? {
        guard let value else { return nil }
        let cleaned = clean(value)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Collapses whitespace and trims.
    static func clean(_ value: String) -> String {
        // Most values are clean already: check the bytes before splitting into characters.
        // Bytes above the space, the most, take one test unless they may start a Unicode space.
        let clean = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var previousSpace = true
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte > 0x20 {
                    if byte >= 0xC2 && byte <= 0xE3 && Self.isUnicodeSpace(bytes, at: i) { return false }
                    previousSpace = false
                } else if byte == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                } else {
                    if byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C { return false }
                    previousSpace = false
                }
                i += 1
            }
            return !previousSpace
        }
        if clean == true { return value }
        return collapsedBytes(value) ?? value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `value`'s words joined by single spaces, read on its bytes, when that gives what splitting
    /// its characters at whitespace gives: its only whitespace is ASCII (U+0009–U+000D and the
    /// space, no `isUnicodeSpace`), and each non-ASCII scalar next to it is one no character
    /// joins to a blank (`standsApart`: letters of Latin-1 and Latin Extended, general
    /// punctuation, currency signs). Then each ASCII whitespace character is a character of its
    /// own (a CR LF, two of them, one), and no other character is whitespace, for a character is
    /// whitespace by its first scalar (`Character.isWhitespace`). Nil otherwise (a combining mark
    /// after a blank, a prepended one before it): splitting the characters costs about 100,000
    /// instructions a value, this about 10 a byte.
    private static func collapsedBytes(_ value: String) -> String? {
        var value = value
        return value.withUTF8 { bytes -> String? in
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(bytes.count)
            var pendingSpace = false
            var previousBlank = false
            // Whether the scalar before the current byte is non-ASCII and not one that stands apart.
            var previousJoins = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte &- 0x09 < 5 {
                    guard !previousJoins else { return nil }
                    pendingSpace = !collapsed.isEmpty
                    previousBlank = true
                    index += 1
                    continue
                }
                if pendingSpace { collapsed.append(0x20) }
                pendingSpace = false
                guard byte >= 0x80 else {
                    collapsed.append(byte)
                    (previousBlank, previousJoins) = (false, false)
                    index += 1
                    continue
                }
                // A scalar of valid UTF-8 (a `String`'s): its lead byte gives its length.
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                guard !isUnicodeSpace(bytes, at: index) else { return nil }
                let apart = standsApart(bytes, at: index, length: length)
                if previousBlank && !apart { return nil }
                collapsed.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                (previousBlank, previousJoins) = (false, !apart)
                index += length
            }
            return String(decoding: collapsed, as: UTF8.self)
        }
    }

    /// Whether the scalar of `length` bytes at `index` is one that forms a character alone
    /// beside a blank (Grapheme_Cluster_Break Other, not whitespace): U+00A1–U+02FF but the soft
    /// hyphen (Latin-1 and Latin Extended letters and signs, spacing modifier letters),
    /// U+2010–U+2027 and U+2030–U+205E (dashes, quotes, the ellipsis, primes) and U+20A0–U+20CF
    /// (currency signs). `MetadataExtractorTests` checks each beside blanks against the
    /// characters' split.
    @inline(__always)
    private static func standsApart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = UInt32(bytes[index])
        var scalar: UInt32
        switch length {
        case 2: scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3: scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default: return false
        }
        return scalar &- 0xA1 < 0x25F && scalar != 0xAD || scalar &- 0x2010 < 0x18 || scalar &- 0x2030 < 0x2F
            || scalar &- 0x20A0 < 0x30
    }

    /// Whether a non-ASCII whitespace character (U+0085, U+00A0, U+1680, U+2000–U+200A,
    /// U+2028, U+2029, U+202F, U+205F, U+3000) starts at byte `i` of `bytes`.
    @inline(__always)
    static func isUnicodeSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        guard byte >= 0xC2, byte <= 0xE3, i + 1 < bytes.count else { return false }
        let next = bytes[i + 1]
        switch byte {
        case 0xC2: return next == 0x85 || next == 0xA0
        case 0xE1, 0xE2, 0xE3:
            guard i + 2 < bytes.count else { return false }
            let last = bytes[i + 2]
            if byte == 0xE1 { return next == 0x9A && last == 0x80 }
            if byte == 0xE3 { return next == 0x80 && last == 0x80 }
            if next == 0x80 { return last <= 0x8A || last == 0xA8 || last == 0xA9 || last == 0xAF }
            return next == 0x81 && last == 0x9F
        default: return false
        }
    }

    /// A byline's name: "By Ana Torres and Luis Gómez, Reuters" → "Ana Torres and Luis Gómez".
    static func byline(_ text: String) -> String? {
        var value = clean(text)
        // A bare "By" (the name in a link the page left out) is a prefix too.
        for prefix in ["by ", "por ", "von ", "par ", "written by ", "words by "] where (value.lowercased() + " ").hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count))
        }
        if let cut = value.firstIndex(where: { $0 == "|" || $0 == "\n" || $0 == "," }) { value = String(value[..<cut]) }
        value = JSONLD.trimmed(value[...], in: .whitespaces)
        guard !value.isEmpty, value.count <= 100, value.split(separator: " ").count <= 12 else { return nil }
        return value
    }

    /// `en_US` → `en-US`; `EN` → `en`.
    static func languageTag(_ value: String) -> String {
        if let tag = asciiLanguageTag(value) { return tag }
        let parts = value.replacingOccurrences(of: "_", with: "-").split(separator: "-")
        guard let primary = parts.first else { return value }
        return ([primary.lowercased()] + parts.dropFirst().map { $0.count == 2 ? $0.uppercased() : String($0) }).joined(separator: "-")
    }

    /// `languageTag` on bytes, for a value of printable ASCII (where a character is a byte);
    /// nil for any other value.
    private static func asciiLanguageTag(_ value: String) -> String? {
        var value = value
        return value.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            var tag: [UInt8] = []
            tag.reserveCapacity(bytes.count)
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_") {
                defer { start = end + 1 }
                guard end > start else { continue }
                let primary = tag.isEmpty
                if !primary { tag.append(UInt8(ascii: "-")) }
                for byte in bytes[start..<end] {
                    let isUpper = byte &- UInt8(ascii: "A") < 26
                    let isLower = byte &- UInt8(ascii: "a") < 26
                    if primary { tag.append(isUpper ? byte | 0x20 : byte) }
                    else if end - start == 2 { tag.append(isLower ? byte & ~0x20 : byte) }
                    else { tag.append(byte) }
                }
            }
            return tag.isEmpty ? String(decoding: bytes, as: UTF8.self) : String(decoding: tag, as: UTF8.self)
        }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}
