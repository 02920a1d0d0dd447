/// One number as written, in digits, words or both, over a run of pieces: `1 234 567`,
/// `two hundred and fifty-two`, `3.5 million`, `5bn`, `a dozen`, `one and a half`,
/// `two-thirds`, `1 over 3`, `two and a half million`, `twenty-first`, `1990s`.
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

    /// What the parser has just read, which decides what may come next.
    private enum State {
        case start
        case article
        case unit  // a unit word (one…nineteen)
        case tens  // twenty…ninety, waiting for a unit
        case numeral
        case hundred
        case scale(Int)
        case fractionWord  // half, quarter
    }

    /// The longest number starting at piece `first`, or nil.
    static func parse(_ pieces: [NumberPiece], at first: Int, text: UnsafePointer<UInt8>) -> NumberPhrase? {
        var index = first
        var negative = false
        if isDetachedMinus(pieces, at: first, text: text) {
            negative = true
            index += 1
        } else if case .minus? = pieces[first].word, first + 1 < pieces.count, pieces[first + 1].numeral != nil || isNumberStart(pieces[first + 1].word) {
            negative = true
            index += 1
        }
        var total = NumberValue(0)
        var current = NumberValue(0)
        var state = State.start
        var hasWords = false
        var hasScale = false
        var hasNumeral = false
        var lastScale = 0
        var end = index
        var result: NumberPhrase? = nil

        func finish(_ value: NumberValue, _ form: Form, _ end: Int) -> NumberPhrase {
            NumberPhrase(
                first: first, end: end, value: negative ? value.negated : value, form: form, hasWords: hasWords,
                hasScale: hasScale)
        }

        loop: while index < pieces.count {
            let piece = pieces[index]
            if let numeral = piece.numeral {
                switch numeral.form {
                case .fraction:
                    guard case .start = state else { break loop }
                    return finish(numeral.value, .fraction, index + 1)
                case .ordinal:
                    guard case .start = state else { break loop }
                    return finish(numeral.value, .ordinal, index + 1)
                case .decade:
                    guard case .start = state else { break loop }
                    return finish(numeral.value, .decade, index + 1)
                case .plain:
                    switch state {
                    case .start:
                        var value = numeral.value
                        var next = index + 1
                        // 1 234 567
                        if numeral.canLeadGroups {
                            while next < pieces.count, let group = pieces[next].numeral, group.isGroupOfThree,
                                isSpace(text, from: pieces[next - 1].end, to: pieces[next].start)
                            {
                                value = value * NumberValue(1000) + group.value
                                next += 1
                            }
                        }
                        // 2 1/4
                        if next < pieces.count, let fraction = pieces[next].numeral, fraction.form == .fraction,
                            !fraction.isSigned, value.isInteger, !pieces[next].attached
                        {
                            let sum = value.double < 0 ? value + fraction.value.negated : value + fraction.value
                            return finish(sum, .fraction, next + 1)
                        }
                        // 2.5^-1, 1.1^+23: a power with a whole exponent, written without spaces
                        if next + 1 < pieces.count, let (power, after) = power(pieces, at: next, text: text) {
                            return finish(raise(value, to: power), .cardinal, after)
                        }
                        // 10k, 5bn, 2.33 k, 10M, 1MM, 1.3e6
                        if next < pieces.count, let power = multiplier(pieces[next], text: text) {
                            value = value * NumberValue(ExactDecimal(1, exponent: power))
                            hasScale = true
                            return finish(value, .cardinal, next + 1)
                        }
                        current = value
                        index = next
                        end = next
                        state = .numeral
                        hasNumeral = true
                        continue loop
                    case .scale, .hundred:
                        guard numeral.value.isInteger, numeral.value.double > 0, numeral.value.double < 1000,
                            !numeral.hasSeparators
                        else { break loop }
                        current = current + numeral.value
                        state = .numeral
                    default:
                        break loop
                    }
                }
                index += 1
                end = index
                continue
            }
            // ninety - five, one - fourth: a hyphen written with spaces inside a number in words
            if case .other = piece.content, piece.end - piece.start == 1, text[piece.start] == UInt8(ascii: "-"),
                !piece.attached, index + 1 < pieces.count, !pieces[index + 1].attached, let next = pieces[index + 1].word
            {
                var joins = false
                switch (state, next) {
                case (.tens, .unit(let value)), (.tens, .ordinal(let value)): joins = (1...9).contains(value)
                case (.unit, .ordinal), (.unit, .ordinalPlural): joins = true
                default: joins = false
                }
                guard joins else { break loop }
                index += 1
                continue loop
            }
            // one in three, 1 in twenty-one: a small whole numerator, `in`, a larger cardinal
            // that is no year
            if case .other = piece.content, piece.end - piece.start == 2, text[piece.start] | 0x20 == UInt8(ascii: "i"),
                text[piece.start + 1] | 0x20 == UInt8(ascii: "n"), total.double == 0, current.isInteger,
                current.double >= 1, current.double < 100, index + 1 < pieces.count, !pieces[index + 1].attached
            {
                switch state {
                case .unit, .numeral:
                    if let denominator = parse(pieces, at: index + 1, text: text), denominator.form == .cardinal,
                        denominator.value.isInteger, denominator.value.double > current.double,
                        denominator.hasWords || !(1000...2100).contains(denominator.value.double)
                    {
                        hasWords = true
                        return finish(current / denominator.value, .fraction, denominator.end)
                    }
                default: break
                }
            }
            guard let word = piece.word else { break }
            // one twenty-fifth, a twenty-first, one one hundred fifth: one, then an ordinal in
            // words as the denominator, where the words could not go on as one number
            if !hasNumeral, total.double == 0, startsDenominator(state, current: current, next: word),
                let denominator = parse(pieces, at: index, text: text), denominator.form == .ordinal,
                denominator.value.double >= 3, pieces[denominator.first].numeral == nil
            {
                hasWords = true
                return finish(NumberValue(1) / denominator.value, .fraction, denominator.end)
            }
            switch word {
            case .unit(let value):
                switch state {
                case .start, .hundred, .scale: current = current + NumberValue(value)
                case .tens where (1...9).contains(value): current = current + NumberValue(value)
                default: break loop
                }
                state = .unit
            case .tens(let value):
                switch state {
                case .start, .hundred, .scale: current = current + NumberValue(value)
                default: break loop
                }
                state = .tens
            case .scale(let power):
                switch state {
                case .unit, .tens, .numeral, .article, .fractionWord, .hundred:
                    if power == 2 {
                        if case .hundred = state { break loop }
                        current = current * NumberValue(100)
                        state = .hundred
                    } else {
                        total = total + current * NumberValue(ExactDecimal(1, exponent: power))
                        current = NumberValue(0)
                        lastScale = power
                        state = .scale(power)
                    }
                case .scale(let previous) where previous < power && current.double == 0:
                    total = total * NumberValue(ExactDecimal(1, exponent: power))
                    lastScale = power
                    state = .scale(power)
                default: break loop
                }
                hasScale = true
            case .dozen:
                switch state {
                case .unit, .tens, .numeral, .article: current = current * NumberValue(12)
                default: break loop
                }
                state = .unit
                index += 1
                end = index
                break loop
            case .article:
                guard case .start = state, index + 1 < pieces.count, let next = pieces[index + 1].word else { break loop }
                switch next {
                case .scale, .dozen, .half, .quarter: break
                case .ordinal(let d) where d >= 3: break
                case .ordinalPlural: break
                case .tens: break  // a twenty-first, when an ordinal follows (see startsDenominator)
                default: break loop
                }
                current = NumberValue(1)
                state = .article
            case .half, .quarter:
                let part = word == .half ? NumberValue(1) / NumberValue(2) : NumberValue(1) / NumberValue(4)
                switch state {
                case .start, .article:
                    current = part
                    state = .fractionWord
                    // half a million
                    if index + 2 < pieces.count, case .article? = pieces[index + 1].word, case .scale? = pieces[index + 2].word {
                        index += 1
                    }
                case .unit where word == .quarter:
                    current = current * part
                    hasWords = true
                    return finish(total + current, .fraction, index + 1)
                default: break loop
                }
            case .ordinalPlural(let denominator):
                switch state {
                case .unit, .tens, .hundred, .article, .numeral, .scale:
                    hasWords = true
                    return finish((total + current) / NumberValue(denominator), .fraction, index + 1)
                default: break loop
                }
            case .ordinal(let value):
                hasWords = true
                switch state {
                case .start:
                    return finish(NumberValue(value), .ordinal, index + 1)
                case .article where value >= 3:
                    return finish(NumberValue(1) / NumberValue(value), .fraction, index + 1)
                case .unit where current.double == 1 && total.double == 0 && value >= 3:
                    return finish(NumberValue(1) / NumberValue(value), .fraction, index + 1)
                case .tens where (1...9).contains(value):
                    return finish(total + current + NumberValue(value), .ordinal, index + 1)
                case .hundred, .scale:
                    guard !hasNumeral else { break loop }  // 280 million first: two things
                    if value >= 100 {
                        return finish((total + current) * NumberValue(value), .ordinal, index + 1)
                    }
                    return finish(total + current + NumberValue(value), .ordinal, index + 1)
                case .unit, .numeral, .article:
                    if value >= 100 && current.double > 0 {
                        return finish((total + current) * NumberValue(value), .ordinal, index + 1)
                    }
                    break loop
                default: break loop
                }
            case .and:
                // one hundred and six; one and a half; 3 million and a half
                if let tail = fractionTail(pieces, at: index + 1) {
                    switch state {
                    case .start, .article: break loop
                    default: break
                    }
                    hasWords = true
                    // one hundred and thirty-two fifths: after a hundred or a scale, tens over a
                    // denominator that is no power of ten are the end of the numerator (132/5);
                    // hundredths and thousandths keep the whole part apart (300.25)
                    if tail.tens, !hasNumeral, !tail.denominator.isPowerOfTen {
                        switch state {
                        case .hundred, .scale:
                            return finish((total + current + tail.numerator) / NumberValue(tail.denominator), .fraction, tail.end)
                        default: break
                        }
                    }
                    // a scale after the fraction: two and a half million (2.5 million), one billion
                    // and a quarter million (a quarter of a million more)
                    if tail.end < pieces.count, case .scale(let power)? = pieces[tail.end].word, power >= 3 {
                        let scale = NumberValue(ExactDecimal(1, exponent: power))
                        if power < lastScale {
                            hasScale = true
                            return finish(total + current + tail.value * scale, .cardinal, tail.end + 1)
                        }
                        var afterHundred = false
                        if case .hundred = state { afterHundred = true }
                        if lastScale == 0 && !afterHundred {
                            hasScale = true
                            return finish((current + tail.value) * scale, .cardinal, tail.end + 1)
                        }
                    }
                    let unitOfFraction = lastScale >= 3 && current.double == 0 ? NumberValue(ExactDecimal(1, exponent: lastScale)) : NumberValue(1)
                    return finish(total + current + tail.value * unitOfFraction, .fraction, tail.end)
                }
                switch state {
                case .hundred, .scale: break
                default: break loop
                }
                guard index + 1 < pieces.count else { break loop }
                let next = pieces[index + 1]
                if let numeral = next.numeral, numeral.form == .plain, numeral.value.double > 0, numeral.value.double < 100,
                    numeral.value.isInteger
                {
                } else if case .unit(let v)? = next.word, v > 0 {
                } else if case .tens? = next.word {
                } else {
                    break loop
                }
                index += 1
                continue loop  // the state stays: a unit or tens may follow
            case .point:
                switch state {
                case .unit, .tens, .numeral: break
                default: break loop
                }
                var digits = 0
                var fraction = NumberValue(0)
                var scale = NumberValue(1)
                var next = index + 1
                while next < pieces.count, case .unit(let digit)? = pieces[next].word, digit < 10 {
                    scale = scale / NumberValue(10)
                    fraction = fraction + NumberValue(digit) * scale
                    digits += 1
                    next += 1
                }
                guard digits > 0 else { break loop }
                current = current + fraction
                hasWords = true
                return finish(total + current, .cardinal, next)
            case .over:
                // 1 over 3, one over twenty: a small numerator alone
                switch state {
                case .unit, .numeral: break
                default: break loop
                }
                guard total.double == 0, current.isInteger, current.double < 100, index + 1 < pieces.count,
                    let denominator = parse(pieces, at: index + 1, text: text),
                    denominator.form == .cardinal, denominator.value.double != 0
                else { break loop }
                hasWords = true
                return finish((total + current) / denominator.value, .fraction, denominator.end)
            case .minus, .multiplier:
                break loop
            }
            hasWords = true
            index += 1
            end = index
        }
        if case .start = state { return result }
        if case .article = state { return nil }
        if case .fractionWord = state, total.double == 0 {
            result = finish(current, .fraction, end)
            return result
        }
        return finish(total + current, .cardinal, end)
    }

    /// Whether word `next` cannot go on from `state` as one number but may start the ordinal
    /// denominator of a fraction whose numerator is `a` or `one`.
    private static func startsDenominator(_ state: State, current: NumberValue, next: NumberWord) -> Bool {
        switch (state, next) {
        case (.article, .tens), (.unit, .tens), (.unit, .unit): return current.double == 1
        default: return false
        }
    }

    /// `a half`, `one half`, `three quarters`, `a third`, `two thirds` after `and`, with
    /// whether tens start it, its numerator and its denominator.
    private static func fractionTail(_ pieces: [NumberPiece], at index: Int) -> (
        value: NumberValue, end: Int, tens: Bool, numerator: NumberValue, denominator: Int
    )? {
        guard index + 1 < pieces.count, let first = pieces[index].word else { return nil }
        var numerator: NumberValue
        var next = index + 1
        switch first {
        case .article: numerator = NumberValue(1)
        case .unit(let value) where value > 0: numerator = NumberValue(value)
        case .tens(let value):
            // fifty-four hundredths
            numerator = NumberValue(value)
            if case .unit(let unit)? = pieces[next].word, (1...9).contains(unit), next + 1 < pieces.count {
                numerator = numerator + NumberValue(unit)
                next += 1
            }
        default: return nil
        }
        guard let second = pieces[next].word else { return nil }
        let denominator: Int
        switch second {
        case .half: denominator = 2
        case .quarter: denominator = 4
        case .ordinal(let d) where d >= 3 && numerator.double == 1: denominator = d
        case .ordinalPlural(let d): denominator = d
        default: return nil
        }
        var tens = false
        if case .tens = first { tens = true }
        return (numerator / NumberValue(denominator), next + 1, tens, numerator, denominator)
    }

    /// `-` alone before a numeral (`- 1 4/5`), not after a number (`10 - 20`).
    static func isDetachedMinus(_ pieces: [NumberPiece], at index: Int, text: UnsafePointer<UInt8>) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start == 1, text[piece.start] == UInt8(ascii: "-"), case .other = piece.content,
            index + 1 < pieces.count, let numeral = pieces[index + 1].numeral, !numeral.isSigned, numeral.form != .ordinal
        else { return false }
        if index > 0 {
            switch pieces[index - 1].content {
            case .numeral, .word: return false
            case .other: if pieces[index].attached { return false }
            }
        }
        return true
    }

    private static func isNumberStart(_ word: NumberWord?) -> Bool {
        switch word {
        case .unit?, .tens?, .half?, .quarter?, .article?: true
        default: false
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

    /// `^` then a whole exponent (`-1`, `+23`, `3`), every piece attached: the exponent and
    /// the piece after it.
    static func power(_ pieces: [NumberPiece], at index: Int, text: UnsafePointer<UInt8>) -> (Int, Int)? {
        let caret = pieces[index]
        guard case .other = caret.content, caret.attached, caret.end - caret.start == 1, text[caret.start] == UInt8(ascii: "^")
        else { return nil }
        var next = index + 1
        var sign = 1
        if case .other = pieces[next].content, pieces[next].attached, pieces[next].end - pieces[next].start == 1,
            text[pieces[next].start] == UInt8(ascii: "-") || text[pieces[next].start] == UInt8(ascii: "+")
        {
            sign = text[pieces[next].start] == UInt8(ascii: "-") ? -1 : 1
            next += 1
        }
        guard next < pieces.count, pieces[next].attached, let exponent = pieces[next].numeral, exponent.form == .plain,
            exponent.value.isInteger, !exponent.hasSeparators, abs(exponent.value.double) <= 30
        else { return nil }
        return (sign * Int(exponent.value.double), next + 1)
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

    /// The power of ten of an abbreviated scale after a numeral: `k`, `bn`, `mil` (attached or
    /// after one space), `M` and `MM` in capitals (a lowercase `m` is metres), `e6` attached.
    static func multiplier(_ piece: NumberPiece, text: UnsafePointer<UInt8>) -> Int? {
        if case .multiplier(let power)? = piece.word {
            if piece.attached { return power }
            // spaced: only when a word boundary follows (k in "2.33 k", bn in "5 bn")
            return power
        }
        guard case .other = piece.content else { return nil }
        let length = piece.end - piece.start
        if length == 1 && text[piece.start] == UInt8(ascii: "M") { return 6 }
        if length == 2 && text[piece.start] == UInt8(ascii: "M") && text[piece.start + 1] == UInt8(ascii: "M") { return 6 }
        if piece.attached && length >= 2 && (text[piece.start] | 0x20) == UInt8(ascii: "e") {
            var power = 0
            for k in (piece.start + 1)..<piece.end {
                guard text[k] &- 0x30 < 10 else { return nil }
                power = power * 10 + Int(text[k] &- 0x30)
                if power > 30 { return nil }  // checked per digit, so `e99999999999999999999` cannot overflow
            }
            return power
        }
        return nil
    }
}

extension Int {
    /// 10, 100, 1000, …
    fileprivate var isPowerOfTen: Bool {
        var value = self
        guard value >= 10 else { return false }
        while value % 10 == 0 { value /= 10 }
        return value == 1
    }
}
