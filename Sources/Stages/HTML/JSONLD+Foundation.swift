import Foundation

extension JSONLD {
    /// The first article object in the JSON `bytes` as Foundation's `JSONSerialization` reads
    /// them, or nil (no article, or not JSON to it): what the reader falls back on for a script
    /// it cannot vouch for, and what its tests compare it with.
    ///
    /// Cost: Foundation's parse of the whole script into `NSDictionary`-backed values.
    static func foundationArticle(in bytes: UnsafeBufferPointer<UInt8>) -> Article? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return nil
        }
        guard let object = objects(in: value).first(where: { rank(of: $0) == 0 }) else { return nil }
        var article = Article()
        for member in Member.allCases {
            if let value = object[member.key] { article[member] = Self.value(value) }
        }
        return article
    }

    /// Every object in a JSON-LD value, `@graph` members included.
    private static func objects(in value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap { objects(in: $0) } }
        guard let object = value as? [String: Any] else { return [] }
        var result = [object]
        if let graph = object["@graph"] { result += objects(in: graph) }
        return result
    }

    private static func rank(of object: [String: Any]) -> Int {
        if let type = object["@type"] as? String { return rank(types: [type]) }
        return rank(types: (object["@type"] as? [String]) ?? [])
    }

    private static func value(_ value: Any) -> Value {
        if let text = value as? String { return .string(text) }
        if let array = value as? [Any] { return .array(array.map { Self.value($0) }) }
        if let object = value as? [String: Any] {
            return .object(id: object["@id"].map { Self.value($0) }, name: object["name"].map { Self.value($0) })
        }
        return .other
    }
}
