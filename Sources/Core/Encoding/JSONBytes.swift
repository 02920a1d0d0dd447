/// The byte-level writing behind `JSONWriter`: decimal digits, escaped strings and fixed text,
/// stored straight into a `JSONBuffer` (after one capacity check per value) rather than made
/// elsewhere and copied in.
enum JSONBytes {
    /// The most bytes `writeDecimal` stores: 19 digits and a sign, or `Int.min`'s 19 and a sign.
    static let maxDecimalBytes = 20

    /// Writes `value` in decimal, with its sign, at `target` (room for `maxDecimalBytes`), and
    /// returns how many bytes it wrote.
    @inline(__always)
    static func writeDecimal(_ value: Int, at target: UnsafeMutablePointer<UInt8>) -> Int {
        guard value < 0 else { return writeDigits(value.magnitude, at: target) }
        target[0] = UInt8(ascii: "-")
        return 1 + writeDigits(value.magnitude, at: target + 1)
    }

    /// Writes the decimal digits of `value` at `target`: the length is found by comparisons
    /// first, so the digits go straight to their places, right to left, two at a time (each
    /// pair one two-byte load from `digitPairs` and one store; the index, at most 20, moves
    /// without overflow checks).
    @inline(__always)
    static func writeDigits(_ value: UInt, at target: UnsafeMutablePointer<UInt8>) -> Int {
        let length = digitCount(value)
        let digits = UnsafeRawPointer(digitPairs.utf8Start)
        let out = UnsafeMutableRawPointer(target)
        var rest = value
        var index = length
        while rest >= 10 {
            let pair = Int(truncatingIfNeeded: rest % 100) &* 2
            rest /= 100
            index &-= 2
            out.storeBytes(of: digits.loadUnaligned(fromByteOffset: pair, as: UInt16.self), toByteOffset: index, as: UInt16.self)
        }
        if index > 0 { target[0] = UInt8(truncatingIfNeeded: rest) &+ 48 }
        return length
    }

    /// How many decimal digits `value` has: three comparisons below 10^8 (offsets, counts and
    /// scores all are), counted on by tens above.
    @inline(__always)
    static func digitCount(_ value: UInt) -> Int {
        if value < 10_000 {
            if value < 100 { return value < 10 ? 1 : 2 }
            return value < 1_000 ? 3 : 4
        }
        if value < 100_000_000 {
            if value < 1_000_000 { return value < 100_000 ? 5 : 6 }
            return value < 10_000_000 ? 7 : 8
        }
        var length = 9
        var threshold: UInt = 1_000_000_000
        while length < 20 && value >= threshold {
            length += 1
            threshold &*= 10
        }
        return length
    }

    /// "00", "01", … "99": a literal, so no lazily made table is looked up.
    @inline(__always)
    static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// The most bytes `writePair` stores: two decimals, two brackets and a comma.
    static let maxPairBytes = 2 * maxDecimalBytes + 3

