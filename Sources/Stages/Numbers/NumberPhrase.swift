/// One number as written, in digits, words or both, over a run of pieces: `1 234 567`,
/// `two hundred and fifty-two`, `3.5 million`, `5bn`, `1.5e-6`, `2.5×10^6`, `a dozen`,
/// `one and a half`, `two-thirds`, `three twenty-fifths`, `1 over 3`, `3 out of 5`,
/// `two and a half million`, `twenty-first`, `1990s`. `PhraseReader` reads it.
struct NumberPhrase: Sendable {
    enum Form: Sendable, Equatable {
        case cardinal
        case fraction
        case ordinal
        case decade
    }

    /// The pieces `first..<end`.
    var first: Int
    var end: Int
    var value: NumberValue
    var form: Form
    /// Whether words (not only digits) make it up.
    var hasWords: Bool
    /// Whether a scale word or abbreviation (`million`, `bn`) multiplies it.
    var hasScale: Bool

    /// The longest number starting at piece `first`, or nil.
    static func parse(_ pieces: [NumberPiece], at first: Int, text: UnsafePointer<UInt8>) -> NumberPhrase? {
        var reader = PhraseReader(pieces: pieces, text: text, first: first)
        return reader.read()
    }

    /// `-` or the minus sign `−` alone before a numeral (`- 1 4/5`, `−12`), not after a number
    /// (`10 - 20`, `10−20`) unless fused to its numeral alone (`2.1 −0.3`, a table's column, as
    /// `2.1 -0.3` is read), nor spaced from it after a line break, where it is a bullet (a
    /// line `- 17 arrests were made` of a list).
    static func isDetachedMinus(_ pieces: [NumberPiece], at index: Int, text: UnsafePointer<UInt8>) -> Bool {
        let piece = pieces[index]
        guard isMinusSign(text, from: piece.start, to: piece.end), case .other = piece.content,
            index + 1 < pieces.count, let numeral = pieces[index + 1].numeral, !numeral.isSigned, numeral.form != .ordinal
        else { return false }
        if index > 0 {
            switch pieces[index - 1].content {
            case .numeral, .word: return !piece.attached && pieces[index + 1].attached
            case .other: if pieces[index].attached { return false }
            }
        }
        // `\n- 17 arrests were made`: a dash spaced from its number after a line break is a bullet
        if pieces[index + 1].attached { return true }
        if index == 0 && isBulletsCount(pieces, at: index + 1, text: text) { return false }
        return !followsLineBreak(text, before: piece.start)
    }

    /// Whether the whole number at piece `index`, after a spaced dash that opens the text, counts
    /// the lower-case plural noun after it, which is no unit (`- 17 arrests were made`: a list's
    /// first line, as after a line break); `- 1 4/5`, `- 5 degrees` and `- 3 points lower` stay
    /// negative, as the spec reads a dash at the text's start. Points are a change, signed, only
    /// where a word of change, `at` or `to` follows them or nothing does (`- 3 points lower`, `- 3
    /// points at 1844`); before any other word they are a count too (`- 3 points were scored`).
    /// Out of line: asked only at the text's first piece.
    @inline(never)
    static func isBulletsCount(_ pieces: [NumberPiece], at index: Int, text: UnsafePointer<UInt8>) -> Bool {
        guard index + 1 < pieces.count, let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasPoint,
            !pieces[index + 1].attached, case .other = pieces[index + 1].content
        else { return false }
        let noun = pieces[index + 1]
        guard noun.end - noun.start >= 4, text[noun.start] &- UInt8(ascii: "a") < 26, text[noun.end - 1] == UInt8(ascii: "s"),
            (noun.start..<noun.end).allSatisfy({ text[$0] &- UInt8(ascii: "a") < 26 })
        else { return false }
        let word = String(decoding: UnsafeBufferPointer(start: text + noun.start, count: noun.end - noun.start), as: UTF8.self)
        guard UnitTable.suffixBytes[word] == nil else { return false }
        // `- 3 points lower`: an index's points are a change, signed (`MentionReader.levelWords`)
        return !MentionReader.levelWords.contains(word) || countsPoints(pieces, after: index + 1, text: text)
    }

