/// The shape of the digits of one numeral: the runs of digits, the marks (`,` `.`) between
/// them, and a slash. `Numeral` reads it to tell grouping from the decimal point.
///
/// | written        | runs         | marks   | reading                                  |
/// |----------------|--------------|---------|------------------------------------------|
/// | `1,234,567`    | 1 3 3        | , ,     | thousands                                |
/// | `12,34,567`    | 2 2 3        | , ,     | Indian grouping (lakh, crore)            |
/// | `1,234.5`      | 1 3 1        | , .     | thousands, then the decimal point        |
/// | `1.234.567,89` | 1 3 3 2      | . . ,   | dots group, the last comma is the point  |
/// | `3.5`, `5,00`  | 1 1 / 1 2    | . / ,   | one decimal mark                         |
/// | `1.2.3`        | 1 1 1        | . .     | none: not one number                     |
struct NumeralLayout {
    /// Digits in each run (at least one run when `digitCount > 0`); held inline up to eight
    /// runs, so that a numeral's layout allocates nothing.
    var runs = InlineList<SIMD8<Int>>()
    /// The mark after each run but the last (inline up to sixteen).
    var marks = InlineList<SIMD16<UInt8>>()
    /// Where the digits and marks end (the suffix, if any, starts there).
    var end: Int
    var digitCount = 0
    /// The byte offset of a slash (`3/4`), when there is one.
    var slash: Int?
    private let start: Int

    init(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        self.start = start
        var index = start
        var run = 0
        var leadingPoint = false
        while index < end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                run += 1
                digitCount += 1
            } else if byte == UInt8(ascii: "/") && slash == nil && marks.isEmpty && run > 0 {
                slash = index
                runs.append(run)
                run = 0
            } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && slash == nil && index + 1 < end
                && bytes[index + 1] &- 0x30 < 10
            {
                if run == 0 && runs.isEmpty && byte == UInt8(ascii: ".") { leadingPoint = true }  // .08
                runs.append(run)
                marks.append(byte)
                run = 0
            } else if byte == UInt8(ascii: ".") && index + 1 == end && run > 0 && marks.isEmpty && slash == nil {
                index += 1  // 5. : a point with nothing after it
                break
            } else {
                break
            }
            index += 1
        }
        runs.append(run)
        self.end = index
        if slash != nil && run == 0 { digitCount = 0 }
        if leadingPoint && marks.count > 1 { digitCount = 0 }
    }

    /// Which mark is the decimal point: `.some(nil)` when none is (an integer, or every mark
    /// groups thousands), `.some(k)` for mark `k`, `nil` when the marks make no one number.
    func decimalMark() -> Int?? {
        guard let lastMark = marks.last else { return .some(nil) }
        let grouping = marks.dropLast().allSatisfy { $0 == lastMark }
        if grouping && groupsThousands(by: lastMark, through: runs.count) { return .some(nil) }
        if marks.count == 1 {
            // 3.5, .08, 5,00, 3,5 (a comma with one or two digits after it)
            if lastMark == UInt8(ascii: ".") || (1...2).contains(runs[1]) { return .some(0) }
            return nil
        }
        // 1,234.5 and 1.234,5: one kind of mark groups, the last other one is the point
        let groupMark = marks[0]
        guard groupMark != lastMark, marks.dropLast().allSatisfy({ $0 == groupMark }),
            groupsThousands(by: groupMark, through: runs.count - 1, pointFollows: true)
        else { return nil }
        return .some(marks.count - 1)
    }

    /// Whether `runs[0..<count]` are thousands groups by `mark` (1–3 digits, then threes), or
    /// Indian groups by commas (1–2, then twos, then three).
    private func groupsThousands(by mark: UInt8, through count: Int, pointFollows: Bool = false) -> Bool {
        guard count >= 2 else { return false }
        let groups = runs[0..<count]
        if (1...3).contains(groups[0]) && groups.dropFirst().allSatisfy({ $0 == 3 }) {
            // one dot and three digits alone is a decimal (1.234) in English; before a decimal
            // comma it groups (1.234,5)
            return mark == UInt8(ascii: ",") || count >= 3 || pointFollows
        }
        return mark == UInt8(ascii: ",") && count >= 3 && groups.last == 3 && (1...2).contains(groups[0])
            && groups.dropFirst().dropLast().allSatisfy { $0 == 2 }
    }

    /// The value, with mark `decimal` as the point and every other mark dropped. The digits
    /// are read into the significand as they come (as `ExactDecimal(digits:)` reads them);
    /// only a significand past `Int128.max` (39 digits or more; 38 always fit) takes the
    /// string path.
    func value(_ bytes: UnsafePointer<UInt8>, decimal: Int?) -> NumberValue? {
        var significand: Int128 = 0
        var exponent = 0
        var pointSeen = false
        var digitSeen = false
        var mark = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                let (times, overflow) = significand.multipliedReportingOverflow(by: 10)
                let (plus, carry) = times.addingReportingOverflow(Int128(byte &- 0x30))
                if overflow || carry { return longValue(bytes, decimal: decimal) }
                significand = plus
                digitSeen = true
                if pointSeen { exponent -= 1 }
            } else {
                if mark == decimal { pointSeen = true }
                mark += 1
            }
        }
        guard digitSeen else { return longValue(bytes, decimal: decimal) }
        return NumberValue(ExactDecimal(significand, exponent: exponent))
    }

    /// `value(_:decimal:)` through the digits as text: an exact value when they fit, else the
    /// nearest `Double`.
    private func longValue(_ bytes: UnsafePointer<UInt8>, decimal: Int?) -> NumberValue? {
        var digits: [UInt8] = []
        digits.reserveCapacity(digitCount + 1)
        var mark = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                digits.append(byte)
            } else {
                if mark == decimal { digits.append(UInt8(ascii: ".")) }
                mark += 1
            }
        }
        if let exact = ExactDecimal(digits: digits) { return NumberValue(exact) }
        return Double(String(decoding: digits, as: UTF8.self)).map(NumberValue.init)
    }

    /// `3/4`: the numerator over the denominator, both plain digits.
    func fraction(_ bytes: UnsafePointer<UInt8>, slash: Int) -> NumberValue? {
        // 1987/88, 1986/7: a span of years (a crop or fiscal year), not a fraction
        if runs.count == 2 && runs[0] == 4 && (runs[1] == 2 || runs[1] == 1) { return nil }
        guard let numerator = ExactDecimal(digits: UnsafeBufferPointer(start: bytes + start, count: slash - start)),
            let denominator = ExactDecimal(digits: UnsafeBufferPointer(start: bytes + slash + 1, count: end - slash - 1)),
            denominator.significand != 0, numerator.significand != 0  // 0/92: a code, not a fraction
        else { return nil }
        // 138/126, 671/652, 50/50: a pair (a bid and an offer, a split), not a fraction of one
        if runs.count == 2, runs[0] >= 2, runs[1] >= 2, NumberValue(numerator).double >= NumberValue(denominator).double {
            return nil
        }
        return NumberValue(numerator) / NumberValue(denominator)
    }
}