    /// Writes `[a,b]` at `target` and returns how many bytes it wrote.
    @inline(__always)
    static func writePair(_ a: Int, _ b: Int, at target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "[")
        var count = 1 + writeDecimal(a, at: target + 1)
        target[count] = UInt8(ascii: ",")
        count += 1
        count += writeDecimal(b, at: target + count)
        target[count] = UInt8(ascii: "]")
        return count + 1
    }

    /// The most bytes `writeSpanMembers` stores.
    static let maxSpanMembersBytes = 3 * maxPairBytes + 32

    /// Writes `"span":[s,e],"chars":[s,e]` and, when `source` is given, `,"source":[s,e]` at
    /// `target` (room for `maxSpanMembersBytes`) and returns how many bytes it wrote.
    @inline(__always)
    static func writeSpanMembers(
        _ span: Span, chars: Range<Int>, source: Range<Int>?, at target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var count = write("\"span\":", at: target)
        let spanPairAt = count
        let spanPair = writePair(Int(span.start), Int(span.end), at: target + count)
        count += spanPair
        count += write(",\"chars\":", at: target + count)
        if chars.lowerBound == Int(span.start) && chars.upperBound == Int(span.end) {
            // ASCII text before the span's end: its characters are its bytes, already written
            copy(target + spanPairAt, to: target + count, count: spanPair)
            count += spanPair
        } else {
            count += writePair(chars.lowerBound, chars.upperBound, at: target + count)
        }
        if let source {
            count += write(",\"source\":", at: target + count)
            count += writePair(source.lowerBound, source.upperBound, at: target + count)
        }
        return count
    }

    /// Copies `count` bytes from `source` to `target` (the two apart): up to 64 bytes by a few
    /// loads and stores, some of them overlapping, rather than a call to `memmove` (most strings,
    /// numbers and span members a record writes are that short).
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        switch count {
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 17...32:
            let words = (
                from.loadUnaligned(as: UInt64.self), from.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                from.loadUnaligned(fromByteOffset: count - 16, as: UInt64.self),
                from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            to.storeBytes(of: words.0, as: UInt64.self)
            to.storeBytes(of: words.1, toByteOffset: 8, as: UInt64.self)
            to.storeBytes(of: words.2, toByteOffset: count - 16, as: UInt64.self)
            to.storeBytes(of: words.3, toByteOffset: count - 8, as: UInt64.self)
        case 33...64:
            // the first 32 bytes and the last 32, overlapping
            move32(from, to)
            move32(from + (count - 32), to + (count - 32))
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            // first, middle and last: all three bytes of three, the two of two, the one of one
            target[0] = source[0]
            target[count >> 1] = source[count >> 1]
            target[count - 1] = source[count - 1]
        case 0: return
        default: target.update(from: source, count: count)
        }
    }

    /// Copies the 32 bytes at `from` to `to` (the two apart) by four word loads and stores.
    @inline(__always)
    private static func move32(_ from: UnsafeRawPointer, _ to: UnsafeMutableRawPointer) {
        let words = (
            from.loadUnaligned(as: UInt64.self), from.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
            from.loadUnaligned(fromByteOffset: 16, as: UInt64.self), from.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        to.storeBytes(of: words.0, as: UInt64.self)
        to.storeBytes(of: words.1, toByteOffset: 8, as: UInt64.self)
        to.storeBytes(of: words.2, toByteOffset: 16, as: UInt64.self)
        to.storeBytes(of: words.3, toByteOffset: 24, as: UInt64.self)
    }

    /// Writes fixed text (a key and its colon) at `target` and returns its length.
    @inline(__always)
    static func write(_ text: StaticString, at target: UnsafeMutablePointer<UInt8>) -> Int {
        // `copy`'s loads and stores, not `update(from:count:)`, which called `memmove` for a few bytes
        copy(text.utf8Start, to: target, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }

    /// 10^`places` for 0 … 4, the scales of `JSONWriter.number(_:places:)`.
    @inline(__always)
    static func scale(places: Int) -> Double { Double(integerScale(places: places)) }

    /// 10^`places` for 0 … 4.
    @inline(__always)
    static func integerScale(places: Int) -> UInt {
        switch places {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        default: 10_000
        }
    }

    /// Writes `scaled` (a value times 10^`places`, `places` 0 … 4, below 10^13 in magnitude)
    /// rounded half away from zero to a whole number n, as the decimal n / 10^`places` with
    /// trailing zeros dropped (no point when it is whole), at `target` (room for
    /// `maxDecimalBytes + 6`), and returns how many bytes it wrote: what `appendFewDecimals`,
    /// or `writeDecimal` for a whole quotient, writes for the double nearest n / 10^`places`.
    @inline(__always)
    static func writeScaled(_ scaled: Double, places: Int, at target: UnsafeMutablePointer<UInt8>) -> Int {
        var rounded = Int(scaled)
        let remainder = scaled - Double(rounded)
        if remainder >= 0.5 { rounded += 1 } else if remainder <= -0.5 { rounded -= 1 }
        // in ten-thousandths (below 10^17), so that the divisions are by a constant
        let scaledUp = rounded.magnitude &* integerScale(places: 4 - places)
        let whole = scaledUp / 10_000
        let tenThousandths = Int(truncatingIfNeeded: scaledUp &- whole &* 10_000)
        var count = 0
        if rounded < 0 {
            target[0] = UInt8(ascii: "-")
            count = 1
        }
        count += writeDigits(whole, at: target + count)
        guard tenThousandths != 0 else { return count }
        // the fraction as four digits from two pairs, trailing zeros cut off
        let digits = UnsafeRawPointer(digitPairs.utf8Start)
        let out = UnsafeMutableRawPointer(target)
        let high = (tenThousandths / 100) &* 2
        let low = (tenThousandths % 100) &* 2
        target[count] = UInt8(ascii: ".")
        out.storeBytes(of: digits.loadUnaligned(fromByteOffset: high, as: UInt16.self), toByteOffset: count &+ 1, as: UInt16.self)
        out.storeBytes(of: digits.loadUnaligned(fromByteOffset: low, as: UInt16.self), toByteOffset: count &+ 3, as: UInt16.self)
        var end = count + 4
        while target[end] == UInt8(ascii: "0") { end -= 1 }
        return end + 1
    }

    /// Appends `value` when it is the double nearest a decimal of at most four places and below
    /// a billion in magnitude (scores and confidences, rounded so): that decimal, trailing zeros
    /// dropped, is then the shortest text that reads back as `value`, the same text as
    /// `description`, made without it. False, having written nothing, for any other value.
    ///
    /// The ten-thousandths are rounded half away from zero as `rounded()` does, from the
    /// truncated value and its exact remainder (below 2^53 both are exact), without a call.
    static func appendFewDecimals(_ value: Double, to out: JSONBuffer) -> Bool {
        guard abs(value) < 1e9 else { return false }
        let scaled = value * 10_000
        var tenThousandths = Int(scaled)
        let remainder = scaled - Double(tenThousandths)
        if remainder >= 0.5 { tenThousandths += 1 } else if remainder <= -0.5 { tenThousandths -= 1 }
        guard Double(tenThousandths) / 10_000 == value else { return false }
        var fraction = Int(tenThousandths.magnitude % 10_000)
        var places = 4
        while fraction % 10 == 0 && places > 1 {
            fraction /= 10
            places -= 1
        }
        let target = out.reserve(maxDecimalBytes + 6)
        var count = 0
        if tenThousandths < 0 {
            target[0] = UInt8(ascii: "-")
            count = 1
        }
        count += writeDigits(tenThousandths.magnitude / 10_000, at: target + count)
        target[count] = UInt8(ascii: ".")
        count += places
        for index in 0..<places {
            target[count - index] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
            fraction /= 10
        }
        out.commit(count + 1)
        return true
    }
}
