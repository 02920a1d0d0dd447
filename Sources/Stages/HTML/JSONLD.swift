import Foundation

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`): the
/// first object whose `@type` is an article, a news article, a blog posting, a report or a web
/// page, looked for in arrays and `@graph` lists.
///
/// Cost: one strict validating pass and one walk over each script's bytes (`JSONLDReader`),
/// with strings made only for the chosen object's members; a script the reader cannot vouch
/// for (malformed, escaped surrogates, exponents, duplicate keys, deep nesting) goes through
/// Foundation's `JSONSerialization` instead, which decides as it always did.
struct JSONLD {
    var headline: String?
    var name: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var language: String?
    var publisher: String?
    var section: String?
    var keywords: [String] = []
    var description: String?
    var url: String?
    /// The article's text as the publisher states it (`articleBody`).
    var articleBody: String?

    /// A JSON value as far as the fields need it.
    indirect enum Value: Equatable {
        case string(String)
        case array([Value])
        /// An object's `@id` and `name`: the only members of a nested object the fields read
        /// (`string`, `names`), so the others are never built.
        case object(id: Value?, name: Value?)
        /// A number, a boolean or null.
        case other
    }

    /// The members of an article object that the fields read; the others are never built.
    enum Member: Int, CaseIterable {
        case headline, name, author, creator, datePublished, dateCreated, dateModified, inLanguage, publisher
        case articleSection, keywords, description, url, mainEntityOfPage, articleBody

        /// How many members there are.
        static let count = allCases.count
        /// Each member's key (its case's name), by raw value.
        static let keys: [StaticString] = [
            "headline", "name", "author", "creator", "datePublished", "dateCreated", "dateModified", "inLanguage",
            "publisher", "articleSection", "keywords", "description", "url", "mainEntityOfPage", "articleBody",
        ]
        /// The members (raw values) whose keys have each length, up to the longest.
        static let byLength: [[Int]] = keys.indices.reduce(
            into: Array(repeating: [], count: (keys.map(\.utf8CodeUnitCount).max() ?? 0) + 1)
        ) { lists, index in lists[keys[index].utf8CodeUnitCount].append(index) }

        /// The member's key.
        var key: String { Self.keys[rawValue].description }

        /// The member whose key is `key`, or nil.
        init?(key: String) {
            guard let index = Self.keys.firstIndex(where: { $0.description == key }) else { return nil }
            self.init(rawValue: index)
        }
    }

    /// The chosen article object's members that the fields read, one slot per `Member`.
    struct Article: Equatable, ExpressibleByDictionaryLiteral {
        private var values: [Value?] = Array(repeating: nil, count: Member.count)

        init() {}

        /// An article with the given members (keys that name no `Member` are left out).
        init(dictionaryLiteral elements: (String, Value)...) {
            for (key, value) in elements { if let member = Member(key: key) { self[member] = value } }
        }

        subscript(_ member: Member) -> Value? {
            get { values[member.rawValue] }
            set { values[member.rawValue] = newValue }
        }

        /// The member whose key is `key`, nil for any other key.
        subscript(_ key: String) -> Value? { Member(key: key).flatMap { self[$0] } }
    }

    init(scripts: [String]) {
        for var script in scripts {
            let article = script.withUTF8 { utf8 -> Article? in
                let bytes = Self.unwrapped(utf8)
                switch JSONLDReader.firstArticle(in: bytes) {
                case .found(let object): return object
                case .none: return nil
                case .unsure: return Self.foundationArticle(in: bytes)
                }
            }
            if let article {
                self.init(article: article)
                return
            }
        }
        self.init(article: Article())
    }

    /// The fields of the chosen article object.
    init(article object: Article) {
        headline = Self.string(object[.headline])
        name = Self.string(object[.name])
        let byAuthor = Self.names(object[.author])
        authors = byAuthor.isEmpty ? Self.names(object[.creator]) : byAuthor
        published = Self.string(object[.datePublished]) ?? Self.string(object[.dateCreated])
        modified = Self.string(object[.dateModified])
        language = Self.string(object[.inLanguage])
        publisher = Self.names(object[.publisher]).first
        section = Self.string(object[.articleSection])
        if section == nil, case .array(let sections)? = object[.articleSection] { section = Self.string(sections.first) }
        if case .array(let words)? = object[.keywords] {
            keywords = words.compactMap { Self.string($0) }
        } else if let words = Self.string(object[.keywords]) {
            keywords = Self.commaSeparated(words)
        }
        description = Self.string(object[.description])
        url = Self.string(object[.url]) ?? Self.string(object[.mainEntityOfPage])
        articleBody = Self.string(object[.articleBody])
    }

    /// The script's JSON: without leading and trailing ASCII whitespace, and out of the CDATA
    /// section pages (and saved copies) wrap it in.
    static func unwrapped(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return UnsafeBufferPointer(rebasing: bytes[0..<0]) }
        var slice = bytes[first...last]
        if slice.starts(with: "<![CDATA[".utf8) { slice = slice.dropFirst(9) }
        if slice.count >= 3 && slice.suffix(3).elementsEqual("]]>".utf8) { slice = slice.dropLast(3) }
        return UnsafeBufferPointer(rebasing: slice)
    }

    /// Lower is better: articles (Readability's list of schema.org article types) first; web
    /// pages and other types are not used, since their names are often the site's.
    static func rank(types: [String]) -> Int {
        var best = Int.max
        for type in types {
            let lower = type.lowercased()
            if lower.hasSuffix("article") || lower.hasSuffix("posting") || lower == "report" || lower == "apireference" {
                best = min(best, 0)
            }
        }
        return best
    }

    /// `text` without leading and trailing whitespace; the text itself, uncopied, when it has
    /// none (most values).
    static func trimmed(_ text: String) -> String {
        // Whitespace begins with an ASCII space or control byte, or with 0xC2 (U+0085, U+00A0),
        // 0xE1, 0xE2 or 0xE3 (the other Unicode spaces); a text that ends in any non-ASCII
        // character is checked the slow way.
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let leading = first <= 0x20 || first == 0xC2 || (first >= 0xE1 && first <= 0xE3)
        guard leading || last <= 0x20 || last >= 0x80 else { return text }
        return trimmed(text[...], in: .whitespacesAndNewlines)
    }

    /// `text` without the scalars of `set` at either end, as `trimmingCharacters(in:)` gives
    /// it (a whitespace set holds no surrogate, so scalars and UTF-16 units agree), looking at
    /// the ends only: Foundation's copy of a long text is skipped.
    static func trimmed(_ text: Substring, in set: CharacterSet) -> String {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// A comma-separated list's items, trimmed of whitespace, the empty ones left out.
    /// The list is cut at its comma bytes when each comma is a character of its own (as
    /// `split(separator: ",")` reads it), which saves finding every character's bounds.
    static func commaSeparated(_ list: String) -> [String] {
        let spaces = CharacterSet.whitespaces
        let items = commaItems(list) ?? list.split(separator: ",")
        return items.map { trimmed($0, in: spaces) }.filter { !$0.isEmpty }
    }

    /// `list` cut at every comma byte (empty items kept), or nil when a comma is joined to the
    /// character before or after it (a prepended or combining mark): there only
    /// `split(separator: ",")` knows where characters end. A comma between ASCII bytes always
    /// stands alone; beside a non-ASCII byte, the string's own character bounds are asked.
    static func commaItems(_ list: String) -> [Substring]? {
        let utf8 = list.utf8
        var items: [Substring] = []
        var start = utf8.startIndex
        var index = start
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: ",") {
                let before = previous < 0x80 || index.samePosition(in: list) != nil
                let after = next == utf8.endIndex || utf8[next] < 0x80 || next.samePosition(in: list) != nil
                guard before && after else { return nil }
                items.append(Substring(utf8[start..<index]))
                start = next
            }
            previous = byte
            index = next
        }
        items.append(Substring(utf8[start..<utf8.endIndex]))
        return items
    }

    /// A string, trimmed and not empty, or an object's `@id` or `name`.
    private static func string(_ value: Value?) -> String? {
        switch value {
        case .string(let text)?:
            let trimmed = Self.trimmed(text)
            return trimmed.isEmpty ? nil : trimmed
        case .object(let id, let name)?: return string(id) ?? string(name)
        default: return nil
        }
    }

    /// Names of people or organisations: a string, an object with `name`, or a list of them.
    private static func names(_ value: Value?) -> [String] {
        switch value {
        case .string(let text)?:
            let trimmed = Self.trimmed(text)
            return trimmed.isEmpty || trimmed.hasPrefix("http") ? [] : [trimmed]
        case .object(_, let name)?: return names(name)
        case .array(let array)?: return array.flatMap { names($0) }
        default: return []
        }
    }
}