    /// Whether a word follows the points at piece `noun` that makes them a count, not a change:
    /// any word but one of `MentionReader.changeVerbs` (`lower`, `down`), `at` and `to`, and
    /// `in` or `on` before a word of a trading session within three words (`- 3 points in early
    /// trading`, `- 3 points on the day`; `- 3 points in the first half` stays a count).
    private static func countsPoints(_ pieces: [NumberPiece], after noun: Int, text: UnsafePointer<UInt8>) -> Bool {
        guard noun + 1 < pieces.count, case .other = pieces[noun + 1].content else { return false }
        let next = pieces[noun + 1]
        guard text[next.start] | 0x20 &- UInt8(ascii: "a") < 26 else { return false }
        let word = lowercasedWord(pieces[noun + 1], text)
        if word == "in" || word == "on" {
            return !(noun + 2..<min(pieces.count, noun + 5)).contains { sessionWords.contains(lowercasedWord(pieces[$0], text)) }
        }
        return word != "at" && word != "to" && !MentionReader.changeVerbs.contains(word)
    }

    /// Words of a market's trading session that `in` or `on` after an index's points lead to.
    static let sessionWords: Set<String> = ["trading", "trade", "dealings", "session", "day"]

    private static func lowercasedWord(_ piece: NumberPiece, _ text: UnsafePointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(start: text + piece.start, count: piece.end - piece.start), as: UTF8.self).lowercased()
    }

    /// Whether a line feed or carriage return, then only spaces or tabs, stand before byte
    /// `start`: a line of a list inside a text. At the text's start a spaced dash stays the
    /// minus sign, as the spec reads `- 1 4/5`. Out of line: asked only of a spaced dash.
    @inline(never)
    static func followsLineBreak(_ text: UnsafePointer<UInt8>, before start: Int) -> Bool {
        var index = start - 1
        while index >= 0 {
            switch text[index] {
            case 0x20, 0x09: index -= 1
            case 0x0A, 0x0D: return true
            default: return false
            }
        }
        return false
    }

    /// Whether `text[start..<end]` is `-` or U+2212 MINUS SIGN (`−`, E2 88 92), which
    /// typeset text writes before a negative number (`−12`, `−8 °C`).
    @inline(__always)
    static func isMinusSign(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        switch end - start {
        case 1: return text[start] == UInt8(ascii: "-")
        case 3: return text[start] == 0xE2 && text[start + 1] == 0x88 && text[start + 2] == 0x92
        default: return false
        }
    }

    /// Whether the bytes between two pieces are exactly one space (ASCII, no-break, narrow
    /// no-break or thin).
    static func isSpace(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        switch end - start {
        case 1: return text[start] == 0x20
        case 2: return text[start] == 0xC2 && text[start + 1] == 0xA0
        case 3: return text[start] == 0xE2 && text[start + 1] == 0x80 && (text[start + 2] == 0xAF || text[start + 2] == 0x89)
        default: return false
        }
    }

    /// `base` to a whole power; a sign written before the base stays outside (-2^2 is -4).
    static func raise(_ base: NumberValue, to power: Int) -> NumberValue {
        let negative = base.double < 0
        let magnitude = negative ? base.negated : base
        var result = NumberValue(1)
        for _ in 0..<abs(power) { result = result * magnitude }
        if power < 0 { result = NumberValue(1) / result }
        return negative ? result.negated : result
    }

    /// `value` × 10^`power`, exact.
    static func scaled(_ value: NumberValue, by power: Int) -> NumberValue {
        value * NumberValue(ExactDecimal(1, exponent: power))
    }
}
