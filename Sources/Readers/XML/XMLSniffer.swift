/// Finds the root element's name in the first bytes of a file, so a reader can claim files by
/// what they are, not only by their extension.
///
/// Requires: the file's head (UTF-8 or ASCII-compatible). Provides: the root element's
/// qualified name (`rss`, `rdf:RDF`, `feed`), skipping a byte order mark, the XML declaration,
/// processing instructions, comments and a doctype (internal subset included); nil when the
/// head holds no element start. Costs: one pass over the head, no allocation but the name.
enum XMLSniffer {
    static func rootElement(_ head: [UInt8]) -> String? {
        var index = 0
        let count = head.count
        if count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { index = 3 }
        func starts(with text: StaticString, at position: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard position + length <= count else { return false }
            return text.withUTF8Buffer { pattern in
                (0..<length).allSatisfy { head[position + $0] == pattern[$0] }
            }
        }
        func skip(past terminator: StaticString, from position: Int) -> Int? {
            var current = position
            while current < count {
                if starts(with: terminator, at: current) { return current + terminator.utf8CodeUnitCount }
                current += 1
            }
            return nil
        }
        while index < count {
            let byte = head[index]
            if XMLNode.isSpace(byte) {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "<") else { return nil }
            if starts(with: "<?", at: index) {
                guard let next = skip(past: "?>", from: index) else { return nil }
                index = next
            } else if starts(with: "<!--", at: index) {
                guard let next = skip(past: "-->", from: index) else { return nil }
                index = next
            } else if starts(with: "<!", at: index) {
                // A doctype: skip to its `>`, past an internal subset in brackets.
                var current = index + 2
                var inSubset = false
                while current < count, inSubset || head[current] != UInt8(ascii: ">") {
                    if head[current] == UInt8(ascii: "[") { inSubset = true }
                    if head[current] == UInt8(ascii: "]") { inSubset = false }
                    current += 1
                }
                guard current < count else { return nil }
                index = current + 1
            } else {
                let start = index + 1
                var end = start
                while end < count, !XMLNode.isSpace(head[end]), head[end] != UInt8(ascii: ">"),
                      head[end] != UInt8(ascii: "/") {
                    end += 1
                }
                guard end > start, end < count else { return nil }
                return String(decoding: head[start..<end], as: UTF8.self)
            }
        }
        return nil
    }
}
