/// One element of a record, with its attributes and content, built by `XMLRecordSplitter`.
///
/// Provides the small queries readers need (first child by name, all text, inner markup).
/// Costs: the record's size in memory; records are bounded by `ContainerLimits.maxRecordBytes`.
final class XMLNode {
    /// A piece of an element's content.
    enum Child {
        case element(XMLNode)
        /// A run of text, UTF-8, entities decoded.
        case text([UInt8])
    }

    let name: XMLName
    let attributes: [String: String]
    private(set) var children: [Child] = []

    init(name: XMLName, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func append(_ child: Child) { children.append(child) }

    /// The child elements, in order.
    var elements: [XMLNode] {
        children.compactMap { if case .element(let node) = $0 { node } else { nil } }
    }

    /// The first child element with this qualified name (`dc:creator`) or, for a name without
    /// a prefix, this local name.
    func first(_ name: String) -> XMLNode? {
        for case .element(let node) in children where node.matches(name) { return node }
        return nil
    }

    /// The child elements with this name, matched as `first(_:)` does.
    func all(_ name: String) -> [XMLNode] {
        elements.filter { $0.matches(name) }
    }

    /// The first element with this name at any depth below this one, in document order.
    func descendant(_ name: String) -> XMLNode? {
        for case .element(let node) in children {
            if node.matches(name) { return node }
            if let found = node.descendant(name) { return found }
        }
        return nil
    }

    /// Whether the element is called `name`: qualified names match exactly, bare names match
    /// the local part.
    func matches(_ name: String) -> Bool { self.name.matches(name) }

    /// All text below the element, in document order, as UTF-8 bytes.
    var textBytes: [UInt8] {
        var result: [UInt8] = []
        appendText(to: &result)
        return result
    }

    /// All text below the element with surrounding whitespace trimmed.
    var text: String { Self.trimmed(textBytes) }

    private func appendText(to result: inout [UInt8]) {
        for child in children {
            switch child {
            case .text(let bytes): result.append(contentsOf: bytes)
            case .element(let node): node.appendText(to: &result)
            }
        }
    }

    /// The element's content as markup: child elements as tags, text as is (`escapeText` false,
    /// for text that already holds HTML) or escaped (for plain text and XHTML).
    func innerMarkup(escapeText: Bool) -> [UInt8] {
        var result: [UInt8] = []
        appendInner(to: &result, escapeText: escapeText)
        return result
    }

    private func appendInner(to result: inout [UInt8], escapeText: Bool) {
        for child in children {
            switch child {
            case .text(let bytes):
                if escapeText { Self.escape(bytes, into: &result) } else { result.append(contentsOf: bytes) }
            case .element(let node):
                result.append(UInt8(ascii: "<"))
                result.append(contentsOf: node.name.local.utf8)
                for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) where !key.hasPrefix("xmlns") {
                    result.append(UInt8(ascii: " "))
                    result.append(contentsOf: key.utf8)
                    result.append(contentsOf: "=\"".utf8)
                    Self.escape(Array(value.utf8), into: &result)
                    result.append(UInt8(ascii: "\""))
                }
                result.append(UInt8(ascii: ">"))
                node.appendInner(to: &result, escapeText: true)
                result.append(contentsOf: "</".utf8)
                result.append(contentsOf: node.name.local.utf8)
                result.append(UInt8(ascii: ">"))
            }
        }
    }

    /// Escapes `&`, `<`, `>` and `"` for HTML.
    static func escape(_ bytes: [UInt8], into result: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            default: result.append(byte)
            }
        }
    }

    /// UTF-8 bytes as a string without leading and trailing ASCII whitespace.
    static func trimmed(_ bytes: [UInt8]) -> String {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    var trimmingSpaces: String { XMLNode.trimmed(Array(utf8)) }
}
