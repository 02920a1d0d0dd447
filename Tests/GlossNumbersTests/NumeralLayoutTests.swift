import Testing

@testable import GlossNumbers

/// Grouping marks against decimal marks, for every shape of digits a numeral token takes.
@Suite struct NumeralLayoutTests {
    static func value(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Numeral($0.baseAddress!, from: 0, to: $0.count) }?.value.description
    }

    @Test func dotsGroupAndACommaIsThePoint() {
        #expect(Self.value("1.234.567") == "1234567")
        #expect(Self.value("1.234.567,89") == "1234567.89")
        #expect(Self.value("12.345,6") == "12345.6")
        #expect(Self.value("1.234,5") == "1234.5")
        #expect(Self.value("999.999.999.999") == "999999999999")
    }

    @Test func oneDotIsAlwaysADecimalPoint() {
        // English text: 1.234 is one and a bit, never a thousand
        #expect(Self.value("1.234") == "1.234")
        #expect(Self.value("10.000") == "10")
        #expect(Self.value(".5") == "0.5")
        #expect(Self.value("5.") == "5")
    }

    @Test func commasGroupAndADotIsThePoint() {
        #expect(Self.value("1,234,567.891") == "1234567.891")
        #expect(Self.value("12,34,567.5") == "1234567.5")
        #expect(Self.value("3,5") == "3.5")
    }

    @Test func shapesThatAreNoOneNumber() {
        for text in ["1.2.3", "1,2,3", "1.23.456", "1,234.567.8", "1.234,567,8", "22,24,26", "1,2345", "3/", "/4"] {
            #expect(Self.value(text) == nil, "\(text)")
        }
    }

    /// Past `Int128` the significand overflows (40 digits always do): the value is the double
    /// nearest the digits, as `Double(String)` reads them.
    @Test func digitsPastTheExactRangeGiveTheNearestDouble() {
        let digits = "1" + String(repeating: "234", count: 13)
        let grouped = "1" + String(repeating: ",234", count: 13)
        #expect(Self.value(grouped) == NumberValue(Double(digits)!).description)
        #expect(Self.value(grouped + ".5") == NumberValue(Double(digits + ".5")!).description)
        #expect(Self.value("1" + String(repeating: ",234", count: 12)) == String(digits.dropLast(3)))
    }

    /// Digits read one by one into the significand give what the digits as text give
    /// (`ExactDecimal(digits:)`, else `Double(String)`): 39 digits on either side of
    /// `Int128.max`, leading zeros, and more digits after the point than a significand holds.
    @Test func digitByDigitReadingMatchesTheDigitsAsText() {
        func asText(_ digits: String) -> String? {
            if let exact = ExactDecimal(digits: Array(digits.utf8)) { return NumberValue(exact).description }
            return Double(digits).map { NumberValue($0).description }
        }
        let top = String(Int128.max)  // 39 digits
        let past = String(UInt128(Int128.max) + 1)
        #expect(ExactDecimal(digits: Array(top.utf8)) != nil && ExactDecimal(digits: Array(past.utf8)) == nil)
        func grouped(_ digits: String) -> String {  // 170,141,…,727
            var out = ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { out += "," }
                out.append(digit)
            }
            return out
        }
        let cases: [(numeral: String, digits: String)] = [
            (grouped(top), top), (grouped(past), past), (grouped(top) + ".5", top + ".5"),
            ("0." + top, "0." + top), ("0." + past, "0." + past), ("1." + top, "1." + top),
            ("1." + String(repeating: "0", count: 37) + "1", "1." + String(repeating: "0", count: 37) + "1"),
            ("2." + String(repeating: "0", count: 37) + "1", "2." + String(repeating: "0", count: 37) + "1"),
            ("." + String(repeating: "0", count: 60) + "5", "." + String(repeating: "0", count: 60) + "5"),
            ("0." + String(repeating: "0", count: 60) + "5", "0." + String(repeating: "0", count: 60) + "5"),
            ("0,000,000." + String(repeating: "9", count: 38), "0000000." + String(repeating: "9", count: 38)),
            ("1.000.000," + String(repeating: "3", count: 40), "1000000." + String(repeating: "3", count: 40)),
        ]
        for (numeral, digits) in cases {
            #expect(Self.value(numeral) != nil && Self.value(numeral) == asText(digits), "\(numeral)")
        }
    }

    /// Every group count from two to five, both conventions, generated.
    @Test func generatedGroupings() {
        for groups in 2...5 {
            let digits = (0..<groups).map { $0 == 0 ? "7" : "123" }
            let whole = digits.joined()
            #expect(Self.value(digits.joined(separator: ",")) == whole)
            #expect(Self.value(digits.joined(separator: ",") + ".25") == whole + ".25")
            #expect(Self.value(digits.joined(separator: ".") + ",25") == whole + ".25")
            if groups >= 3 { #expect(Self.value(digits.joined(separator: ".")) == whole) }
        }
    }

    @Test func layoutRecordsRunsAndMarks() {
        let bytes = Array("1.234,5th".utf8)
        let layout = bytes.withUnsafeBufferPointer { NumeralLayout($0.baseAddress!, from: 0, to: $0.count) }
        #expect(Array(layout.runs) == [1, 3, 1])
        #expect(Array(layout.marks) == [UInt8(ascii: "."), UInt8(ascii: ",")])
        #expect(layout.end == 7)
        #expect(layout.decimalMark() == .some(1))
    }

    /// Two numbers of two digits or more over a slash, the first not below the second, are a
    /// pair (a bid and an offer, a split), not a fraction; below it they stay a fraction.
    @Test func aPairOverASlashIsNoFraction() throws {
        for (a, b) in [(138, 126), (671, 652), (50, 50), (99, 10), (1234, 1200)] {
            #expect(try NumberDetectorTests.mentions("DFL \(a)/\(b) SFR").isEmpty, "\(a)/\(b)")
            #expect(NumberCoverage.reason("\(a)/\(b)", before: "DFL", after: "SFR") == .quote, "\(a)/\(b)")
        }
        // a crop year stays a date
        #expect(NumberCoverage.reason("1987/88", before: "the", after: "crop") == .date)
        for (a, b) in [(3, 4), (15, 16), (7, 32), (11, 12)] {
            #expect(try NumberDetectorTests.mentions("it rose \(a)/\(b) today").count == 1, "\(a)/\(b)")
        }
    }
}
