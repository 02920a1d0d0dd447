extension JSONBytes {
    /// Appends `value` quoted and escaped. A native or small string's bytes are read in place.
    @inline(__always)
    static func appendQuoted(_ value: String, to out: JSONBuffer) {
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendQuoted($0, to: out) }
        if done == nil {
            var copy = value
            copy.withUTF8 { appendQuoted($0, to: out) }
        }
    }

    /// Appends `bytes` (valid UTF-8) quoted and escaped. Most strings need no escape: they are
    /// found so by a scan of eight bytes at a time and copied whole after one capacity check.
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: JSONBuffer) {
        let count = bytes.count
        guard let base = bytes.baseAddress else {
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: "\""))
            return
        }
        let firstEscape = firstEscape(in: base, count: count)
        guard firstEscape == count else {
            appendQuoted(base, count: count, escapingFrom: firstEscape, to: out)
            return
        }
        let target = out.reserve(count + 2)
        target[0] = UInt8(ascii: "\"")
        copy(base, to: target + 1, count: count)
        target[count + 1] = UInt8(ascii: "\"")
        out.commit(count + 2)
    }

    /// The index of the first byte of `count` bytes at `base` that needs an escape, or `count`.
    /// Eight bytes at a time, the byte found from the word's lowest flagged lane; the last few of
    /// eight or more are checked as the last eight (overlapping bytes already found clean).
    @inline(__always)
    static func firstEscape(in base: UnsafePointer<UInt8>, count: Int) -> Int {
        var index = 0
        while index + 8 <= count {
            let lanes = escapeLanes(word(base, at: index))
            if lanes != 0 { return index &+ lanes.trailingZeroBitCount &>> 3 }
            index += 8
        }
        guard index < count else { return count }
        if count >= 8 {
            // the lanes before `index` are clean, so the lowest flagged lane is at or after it
            let lanes = escapeLanes(word(base, at: count - 8))
            return lanes == 0 ? count : count &- 8 &+ lanes.trailingZeroBitCount &>> 3
        }
        while index < count && !needsEscape(base[index]) { index += 1 }
        return index
    }

    /// The eight bytes at `base + offset`, read unaligned.
    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The slow path of `appendQuoted`: each run before an escape and the escape stored with one
    /// capacity check.
    private static func appendQuoted(
        _ base: UnsafePointer<UInt8>, count: Int, escapingFrom first: Int, to out: JSONBuffer
    ) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = first
        while index < count {
            let run = index &- runStart
            let target = out.reserve(run &+ maxEscapeBytes)
            copy(base + runStart, to: target, count: run)
            out.commit(run &+ writeEscape(base[index], at: target + run))
            runStart = index &+ 1
            index = runStart &+ firstEscape(in: base + runStart, count: count &- runStart)
        }
        let run = count &- runStart
        let target = out.reserve(run &+ 1)
        copy(base + runStart, to: target, count: run)
        target[run] = UInt8(ascii: "\"")
        out.commit(run &+ 1)
    }

    /// Whether a byte must be escaped in a JSON string: quote, backslash, the C0 controls and
    /// DEL (written `\u007f` so that lines stay printable).
    @inline(__always) static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    /// Whether any of the eight bytes of `word` needs an escape (`escapeLanes` not zero).
    @inline(__always) static func wordNeedsEscape(_ word: UInt64) -> Bool { escapeLanes(word) != 0 }

    /// The high bit of each lane of `word` (byte i of the text in lane i, little-endian) set
    /// where the byte may need an escape: exact for the lowest set lane and for the word as a
    /// whole (the tests of "a byte below 0x20" and "a zero byte" borrow only into lanes above a
    /// true one, so can be wrong only there); bytes of 0x80 and up never count.
    @inline(__always) static func escapeLanes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let delete = word ^ (ones &* 0x7F)
        let control = (word &- ones &* 0x20) & ~word
        let zeros = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((delete &- ones) & ~delete)
        return (control | zeros) & highs
    }

    /// The most bytes `writeEscape` stores (`\u00XX`).
    static let maxEscapeBytes = 6

    /// Writes the escape of `byte` (one that `needsEscape`) at `target` (room for
    /// `maxEscapeBytes`) and returns its length: `\"`, `\\`, `\n`, `\r`, `\t`, or `\u00XX`
    /// for the other controls and DEL.
    @inline(__always)
    static func writeEscape(_ byte: UInt8, at target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): target[1] = byte
        case UInt8(ascii: "\n"): target[1] = UInt8(ascii: "n")
        case UInt8(ascii: "\r"): target[1] = UInt8(ascii: "r")
        case UInt8(ascii: "\t"): target[1] = UInt8(ascii: "t")
        default:
            let hex = hexDigits.utf8Start
            target[1] = UInt8(ascii: "u")
            target[2] = UInt8(ascii: "0")
            target[3] = UInt8(ascii: "0")
            target[4] = hex[Int(byte >> 4)]
            target[5] = hex[Int(byte & 0xF)]
            return 6
        }
        return 2
    }

    /// "0123456789abcdef": a literal, so no lazily made table is looked up.
    @inline(__always)
    private static var hexDigits: StaticString { "0123456789abcdef" }

    /// Appends one byte of a string, escaped where JSON requires it.
    static func appendEscaped(_ byte: UInt8, to out: JSONBuffer) {
        guard needsEscape(byte) else { return out.append(byte) }
        let target = out.reserve(maxEscapeBytes)
        out.commit(writeEscape(byte, at: target))
    }
}
