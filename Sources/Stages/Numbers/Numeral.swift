/// The value of one number token as written in digits: `1,234,567`, `12,34,567`, `.08`, `-5`,
/// `3/4`, `½`, `21st`, `1990s`, `5,00` (a decimal comma).
struct Numeral: Hashable, Sendable {
    enum Form: UInt8, Sendable {
        /// Digits, with or without separators and a decimal part.
        case plain
        /// `3/4`, `½`.
        case fraction
        /// `21st`, `2nd`.
        case ordinal
        /// `1990s`.
        case decade
    }

    var value: NumberValue
    var form: Form
    /// Digits before any separator or point (so `1 234` can be joined: the `1` has one).
    var leadingDigits: Int
    /// Whether thousands separators or a decimal point appear.
    var hasSeparators: Bool
    var hasPoint: Bool
    var isSigned: Bool

    /// Whether this could be the first group of a number written with spaces (`1 234 567`).
    var canLeadGroups: Bool { form == .plain && !hasSeparators && !hasPoint && leadingDigits <= 3 }
    /// Whether this is a three-digit group that can follow (`234` of `1 234`).
    var isGroupOfThree: Bool { form == .plain && !hasSeparators && !hasPoint && !isSigned && leadingDigits == 3 }

    /// The numeral of `bytes[start..<end]`, or nil when it is not one number (`1.2.3`,
    /// `22,24,26`).
    init?(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        var index = start
        var negative = false
        isSigned = false
        if index < end && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            isSigned = true
            index += 1
        } else if end - index >= 3 && bytes[index] == 0xE2 && bytes[index + 1] == 0x88 && bytes[index + 2] == 0x92 {
            negative = true  // U+2212 minus sign
            isSigned = true
            index += 3
        }
        if let vulgar = Self.vulgarFraction(bytes, at: index, end: end) {
            guard vulgar.length == end - index else { return nil }
            value = negative ? vulgar.value.negated : vulgar.value
            form = .fraction
            leadingDigits = 0
            hasSeparators = false
            hasPoint = false
            return
        }
        // digits, separators, point
        var digits: [UInt8] = []
        digits.reserveCapacity(end - index)
        var groups: [Int] = []  // lengths of comma-separated groups
        var current = 0
        var points = 0
        var commas = 0
        var afterPoint = 0
        var slash = -1
        var digitsBeforeSlash: [UInt8] = []
        while index < end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                digits.append(byte)
                current += 1
                if points > 0 { afterPoint += 1 }
            } else if byte == UInt8(ascii: ",") && points == 0 && slash < 0 {
                groups.append(current)
                current = 0
                commas += 1
            } else if byte == UInt8(ascii: ".") && slash < 0 {
                points += 1
                digits.append(byte)
            } else if byte == UInt8(ascii: "/") && slash < 0 && commas == 0 && points == 0 {
                slash = digits.count
                digitsBeforeSlash = digits
                digits.removeAll(keepingCapacity: true)
            } else {
                break
            }
            index += 1
        }
        if points == 0 || commas == 0 { groups.append(current) } else { groups.append(current - afterPoint - 0) }
        guard points <= 1, !digits.isEmpty || slash >= 0 else { return nil }
        hasPoint = points == 1
        hasSeparators = commas > 0
        leadingDigits = groups.first ?? 0
        // the suffix: st nd rd th, s, nothing
        let suffixLength = end - index
        form = .plain
        if suffixLength > 0 {
            guard slash < 0, !hasPoint, suffixLength <= 2 else { return nil }
            let a = bytes[index] | 0x20
            let b = suffixLength == 2 ? bytes[index + 1] | 0x20 : 0
            switch (a, b) {
            case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
                (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
                form = .ordinal
            case (UInt8(ascii: "s"), 0), (UInt8(ascii: "'") | 0x20, UInt8(ascii: "s")):
                form = .decade
            default:
                return nil
            }
        }
        if slash >= 0 {
            guard let numerator = ExactDecimal(digits: digitsBeforeSlash), let denominator = ExactDecimal(digits: digits),
                denominator.significand != 0
            else { return nil }
            let fraction = NumberValue(numerator) / NumberValue(denominator)
            value = negative ? fraction.negated : fraction
            form = .fraction
            return
        }
        if commas > 0 {
            // thousands (1,234,567), Indian (12,34,567) or one decimal comma (5,00)
            let integerGroups = groups
            let western = integerGroups.dropFirst().allSatisfy { $0 == 3 } && (1...3).contains(integerGroups[0])
            let indian =
                integerGroups.count >= 3 && integerGroups.last == 3
                && integerGroups.dropFirst().dropLast().allSatisfy { $0 == 2 } && (1...2).contains(integerGroups[0])
            if !western && !indian {
                guard commas == 1, points == 0, (1...2).contains(integerGroups[1]) else { return nil }
                // a decimal comma: 5,00
                digits.insert(UInt8(ascii: "."), at: digits.count - integerGroups[1])
                hasPoint = true
                hasSeparators = false
            }
        }
        guard let exact = ExactDecimal(digits: digits) else {
            guard let double = Double(String(decoding: digits, as: UTF8.self)) else { return nil }
            value = NumberValue(negative ? -double : double)
            return
        }
        value = NumberValue(negative ? exact.negated : exact)
    }

    /// A Unicode vulgar fraction (`½` U+00BD, `¼`, `¾`, U+2150–U+215E) at `index`.
    static func vulgarFraction(_ bytes: UnsafePointer<UInt8>, at index: Int, end: Int) -> (
        value: NumberValue, length: Int
    )? {
        guard index + 1 < end else { return nil }
        if bytes[index] == 0xC2 {
            switch bytes[index + 1] {
            case 0xBC: return (NumberValue(1) / NumberValue(4), 2)
            case 0xBD: return (NumberValue(1) / NumberValue(2), 2)
            case 0xBE: return (NumberValue(3) / NumberValue(4), 2)
            default: return nil
            }
        }
        guard index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x85 else { return nil }
        let table: [UInt8: (Int, Int)] = [
            0x90: (1, 7), 0x91: (1, 9), 0x92: (1, 10), 0x93: (1, 3), 0x94: (2, 3), 0x95: (1, 5), 0x96: (2, 5),
            0x97: (3, 5), 0x98: (4, 5), 0x99: (1, 6), 0x9A: (5, 6), 0x9B: (1, 8), 0x9C: (3, 8), 0x9D: (5, 8),
            0x9E: (7, 8),
        ]
        guard let (n, d) = table[bytes[index + 2]] else { return nil }
        return (NumberValue(n) / NumberValue(d), 3)
    }
}
