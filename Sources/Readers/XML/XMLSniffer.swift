import GlossCore

/// Finds the root element's name in the first bytes of a file, so a reader can claim files by
/// what they are, not only by their extension.
///
/// Requires: the file's head (UTF-8, ASCII-compatible, or UTF-16 with a byte order mark or an
/// XML declaration). Provides: the root element's qualified name (`rss`, `rdf:RDF`, `feed`),
/// skipping a byte order mark, the XML declaration, processing instructions, comments and a
/// doctype (internal subset included); nil when the file holds no element start. When the head
/// ends inside the prolog (a long comment or doctype), more of the file is read, up to
/// `maxPrologBytes`. Costs: one pass over the head, no allocation but the name; a longer read
/// only for such files.
enum XMLSniffer {
    /// How far into a file the root element is looked for.
    static let maxPrologBytes = 1 << 20

    /// The root element of the file at `path`, whose first bytes are `head`.
    static func rootElement(_ head: [UInt8], path: String) -> String? {
        switch sniff(utf8(head)) {
        case .found(let name): return name
        case .notXML: return nil
        case .needMore:
            guard head.count >= ContainerLimits.headBytes else { return nil }
            return rootElement(longHead(path: path))
        }
    }

    /// The root element's name in `head`, or nil when `head` shows none.
    static func rootElement(_ head: [UInt8]) -> String? {
        if case .found(let name) = sniff(utf8(head)) { return name }
        return nil
    }

    private enum Sniff {
        case found(String)
        case notXML
        /// The head ended inside the prolog.
        case needMore
    }

    /// Up to `maxPrologBytes` of the file, decompressed when it is gzip, as UTF-8.
    private static func longHead(path: String) -> [UInt8] {
        let chunks = FileChunks(path: path)
        var head: [UInt8] = []
        while head.count < maxPrologBytes {
            let chunk = chunks.next()
            if chunk.isEmpty { break }
            head.append(contentsOf: chunk)
        }
        return utf8(head)
    }

    /// The head as UTF-8 when it is UTF-16 (a byte order mark, or `<?` as UTF-16); else as is.
    /// Only the markup's ASCII matters for sniffing, so an odd trailing byte is dropped.
    static func utf8(_ head: [UInt8]) -> [UInt8] {
        guard head.count >= 4 else { return head }
        let bigEndian: Bool
        switch (head[0], head[1], head[2], head[3]) {
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F): bigEndian = true
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00): bigEndian = false
        default: return head
        }
        var units: [UInt16] = []
        units.reserveCapacity(head.count / 2)
        var index = 0
        while index + 1 < head.count {
            let pair = (UInt16(head[index]), UInt16(head[index + 1]))
            units.append(bigEndian ? pair.0 << 8 | pair.1 : pair.1 << 8 | pair.0)
            index += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    private static func sniff(_ head: [UInt8]) -> Sniff {
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
            guard byte == UInt8(ascii: "<") else { return .notXML }
            if starts(with: "<?", at: index) {
                guard let next = skip(past: "?>", from: index) else { return .needMore }
                index = next
            } else if starts(with: "<!--", at: index) {
                guard let next = skip(past: "-->", from: index) else { return .needMore }
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
                guard current < count else { return .needMore }
                index = current + 1
            } else {
                let start = index + 1
                var end = start
                while end < count, !XMLNode.isSpace(head[end]), head[end] != UInt8(ascii: ">"),
                      head[end] != UInt8(ascii: "/") {
                    end += 1
                }
                guard end > start else { return .notXML }
                guard end < count else { return .needMore }
                return .found(String(decoding: head[start..<end], as: UTF8.self))
            }
        }
        return .needMore
    }
}
