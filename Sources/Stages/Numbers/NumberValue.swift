import Foundation

/// A resolved quantity: exact where the text is exact (`1,674.5 million`), else a `Double`
/// rounded to 15 significant digits (`two thirds`, `1 over 3`).
public struct NumberValue: Hashable, Sendable, CustomStringConvertible {
    /// The exact value, when the text gives one.
    public var exact: ExactDecimal?
    /// The value as a `Double`.
    public var double: Double

    public init(_ exact: ExactDecimal) {
        self.exact = exact
        self.double = exact.doubleValue
    }

    public init(_ double: Double) {
        self.exact = nil
        self.double = double
    }

    public init(_ integer: Int) { self.init(ExactDecimal(integer)) }

    public var isInteger: Bool { exact.map(\.isInteger) ?? (double.rounded() == double) }

    /// The value as a decimal string: exact digits, or 15 significant digits without trailing zeros.
    public var description: String {
        if let exact { return exact.description }
        if double == double.rounded() && abs(double) < 1e18 { return String(Int64(double)) }
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
