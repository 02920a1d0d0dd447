import GlossCore

/// Reads what the sentence splitter needs to know about tokens from the text's bytes: line
/// breaks between them, sentence-final punctuation, closing quotes, and how a token starts.
struct TokenReader {
    let text: UnsafePointer<UInt8>
    let count: Int
    let tokens: UnsafeBufferPointer<Token>

    /// How a token may follow sentence-final punctuation and still belong to the sentence.
    enum Closing {
        /// Not a closing mark.
        case none
        /// A closing quote or bracket: ” ’ » › ) ] }.
        case always
        /// A straight quote, `"` or `'`: closing when attached to the token before it.
        case attached
    }

    /// The case of a token's first letter.
    enum LetterCase {
        case upper, lower, uncased
        /// The token does not start with a letter.
        case none
    }

    /// Line breaks between token `index` and the next: 0, 1, or 2 for a paragraph break (a
    /// blank line, a form feed or U+2029). `\r\n` and a lone `\r` are one break each; U+2028
    /// and U+0085 one break.
    @inline(__always)
    func lineBreaks(after index: Int) -> Int {
        let start = Int(tokens[index].span.end)
        let end = index + 1 < tokens.count ? Int(tokens[index + 1].span.start) : count
        if end == start || (end == start + 1 && text[start] == 0x20) { return 0 }
        return lineBreaks(from: start, to: end)
    }

    /// Line breaks in `start..<end` of the text, counted as `lineBreaks(after:)` does.
    func lineBreaks(from start: Int, to end: Int) -> Int {
        var breaks = 0
        var position = start
        while position < end {
            switch text[position] {
            case 0x0A: breaks += 1
            case 0x0D: if position + 1 >= end || text[position + 1] != 0x0A { breaks += 1 }
            case 0x0C: breaks += 2
            case 0xC2: if position + 1 < end && text[position + 1] == 0x85 { breaks += 1 }
            case 0xE2:
                if position + 2 < end && text[position + 1] == 0x80 {
                    if text[position + 2] == 0xA8 { breaks += 1 }
                    if text[position + 2] == 0xA9 { breaks += 2 }
                }
            default: break
            }
            if breaks >= 2 { return 2 }
            position += 1
        }
        return breaks
    }

    /// Whether no byte separates token `index` from the next.
    func isAttached(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].span.end == tokens[index + 1].span.start
    }

    /// Whether token `index` is sentence-final punctuation: `.` `!` `?` and runs of them
    /// (`...`, `?!`), `…`, and the full stops and question marks of other scripts (`。` `！`
    /// `？` `؟` `।` `‼`).
    func isTerminal(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        let first = text[Int(token.span.start)]
        if first < 0x80 { return first == 0x2E || first == 0x21 || first == 0x3F }
        switch firstScalar(index) {
        case 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return isFullStop(index)
        }
    }

    /// Whether token `index` ends a sentence whatever follows: the full stops and question
    /// marks of scripts without letter case, after which the next token's case tells nothing.
    func isFullStop(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation && text[Int(tokens[index].span.start)] >= 0x80 else { return false }
        switch firstScalar(index) {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61, 0x061F, 0x06D4, 0x0964, 0x0965: return true
        default: return false
        }
    }

    /// Whether token `index` is an abbreviation that ends in a period (`U.S.`, `Mr.`).
    func isAbbreviation(_ index: Int) -> Bool {
        tokens[index].kind == .abbreviation && text[Int(tokens[index].span.end) - 1] == 0x2E
    }

    /// How abbreviation `index` behaves at a possible sentence end; initialisms and initials,
    /// which are not listed, may end one.
    func abbreviationKind(_ index: Int) -> Abbreviations.Kind {
        let span = tokens[index].span
        return Abbreviations.entry(text, from: Int(span.start), to: Int(span.end) - 1)?.kind ?? .general
    }

    /// Whether token `index` can close a sentence after its final punctuation.
    func closing(_ index: Int) -> Closing {
        let token = tokens[index]
        guard token.kind == .punctuation else { return .none }
        let first = text[Int(token.span.start)]
        if first == 0x22 || first == 0x27 { return .attached }
        if first < 0x80 { return first == 0x29 || first == 0x5D || first == 0x7D ? .always : .none }
        switch ScalarClass.of(firstScalar(index)) {
        case .closePunctuation, .apostrophe: return .always
        default: return .none
        }
    }

    /// Whether token `index` opens something: an opening quote or bracket, `¿` or `¡`.
    func isOpening(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        let first = text[Int(token.span.start)]
        if first < 0x80 { return first == 0x22 || first == 0x27 || first == 0x28 || first == 0x5B || first == 0x7B }
        let scalar = firstScalar(index)
        return scalar == 0xBF || scalar == 0xA1 || ScalarClass.of(scalar) == .openPunctuation
    }

    /// Whether token `index` can start a sentence: a word that does not start with a lowercase
    /// letter, a number, a currency sign, or an opening quote or bracket.
    func startsSentence(_ index: Int) -> Bool {
        switch tokens[index].kind {
        case .number, .currency: return true
        case .word, .abbreviation: return letterCase(index) != .lower
        case .punctuation: return isOpening(index)
        default: return false
        }
    }

    /// Whether token `index` starts a list item: a bullet or dash (`-` `*` `•` `–` `—`).
    func isBullet(_ index: Int) -> Bool {
        switch firstScalar(index) {
        case 0x2D, 0x2A, 0x2022, 0x2013, 0x2014, 0xB7: return tokens[index].span.count <= 3
        default: return false
        }
    }

    /// Whether token `index` opens a list item: a bullet (`isBullet`), or one or two digits
    /// with a "." or ")" attached and more of its line after them ("1. A commission", "12)
    /// Quotas"; not "March\n25." ending a line, nor "105.9. The" ending a sentence).
    func opensListItem(_ index: Int) -> Bool {
        if isBullet(index) { return true }
        let number = tokens[index].span
        guard tokens[index].kind == .number, number.count <= 2, isAttached(index), index + 2 < tokens.count,
            tokens[index + 1].span.count == 1, lineBreaks(after: index + 1) == 0
        else { return false }
        for byte in Int(number.start)..<Int(number.end) where !(0x30...0x39).contains(text[byte]) { return false }
        let mark = text[Int(tokens[index + 1].span.start)]
        return mark == 0x2E || mark == 0x29
    }

    /// Whether token `index` is a word that commonly opens a sentence (`The`, `He`, `But`).
    func isSentenceStarter(_ index: Int) -> Bool {
        let span = tokens[index].span
        return tokens[index].kind == .word && SentenceStarters.contains(text, from: Int(span.start), to: Int(span.end))
    }

    /// The case of token `index`'s first character.
    func letterCase(_ index: Int) -> LetterCase {
        let first = text[Int(tokens[index].span.start)]
        if first < 0x80 {
            if first >= 0x41 && first <= 0x5A { return .upper }
            if first >= 0x61 && first <= 0x7A { return .lower }
            return .none
        }
        guard let scalar = Unicode.Scalar(firstScalar(index)), ScalarClass.of(scalar.value) == .letter else {
            return .none
        }
        let properties = scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
        return .uncased
    }

    /// The value of token `index`'s first scalar.
    func firstScalar(_ index: Int) -> UInt32 {
        ScalarClass.decode(text, count: count, at: Int(tokens[index].span.start)).value
    }

    /// The number of scalars in `start..<end` of the text.
    func scalarCount(from start: Int, to end: Int) -> Int {
        var scalars = 0
        for position in start..<end where text[position] & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }
}
