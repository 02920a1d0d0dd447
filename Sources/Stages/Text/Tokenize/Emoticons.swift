/// Text emoticons (`:)`, `:-(`, `;)`, `<3`, `:/`), recognised only when one stands alone
/// between whitespace (or the ends of the text), so `(see 8)` or `http://` are never taken for
/// one.
enum Emoticons {
    /// The emoticons recognised, as written.
    static let list = [
        ":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ";D", ";(", ":P", ":-P", ":p", ":-p", ";P", ";p",
        ":/", ":-/", ":\\", ":'(", ":')", ":O", ":-O", ":o", ":-o", ":|", ":-|", ":*", ":-*", ":]", ":[", ":3",
        ":S", ":$", ":@", ":x", ":X", ":>", ":<", "<3", "</3", "=)", "=(", "=D", "=]", "=P", "8-)", "B-)", "XD",
        "xD", "X-D", "^_^", "^^", "-_-", "o_O", "O_o", "o.O", "O.o", "T_T", ";_;", "(:", "):", ">:(", ">:)",
    ]

    static let table = WordTable(list)

    /// The end of the emoticon that starts at `start`, or nil. `start` must be the start of a
    /// whitespace-delimited chunk; the caller checks the byte before it.
    static func end(_ bytes: UnsafePointer<UInt8>, count: Int, at start: Int) -> Int? {
        guard start + 1 < count else { return nil }
        let first = bytes[start]
        let second = bytes[start + 1]
        if isAlphanumeric(first) {
            // letter- and digit-initial emoticons: XD, xD, X-D, 8-), B-), o_O, o.O, T_T
            let joined = second == UInt8(ascii: "-") || second == UInt8(ascii: "_") || second == UInt8(ascii: ".")
            guard joined || (second == UInt8(ascii: "D") && first | 0x20 == UInt8(ascii: "x")) else { return nil }
        }
        var end = start + 1
        guard !isBoundary(bytes, count: count, at: end) else { return nil }  // one byte is never an emoticon
        while end < count && end - start < 5 && !isBoundary(bytes, count: count, at: end) { end += 1 }
        guard isBoundary(bytes, count: count, at: end), let key = WordTable.Key(bytes, from: start, to: end),
            table.contains(key)
        else { return nil }
        return end
    }

    /// Whether a chunk ends at `index`: the end of the text, ASCII whitespace or U+00A0.
    static func isBoundary(_ bytes: UnsafePointer<UInt8>, count: Int, at index: Int) -> Bool {
        guard index < count else { return true }
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return true }
        return byte == 0xC2 && index + 1 < count && bytes[index + 1] == 0xA0
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
