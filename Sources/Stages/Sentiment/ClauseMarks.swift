/// The punctuation that shapes clauses, read from the bytes of a whitespace-delimited chunk:
/// where a clause ends (`,` `;` `:` `(` or a dash), where a quotation opens and closes, and
/// the typographic marks (`“ ” ‘ ’ « » – —`) that the news reading strips from words' ends.
///
/// Works on UTF-8 bytes in place; no allocation.
enum ClauseMarks {
    /// The quotations open at a point of a sentence: a double one (`"…"`, `“…”`, `«…»`) and a
    /// single one (`‘…’`), kept apart so that a `’` (a nested quotation's end, or a plural's
    /// apostrophe: "investors’") closes only a single one, and a double mark's end closes both.
    struct OpenQuotes {
        var double = false
        var single = false
        var any: Bool { double || single }
    }

    /// Sets `endsClause` and `isQuoted` on the words appended for the chunk `text[start..<end]`
    /// (those from index `appendedFrom` on), carrying which quotations are open across chunks.
    static func mark(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, words: inout [SentimentWord], appendedFrom first: Int,
        quotes: inout OpenQuotes
    ) {
        guard first < words.count, start < end else { return }
        // A chunk that begins and ends with an ASCII letter or digit (most words) opens no
        // quotation, closes none and ends no clause: only an open quotation marks it.
        if isAlphanumeric(text[start]) && isAlphanumeric(text[end - 1]) {
            if quotes.any { for index in first..<words.count { words[index].isQuoted = true } }
            return
        }
        if opensQuote(text, from: start, to: end) { quotes.double = true }
        if opensSingleQuote(text, from: start, to: end) { quotes.single = true }
        if quotes.any { for index in first..<words.count { words[index].isQuoted = true } }
        if closesQuote(text, from: start, to: end) { quotes = OpenQuotes() }
        if closesSingleQuote(text, from: start, to: end) { quotes.single = false }
        if endsClause(text, from: start, to: end) { words[words.count - 1].endsClause = true }
    }

    /// Whether the chunk ends a clause: `,` `;` `:` or `(` among its trailing punctuation, or
    /// the chunk is a dash (`-`, `--`, `–`, `—`) standing alone.
    static func endsClause(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = end
        var sawDash = false
        while index > start {
            let byte = text[index - 1]
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("): return true
            case UInt8(ascii: "-"):
                sawDash = true
                index -= 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                UInt8(ascii: ")"):
                index -= 1
            default:
                if let length = typographicMark(text, endingAt: index, start: start) {
                    if text[index - 1] == 0x93 || text[index - 1] == 0x94 { sawDash = true }
                    index -= length
                } else {
                    return false
                }
            }
        }
        return sawDash
    }

    /// Whether the chunk begins with `"`, `“` or `«` (after any `(`).
    static func opensQuote(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let index = afterParentheses(text, from: start, to: end)
        guard index < end else { return false }
        if text[index] == UInt8(ascii: "\"") { return end - index > 1 }
        return isMark(text, at: index, end: end, 0x9C) || isMark(text, at: index, end: end, 0xAB)
    }

    /// Whether the chunk begins with `‘` (after any `(`). News headlines and teasers quote with
    /// single marks (‘GREAT and very BRAVE’); VADER's own reading keeps `‘free’` whole and
    /// unrated, so the news reading counts such words as quoted.
    static func opensSingleQuote(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let index = afterParentheses(text, from: start, to: end)
        return index < end && isMark(text, at: index, end: end, 0x98)
    }

    /// Whether the chunk ends with `"`, `”` or `»` (before any `.,;:!?)`).
    static func closesQuote(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let index = beforeTrailers(text, from: start, to: end)
        guard index > start else { return false }
        if text[index - 1] == UInt8(ascii: "\"") { return true }
        return (index - start >= 3 && isMark(text, at: index - 3, end: index, 0x9D))
            || (index - start >= 2 && isMark(text, at: index - 2, end: index, 0xBB))
    }

    /// Whether the chunk ends with `’` (before any `.,;:!?)`): a single quotation's end, or a
    /// plural's apostrophe ("investors’"), which inside a single quotation ends it early and
    /// elsewhere changes nothing (`OpenQuotes`).
    static func closesSingleQuote(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let index = beforeTrailers(text, from: start, to: end)
        return index - start >= 3 && isMark(text, at: index - 3, end: index, 0x99)
    }

    @inline(__always)
    private static func afterParentheses(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end && text[index] == UInt8(ascii: "(") { index += 1 }
        return index
    }

    @inline(__always)
    private static func beforeTrailers(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = end
        while index > start, isTrailer(text[index - 1]) { index -= 1 }
        return index
    }

    /// Narrows `from..<to` past typographic marks at either end, and the ASCII punctuation
    /// they uncover; never to nothing.
    static func stripTypographic(_ text: UnsafePointer<UInt8>, from: inout Int, to: inout Int) {
        var low = from
        var high = to
        var stripped = false
        while low < high {
            if let length = typographicMark(text, at: low, end: high) {
                low += length
                stripped = true
            } else if stripped && isASCIIPunctuation(text[low]) {
                low += 1
            } else {
                break
            }
        }
        stripped = false
        while high > low {
            if let length = typographicMark(text, endingAt: high, start: low) {
                high -= length
                stripped = true
            } else if stripped && isASCIIPunctuation(text[high - 1]) {
                high -= 1
            } else {
                break
            }
        }
        if low < high {
            from = low
            to = high
        }
    }

    /// The length of the typographic mark starting at `index`, if one does.
    @inline(__always)
    static func typographicMark(_ text: UnsafePointer<UInt8>, at index: Int, end: Int) -> Int? {
        let lead = text[index]
        if lead == 0xE2 && index + 3 <= end && text[index + 1] == 0x80 {
            switch text[index + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D: return 3
            default: return nil
            }
        }
        if lead == 0xC2 && index + 2 <= end && (text[index + 1] == 0xAB || text[index + 1] == 0xBB) { return 2 }
        return nil
    }

    /// The length of the typographic mark ending at `index`, if one does.
    @inline(__always)
    static func typographicMark(_ text: UnsafePointer<UInt8>, endingAt index: Int, start: Int) -> Int? {
        if index - start >= 3, let length = typographicMark(text, at: index - 3, end: index), length == 3 { return 3 }
        if index - start >= 2, let length = typographicMark(text, at: index - 2, end: index), length == 2 { return 2 }
        return nil
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    @inline(__always)
    private static func isTrailer(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"):
            true
        default: false
        }
    }

    @inline(__always)
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }

    /// Whether the typographic mark at `index` is the one whose last byte is `last` (`“` 0x9C,
    /// `”` 0x9D, `‘` 0x98, `’` 0x99, `«` 0xAB, `»` 0xBB).
    @inline(__always)
    private static func isMark(_ text: UnsafePointer<UInt8>, at index: Int, end: Int, _ last: UInt8) -> Bool {
        guard let length = typographicMark(text, at: index, end: end) else { return false }
        return text[index + length - 1] == last
    }
}
