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
    /// Eight bytes at a time; the last few of eight or more are checked as the last eight.
    @inline(__always)
    static func firstEscape(in base: UnsafePointer<UInt8>, count: Int) -> Int {
        var index = 0
        while index + 8 <= count, !wordNeedsEscape(word(base, at: index)) {
            index += 8
        }
        // the bytes before `index` need none: when the last eight need none either, none does
        if index < count && index + 8 > count && count >= 8 && !wordNeedsEscape(word(base, at: count - 8)) {
            return count
        }
        while index < count && !needsEscape(base[index]) { index += 1 }
        return index
    }

    /// The eight bytes at `base + offset`, read unaligned.
    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// The slow path of `appendQuoted`: the runs between escapes copied with one append each.
    private static func appendQuoted(
        _ base: UnsafePointer<UInt8>, count: Int, escapingFrom first: Int, to out: JSONBuffer
    ) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = first
        while index < count {
            out.append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            appendEscaped(base[index], to: out)
            runStart = index + 1
            index = runStart + firstEscape(in: base + runStart, count: count - runStart)
        }
        out.append(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
        out.append(UInt8(ascii: "\""))
    }

    /// Whether a byte must be escaped in a JSON string: quote, backslash, the C0 controls and
    /// DEL (written `\u007f` so that lines stay printable).
    @inline(__always) static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    /// Whether any of the eight bytes of `word` needs an escape. Exact for the word as a whole
    /// (the tests of "a byte below 0x20" and "a zero byte" have no false answers for the word,
    /// only for lanes above a true one); bytes of 0x80 and up never count.
    @inline(__always) static func wordNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let delete = word ^ (ones &* 0x7F)
        let control = (word &- ones &* 0x20) & ~word
        let zeros = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((delete &- ones) & ~delete)
        return (control | zeros) & highs != 0
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends one byte of a string, escaped where JSON requires it.
    static func appendEscaped(_ byte: UInt8, to out: JSONBuffer) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
        case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
        case 0..<0x20, 0x7F:
            out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: out.append(byte)
        }
    }
}
