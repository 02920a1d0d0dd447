import GlossCore
import Testing

@testable import GlossNumbers

@Suite struct ExactDecimalTests {
    @Test func parsesDigitsWithAPoint() throws {
        #expect(try #require(ExactDecimal(digits: Array("1674.50".utf8))).description == "1674.5")
        #expect(try #require(ExactDecimal(digits: Array(".08".utf8))).description == "0.08")
        #expect(try #require(ExactDecimal(digits: Array("000".utf8))).description == "0")
        #expect(ExactDecimal(digits: Array("1.2.3".utf8)) == nil)
        #expect(ExactDecimal(digits: Array("12a".utf8)) == nil)
        #expect(ExactDecimal(digits: Array(".".utf8)) == nil)
    }

    @Test func multipliesAndAddsExactly() throws {
        let a = try #require(ExactDecimal(digits: Array("1674.5".utf8)))
        #expect(a.multiplied(by: ExactDecimal(1, exponent: 6))?.description == "1674500000")
        let b = try #require(ExactDecimal(digits: Array("0.1".utf8)))
        #expect(b.adding(ExactDecimal(2, exponent: -1))?.description == "0.3")  // no binary rounding
        #expect(ExactDecimal(-55, exponent: -1).description == "-5.5")
    }

    @Test func reportsOverflowAsNil() {
        let big = ExactDecimal(Int128.max / 2)
        #expect(big.multiplied(by: ExactDecimal(7)) == nil)
    }

    /// A significand of a random width up to 127 bits (both 64-bit halves in use for most), of
    /// either sign.
    static func randomSignificand(_ random: inout SplitMix64) -> Int128 {
        let bits = Int(random.next() % 127)
        var significand = Int128(truncatingIfNeeded: random.next()) << 64 | Int128(truncatingIfNeeded: random.next())
        significand >>= (127 - bits)
        return random.next() % 2 == 0 ? -significand : significand
    }

    /// The digits written by bytes are those of the plain string-building rule: the magnitude,
    /// zeros after for a positive exponent, a point `-exponent` digits from the end (zeros
    /// before when too few digits), a minus sign.
    @Test func descriptionMatchesTheStringRuleOnRandomValues() {
        func reference(_ value: ExactDecimal) -> String {
            var digits = String(value.significand.magnitude)
            if value.exponent > 0 {
                digits += String(repeating: "0", count: value.exponent)
            } else if value.exponent < 0 {
                let places = -value.exponent
                if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
            }
            return value.significand < 0 ? "-" + digits : digits
        }
        var random = SplitMix64(seed: 4217)
        for _ in 0..<5000 {
            let significand = Self.randomSignificand(&random)
            let value = ExactDecimal(significand, exponent: Int(random.next() % 61) - 30)
            #expect(value.description == reference(value), "\(value.significand) e\(value.exponent)")
        }
        for value in [ExactDecimal(0), ExactDecimal(0, exponent: -3), ExactDecimal(0, exponent: 2), ExactDecimal(Int128.min + 1), ExactDecimal(Int128.max, exponent: -40)] {
            #expect(value.description == reference(value))
        }
    }

    /// The double is the one nearest the decimal (as `Double(String)` reads it) at every
    /// exponent the scientific notation reaches (±307, with a mantissa's digits on either side),
    /// not a product of powers of ten rounded at each step.
    @Test func doubleIsTheNearestAtEveryExponent() {
        var generator = SystemRandomNumberGenerator()
        var wrong: [String] = []
        for exponent in -330...320 {
            for significand: Int128 in [1, 16, 91, 99, 12_345_678, Int128(Int64.random(in: 1...Int64.max, using: &generator))] {
                let text = "\(significand)e\(exponent)"
                guard let nearest = Double(text) else { continue }
                if ExactDecimal(significand, exponent: exponent).doubleValue != nearest { wrong.append(text) }
                if ExactDecimal(-significand, exponent: exponent).doubleValue != -nearest { wrong.append("-" + text) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, first: \(wrong.prefix(4))")
    }
}
