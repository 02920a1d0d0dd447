import Foundation

extension JSONScanner {
    /// A JSON number: exactly as an integer when it is written as one and fits, and as a double.
    package struct Number {
        package var integer: Int?
        package var double: Double
    }

    /// Reads a number (RFC 8259's grammar). A decimal of at most 15 significant digits and a
    /// small exponent is computed exactly (one correctly rounded division or product, as
    /// Clinger's fast path), others by `strtod`.
    package mutating func number() throws(Malformed) -> Number {
        let start = offset
        let negative = consume(UInt8(ascii: "-"))
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        let integerDigits = try digitRun(into: &mantissa, counting: &digits)
        guard integerDigits > 0 else { throw Malformed() }
        var isInteger = true
        if consume(UInt8(ascii: ".")) {
            isInteger = false
            let fraction = try digitRun(into: &mantissa, counting: &digits)
            guard fraction > 0 else { throw Malformed() }
            exponent -= fraction
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isInteger = false
            let negativeExponent = consume(UInt8(ascii: "-"))
            if !negativeExponent { _ = consume(UInt8(ascii: "+")) }
            var written: UInt64 = 0
            var count = 0
            guard try digitRun(into: &written, counting: &count) > 0 else { throw Malformed() }
            exponent += (negativeExponent ? -1 : 1) * Int(min(written, 100_000))
        }
        if isInteger, digits <= 18 {
            let value = Int(mantissa)
            return Number(integer: negative ? -value : value, double: Double(negative ? -value : value))
        }
        if digits <= 15, (-22...22).contains(exponent) {
            let magnitude = exponent < 0 ? Double(mantissa) / Self.powers[-exponent] : Double(mantissa) * Self.powers[exponent]
            return Number(integer: nil, double: negative ? -magnitude : magnitude)
        }
        return Number(integer: nil, double: slowDouble(from: start))
    }

    private static let powers: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Reads digits, adding them to `value` while it has room (counting them in `digits`, the
    /// significant ones: leading zeros of the whole number are not); returns how many were read.
    private mutating func digitRun(into value: inout UInt64, counting digits: inout Int) throws(Malformed) -> Int {
        var read = 0
        while offset < bytes.count, case let digit = bytes[offset] &- UInt8(ascii: "0"), digit < 10 {
            if value != 0 || digit != 0 { digits += 1 }
            if digits <= 19 { value = value &* 10 &+ UInt64(digit) }
            offset += 1
            read += 1
        }
        return read
    }

    /// The number from `start` to here, by the C library.
    private func slowDouble(from start: Int) -> Double {
        var text = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        text.append(0)
        return text.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { strtod($0, nil) }
        }
    }

    /// Unescapes the string body from here to `end` (the offset of its closing quote) into `out`.
    /// `\uXXXX` escapes become UTF-8, surrogate pairs joined; a lone surrogate becomes U+FFFD.
    package mutating func unescape(until end: Int, into out: inout [UInt8]) throws(Malformed) {
        while offset < end {
            let byte = bytes[offset]
            offset += 1
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                continue
            }
            guard offset < end else { throw Malformed() }
            let escape = bytes[offset]
            offset += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"): Self.appendUTF8(try scalarEscape(until: end), to: &out)
            default: throw Malformed()
            }
        }
    }

    /// The scalar of a `\u` escape (its `\u` read), joining a surrogate pair.
    private mutating func scalarEscape(until end: Int) throws(Malformed) -> Unicode.Scalar {
        let unit = try hexQuad(until: end)
        if (0xD800..<0xDC00).contains(unit), offset + 6 <= end, bytes[offset] == UInt8(ascii: "\\"),
            bytes[offset + 1] == UInt8(ascii: "u")
        {
            let saved = offset
            offset += 2
            let low = try hexQuad(until: end)
            if (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            }
            offset = saved
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }

    /// Four hex digits before `end`, as a number.
    package mutating func hexQuad(until end: Int) throws(Malformed) -> UInt32 {
        guard offset + 4 <= end else { throw Malformed() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Malformed()
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
