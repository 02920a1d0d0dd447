import Foundation

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`): the
/// first object whose `@type` is an article, a news article, a blog posting, a report or a web
/// page, looked for in arrays and `@graph` lists.
///
/// Cost: Foundation's JSON parser over each script; pages have one to three small ones.
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

    init(scripts: [String]) {
        var best: [String: Any]?
        var bestRank = Int.max
        for script in scripts {
            // Pages (and saved copies) wrap the JSON in a CDATA section.
            var bytes = Self.trimmed(Array(script.utf8))
            if bytes.starts(with: "<![CDATA[".utf8) { bytes.removeFirst(9) }
            if bytes.count >= 3 && bytes.suffix(3).elementsEqual("]]>".utf8) { bytes.removeLast(3) }
            let data = Data(bytes)
            guard
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            for object in Self.objects(in: value) {
                let rank = Self.rank(of: object)
                if rank < bestRank {
                    best = object
                    bestRank = rank
                }
            }
        }
        guard let object = best else { return }
        headline = Self.string(object["headline"])
        name = Self.string(object["name"])
        authors = Self.names(object["author"]) + Self.names(object["creator"]).filter { _ in Self.names(object["author"]).isEmpty }
        published = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
        modified = Self.string(object["dateModified"])
        language = Self.string(object["inLanguage"])
        publisher = Self.names(object["publisher"]).first
        section = Self.string(object["articleSection"]) ?? (object["articleSection"] as? [Any]).flatMap { Self.string($0.first) }
        if let words = object["keywords"] as? [Any] {
            keywords = words.compactMap { Self.string($0) }
        } else if let words = Self.string(object["keywords"]) {
            keywords = words.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        description = Self.string(object["description"])
        url = Self.string(object["url"]) ?? Self.string(object["mainEntityOfPage"])
        articleBody = Self.string(object["articleBody"])
    }

    /// The bytes without leading and trailing ASCII whitespace.
    private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return Array(bytes[first...last])
    }

    /// Every object in a JSON-LD value, `@graph` members included.
    private static func objects(in value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap { objects(in: $0) } }
        guard let object = value as? [String: Any] else { return [] }
        var result = [object]
        if let graph = object["@graph"] { result += objects(in: graph) }
        return result
    }

    /// Lower is better: articles (Readability's list of schema.org article types) first; web
    /// pages and other types are not used, since their names are often the site's.
    private static func rank(of object: [String: Any]) -> Int {
        let types: [String]
        if let type = object["@type"] as? String { types = [type] } else { types = (object["@type"] as? [String]) ?? [] }
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
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = Self.trimmed(text)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let object = value as? [String: Any] { return string(object["@id"]) ?? string(object["name"]) }
        return nil
    }

    /// Names of people or organisations: a string, an object with `name`, or a list of them.
    private static func names(_ value: Any?) -> [String] {
        if let text = value as? String {
            let trimmed = Self.trimmed(text)
            return trimmed.isEmpty || trimmed.hasPrefix("http") ? [] : [trimmed]
        }
        if let object = value as? [String: Any] { return names(object["name"]) }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
