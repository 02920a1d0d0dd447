import Testing

@testable import GlossNumbers

@Suite struct NumberValueTests {
    @Test func exactArithmeticStaysExact() {
        let value = NumberValue(ExactDecimal(35, exponent: -1)) * NumberValue(ExactDecimal(1, exponent: 6))
        #expect(value.exact != nil)
        #expect(value.description == "3500000")
        #expect((NumberValue(1) / NumberValue(4)).description == "0.25")
        #expect((NumberValue(23) / NumberValue(5)).exact?.description == "4.6")
    }

    @Test func repeatingFractionsAreRoundedTo15Digits() {
        let third = NumberValue(2) / NumberValue(3)
        #expect(third.exact == nil)
        #expect(third.description == "0.666666666666667")
        #expect(abs(third.double - 2.0 / 3.0) < 1e-15)
    }

    @Test func negationKeepsExactness() {
        #expect(NumberValue(ExactDecimal(5)).negated.description == "-5")
        #expect(NumberValue(-0.5).description == "-0.5")
    }
}
