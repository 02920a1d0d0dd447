import Foundation

/// A reader over the bytes of one JSON text that takes only what it is asked for: values are
/// read where they stand (a string unescaped straight into a caller's buffer, a number parsed
/// from its digits) and everything else is skipped without being built. What
/// `PackedRows(json:)` reads JSON Lines records with, for `gloss report` and `gloss show`, and
/// what `ingest.html` walks a page's JSON-LD with (`JSONLDReader`, after its own strict check).
///
/// It checks the structure it walks (brackets, commas, string and number syntax) and throws
/// `Malformed` at the first error; strings are taken as UTF-8 and not checked further.
/// Cost: one pass over the bytes, no allocation but the caller's buffers. Not thread-safe;
/// valid while the bytes are.
package struct JSONScanner {
    package struct Malformed: Error {
        package init() {}
    }

    package let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    package var offset: Int

    package init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// A scanner at `offset` of the same bytes (a value found earlier).
    package func at(_ offset: Int) -> JSONScanner { JSONScanner(bytes, at: offset) }

    /// The first byte of the next value (`{`, `[`, `"`, a digit or sign, `t`, `f`, `n`), nil at the end.
    package mutating func peek() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// What `peek()` would return, without moving.
    package func first() -> UInt8? {
        var copy = self
        return copy.peek()
    }

    /// Whether only whitespace is left.
    package mutating func isAtEnd() -> Bool { peek() == nil }

    /// Calls `body` with each member's key and this scanner before its value, which `body`
    /// must read or skip. Throws unless the next value is an object.
    package mutating func members(_ body: (Key, inout JSONScanner) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            let key = try readKey()
            try expect(UInt8(ascii: ":"))
            try body(key, &self)
            if try endOfList(UInt8(ascii: "}")) { return }
        }
    }

    /// Calls `body` with this scanner before each element of an array, which `body` must read
    /// or skip. Throws unless the next value is an array.
    package mutating func elements(_ body: (inout JSONScanner) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return
        }
        while true {
            try body(&self)
            if try endOfList(UInt8(ascii: "]")) { return }
        }
    }

    /// After a member or element: true at the closing bracket, false after a comma.
    private mutating func endOfList(_ close: UInt8) throws(Malformed) -> Bool {
        switch peek() {
        case close?:
            offset += 1
            return true
        case UInt8(ascii: ",")?:
            offset += 1
            return false
        default: throw Malformed()
        }
    }

    /// An object key: its raw bytes, with whether they hold an escape.
    package struct Key {
        package let raw: UnsafeBufferPointer<UInt8>
        package let escaped: Bool

        /// Whether the key is `name` (a plain ASCII name; escaped keys are compared unescaped).
        package func `is`(_ name: StaticString) -> Bool {
            if escaped { return unescaped() == Array(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)) }
            return raw.count == name.utf8CodeUnitCount && memcmp(raw.baseAddress!, name.utf8Start, raw.count) == 0
        }

        /// The key as a string, unescaped.
        package func text() throws(Malformed) -> String {
            guard escaped else { return String(decoding: raw, as: UTF8.self) }
            var out: [UInt8] = []
            var scanner = JSONScanner(raw)
            try scanner.unescape(until: raw.count, into: &out)
            return String(decoding: out, as: UTF8.self)
        }

        private func unescaped() -> [UInt8] {
            var out: [UInt8] = []
            var scanner = JSONScanner(raw)
            try? scanner.unescape(until: raw.count, into: &out)
            return out
        }
    }

    private mutating func readKey() throws(Malformed) -> Key {
        guard peek() == UInt8(ascii: "\"") else { throw Malformed() }
        offset += 1
        let start = offset
        let escaped = try skipStringBody()
        return Key(raw: UnsafeBufferPointer(rebasing: bytes[start..<offset - 1]), escaped: escaped)
    }

    /// Skips one value of any kind.
    package mutating func skipValue() throws(Malformed) {
        switch peek() {
        case UInt8(ascii: "{")?: try members { _, scanner throws(Malformed) in try scanner.skipValue() }
        case UInt8(ascii: "[")?: try elements { scanner throws(Malformed) in try scanner.skipValue() }
        case UInt8(ascii: "\"")?:
            offset += 1
            _ = try skipStringBody()
        case UInt8(ascii: "t")?: try literal("true")
        case UInt8(ascii: "f")?: try literal("false")
        case UInt8(ascii: "n")?: try literal("null")
        case .some: _ = try number()
        case nil: throw Malformed()
        }
    }

    /// The string value here unescaped into `out` (appended); false, with the value skipped,
    /// when it is not a string.
    package mutating func string(into out: inout [UInt8]) throws(Malformed) -> Bool {
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue()
            return false
        }
        offset += 1
        let start = offset
        let escaped = try skipStringBody()
        let end = offset - 1
        if escaped {
            var inner = JSONScanner(bytes, at: start)
            try inner.unescape(until: end, into: &out)
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        return true
    }

    /// The string value here, or nil (the value skipped) when it is not one.
    package mutating func string() throws(Malformed) -> String? {
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue()
            return nil
        }
        // a string token reads as a key does: its bytes in place, unescaped only when it holds an escape
        return try readKey().text()
    }

    /// The number here as an integer when it is a whole number that fits one; nil (the value
    /// skipped) otherwise.
    package mutating func int() throws(Malformed) -> Int? {
        guard let first = peek(), first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            try skipValue()
            return nil
        }
        let value = try number()
        if let integer = value.integer { return integer }
        return value.double.rounded() == value.double && abs(value.double) < 9.2e18 ? Int(value.double) : nil
    }

    /// The number here as a double; nil (the value skipped) when it is not a number.
    package mutating func double() throws(Malformed) -> Double? {
        guard let first = peek(), first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            try skipValue()
            return nil
        }
        return try number().double
    }

    /// A span `[start, end]`: two whole numbers, start ≤ end; nil (skipped) otherwise.
    package mutating func span() throws(Malformed) -> (Int, Int)? {
        guard peek() == UInt8(ascii: "[") else {
            try skipValue()
            return nil
        }
        var values: (Int?, Int?, Int) = (nil, nil, 0)
        try elements { scanner throws(Malformed) in
            let value = try scanner.int()
            if values.2 == 0 { values.0 = value } else if values.2 == 1 { values.1 = value }
            values.2 += 1
        }
        guard values.2 == 2, let start = values.0, let end = values.1, start <= end else { return nil }
        return (start, end)
    }

    /// Reads `byte` if it is next (no whitespace skipped).
    package mutating func consume(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(Malformed) {
        guard peek() == byte else { throw Malformed() }
        offset += 1
    }

    private mutating func literal(_ word: StaticString) throws(Malformed) {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count, memcmp(bytes.baseAddress! + offset, word.utf8Start, count) == 0 else {
            throw Malformed()
        }
        offset += count
    }

    /// Moves past a string's closing quote (the opening one already read); returns whether
    /// the string holds an escape. Control characters are let through, as lenient readers do.
    private mutating func skipStringBody() throws(Malformed) -> Bool {
        var escaped = false
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\"") { return escaped }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                offset += 1
            }
        }
        throw Malformed()
    }
}
