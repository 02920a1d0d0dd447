/// The value of one number token as written in digits: `1,234,567`, `12,34,567`,
/// `1.234.567,89` (dots group, a comma is the decimal point), `.08`, `-5`, `3/4`, `½`, `21st`,
/// `1990s`, `5,00` (a decimal comma).
///
/// Reading goes in named steps: the sign, a vulgar fraction, the runs of digits and the marks
/// between them (`NumeralLayout`), the suffix (`st`, `s`), then which marks group thousands and
/// which one is the decimal point.
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
    /// Whether thousands separators appear.
    var hasSeparators: Bool
    /// Whether a decimal point (or decimal comma) appears.
    var hasPoint: Bool
    var isSigned: Bool

    /// Whether this could be the first group of a number written with spaces (`1 234 567`).
    var canLeadGroups: Bool { form == .plain && !hasSeparators && !hasPoint && leadingDigits <= 3 }
    /// Whether this is a three-digit group that can follow (`234` of `1 234`).
    var isGroupOfThree: Bool { form == .plain && !hasSeparators && !hasPoint && !isSigned && leadingDigits == 3 }
    /// Whether this can be the last group of a number written with spaces, with its decimals
    /// (`234.5` of `1 234.5`).
    var isLastGroup: Bool { form == .plain && !hasSeparators && !isSigned && leadingDigits == 3 }

    /// The numeral of `bytes[start..<end]`, or nil when it is not one number (`1.2.3`,
    /// `22,24,26`).
    init?(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        if let plain = Self.plainDigits(bytes, from: start, to: end) {
            // the common case, digits alone: no layout to read
            self.init(value: plain, form: .plain, leadingDigits: end - start, hasSeparators: false, hasPoint: false, isSigned: false)
            return
        }
        let (negative, signed, digitsStart) = Self.sign(bytes, from: start, to: end)
        if let vulgar = Self.vulgarFraction(bytes, at: digitsStart, end: end) {
            guard vulgar.length == end - digitsStart else { return nil }
            self.init(fraction: negative ? vulgar.value.negated : vulgar.value, signed: signed)
            return
        }
        let layout = NumeralLayout(bytes, from: digitsStart, to: end)
        guard layout.digitCount > 0, let form = Self.suffixForm(bytes, from: layout.end, to: end, layout: layout, digits: digitsStart) else {
            return nil
        }
        if let slash = layout.slash {
            guard let fraction = layout.fraction(bytes, slash: slash) else { return nil }
            self.init(fraction: negative ? fraction.negated : fraction, signed: signed)
            return
        }
        guard let decimal = layout.decimalMark() else { return nil }
        guard let magnitude = layout.value(bytes, decimal: decimal) else { return nil }
        self.init(
            value: negative ? magnitude.negated : magnitude, form: form, leadingDigits: layout.runs[0],
            hasSeparators: layout.marks.count > (decimal == nil ? 0 : 1), hasPoint: decimal != nil, isSigned: signed)
    }

    private init(value: NumberValue, form: Form, leadingDigits: Int, hasSeparators: Bool, hasPoint: Bool, isSigned: Bool) {
        self.value = value
        self.form = form
        self.leadingDigits = leadingDigits
        self.hasSeparators = hasSeparators
        self.hasPoint = hasPoint
        self.isSigned = isSigned
    }

    private init(fraction: NumberValue, signed: Bool) {
        self.init(value: fraction, form: .fraction, leadingDigits: 0, hasSeparators: false, hasPoint: false, isSigned: signed)
    }

    /// The value of 1 to 18 ASCII digits and nothing else, or nil.
    @inline(__always)
    private static func plainDigits(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> NumberValue? {
        guard end > start, end - start <= 18 else { return nil }
        var value: Int64 = 0
        for index in start..<end {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
        }
        return NumberValue(ExactDecimal(Int128(value)))
    }

    /// A leading `-`, `+` or U+2212 minus sign: whether it is negative, whether a sign is
    /// written, and where the digits start.
    private static func sign(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> (Bool, Bool, Int) {
        if start < end && (bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+")) {
            return (bytes[start] == UInt8(ascii: "-"), true, start + 1)
        }
        if end - start >= 3 && bytes[start] == 0xE2 && bytes[start + 1] == 0x88 && bytes[start + 2] == 0x92 {
            return (true, true, start + 3)
        }
        return (false, false, start)
    }

    /// The form the letters after the digits give: none (plain), `st nd rd th` (ordinal), `s`
    /// or `'s` (decade); nil for any other suffix, or one after a point or a slash. An ordinal
    /// in `st` ends in 1 but not in 11 (`21st`, `101st`), as English writes them: after any
    /// other digits `st` is no ordinal's suffix (`17st` is stones, `NumberPiece` splits it).
    private static func suffixForm(
        _ bytes: UnsafePointer<UInt8>, from index: Int, to end: Int, layout: NumeralLayout, digits: Int
    ) -> Form? {
        let length = end - index
        guard length > 0 else { return .plain }
        guard layout.slash == nil, layout.marks.isEmpty || layout.marks.allSatisfy({ $0 == UInt8(ascii: ",") }), length <= 2
        else { return nil }
        let a = bytes[index] | 0x20
        let b = length == 2 ? bytes[index + 1] | 0x20 : 0
        switch (a, b) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")):
            let one = UInt8(ascii: "1")
            return bytes[index - 1] == one && (index - 2 < digits || bytes[index - 2] != one) ? .ordinal : nil
        case (UInt8(ascii: "n"), UInt8(ascii: "d")),
            (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            return .ordinal
        case (UInt8(ascii: "s"), 0), (UInt8(ascii: "'") | 0x20, UInt8(ascii: "s")):
            return .decade
        default:
            return nil
        }
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
        guard index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x85,
            let (n, d) = vulgarTable[bytes[index + 2]]
        else { return nil }
        return (NumberValue(n) / NumberValue(d), 3)
    }

    private static let vulgarTable: [UInt8: (Int, Int)] = [
        0x90: (1, 7), 0x91: (1, 9), 0x92: (1, 10), 0x93: (1, 3), 0x94: (2, 3), 0x95: (1, 5), 0x96: (2, 5),
        0x97: (3, 5), 0x98: (4, 5), 0x99: (1, 6), 0x9A: (5, 6), 0x9B: (1, 8), 0x9C: (3, 8), 0x9D: (5, 8),
        0x9E: (7, 8),
    ]
}
