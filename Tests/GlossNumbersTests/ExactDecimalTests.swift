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
}
