import Foundation
import GlossCore

/// Finds an element with more attributes than a page may give one element, before libxml2
/// parses the page.
///
/// libxml2 2.9's HTML parser compares each attribute of a start tag with all the earlier ones
/// of the same tag (to drop duplicates), so a tag with n attributes costs O(n²): 200,000
/// attributes on one `<p>` took 78 s. No page needs more than a few dozen, so a page with a
/// tag over `maxPerElement` becomes an error record (`html.attribute-limit`) instead of being
/// parsed.
///
/// The scan reads tags as libxml2 does, closely enough for counting: `<` and a letter opens a
/// tag, attributes are names with an optional `=` and a quoted or bare value, `>` ends it;
/// comments and the contents of `script` and `style` are skipped. It only ever reports; pages
/// with no such tag are parsed exactly as before.
///
/// That pass runs only where `RawTextElision`'s scan, which reads every start tag exactly as
/// libxml2 2.9 does and counts its attributes, does not speak for the page
/// (`firstExcess(in:scanned:)`): with another libxml2, or where the scan could not be sure it
/// read the page as libxml2 does (a NUL byte, a DOCTYPE with a quoted `>`, a `<!` that opens
/// neither a comment nor a DOCTYPE; `Tags.exact`).
///
/// Cost: O(n) in bytes, one pass, no allocation, where it runs. Thread safety: a pure function.
enum AttributeLimit {
    /// The most attributes one element may have.
    static let maxPerElement = 1024
    /// The error code of a page with a tag over the limit.
    static let code: ErrorCode = "html.attribute-limit"

    /// A tag over the limit: where it starts in the bytes.
    struct Excess: Equatable {
        var offset: Int
    }

    /// The first start tag over the limit in `bytes`: from the page's scan, `scanned`
    /// (`RawTextElision.Tags`, counted with `maxPerElement`), when it read the page exactly;
    /// else from this type's own pass.
    static func firstExcess(in bytes: UnsafeBufferPointer<UInt8>, scanned: RawTextElision.Tags?) -> Excess? {
        if let scanned, scanned.exact { return scanned.firstExcess.map { Excess(offset: $0) } }
        return firstExcess(in: bytes)
    }

    /// The first start tag in `bytes` with more than `limit` attributes, or nil.
    static func firstExcess(in bytes: UnsafeBufferPointer<UInt8>, limit: Int = maxPerElement) -> Excess? {
        var scanner = Scanner(bytes: bytes)
        while let open = scanner.nextTagOpen() {
            let name = scanner.tagName()
            if scanner.countAttributes(upTo: limit) > limit { return Excess(offset: open) }
            if let rawText = scanner.rawText(name) { scanner.skipRawText(rawText) }
        }
        return nil
    }

    /// The error for a page with a tag over the limit; `map` leads offsets in decoded bytes
    /// back to the input's.
    static func error(_ excess: Excess, at map: OffsetMap = .identity, limit: Int = maxPerElement) -> StageError {
        StageError(
            "an element has more than \(limit) attributes (libxml2's cost grows with their square); "
                + "the page is not read: strip the attributes or pass the text with ingest.text",
            code: code, byteOffset: map.sourceStart(of: excess.offset))
    }

    /// A cursor over the page's bytes.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Moves past the next `<` that opens a start tag (`<` and a letter), skipping comments;
        /// returns the offset of the `<`.
        mutating func nextTagOpen() -> Int? {
            while let open = find(0x3C, from: index) {
                index = open + 1
                if index < bytes.count, bytes[index] == 0x21, starts(with: "!--", at: index) {
                    // A `<!-->` in a chunk before the last can end at the chunk's end.
                    if let chunkEnd = RawTextElision.chunkEndOfComment(bytes, at: open) {
                        index = chunkEnd
                        continue
                    }
                    index = find("-->", from: index + 3).map { $0 + 3 } ?? bytes.count
                } else if index < bytes.count, Self.isLetter(bytes[index]) {
                    return open
                }
            }
            index = bytes.count
            return nil
        }

        /// Reads the tag's name.
        mutating func tagName() -> Range<Int> {
            let start = index
            skip(until: Self.spaceOrEnd | Self.slash)
            return start..<index
        }

        /// Reads the tag's attributes up to its `>`; stops counting past `limit`.
        mutating func countAttributes(upTo limit: Int) -> Int {
            var count = 0
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isSpace(byte) || byte == 0x2F {
                    index += 1
                    continue
                }
                if byte == 0x3E {
                    index += 1
                    return count
                }
                count += 1
                if count > limit { return count }
                skip(until: Self.spaceOrEnd | Self.equals)
                skipSpaces()
                guard index < bytes.count, bytes[index] == 0x3D else { continue }
                index += 1
                skipSpaces()
                guard index < bytes.count else { break }
                let quote = bytes[index]
                if quote == 0x22 || quote == 0x27 {
                    index = find(quote, from: index + 1).map { $0 + 1 } ?? bytes.count
                } else {
                    skip(until: Self.spaceOrEnd)
                }
            }
            return count
        }

        /// The raw-text element (`script`, `style`) the tag named `name` opens, where `<` opens nothing.
        func rawText(_ name: Range<Int>) -> StaticString? {
            if equalsIgnoringCase(name, "script") { return "script" }
            if equalsIgnoringCase(name, "style") { return "style" }
            return nil
        }

        /// Moves past the end tag of the raw-text element `name` (`</script`, any case).
        mutating func skipRawText(_ name: StaticString) {
            let count = name.utf8CodeUnitCount
            while let open = find(0x3C, from: index) {
                index = open + 1
                guard index < bytes.count, bytes[index] == 0x2F else { continue }
                if equalsIgnoringCase(index + 1..<min(index + 1 + count, bytes.count), name) {
                    index += 1 + count
                    return
                }
            }
            index = bytes.count
        }

        private func equalsIgnoringCase(_ range: Range<Int>, _ name: StaticString) -> Bool {
            guard range.count == name.utf8CodeUnitCount else { return false }
            for position in 0..<range.count where Self.lowercased(bytes[range.lowerBound + position]) != name.utf8Start[position] {
                return false
            }
            return true
        }

        private mutating func skipSpaces() {
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        }

        /// Moves to the next byte in `stops` (a set of bytes below 64, as bits), or to the end.
        private mutating func skip(until stops: UInt64) {
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 64 && (stops >> UInt64(byte)) & 1 != 0 { return }
                index += 1
            }
        }

        /// ASCII whitespace (U+0009–U+000D, the space: bits 9–13 and 32) and `>` (bit 62).
        static let spaceOrEnd: UInt64 = 0x4000_0001_0000_3E00
        /// `/` (bit 47).
        static let slash: UInt64 = 0x0000_8000_0000_0000
        /// `=` (bit 61).
        static let equals: UInt64 = 0x2000_0000_0000_0000

        private func find(_ byte: UInt8, from start: Int) -> Int? { bytes.firstIndex(of: byte, from: start) }

        private func find(_ text: StaticString, from start: Int) -> Int? {
            var from = start
            while let first = find(text.utf8Start[0], from: from) {
                if starts(with: text, at: first) { return first }
                from = first + 1
            }
            return nil
        }

        private func starts(with text: StaticString, at offset: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            for position in 0..<count where bytes[offset + position] != text.utf8Start[position] { return false }
            return true
        }

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
        static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
    }
}
