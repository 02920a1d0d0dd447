import Testing

@testable import GlossCore

@Suite struct JSONBytesTests {
    /// What `body` writes into a fresh buffer of 64 bytes, as text.
    func written(_ body: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }

    @Test func digitsOfEveryLength() {
        var values: [UInt] = [0, 1, 9, UInt.max, UInt.max - 1]
        var power: UInt = 1
        for _ in 0..<19 {
            power *= 10
            values += [power - 1, power, power + 1]
        }
        for value in values {
            #expect(written { JSONBytes.writeDigits(value, at: $0) } == String(value))
        }
    }

    @Test func decimalsAndPairsWithSigns() {
        var generator = SplitMix64(seed: 7)
        var values = [0, -1, 1, Int.max, Int.min, -10, 100, -99_999]
        for _ in 0..<2_000 { values.append(Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...62, using: &generator)) }
        for (a, b) in zip(values, values.reversed()) {
            #expect(written { JSONBytes.writeDecimal(a, at: $0) } == String(a))
            #expect(written { JSONBytes.writePair(a, b, at: $0) } == "[\(a),\(b)]")
        }
    }

    /// The ten-thousandths are rounded half away from zero without `rounded()`: values at and
    /// around each half must come out as `rounded()` makes them.
    @Test func fewDecimalsRoundHalvesAsRoundedDoes() {
        var values: [Double] = []
        for k in -2_000...2_000 {
            let half = (Double(k) + 0.5) / 10_000
            values += [half, half.nextUp, half.nextDown, Double(k) / 10_000 + 1e-9]
        }
        for value in values {
            let buffer = JSONBuffer(capacity: 64)
            let wrote = JSONBytes.appendFewDecimals(value, to: buffer)
            let scaled = (value * 10_000).rounded()
            #expect(wrote == (scaled / 10_000 == value))
            if wrote { #expect(String(decoding: buffer.array, as: UTF8.self) == value.description) }
        }
    }

    /// `copy` moves exactly `count` bytes for every count its cases split (0 to 3, 4 to 7, 8 to
    /// 16, 17 to 32, and the `memmove` beyond), and leaves the byte after them alone.
    @Test func copiesOfEveryShortLengthMoveExactlyTheirBytes() {
        let source = (0..<80).map { UInt8($0 + 1) }
        for count in 0...70 {
            var target = [UInt8](repeating: 0, count: 80)
            source.withUnsafeBufferPointer { from in
                target.withUnsafeMutableBufferPointer { JSONBytes.copy(from.baseAddress!, to: $0.baseAddress! + 3, count: count) }
            }
            #expect(Array(target[3..<(3 + count)]) == Array(source[..<count]), "count \(count)")
            #expect(target[..<3].allSatisfy { $0 == 0 } && target[(3 + count)...].allSatisfy { $0 == 0 }, "count \(count)")
        }
    }

    /// Signed values at every power of ten and one either side, and the extremes, are written
    /// as `String(describing:)` writes them (the digits stored a pair at a time).
    @Test func decimalsAtEveryPowerOfTenReadAsDescriptionDoes() {
        var values = [0, 1, -1, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power, -(power + 1)]
        }
        for value in values {
            #expect(written { JSONBytes.writeDecimal(value, at: $0) } == String(describing: value))
            #expect(written { JSONBytes.writePair(value, ~value, at: $0) } == "[\(value),\(~value)]")
        }
    }

    /// `writeScaled` at each number of places it is given (0 to 4), for values around every
    /// rounding half of some fractions and wholes of every length up to nine digits: the text of
    /// the rounded quotient as `String(describing:)` has it, less a trailing ".0" (and "-0" is 0).
    @Test func scaledValuesReadAsTheRoundedQuotientsDescription() {
        var wholes: [Double] = [0]
        var power = 1.0
        for _ in 0..<9 {
            power *= 10
            wholes += [power / 10, power - 1]
        }
        var wrong: [String] = []
        for places in 0...4 {
            let scale = JSONBytes.scale(places: places)
            for whole in wholes {
                for step in stride(from: 0, to: Int(scale), by: max(1, Int(scale) / 50)) + [Int(scale) - 1] {
                    let half = whole + (Double(step) + 0.5) / scale
                    for magnitude in [whole + Double(step) / scale, half, half.nextUp, half.nextDown] {
                        for value in [magnitude, -magnitude] {
                            let quotient = (value * scale).rounded() / scale
                            var expected = String(describing: quotient)
                            if expected.hasSuffix(".0") { expected.removeLast(2) }
                            if expected == "-0" { expected = "0" }
                            let got = written { JSONBytes.writeScaled(value * scale, places: places, at: $0) }
                            if got != expected { wrong.append("\(value) at \(places): \(got), not \(expected)") }
                        }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count), first: \(wrong.prefix(3))")
    }

    @Test func digitCountsAtEveryPowerOfTen() {
        #expect(JSONBytes.digitCount(0) == 1)
        #expect(JSONBytes.digitCount(UInt.max) == 20)
        var power: UInt = 1
        for length in 1..<20 {
            power *= 10
            #expect(JSONBytes.digitCount(power - 1) == length)
            #expect(JSONBytes.digitCount(power) == length + 1)
        }
    }
}
