/// The one answer to "is this HTML?", shared by the file walk, the container readers and the
/// `ingest` stage: a content type, a file extension, or the first bytes of the input.
///
/// It sits in GlossCore because every module that asks (GlossSources' readers, GlossHTML's
/// `ingest`, the `gloss` command line) imports GlossCore, and none imports all of the others.
///
/// The byte rule follows the WHATWG MIME Sniffing standard ("identifying a resource with an
/// unknown MIME type"): after leading whitespace, `<` and an HTML element name followed by a
/// byte that ends a tag name. Where the standard lists 17 openings of whole pages, this rule
/// takes every element of the HTML Living Standard's index, so that a fragment (`<p>…`,
/// `<article>…`) is read as HTML and not as text full of tags. A leading comment or XML
/// declaration counts when `<html` or `<!doctype html` follows in the first kilobyte.
///
/// Cost: a look at no more than the first 1 KiB; no allocation for the byte rule.
public enum MediaType {
    /// File extensions (lower case, no dot) of HTML and XHTML pages.
    public static let htmlExtensions: Set<String> = ["html", "htm", "shtml", "xhtml", "xht"]

    /// The content type a file extension names (`html` → `text/html`), or nil when it names none.
    public static func forExtension(_ fileExtension: String) -> String? {
        switch fileExtension.lowercased() {
        case "html", "htm", "shtml": return "text/html"
        case "xhtml", "xht": return "application/xhtml+xml"
        case "xml", "rss", "atom", "rdf": return "application/xml"
        case "txt", "text", "md": return "text/plain"
        case "json": return "application/json"
        case "jsonl", "ndjson": return "application/x-ndjson"
        default: return nil
        }
    }

    /// The extension of the last part of a path or URL, lower case, without its query: nil when
    /// the name has no dot.
    public static func fileExtension(of path: String) -> String? {
        let withoutQuery = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let name = withoutQuery.split(separator: "/").last, let dot = name.lastIndex(of: "."),
              dot != name.startIndex
        else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Whether a path or URL ends in an HTML extension (`page.html`, `/a/b.htm?x=1`).
    public static func pathIsHTML(_ path: String) -> Bool {
        fileExtension(of: path).map(htmlExtensions.contains) ?? false
    }

    /// Whether a Content-Type value names HTML or XHTML (`text/html; charset=utf-8`).
    /// An ASCII value (as content types are) is settled on its bytes, with no lowercased copy
    /// and no Foundation search: there both find "html" exactly where its letters stand in any case.
    public static func isHTML(contentType: String) -> Bool {
        let onBytes = contentType.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            bytes.allSatisfy { $0 < 0x80 } ? contains(bytes, "html") : nil
        }
        if let answer = onBytes ?? nil { return answer }
        return contentType.lowercased().contains("html")
    }

    /// Whether the bytes open like HTML: a page or a fragment.
    public static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, sniffLength)])
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, isWhitespace(head[start]) { start += 1 }
        guard start < head.count, head[start] == UInt8(ascii: "<") else { return false }
        let rest = UnsafeBufferPointer(rebasing: head[(start + 1)...])
        if startsWithElementName(rest) || startsCaseless(rest, with: "!doctype html") { return true }
        if startsCaseless(rest, with: "!--") || startsCaseless(rest, with: "?xml") {
            return contains(head, "<html") || contains(head, "<!doctype html")
        }
        return false
    }

    /// Whether the bytes open like HTML.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(looksLikeHTML)
    }

    /// How many bytes the sniffer reads at most.
    public static let sniffLength = 1024

    // MARK: - Steps

    /// Whether the bytes start with an element name of the HTML index, then a byte that ends a
    /// tag name (space, tab, line feed, form feed, carriage return, `>` or `/`).
    static func startsWithElementName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = 0
        while end < bytes.count, end <= longestElementName, isNameByte(bytes[end]) { end += 1 }
        guard end > 0, end < bytes.count, endsTagName(bytes[end]) else { return false }
        var name = ""
        name.unicodeScalars.reserveCapacity(end)
        for byte in bytes[0..<end] { name.unicodeScalars.append(Unicode.Scalar(byte | 0x20)) }
        return htmlElements.contains(name)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    static func endsTagName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    /// Whether `bytes` starts with the lower-case ASCII `prefix`, ignoring the case of letters.
    static func startsCaseless(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return prefix.withUTF8Buffer { wanted in
            (0..<count).allSatisfy { lowered(bytes[$0]) == wanted[$0] }
        }
    }

    /// Whether the lower-case ASCII `needle` occurs in `bytes`, ignoring the case of letters.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        for start in 0...(bytes.count - count)
        where startsCaseless(UnsafeBufferPointer(rebasing: bytes[start...]), with: needle) {
            return true
        }
        return false
    }

    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The elements of the HTML Living Standard's index of elements, with `svg` and `math`.
    static let htmlElements: Set<String> = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote",
        "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist",
        "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map",
        "mark", "math", "menu", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option",
        "output", "p", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search",
        "section", "select", "slot", "small", "source", "span", "strong", "style", "sub", "summary", "sup",
        "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
        "track", "u", "ul", "var", "video", "wbr",
    ]

    static let longestElementName = 10  // "figcaption", "blockquote"
}
