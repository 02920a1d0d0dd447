import GlossCore

/// Finds the first article object of a JSON-LD script on its bytes, building strings only for
/// the members `JSONLD` reads.
///
/// It answers only for scripts it can vouch for reading exactly as Foundation's
/// `JSONSerialization` (which `JSONLD` used before, and still uses for the rest) reads them:
/// strict RFC 8259 JSON, at most `maxDepth` levels deep, numbers without an exponent and of at
/// most 15 digits, `\u` escapes that are not lone surrogates, and no member that `JSONLD`
/// reads given twice in one object (of the article, its `Member`s, `@type` and `@graph`; of an
/// object inside it, `@id` and `name`: Foundation keeps the last of a key given twice, and the
/// others are never read). Anything else is `.unsure`, never a guess.
///
/// Cost: one validating pass over the bytes, then a walk with `JSONScanner` that skips what it
/// does not need; allocation only for the chosen object's members. Thread safety: a pure function.
enum JSONLDReader {
    /// What the reader found in one script.
    enum Outcome: Equatable {
        /// The first article object (its members that `JSONLD` reads).
        case found(JSONLD.Article)
        /// Valid JSON with no article object in it.
        case none
        /// A script to leave to Foundation.
        case unsure
    }

    /// The deepest nesting of arrays and objects the reader takes.
    static let maxDepth = 64

    /// The first article object in the JSON text `bytes`, in the order `JSONLD` looks for one:
    /// array elements in order, an object before the members of its `@graph`.
    static func firstArticle(in bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard JSONLDValidator.isStrict(bytes, maxDepth: maxDepth) else { return .unsure }
        var scanner = JSONScanner(bytes)
        do {
            return try firstArticle(&scanner).map(Outcome.found) ?? .none
        } catch {
            return .unsure
        }
    }

    /// The first article object in the value at the scanner (which moves past it).
    private static func firstArticle(_ scanner: inout JSONScanner) throws(JSONScanner.Malformed) -> JSONLD.Article? {
        switch scanner.peek() {
        case UInt8(ascii: "[")?:
            var found: JSONLD.Article?
            try scanner.elements { element throws(JSONScanner.Malformed) in
                if found == nil { found = try firstArticle(&element) } else { try element.skipValue() }
            }
            return found
        case UInt8(ascii: "{")?:
            return try firstArticle(inObject: &scanner)
        default:
            try scanner.skipValue()
            return nil
        }
    }

    /// The object at the scanner if it is an article, else the first article in its `@graph`.
    private static func firstArticle(inObject scanner: inout JSONScanner) throws(JSONScanner.Malformed) -> JSONLD.Article? {
        var type: Int?
        var graph: Int?
        // Where each `JSONLD.Member`'s value starts (15 members: a test holds the count to it).
        var members = InlineArray<15, Int>(repeating: -1)
        try scanner.members { key, member throws(JSONScanner.Malformed) in
            let at = member.offset
            if key.is("@type") {
                guard type == nil else { throw JSONScanner.Malformed() }  // a duplicate: Foundation keeps one of them
                type = at
            } else if key.is("@graph") {
                guard graph == nil else { throw JSONScanner.Malformed() }
                graph = at
            } else if let index = memberIndex(key) {
                guard members[index] < 0 else { throw JSONScanner.Malformed() }
                members[index] = at
            }
            try member.skipValue()
        }
        if let type, JSONLD.rank(types: try types(scanner.at(type))) == 0 {
            var article = JSONLD.Article()
            for index in 0..<JSONLD.Member.count where members[index] >= 0 {
                var value = scanner.at(members[index])
                article[JSONLD.Member(rawValue: index)!] = try Self.value(&value)
            }
            return article
        }
        guard let graph else { return nil }
        var inner = scanner.at(graph)
        return try firstArticle(&inner)
    }

    /// The `JSONLD.Member` (its raw value) that `key` names, or nil.
    private static func memberIndex(_ key: JSONScanner.Key) -> Int? {
        let keys = JSONLD.Member.keys
        if key.escaped { return keys.firstIndex { key.is($0) } }
        let byLength = JSONLD.Member.byLength
        guard key.raw.count < byLength.count else { return nil }
        return byLength[key.raw.count].first { key.is(keys[$0]) }
    }

    /// `@type`'s names: a string, or an array of strings only (anything else names no type).
    private static func types(_ scanner: JSONScanner) throws(JSONScanner.Malformed) -> [String] {
        var scanner = scanner
        if scanner.peek() == UInt8(ascii: "\"") { return try scanner.string().map { [$0] } ?? [] }
        guard scanner.peek() == UInt8(ascii: "[") else { return [] }
        var names: [String] = []
        var allStrings = true
        try scanner.elements { element throws(JSONScanner.Malformed) in
            if let name = try element.string() { names.append(name) } else { allStrings = false }
        }
        return allStrings ? names : []
    }

    /// The value at the scanner as far as `JSONLD` reads it (of an object, its `@id` and
    /// `name`); an `@id` or `name` given twice in an object throws.
    private static func value(_ scanner: inout JSONScanner) throws(JSONScanner.Malformed) -> JSONLD.Value {
        switch scanner.peek() {
        case UInt8(ascii: "\"")?:
            return .string(try scanner.string() ?? "")
        case UInt8(ascii: "[")?:
            var array: [JSONLD.Value] = []
            try scanner.elements { element throws(JSONScanner.Malformed) in array.append(try value(&element)) }
            return .array(array)
        case UInt8(ascii: "{")?:
            var id: JSONLD.Value?
            var name: JSONLD.Value?
            try scanner.members { key, member throws(JSONScanner.Malformed) in
                if key.is("@id") {
                    guard id == nil else { throw JSONScanner.Malformed() }
                    id = try value(&member)
                } else if key.is("name") {
                    guard name == nil else { throw JSONScanner.Malformed() }
                    name = try value(&member)
                } else {
                    try member.skipValue()
                }
            }
            return .object(id: id, name: name)
        default:
            try scanner.skipValue()
            return .other
        }
    }
}
