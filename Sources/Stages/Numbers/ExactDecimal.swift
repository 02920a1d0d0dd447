/// A decimal number held exactly: a signed significand and a power of ten.
///
/// `1,674.5 million` is 16745 × 10^5, written `1674500000`; arithmetic that would overflow
/// 38 digits, and division, give `nil` so that callers fall back to a `Double`.
///
/// Stored as the significand's two 64-bit halves and the exponent: 24 bytes, 8-byte aligned,
/// where an `Int128` field would align the value, and every `NumberValue`, numeral, piece,
/// quantity and mention that holds one, to 16 bytes (a `NumberValue` was 48 bytes, now 32).
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
    /// The significand's low 64 bits.
    var low: UInt64
    /// The significand's high 64 bits, with its sign.
    var high: Int64
    /// The power of ten the significand is multiplied by.
    public var exponent: Int

    /// The digits, with the sign.
    public var significand: Int128 {
        @inline(__always) get { Int128(truncatingIfNeeded: high) << 64 | Int128(truncatingIfNeeded: low) }
        @inline(__always) set {
            low = UInt64(truncatingIfNeeded: newValue)
            high = Int64(truncatingIfNeeded: newValue >> 64)
        }
    }

    public init(_ significand: Int128, exponent: Int = 0) {
        low = UInt64(truncatingIfNeeded: significand)
        high = Int64(truncatingIfNeeded: significand >> 64)
        self.exponent = exponent
        normalize()
    }

    /// The value of stored halves and exponent, already normalised (`NumberValue`'s storage).
    @inline(__always)
    init(low: UInt64, high: Int64, normalizedExponent exponent: Int) {
        self.low = low
        self.high = high
        self.exponent = exponent
    }

    public init(_ value: Int) { self.init(Int128(value)) }

    /// Parses ASCII digits with at most one `.` (no sign, no separators); `nil` for anything else.
    public init?<C: Collection>(digits: C) where C.Element == UInt8 {
        var significand: Int128 = 0
        var exponent = 0
        var seenPoint = false
        var seenDigit = false
        for byte in digits {
            if byte == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard byte &- 0x30 < 10 else { return nil }
            seenDigit = true
            let (times, overflow1) = significand.multipliedReportingOverflow(by: 10)
            let (plus, overflow2) = times.addingReportingOverflow(Int128(byte &- 0x30))
            if overflow1 || overflow2 { return nil }
            significand = plus
            if seenPoint { exponent -= 1 }
        }
        guard seenDigit else { return nil }
        self.init(significand, exponent: exponent)
    }

    /// Trailing zeros of the significand moved into the exponent (zero has exponent 0). A
    /// significand that fits in 64 bits, nearly every one, is divided in 64 bits; `Int128`
    /// division is a call to the runtime (`__divti3`, `__modti3`) per step.
    @inline(__always)
    private mutating func normalize() {
        guard high == Int64(bitPattern: low) >> 63 else { return normalizeWide() }
        var small = Int64(bitPattern: low)
        if small == 0 {
            exponent = 0
            return
        }
        guard small % 10 == 0 else { return }
        repeat {
            small /= 10
            exponent += 1
        } while small % 10 == 0
        low = UInt64(bitPattern: small)
        high = small >> 63
    }

    /// `normalize()` for a significand beyond 64 bits, out of line.
    @inline(never)
    private mutating func normalizeWide() {
        var significand = self.significand
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        self.significand = significand
    }

    public var isInteger: Bool { exponent >= 0 }
    public var isNegative: Bool { significand < 0 }
    public var negated: ExactDecimal { ExactDecimal(-significand, exponent: exponent) }

    /// The double nearest the value. A significand below 2^53 and a power of ten to 10^22 are
    /// both exact doubles, so one multiplication or division rounds once; beyond either (a
    /// scientific exponent to ±307, a long significand) the decimal is read as `Double(String)`
    /// reads it, rounded once, where steps of ten would round at each.
    public var doubleValue: Double {
        if significand.magnitude <= 1 << 53, exponent.magnitude < UInt(Self.powers.count) {
            let base = Double(Int64(significand))
            if exponent == 0 { return base }
            return exponent > 0 ? base * Self.powers[exponent] : base / Self.powers[-exponent]
        }
        return parsedDouble
    }

    /// `doubleValue` beyond the exact doubles, through `Double(String)`: out of line, so that
    /// the common path (nearly every number in text) sets up no frame for the string.
    @inline(never)
    private var parsedDouble: Double {
        guard let nearest = Double("\(significand)e\(exponent)") else { return exponent < 0 ? 0 : significand < 0 ? -.infinity : .infinity }
        return nearest
    }

    /// 10^0 … 10^22, each an exact double. Written out, so the compiler lays the array down as
    /// a constant and a read of it needs no one-time initialisation check.
    private static let powers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
        1e21, 1e22,
    ]

    /// `self × other`, or `nil` when the significand would overflow.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        if overflow { return nil }
        return ExactDecimal(product, exponent: exponent + other.exponent)
    }

    /// `self + other`, or `nil` when aligning the exponents would overflow.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        var (a, b) = (self, other)
        if a.exponent < b.exponent { swap(&a, &b) }
        // a has the larger exponent: scale its significand down to b's exponent
        var scaled = a.significand
        for _ in 0..<(a.exponent - b.exponent) {
            let (times, overflow) = scaled.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            scaled = times
        }
        let (sum, overflow) = scaled.addingReportingOverflow(b.significand)
        if overflow { return nil }
        return ExactDecimal(sum, exponent: b.exponent)
    }

    /// Plain decimal notation, never an exponent: `1674500000`, `0.08`, `-5.5`.
    public var description: String {
        String(unsafeUninitializedCapacity: textCapacity) { writeText(at: $0.baseAddress!) }
    }

    /// At least the bytes `writeText(at:)` writes: a sign, 39 digits, a point and the zeros the
    /// exponent adds (before the digits or after them).
    public var textCapacity: Int { 42 + abs(exponent) }

    /// Writes `description`'s bytes (ASCII) at `target`, which has room for `textCapacity`,
    /// and returns how many: no `String` is made, so a record's encoder can write the value
    /// straight into its line. Cost: one division a digit.
    public func writeText(at target: UnsafeMutablePointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { scratch in
            let count = Self.digits(of: significand.magnitude, into: scratch)
            let places = max(0, -exponent)
            // the digits with zeros before them to one more than the places after the point
            let padded = places > 0 ? max(count, places + 1) : count
            var k = 0
            if significand < 0 {
                target[k] = UInt8(ascii: "-")
                k += 1
            }
            for i in 0..<padded {
                if places > 0 && i == padded - places {
                    target[k] = UInt8(ascii: ".")
                    k += 1
                }
                let position = padded - 1 - i
                target[k] = position < count ? scratch[position] : UInt8(ascii: "0")
                k += 1
            }
            for _ in 0..<max(0, exponent) {
                target[k] = UInt8(ascii: "0")
                k += 1
            }
            return k
        }
    }

    /// Writes the decimal digits of `magnitude` into `scratch`, least significant first, and
    /// returns how many (64-bit division while the number fits, which is nearly always).
    private static func digits(of magnitude: UInt128, into scratch: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var rest = magnitude
        while rest > UInt128(UInt64.max) {
            scratch[count] = UInt8(rest % 10) &+ 0x30
            rest /= 10
            count += 1
        }
        var small = UInt64(rest)
        repeat {
            scratch[count] = UInt8(small % 10) &+ 0x30
            small /= 10
            count += 1
        } while small > 0
        return count
    }
}
