import Foundation

/// An element's attributes as libxml2 hands them over: a NULL-terminated list of name, value
/// pairs of C strings, valid only during the start-element event.
///
/// Cost: lookups scan the list (elements have few attributes); a value becomes a `String` only
/// when asked for.
struct Attributes {
    let list: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    /// The value of the attribute named `name` (lowercase), if present.
    subscript(name: StaticString) -> String? {
        guard let pointer = find(name) else { return nil }
        return String(cString: pointer)
    }

    private func find(_ name: StaticString) -> UnsafePointer<UInt8>? {
        guard var cursor = list else { return nil }
        while let key = cursor.pointee {
            if Self.equals(key, name) {
                // A value-less attribute (`<div hidden>`) has a NULL value: point at the name's
                // terminating NUL, an empty C string.
                return cursor.advanced(by: 1).pointee ?? key + strlen(UnsafeRawPointer(key).assumingMemoryBound(to: CChar.self))
            }
            cursor = cursor.advanced(by: 2)
        }
        return nil
    }

    private static func equals(_ key: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let bytes = name.utf8Start
        let count = name.utf8CodeUnitCount
        for index in 0..<count where key[index] != bytes[index] { return false }
        return key[count] == 0
    }

    private func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer = find(name) else { return nil }
        return UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }

    /// What `class` and `id` say about the element.
    var hints: ClassHints {
        guard list != nil else { return .none }
        let classValue = bytes("class")
        let idValue = bytes("id")
        guard classValue != nil || idValue != nil else { return .none }
        var joined: [UInt8] = []
        if let classValue { joined.append(contentsOf: classValue) }
        if let idValue {
            joined.append(0x20)
            joined.append(contentsOf: idValue)
        }
        return ClassHints(classAndID: joined)
    }

    /// Whether the markup names this element the article's body.
    var isArticleBodyMarker: Bool {
        guard list != nil else { return false }
        if let itemprop = self["itemprop"]?.lowercased(), itemprop.contains("articlebody") { return true }
        return false
    }

    /// Whether the element holds a byline.
    var isByline: Bool {
        guard list != nil else { return false }
        if let rel = self["rel"]?.lowercased(), rel.contains("author") { return true }
        if let itemprop = self["itemprop"]?.lowercased(), itemprop.contains("author") { return true }
        if let value = self["class"]?.lowercased(), value.contains("byline") || value.contains("author") {
            return !value.contains("comment")
        }
        return false
    }

    /// Whether the element is hidden (`hidden`, `aria-hidden="true"`, an inline `display: none`).
    var isHidden: Bool {
        guard list != nil else { return false }
        if find("hidden") != nil { return true }
        if let aria = self["aria-hidden"], aria == "true" { return true }
        if let style = self["style"]?.lowercased() {
            let compact = style.replacingOccurrences(of: " ", with: "")
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }
}
