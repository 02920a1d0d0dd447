import Foundation

/// A resolved quantity: exact where the text is exact (`1,674.5 million`), else a `Double`
/// rounded to 15 significant digits (`two thirds`, `1 over 3`).
///
/// Stored as the exact value's fields with no optional's tag (an exponent of `Int.min` stands
/// for none) and the `Double`: 32 bytes, 8-byte aligned. The reader copies values inside every
/// numeral, piece, phrase, quantity and mention; as `ExactDecimal?` (an `Int128`'s 16-byte
/// alignment, a tag byte) and a `Double` one was 48.
///
/// Requires: an exact value's exponent above `Int.min`. No reading comes near it (a scientific
/// exponent stops at ±307, a fraction's at its digits); a decimal made with exponent `Int.min`
/// would read as none (a zero significand would tell them apart, at a cost: docs/performance.md).
public struct NumberValue: Hashable, Sendable, CustomStringConvertible {
    /// The exact value's significand, low and high halves (zero when there is none).
    private var low: UInt64
    private var high: Int64
    /// The exact value's exponent, or `Int.min` when there is none.
    private var exponent: Int
    /// The value as a `Double`.
    public var double: Double

    /// The exact value, when the text gives one.
    public var exact: ExactDecimal? {
        @inline(__always) get {
            exponent == Int.min ? nil : ExactDecimal(low: low, high: high, normalizedExponent: exponent)
        }
        set {
            if let newValue {
                (low, high, exponent) = (newValue.low, newValue.high, newValue.exponent)
            } else {
                (low, high, exponent) = (0, 0, Int.min)
            }
        }
    }

    public init(_ exact: ExactDecimal) {
        low = exact.low
        high = exact.high
        exponent = exact.exponent
        self.double = exact.doubleValue
    }

    public init(_ double: Double) {
        low = 0
        high = 0
        exponent = Int.min
        self.double = double
    }

    /// The integer, exactly. In 64-bit arithmetic throughout: normalised without the `Int128`
    /// divisions `ExactDecimal`'s own initialiser makes, and the `Double` converted from the
    /// integer (one correctly rounded conversion, the value `ExactDecimal.doubleValue` gives).
    /// Inlined, so the constants the reader writes (`NumberValue(0)`, `NumberValue(1)`) fold.
    @inline(__always)
    public init(_ integer: Int) {
        var significand = integer
        var exponent = 0
        if significand != 0 {
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
        }
        low = UInt64(bitPattern: Int64(significand))
        high = significand < 0 ? -1 : 0
        self.exponent = exponent
        double = Double(integer)
    }

    public var isInteger: Bool { exact.map(\.isInteger) ?? (double.rounded() == double) }

    /// The value as a decimal string: exact digits, or 15 significant digits without trailing zeros.
    public var description: String {
        String(unsafeUninitializedCapacity: textCapacity) { writeText(at: $0.baseAddress!) }
    }

    /// At least the bytes `writeText(at:)` writes.
    public var textCapacity: Int { exact?.textCapacity ?? 32 }

    /// Writes `description`'s bytes (ASCII) at `target`, which has room for `textCapacity`,
    /// and returns how many. An exact value and an integral `Double` under 10^18 are written
    /// digit by digit with no `String` made (a record's encoder writes them straight into its
    /// line); any other `Double` goes through `String(format: "%.15g")` (some 36,000
    /// instructions: its arguments are boxed), at most 24 bytes.
    public func writeText(at target: UnsafeMutablePointer<UInt8>) -> Int {
        if let exact { return exact.writeText(at: target) }
        if double == double.rounded() && abs(double) < 1e18 { return Self.writeInteger(Int64(double), at: target) }
        var count = 0
        for byte in Self.formatted(double).utf8 {
            target[count] = byte
            count += 1
        }
        return count
    }

    /// `integer` in decimal at `target` (room for 20 bytes): the bytes `String(integer)` holds.
    private static func writeInteger(_ integer: Int64, at target: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        if integer < 0 {
            target[0] = UInt8(ascii: "-")
            count = 1
        }
        var rest = integer.magnitude
        var digits = 0
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        rest = integer.magnitude
        for i in stride(from: count + digits - 1, through: count, by: -1) {
            target[i] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
            rest /= 10
        }
        return count + digits
    }

    /// A `Double` that is no integer (or too large for one) to 15 significant digits, trailing
    /// zeros after the point dropped; an exponent is kept as `%g` writes it.
    private static func formatted(_ double: Double) -> String {
        var text = String(format: "%.15g", double)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    public static func * (lhs: NumberValue, rhs: NumberValue) -> NumberValue {
        if let a = lhs.exact, let b = rhs.exact, let product = a.multiplied(by: b) { return NumberValue(product) }
        return NumberValue(lhs.double * rhs.double)
    }

    public static func + (lhs: NumberValue, rhs: NumberValue) -> NumberValue {
        if let a = lhs.exact, let b = rhs.exact, let sum = a.adding(b) { return NumberValue(sum) }
        return NumberValue(lhs.double + rhs.double)
    }

    public static func / (lhs: NumberValue, rhs: NumberValue) -> NumberValue {
        // exact when the quotient terminates within a few digits (1/4, 3/8, 23/5)
        if let a = lhs.exact, let b = rhs.exact, b.significand != 0 {
            for power in 0...6 {
                let (scaled, overflow) = a.significand.multipliedReportingOverflow(by: Int128(pow10: power))
                if overflow { break }
                if scaled % b.significand == 0 {
                    return NumberValue(ExactDecimal(scaled / b.significand, exponent: a.exponent - b.exponent - power))
                }
            }
        }
        return NumberValue(lhs.double / rhs.double)
    }

    public var negated: NumberValue {
        if let exact { return NumberValue(exact.negated) }
        return NumberValue(-double)
    }
}

extension Int128 {
    fileprivate init(pow10 n: Int) {
        var value: Int128 = 1
        for _ in 0..<n { value *= 10 }
        self = value
    }
}
