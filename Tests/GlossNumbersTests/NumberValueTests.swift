import GlossCore
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

    /// `writeText` (which `description` reads) writes an integral `Double` under 10^18 as
    /// `String(Int64(_:))` does and any other as `%.15g` with the zeros after its point
    /// dropped, and never more than `textCapacity` bytes.
    @Test func doublesAreWrittenAsTheStringRulesWriteThem() {
        /// Whether `text` is `%.15g`'s text of `double` with the zeros after its point (and a
        /// point left bare) dropped, or `String(Int64(double))` for an integral value under 10^18.
        func isWritten(_ text: String, for double: Double) -> Bool {
            if double == double.rounded() && abs(double) < 1e18 { return text == String(Int64(double)) }
            let full = String(format: "%.15g", double)
            if full.contains("e") || !full.contains(".") { return text == full }
            let dropped = full.dropFirst(text.count)
            return full.hasPrefix(text) && !text.hasSuffix(".") && !(text.contains(".") && text.hasSuffix("0"))
                && dropped.allSatisfy { $0 == "0" || $0 == "." }
        }
        var random = SplitMix64(seed: 724)
        var doubles: [Double] = [0, -0.0, 1, -1, 9, 10, -10, 1e17, -1e17, 999_999_999_999_999_872, -999_999_999_999_999_872, 1e18, -1e18,
            0.5, -0.25, 2.0 / 3.0, 1e-300, -1.5e300, .infinity, -.infinity, .nan, .pi, 123_456.789, 1e15 + 0.5]
        for _ in 0..<3000 {
            let integer = Int64(bitPattern: random.next()) >> Int(random.next() % 64)
            doubles.append(Double(integer))
            doubles.append(Double(integer) / Double(1 << (random.next() % 20)))
            doubles.append(Double(bitPattern: random.next()))
        }
        for double in doubles {
            let value = NumberValue(double)
            #expect(isWritten(value.description, for: double), "\(double)")
            let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.textCapacity) { value.writeText(at: $0.baseAddress!) }
            #expect(count <= value.textCapacity && count == value.description.utf8.count)
        }
    }

    /// An exact value's text fits `textCapacity` at every width of significand and at exponents
    /// far from zero (zeros before or after the digits).
    @Test func exactTextsFitTheirCapacity() {
        var random = SplitMix64(seed: 725)
        for _ in 0..<2000 {
            let decimal = ExactDecimal(ExactDecimalTests.randomSignificand(&random), exponent: Int(random.next() % 601) - 300)
            let value = NumberValue(decimal)
            let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.textCapacity) { value.writeText(at: $0.baseAddress!) }
            #expect(count <= value.textCapacity && count == decimal.description.utf8.count)
        }
    }

    /// The layout the reader's copies depend on: no `Int128` field to align a value to 16
    /// bytes, no optional's tag beside the `Double`.
    @Test func valuesAre32BytesAlignedTo8() {
        #expect(MemoryLayout<ExactDecimal>.size == 24)
        #expect(MemoryLayout<ExactDecimal>.alignment == 8)
        #expect(MemoryLayout<NumberValue>.size == 32)
        #expect(MemoryLayout<NumberValue>.alignment == 8)
    }

    /// An exact value set, read back and cleared through `exact` is the same value, at every
    /// width of significand (both halves, both signs) and with no exact value at all.
    @Test func exactRoundTripsThroughTheStoredHalves() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<2000 {
            let significand = ExactDecimalTests.randomSignificand(&random)
            let decimal = ExactDecimal(significand, exponent: Int(random.next() % 41) - 20)
            let value = NumberValue(decimal)
            #expect(value.exact == decimal)
            #expect(value.exact?.significand == decimal.significand)
            #expect(value.double == decimal.doubleValue)
            var cleared = value
            cleared.exact = nil
            #expect(cleared.exact == nil && cleared == NumberValue(value.double))
            cleared.exact = decimal
            #expect(cleared.exact == decimal)
        }
        #expect(NumberValue(0.5).exact == nil)
        #expect(NumberValue(ExactDecimal(Int128.min + 1)).exact?.significand == Int128.min + 1)
        #expect(NumberValue(ExactDecimal(Int128.max)).exact?.significand == Int128.max)
    }

    /// `NumberValue(Int)`'s 64-bit path gives the value `ExactDecimal`'s 128-bit initialiser
    /// gives: the same normalised significand and exponent, the same double.
    @Test func integersMatchTheWideInitialiser() {
        var integers = [0, 1, -1, 7, 10, -10, 100, 1000, 120, 1_000_000, -3_500_000, Int.max, Int.min, Int.min + 1]
        integers += [9_007_199_254_740_993, 9_007_199_254_740_990, -9_007_199_254_740_993, 1_000_000_000_000_000_000]
        var random = SplitMix64(seed: 18)
        for _ in 0..<3000 {
            let magnitude = Int(truncatingIfNeeded: random.next() >> (1 + random.next() % 63))
            integers.append(random.next() % 2 == 0 ? magnitude : -magnitude)
            integers.append(Int(random.next() % 1000) * 1000)
        }
        for integer in integers {
            let wide = NumberValue(ExactDecimal(Int128(integer)))
            let value = NumberValue(integer)
            #expect(value == wide, "\(integer)")
            #expect(value.exact?.exponent == wide.exact?.exponent, "\(integer)")
            #expect(value.double.bitPattern == wide.double.bitPattern, "\(integer)")
        }
    }

    /// Normalising moves trailing zeros into the exponent on either side of 64 bits.
    @Test func normalisesOnBothSidesOf64Bits() {
        #expect(ExactDecimal(1200, exponent: -1).significand == 12)
        #expect(ExactDecimal(1200, exponent: -1).exponent == 1)
        #expect(ExactDecimal(0, exponent: -5).exponent == 0)
        let wide = Int128(UInt64.max) * 1000  // beyond 64 bits, three zeros
        #expect(ExactDecimal(wide).significand == Int128(UInt64.max))
        #expect(ExactDecimal(wide).exponent == 3)
        #expect(ExactDecimal(-wide, exponent: -3).significand == -Int128(UInt64.max))
        #expect(ExactDecimal(-wide, exponent: -3).exponent == 0)
        let tenTo30 = Int128(1_000_000_000_000_000) * 1_000_000_000_000_000
        #expect(ExactDecimal(tenTo30).significand == 1 && ExactDecimal(tenTo30).exponent == 30)
        #expect(ExactDecimal(Int128(Int64.min)).significand == Int128(Int64.min))
    }
}
