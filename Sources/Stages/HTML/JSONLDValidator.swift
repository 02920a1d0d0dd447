import GlossCore

/// Checks that bytes are one JSON text of the plain kind `JSONLDReader` reads exactly as
/// Foundation's `JSONSerialization` does: RFC 8259's grammar with nothing let through (no
/// control character in a string, no unknown escape, no trailing comma, nothing after the
/// value), and besides at most `maxDepth` levels of nesting, numbers with no exponent and at
/// most 15 digits, and `\u` escapes that are not lone surrogates.
///
/// Cost: one pass over the bytes, no allocation; recursion as deep as the nesting, at most
/// `maxDepth`. Thread safety: a pure function.
struct JSONLDValidator {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private let maxDepth: Int

    private init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Whether `bytes` are one such JSON text, whitespace around it allowed.
    static func isStrict(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Bool {
        var validator = JSONLDValidator(bytes, maxDepth: maxDepth)
        guard validator.value(depth: 0) else { return false }
        validator.skipWhitespace()
        return validator.offset == bytes.count
    }

    private mutating func value(depth: Int) -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { return false }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return depth < maxDepth && list(close: UInt8(ascii: "}"), depth: depth + 1, members: true)
        case UInt8(ascii: "["): return depth < maxDepth && list(close: UInt8(ascii: "]"), depth: depth + 1, members: false)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    /// An object's members or an array's elements, the opening bracket next.
    private mutating func list(close: UInt8, depth: Int, members: Bool) -> Bool {
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == close {
            offset += 1
            return true
        }
        while true {
            if members {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), string() else { return false }
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return false }
                offset += 1
            }
            guard value(depth: depth) else { return false }
            skipWhitespace()
            guard offset < bytes.count else { return false }
            let byte = bytes[offset]
            offset += 1
            if byte == close { return true }
            guard byte == UInt8(ascii: ",") else { return false }
        }
    }

    /// A string, its opening quote next. The bytes are valid UTF-8 already (a page's text).
    private mutating func string() -> Bool {
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\"") { return true }
            if byte < 0x20 { return false }
            guard byte == UInt8(ascii: "\\") else { continue }
            guard offset < bytes.count else { return false }
            let escape = bytes[offset]
            offset += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                continue
            case UInt8(ascii: "u"):
                guard let unit = hexQuad() else { return false }
                if (0xDC00..<0xE000).contains(unit) { return false }
                if (0xD800..<0xDC00).contains(unit) {
                    guard offset + 2 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
                    else { return false }
                    offset += 2
                    guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return false }
                }
            default: return false
            }
        }
        return false
    }

    /// The four hex digits of a `\u` escape (its `\u` read), as `JSONScanner` reads them.
    private mutating func hexQuad() -> UInt32? {
        var scanner = JSONScanner(bytes, at: offset)
        defer { offset = scanner.offset }
        return try? scanner.hexQuad(until: bytes.count)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`, at most 15 digits in all.
    private mutating func number() -> Bool {
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count else { return false }
        var digits = 0
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            digits = 1
        } else {
            let run = digitRun()
            guard run > 0 else { return false }
            digits = run
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            let run = digitRun()
            guard run > 0 else { return false }
            digits += run
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") { return false }
        if offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { return false }
        return digits <= 15
    }

    private mutating func digitRun() -> Int {
        let start = offset
        while offset < bytes.count, bytes[offset] &- UInt8(ascii: "0") < 10 { offset += 1 }
        return offset - start
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { return false }
        offset += count
        return true
    }

    private mutating func skipWhitespace() {
        var scanner = JSONScanner(bytes, at: offset)
        _ = scanner.peek()  // skips JSON's whitespace
        offset = scanner.offset
    }
}
