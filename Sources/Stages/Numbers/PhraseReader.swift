/// Reads one `NumberPhrase` from the pieces, one piece at a time: each piece is a step of a
/// small grammar (a numeral, a unit word, tens, a scale, `and`, `point`, a fraction word…)
/// that goes on, stops the number before the piece, or finishes it with the piece.
///
/// ```
///   start ─▶ numeral ─▶ (groups, ×10^, e-6, k/bn, 2 1/4, . 99)      ─▶ done
///     │
///     └──▶ unit ─▶ tens ─▶ hundred ─▶ scale ─▶ and/point/over/in/out of ─▶ …
///          (one)  (twenty) (hundred) (million)
/// ```
struct PhraseReader {
    /// What the reader has just read, which decides what may come next.
    enum State {
        case start
        case article
        case unit  // a unit word (one…nineteen)
        case tens  // twenty…ninety, waiting for a unit
        case numeral
        case hundred
        case scale(Int)
        case fractionWord  // half, quarter
    }

    /// What one piece does to the number.
    enum Step {
        /// The piece belongs to the number; read on.
        case next
        /// The piece is glue (`and`, a spaced hyphen): read on, but the number ends before it
        /// unless what follows goes on.
        case skip
        /// The number ended before the piece.
        case stop
        /// The number is complete.
        case done(NumberPhrase)
    }

    let pieces: [NumberPiece]
    let text: UnsafePointer<UInt8>
    let first: Int
    var index: Int
    var negative = false
    var total = NumberValue(0)
    var current = NumberValue(0)
    var state = State.start
    var hasWords = false
    var hasScale = false
    var hasNumeral = false
    var lastScale = 0
    /// Where the number ends when it stops.
    var end: Int
    /// Whether `in`, `out of` and `over` may make a fraction here: not in a denominator.
    var readsRatios = true

    init(pieces: [NumberPiece], text: UnsafePointer<UInt8>, first: Int) {
        self.pieces = pieces
        self.text = text
        self.first = first
        self.index = first
        self.end = first
    }

    mutating func read() -> NumberPhrase? {
        readSign()
        end = index
        while index < pieces.count {
            switch step(pieces[index]) {
            case .next:
                index += 1
                end = index
            case .skip:
                index += 1
            case .stop:
                return ending().map { $0.form == .fraction ? ofScale($0) : $0 }
            case .done(let phrase):
                return phrase.form == .fraction ? ofScale(phrase) : phrase
            }
        }
        return ending().map { $0.form == .fraction ? ofScale($0) : $0 }
    }

    /// `a quarter of a million`, `two thirds of a billion`, `half of a million`: a fraction
    /// before `of a` and a scale word is that share of the scale, a cardinal (250,000).
    private func ofScale(_ fraction: NumberPhrase) -> NumberPhrase {
        guard isOf(fraction.end), fraction.end + 2 < pieces.count, case .article? = pieces[fraction.end + 1].word,
            case .scale(let power)? = pieces[fraction.end + 2].word, fraction.value.double > 0, fraction.value.double < 1
        else { return fraction }
        var phrase = fraction
        phrase.value = NumberPhrase.scaled(phrase.value, by: power)
        phrase.form = .cardinal
        phrase.end += 3
        phrase.hasScale = true
        return phrase
    }

    /// A minus sign or `minus` before the number.
    private mutating func readSign() {
        if NumberPhrase.isDetachedMinus(pieces, at: first, text: text) {
            negative = true
            index += 1
        } else if case .minus? = pieces[first].word, first + 1 < pieces.count,
            pieces[first + 1].numeral != nil || Self.isNumberStart(pieces[first + 1].word)
        {
            negative = true
            index += 1
        }
    }

    /// The number read so far, when the next piece cannot go on.
    private func ending() -> NumberPhrase? {
        switch state {
        case .start, .article: return nil
        case .fractionWord where total.double == 0: return finish(current, .fraction, end)
        default: return finish(total + current, .cardinal, end)
        }
    }

    func finish(_ value: NumberValue, _ form: NumberPhrase.Form, _ end: Int) -> NumberPhrase {
        NumberPhrase(
            first: first, end: end, value: negative ? value.negated : value, form: form, hasWords: hasWords,
            hasScale: hasScale)
    }

    /// The step piece `piece` (at `index`) makes.
    private mutating func step(_ piece: NumberPiece) -> Step {
        if let numeral = piece.numeral { return numeralStep(numeral) }
        if let step = spacedHyphen(piece) { return step }
        if readsRatios, let step = ratio(piece) { return step }
        guard let word = piece.word else { return .stop }
        if let step = ordinalDenominator(word) { return step }
        let step = wordStep(word)
        if case .next = step { hasWords = true }
        return step
    }

    private mutating func wordStep(_ word: NumberWord) -> Step {
        switch word {
        case .unit(let value): return unitWord(value)
        case .tens(let value): return tensWord(value)
        case .scale(let power): return scaleWord(power)
        case .dozen: return dozenWord()
        case .article: return articleWord()
        case .half, .quarter: return fractionWord(word)
        case .ordinalPlural(let denominator): return ordinalPluralWord(denominator)
        case .ordinal(let value): return ordinalWord(value)
        case .and: return andWord()
        case .point: return pointWord()
        case .over: return overWord()
        case .multiplier(let power): return abbreviatedScale(power)
        case .minus: return .stop
        }
    }

    // MARK: - Numerals

    private mutating func numeralStep(_ numeral: Numeral) -> Step {
        switch numeral.form {
        case .fraction, .ordinal, .decade:
            guard case .start = state else { return .stop }
            return .done(standalone(numeral))
        case .plain:
            switch state {
            case .start:
                return leadingNumeral(numeral)
            case .scale, .hundred:
                // two hundred 5, a million 20
                guard numeral.value.isInteger, numeral.value.double > 0, numeral.value.double < 1000, !numeral.hasSeparators
                else { return .stop }
                current = current + numeral.value
                state = .numeral
                return .next
            default:
                return .stop
            }
        }
    }

    /// A fraction, ordinal or decade in digits, which is a number alone, with what the pieces
    /// before it lend it: a money-market offer its bid's whole part (`3-7/8 3/4`: 3 3/4), a
    /// two-digit decade a full one's century (`the 1920s and 30s`: 1930).
    @inline(never)
    private func standalone(_ numeral: Numeral) -> NumberPhrase {
        let form: NumberPhrase.Form = numeral.form == .fraction ? .fraction : numeral.form == .ordinal ? .ordinal : .decade
        if form == .fraction, numeral.value.double < 1, !numeral.isSigned,
            let whole = NumberNotation(pieces: pieces, text: text).quotedWhole(before: index)
        {
            return finish(whole + numeral.value, form, index + 1)
        }
        if form == .decade, numeral.value.double < 100, let century = centuryOfDecade(before: index) {
            return finish(century + numeral.value, form, index + 1)
        }
        return finish(numeral.value, form, index + 1)
    }

    /// A numeral that starts the number, with what its notation joins to it: groups, a
    /// fraction, a decimal point written apart, an exponent, a scale abbreviation.
    private mutating func leadingNumeral(_ numeral: Numeral) -> Step {
        let notation = NumberNotation(pieces: pieces, text: text)
        var (value, next) = notation.grouped(numeral, at: index)
        if let mixed = notation.mixedFraction(value, at: next) {
            if let (power, after) = scaleAfter(at: mixed.end), power >= 3 {
                // 1 1/2 million: a scale word after a mixed number makes it a cardinal
                hasScale = true
                return .done(finish(NumberPhrase.scaled(mixed.value, by: power), .cardinal, after))
            }
            return .done(finish(mixed.value, .fraction, mixed.end))
        }
        if let point = notation.spacedPoint(value, at: next, lead: numeral) {
            (value, next) = point
        }
        if let power = notation.exponent(value, at: next) {
            hasScale = power.scale
            return .done(finish(power.value, .cardinal, power.end))
        }
        current = value
        index = next - 1  // read() steps past it
        state = .numeral
        hasNumeral = true
        return .next
    }

    /// `ninety - five`, `one - fourth`: a hyphen written with spaces inside a number in words.
    private mutating func spacedHyphen(_ piece: NumberPiece) -> Step? {
        guard case .other = piece.content, piece.end - piece.start == 1, text[piece.start] == UInt8(ascii: "-"),
            !piece.attached, index + 1 < pieces.count, !pieces[index + 1].attached, let next = pieces[index + 1].word
        else { return nil }
        switch (state, next) {
        case (.tens, .unit(let value)), (.tens, .ordinal(let value)), (.tens, .ordinalPlural(let value)):
            guard (1...9).contains(value) else { return .stop }
        case (.unit, .ordinal), (.unit, .ordinalPlural): break
        default: return .stop
        }
        return .skip
    }

    /// `one in three`, `1 in twenty-one`, `3 out of 5`, `seven out of every ten`: a small
    /// whole numerator, `in` or `out of` (`every` may follow it), a larger cardinal (for `in`,
    /// no year: `1 in 1990` is a date).
    private mutating func ratio(_ piece: NumberPiece) -> Step? {
        // in, out: two or three letters, checked on the bytes before any string is made
        guard case .other = piece.content, (2...3).contains(piece.end - piece.start),
            (text[piece.start] | 0x20) == UInt8(ascii: "i") || (text[piece.start] | 0x20) == UInt8(ascii: "o"),
            total.double == 0, current.isInteger, current.double >= 0, current.double < 1000
        else { return nil }
        switch state {
        case .unit, .numeral, .tens: break
        default: return nil
        }
        let word = Self.lowercaseASCII(text, piece.start, piece.end)
        var next = index + 1
        let outOf = word == "out"
        if outOf {
            guard next + 1 < pieces.count, Self.lowercaseASCII(text, pieces[next].start, pieces[next].end) == "of" else { return nil }
            next += 1
            if next + 1 < pieces.count, pieces[next].end - pieces[next].start == 5,
                "every".utf8.enumerated().allSatisfy({ text[pieces[next].start + $0.offset] | 0x20 == $0.element })
            {
                next += 1
            }
        } else if word != "in" || current.double < 1 || current.double >= 100 {
            return nil
        }
        guard next < pieces.count, !pieces[next].attached,
            let denominator = denominator(at: next), denominator.form == .cardinal,
            denominator.value.isInteger, denominator.value.double > 0
        else { return nil }
        if outOf {
            guard denominator.value.double >= current.double else { return nil }
        } else {
            guard denominator.value.double > current.double,
                denominator.hasWords || !(1000...2100).contains(denominator.value.double)
            else { return nil }
        }
        hasWords = true
        return .done(finish(current / denominator.value, .fraction, denominator.end))
    }

    // MARK: - Words

    private mutating func unitWord(_ value: Int) -> Step {
        switch state {
        case .start, .hundred, .scale: break
        case .tens where (1...9).contains(value): break
        default: return .stop
        }
        current = current + NumberValue(value)
        state = .unit
        return .next
    }

    private mutating func tensWord(_ value: Int) -> Step {
        switch state {
        case .start, .hundred, .scale: break
        default: return .stop
        }
        current = current + NumberValue(value)
        state = .tens
        return .next
    }

    private mutating func scaleWord(_ power: Int) -> Step {
        switch state {
        case .unit, .tens, .numeral, .article, .fractionWord, .hundred:
            if power == 2 {
                if case .hundred = state { return .stop }
                current = current * NumberValue(100)
                state = .hundred
            } else {
                total = total + NumberPhrase.scaled(current, by: power)
                current = NumberValue(0)
                lastScale = power
                state = .scale(power)
            }
        case .scale(let previous) where previous < power && current.double == 0:
            total = NumberPhrase.scaled(total, by: power)
            lastScale = power
            state = .scale(power)
        case .start where isCompoundHead():
            // hundred-dollar bills, a million-dollar question: one hundred, one million
            state = .unit
            current = NumberValue(1)
            return scaleWord(power)
        default:
            return .stop
        }
        hasScale = true
        return .next
    }

    /// Whether the piece at `index`, a scale word, starts a hyphenated compound whose next
    /// part is no number word (`hundred-dollar`, `million-dollar`; not `hundred-twenty`), and
    /// no hyphen ends the piece before (`2.1- billion-dlr`, a number broken at a line's end).
    private func isCompoundHead() -> Bool {
        let next = index + 1
        guard next < pieces.count, pieces[next].token == pieces[index].token, pieces[next].word == nil else { return false }
        if index > 0, pieces[index - 1].end - pieces[index - 1].start == 1, text[pieces[index - 1].start] == UInt8(ascii: "-") {
            return false
        }
        return text[pieces[index].end] == UInt8(ascii: "-")
    }

    /// `a dozen`, `two dozens`, `half a dozen`, `a half-dozen`: twelve times what came before;
    /// `a dozen and a half`, `two dozen and a half`: and half a dozen more.
    private mutating func dozenWord() -> Step {
        switch state {
        case .unit, .tens, .numeral, .article, .fractionWord: break
        default: return .stop
        }
        hasWords = true
        let count = total + current
        if state != .fractionWord, index + 3 < pieces.count, pieces[index + 1].word == .and, pieces[index + 2].word == .article,
            pieces[index + 3].word == .half
        {
            return .done(finish((count + NumberValue(1) / NumberValue(2)) * NumberValue(12), .cardinal, index + 4))
        }
        return .done(finish(count * NumberValue(12), .cardinal, index + 1))
    }

    /// `three mln`, `one bn`, `two hundred k`: a scale abbreviation after words ends the number.
    private mutating func abbreviatedScale(_ power: Int) -> Step {
        switch state {
        case .unit, .tens, .hundred, .fractionWord: break
        default: return .stop
        }
        hasScale = true
        return .done(finish(NumberPhrase.scaled(total + current, by: power), .cardinal, index + 1))
    }

    private mutating func articleWord() -> Step {
        guard case .start = state, index + 1 < pieces.count else { return .stop }
        guard let next = pieces[index + 1].word else { return isCoupleBeforeScale() ? .next : .stop }
        switch next {
        case .scale, .dozen, .half, .quarter, .multiplier: break
        case .ordinal(let d) where d >= 3: break
        case .ordinalPlural: break
        case .tens: break  // a twenty-first, when an ordinal follows (see ordinalDenominator)
        default: return .stop
        }
        // a third-largest bank, an eighth-grade class: an ordinal hyphened to a word describes it, no denominator
        if case .ordinal = next, isHyphenedToAWord(index + 1) { return .stop }
        // a half-mile path, a quarter-inch gap: `half` or `quarter` hyphened to a word makes one
        // adjective before a noun, as `12-foot` does in `a 12-foot boat`, and the article is the
        // noun's (`a half-dozen` keeps it: `dozen` is a number word, as in `a dozen`; so do `a
        // half-inch of rain` and `drove a half-mile.`, where the compound is the noun)
        if next == .half || next == .quarter, isHyphenedToAWord(index + 1), isBeforeANoun(index + 3) { return .stop }
        if case .tens = next, index + 2 < pieces.count, case .ordinal? = pieces[index + 2].word, pieces[index + 2].attached,
            isHyphenedToAWord(index + 2)
        {
            return .stop  // a twenty-first-century city
        }
        current = NumberValue(1)
        state = .article
        return .next
    }

    /// `a couple of hundred`, `a couple thousand`, `a couple of dozen`: two of the scale
    /// (numbers29). Only before a scale word or `dozen`: `a couple of days`, `a couple` alone
    /// say no number (a pair, or a few). The article's step, when it is `.next`: `couple` (and
    /// `of`) are read here, the scale by the next step, as after `two`. Not before a scale
    /// hyphened to a word (`a couple of million-dollar homes`: two homes).
    @inline(__always)
    private mutating func isCoupleBeforeScale() -> Bool {
        let couple = index + 1
        let start = pieces[couple].start
        guard pieces[couple].end - start == 6, text[start] | 0x20 == UInt8(ascii: "c"), pieces[couple].isWord("couple", in: text)
        else { return false }
        let scale = couple + 1 < pieces.count && isOf(couple + 1) ? couple + 2 : couple + 1
        guard scale < pieces.count else { return false }
        switch pieces[scale].word {
        case .scale?, .dozen?: break
        default: return false
        }
        // a couple of million-dollar homes: the scale hyphened to a word describes the noun (review83)
        if isHyphenedToAWord(scale) { return false }
        current = NumberValue(2)
        state = .unit
        hasWords = true
        index = scale - 1  // read() steps past the last skipped piece; the scale is read next
        return true
    }

    /// Whether the number word at piece `index` is hyphened to a word that is no number in the
    /// same token (`third-largest`, `eighth-grade`, `fourth-quarter`): an attributive ordinal, which
    /// after `a` or `an` is the ordinal, not a fraction's denominator (`a third-largest bank` is
    /// the third, not a third; `a one-third stake`, `a third of` are fractions, and so is one
    /// hyphened to `of`: `a tenth-of-a-second lead`). Asked only after an article before an
    /// ordinal in words.
    private func isHyphenedToAWord(_ index: Int) -> Bool {
        guard index + 1 < pieces.count else { return false }
        let next = pieces[index + 1]
        return next.token == pieces[index].token && next.start == pieces[index].end + 1
            && text[pieces[index].end] == UInt8(ascii: "-") && next.numeral == nil
            && (next.word == nil || next.word == .quarter || next.word == .half)  // a fourth-quarter loss
            && !isOf(index + 1)  // a tenth-of-a-second lead
    }

    private mutating func fractionWord(_ word: NumberWord) -> Step {
        let part = word == .half ? NumberValue(1) / NumberValue(2) : NumberValue(1) / NumberValue(4)
        switch state {
        case .start, .article:
            // subsequent quarters, coming quarters: a plural with no count is periods, not a share
            if state == .start && index == first && text[pieces[index].end - 1] | 0x20 == UInt8(ascii: "s") { return .stop }
            // the second quarter, the first half: a period, not a fraction
            if index == first && first > 0
                && (Self.isOrdinal(pieces[first - 1]) || (state == .start && Self.isCount(pieces[first - 1]))
                    || ((isPeriodDeterminer(first - 1) || (word == .quarter && isIn(first - 1)))
                        && (!isOf(index + 1) || (index + 2 < pieces.count && isYear(index + 2))))
                    || isYear(first - 1))
            {
                // the quarter, this half, each quarter, the 1986 quarter: a period; that half of it is a share
                return .stop
            }
            current = part
            state = .fractionWord
            // half a million, half a dozen
            if index + 2 < pieces.count, case .article? = pieces[index + 1].word {
                switch pieces[index + 2].word {
                case .scale?, .dozen?, .multiplier?: index += 1
                default: break
                }
            }
            return .next
        case .unit where word == .quarter || (word == .half && total.double == 0 && (current.double == 1 || isHalves(over: current))):
            // the first three quarters, the past two quarters, the last three halves (of a
            // match): a count of periods, not a fraction
            if first > 0, Self.isOrdinal(pieces[first - 1]) || isPeriodDeterminer(first - 1),
                word == .quarter ? !isOf(index + 1) || isTheYear(after: index + 1) : current.double != 1
            {
                return .stop
            }
            // three quarters, one half
            hasWords = true
            return .done(finish(total + current * part, .fraction, index + 1))
        default:
            return .stop
        }
    }

    /// Whether the piece read is `halves` after a count of three or more, an improper
    /// fraction (`three halves` is 1.5); `two halves` are the two parts of a whole, a count.
    private func isHalves(over count: NumberValue) -> Bool {
        count.double >= 3 && text[pieces[index].end - 1] | 0x20 == UInt8(ascii: "s")
    }

    private mutating func ordinalPluralWord(_ denominator: Int) -> Step {
        switch state {
        case .unit, .tens, .hundred, .article, .numeral, .scale:
            hasWords = true
            return .done(finish((total + current) / NumberValue(denominator), .fraction, index + 1))
        default:
            return .stop
        }
    }

    private mutating func ordinalWord(_ value: Int) -> Step {
        hasWords = true
        switch state {
        case .start:
            return .done(finish(NumberValue(value), .ordinal, index + 1))
        case .article where value >= 3:
            return .done(finish(NumberValue(1) / NumberValue(value), .fraction, index + 1))
        case .unit where current.double == 1 && total.double == 0 && value >= 3:
            return .done(finish(NumberValue(1) / NumberValue(value), .fraction, index + 1))
        case .tens where (1...9).contains(value):
            return .done(finish(total + current + NumberValue(value), .ordinal, index + 1))
        case .hundred, .scale:
            guard !hasNumeral else { return .stop }  // 280 million first: two things
            if value >= 100 { return .done(finish((total + current) * NumberValue(value), .ordinal, index + 1)) }
            return .done(finish(total + current + NumberValue(value), .ordinal, index + 1))
        case .unit, .numeral, .article:
            if value >= 100 && current.double > 0 {
                return .done(finish((total + current) * NumberValue(value), .ordinal, index + 1))
            }
            return .stop
        default:
            return .stop
        }
    }

    /// `three twenty-fifths`, `one twenty-first`, `a hundredth`: a numerator, then an ordinal
    /// in words where the words could not go on as one number. Plural ordinals take any
    /// numerator; a singular one only `a` or `one`.
    private mutating func ordinalDenominator(_ word: NumberWord) -> Step? {
        switch (state, word) {
        case (.article, .tens), (.unit, .tens), (.unit, .unit), (.numeral, .tens): break
        default: return nil
        }
        guard let denominator = Self.denominator(pieces, at: index), denominator.value >= 3 else { return nil }
        let numerator = total + current
        guard denominator.plural || (numerator.double == 1 && total.double == 0 && !hasNumeral) else { return nil }
        hasWords = true
        return .done(finish(numerator / NumberValue(denominator.value), .fraction, denominator.end))
    }

    /// An ordinal in words at `index`, the denominator of a fraction: `twenty-fifth`,
    /// `twenty fifths`, `one hundred fifth`, `hundredths`, `one thousandth`: its value, whether
    /// it is plural, and where it ends.
    static func denominator(_ pieces: [NumberPiece], at index: Int) -> (value: Int, plural: Bool, end: Int)? {
        var value = 0
        var next = index
        while next < pieces.count, let word = pieces[next].word {
            switch word {
            case .unit(let unit) where unit > 0 && value % 10 == 0 && (value == 0 || value >= 20):
                value += unit
            case .tens(let tens) where value % 100 == 0:
                value += tens
            case .scale(2) where (1...99).contains(value):
                value *= 100
            case .ordinal(let ordinal), .ordinalPlural(let ordinal):
                guard next > index || ordinal >= 3, let total = ordinalTotal(value, ordinal) else { return nil }
                if case .ordinalPlural = word { return (total, true, next + 1) }
                return (total, false, next + 1)
            default:
                return nil
            }
            next += 1
        }
        return nil
    }

    /// The ordinal `ordinal` after the cardinal words worth `value`: `twenty` `fifth` is 25,
    /// `one` `hundredth` 100, `two hundred` `fifth` 205; nil when they do not join.
    private static func ordinalTotal(_ value: Int, _ ordinal: Int) -> Int? {
        if ordinal >= 100 { return value < 1000 ? max(value, 1) * ordinal : nil }
        if ordinal < 10 { return value % 10 == 0 && (value == 0 || value >= 20) ? value + ordinal : nil }
        return value % 100 == 0 ? value + ordinal : nil
    }

    /// Whether the `and` before a number whose scale word is at piece `scale` is the one that
    /// `between` needs: the number opened right after `between` and no other connector and number
    /// follow the number after it or its unit (`between nine hundred and one thousand` is 900 to
    /// 1000, not 901,000; `between one hundred and twenty thousand and …`, `… thousand dollars to
    /// …` join as before).
    private func isBetweensAnd(scaleAt scale: Int) -> Bool {
        guard first > 0, pieces[first - 1].isWord("between", in: text) else { return false }
        var next = scale + 1
        while next < pieces.count, isNumberPiece(next) { next += 1 }
        if next < pieces.count && pieces[next].word == .and { return false }
        // a connector and a number after the high end or after a word (its unit): the range
        // goes on there (`between one hundred and fifty thousand dollars and two hundred thousand
        // dollars`, `… fifty thousand to two hundred thousand`)
        if next < pieces.count, !isConnector(next), text[pieces[next].start] | 0x20 &- UInt8(ascii: "a") < 26 { next += 1 }
        return !(next + 1 < pieces.count && isConnector(next) && isNumberPiece(next + 1))
    }

    /// Whether piece `index` is `and`, `to` or `through`, in any case.
    private func isConnector(_ index: Int) -> Bool {
        pieces[index].word == .and || pieces[index].isWord("to", in: text) || pieces[index].isWord("through", in: text)
    }

    /// Whether piece `index` is a numeral or a number word other than `and`.
    private func isNumberPiece(_ index: Int) -> Bool {
        pieces[index].numeral != nil || (pieces[index].word != nil && pieces[index].word != .and)
    }

    /// `one hundred and six`, `one and a half`, `3 million and a half`.
    private mutating func andWord() -> Step {
        if let tail = FractionTail(pieces, at: index + 1) {
            switch state {
            case .start, .article: return .stop
            // between a quarter and a half: no mixed number of two fractions
            case .fractionWord: return .stop
            default: return .done(fraction(after: tail))
            }
        }
        switch state {
        case .hundred, .scale: break
        default: return .stop
        }
        guard index + 1 < pieces.count else { return .stop }
        let next = pieces[index + 1]
        if let numeral = next.numeral, numeral.form == .plain, numeral.value.double > 0, numeral.value.double < 100,
            numeral.value.isInteger
        {
        } else if case .unit(let v)? = next.word, v > 0 {
        } else if case .tens? = next.word {
        } else if case .ordinal(let v)? = next.word, v > 0, v < 100, !hasNumeral {
            // one hundred and first: the position after the hundred
        } else {
            return .stop
        }
        if startsAnotherNumber(after: index + 1) { return .stop }
        return .skip  // the state stays: a unit or tens may follow
    }

    /// Whether the words after `and` at `start` are a number of their own: a scale word of
    /// theirs repeats or passes the last one before `and` (`between one hundred and two hundred`,
    /// `one thousand and two thousand`, `one hundred thousand and two hundred thousand`: the
    /// hundred is looked past when a larger scale stands before `and`), which no single English
    /// number does. A smaller scale joins (`one thousand and five hundred`, `one million and two
    /// hundred thousand`), as does any larger one after a bare hundred (`one hundred and twenty
    /// thousand`).
    private func startsAnotherNumber(after start: Int) -> Bool {
        var next = start
        while next < min(pieces.count, start + 4) {
            switch (pieces[next].content, state) {
            case (.word(.unit(_)), _), (.word(.tens(_)), _), (.numeral(_), _):
                next += 1
            case (.word(.scale(let power)), .hundred):
                return power == 2 || (power > 2 && isBetweensAnd(scaleAt: next))
            case (.word(.scale(let power)), .scale(let previous)):
                guard power == 2 else { return power >= previous }
                next += 1  // five hundred: the scale after it decides (thousand, million)
            default:
                return false
            }
        }
        return false
    }

    /// The number with a fraction after `and`: `one and a half`, `two and a half million`,
    /// `one hundred and thirty-two fifths` (132/5).
    private mutating func fraction(after tail: FractionTail) -> NumberPhrase {
        hasWords = true
        // after a hundred or a scale, tens over a denominator that is no power of ten are the
        // end of the numerator (132/5); hundredths and thousandths keep the whole part apart
        if tail.tens, !hasNumeral, !Self.isPowerOfTen(tail.denominator) {
            switch state {
            case .hundred, .scale:
                return finish((total + current + tail.numerator) / NumberValue(tail.denominator), .fraction, tail.end)
            default: break
            }
        }
        // a dozen after the fraction: two and a half dozen (30)
        if tail.end < pieces.count, case .dozen? = pieces[tail.end].word, lastScale == 0, total.double == 0 {
            switch state {
            case .unit, .tens, .numeral: return finish((current + tail.value) * NumberValue(12), .cardinal, tail.end + 1)
            default: break
            }
        }
        // a scale after the fraction: two and a half million (2.5 million), one billion and a
        // quarter million (a quarter of a million more)
        if tail.end < pieces.count, case .scale(let power)? = pieces[tail.end].word, power >= 3 {
            if power < lastScale {
                hasScale = true
                return finish(total + current + NumberPhrase.scaled(tail.value, by: power), .cardinal, tail.end + 1)
            }
            var afterHundred = false
            if case .hundred = state { afterHundred = true }
            if lastScale == 0 && !afterHundred {
                hasScale = true
                return finish(NumberPhrase.scaled(current + tail.value, by: power), .cardinal, tail.end + 1)
            }
        }
        let unitOfFraction = lastScale >= 3 && current.double == 0 ? NumberPhrase.scaled(NumberValue(1), by: lastScale) : NumberValue(1)
        return finish(total + current + tail.value * unitOfFraction, .fraction, tail.end)
    }

    /// `three point one four`, `two hundred point zero three`, `5 point 25`: digits after `point`.
    private mutating func pointWord() -> Step {
        // point seven five: a decimal with no whole part, when the reader starts at `point`
        // (`MentionReader.isLeadingPoint` has seen the digit words after it and what follows)
        let leading = index == first
        switch state {
        case .unit, .tens, .numeral, .hundred, .scale: break
        case .start where leading: break
        default: return .stop
        }
        var fraction = NumberValue(0)
        var scale = NumberValue(1)
        var next = index + 1
        if !leading, next < pieces.count, let numeral = pieces[next].numeral, numeral.form == .plain, !numeral.isSigned,
            !numeral.hasPoint, !numeral.hasSeparators, current.isInteger
        {
            // 5 point 25: the digits as written
            let digits = pieces[next].end - pieces[next].start
            fraction = numeral.value / NumberPhrase.scaled(NumberValue(1), by: digits)
            next += 1
        } else {
            while next < pieces.count {
                if case .unit(let digit)? = pieces[next].word, digit < 10 {
                    scale = scale / NumberValue(10)
                    fraction = fraction + NumberValue(digit) * scale
                    next += 1
                    continue
                }
                // the spoken `oh` is a zero when a digit follows the run of them (`point oh five`)
                let zeros = spokenZeros(at: next)
                guard zeros > 0 else { break }
                for _ in 0..<zeros { scale = scale / NumberValue(10) }
                next += zeros
            }
        }
        guard next > index + 1 else { return .stop }
        hasWords = true
        if total.double == 0, let (power, after) = scaleAfter(at: next) {
            // two point five million: the scale applies to the whole decimal
            hasScale = true
            return .done(finish(NumberPhrase.scaled(current + fraction, by: power), .cardinal, after))
        }
        return .done(finish(total + current + fraction, .cardinal, next))
    }

    /// How many pieces from `k` are the spoken `oh` of a zero after `point`: a run of them
    /// that a digit word follows (`one thousand point oh five`, `sixty-two point oh four
    /// percent`); 0 when none is, or nothing that says a digit follows (`point oh` alone).
    private func spokenZeros(at k: Int) -> Int {
        var next = k
        while next < pieces.count, pieces[next].end - pieces[next].start == 2, text[pieces[next].start] | 0x20 == UInt8(ascii: "o"),
            text[pieces[next].start + 1] | 0x20 == UInt8(ascii: "h")
        {
            next += 1
        }
        guard next > k, next < pieces.count, case .unit(let digit)? = pieces[next].word, digit < 10 else { return 0 }
        return next - k
    }

    /// `1 over 3`, `one over twenty`: a small numerator alone.
    private mutating func overWord() -> Step {
        switch state {
        case .unit, .numeral: break
        default: return .stop
        }
        guard readsRatios, total.double == 0, current.isInteger, current.double < 100, index + 1 < pieces.count,
            let denominator = denominator(at: index + 1),
            denominator.form == .cardinal, denominator.value.double != 0
        else { return .stop }
        hasWords = true
        return .done(finish(current / denominator.value, .fraction, denominator.end))
    }

    // MARK: - Helpers

    /// The number at `index` that a ratio or `over` divides by, read with no ratio or `over`
    /// of its own: a denominator is a cardinal, and reading one inside another recursed
    /// through `one in two in three …` as deep as the chain went (a stack overflow past
    /// some 5,000 links, and quadratic time below that).
    private func denominator(at index: Int) -> NumberPhrase? {
        var reader = PhraseReader(pieces: pieces, text: text, first: index)
        reader.readsRatios = false
        return reader.read()
    }

    /// A scale word of a thousand or more (`million`, `bn`) at `index`: its power of ten and
    /// the piece after it.
    private func scaleAfter(at index: Int) -> (Int, Int)? {
        guard index < pieces.count else { return nil }
        switch pieces[index].word {
        case .scale(let power)? where power >= 3: return (power, index + 1)
        case .multiplier(let power)?: return (power, index + 1)
        default: return nil
        }
    }

    static func isNumberStart(_ word: NumberWord?) -> Bool {
        switch word {
        case .unit?, .tens?, .half?, .quarter?, .article?: true
        default: false
        }
    }

    /// Whether the piece is an ordinal, in words or digits (`second`, `3rd`).
    /// Words before a bare `quarter` or `half` that make it a period of time, not a fraction
    /// (`in the quarter`, `this half`; `a quarter` stays a fraction). `in` alone does so before
    /// `quarter` (`14 cts a share in quarter`, as the wire drops the article), not before `half`
    /// (`cut in half`).
    static let periodDeterminers: Set<String> = [
        "the", "this", "that", "each", "every", "per", "next", "last", "its", "their", "same", "previous", "current",
        "latest", "fiscal", "final", "past", "prior", "recent", "year-ago",
    ]

    /// Whether piece `index` is `in`, in any case.
    private func isIn(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start == 2 else { return false }
        return text[piece.start] | 0x20 == UInt8(ascii: "i") && text[piece.start + 1] | 0x20 == UInt8(ascii: "n")
    }

    /// Whether `of` at piece `index` is followed by `the year`, `the fiscal year` or a year
    /// (`the first three quarters of the year`, `of 1987`): quarters of a year are periods.
    private func isTheYear(after index: Int) -> Bool {
        var next = index + 1
        guard next < pieces.count else { return false }
        if isYear(next) { return true }
        let word = { (k: Int) -> String in
            String(decoding: UnsafeBufferPointer(start: self.text + self.pieces[k].start, count: self.pieces[k].end - self.pieces[k].start), as: UTF8.self).lowercased()
        }
        guard word(next) == "the" else { return false }
        next += 1
        if next < pieces.count && word(next) == "fiscal" { next += 1 }
        return next < pieces.count && word(next) == "year"
    }

    /// Whether piece `index` is one of `periodDeterminers`, in any case.
    private func isPeriodDeterminer(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard case .other = piece.content, piece.end - piece.start <= 10 else { return false }
        let word = String(decoding: UnsafeBufferPointer(start: text + piece.start, count: piece.end - piece.start), as: UTF8.self)
        return Self.periodDeterminers.contains(word.lowercased())
    }

    /// Whether piece `index` is four plain digits from 1900 to 2100 (`1986 quarter`).
    private func isYear(_ index: Int) -> Bool {
        guard let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasSeparators, !numeral.hasPoint,
            pieces[index].end - pieces[index].start == 4
        else { return false }
        return (1900...2100).contains(numeral.value.double)
    }

    /// Whether piece `index` is the word `of`, in any case.
    /// Whether piece `index`, after a compound hyphened from a number word, is a word other than
    /// `of` (`a half-mile path`), so that the compound stands before a noun as its adjective.
    private func isBeforeANoun(_ index: Int) -> Bool {
        guard index < pieces.count, !pieces[index].attached, pieces[index].numeral == nil, !isOf(index) else { return false }
        return text[pieces[index].start] | 0x20 &- UInt8(ascii: "a") < 26
    }

    private func isOf(_ index: Int) -> Bool {
        guard index < pieces.count, pieces[index].end - pieces[index].start == 2 else { return false }
        return text[pieces[index].start] | 0x20 == UInt8(ascii: "o") && text[pieces[index].start + 1] | 0x20 == UInt8(ascii: "f")
    }

    /// The century of a four-digit decade two pieces before `index`, joined to it by `and`,
    /// `or`, `to`, a comma or a hyphen (`the 1920s and 30s`, `1960s-70s`), or nil.
    private func centuryOfDecade(before index: Int) -> NumberValue? {
        guard index >= 2, let decade = pieces[index - 2].numeral, decade.form == .decade, decade.value.double >= 1000
        else { return nil }
        let joint = pieces[index - 1]
        let joins: Bool
        switch joint.content {
        case .word(.and): joins = true
        case .other:
            let word = String(decoding: UnsafeBufferPointer(start: text + joint.start, count: joint.end - joint.start), as: UTF8.self)
            joins = ["or", "to", ",", "-", "through"].contains(word.lowercased())
        default: joins = false
        }
        guard joins else { return nil }
        return NumberValue(Int(decade.value.double) / 100 * 100)
    }

    /// Whether the piece is a cardinal count in words or plain digits (`three`, `3`): a
    /// `quarters` after it that did not join it (`the first three quarters`) is no fraction.
    static func isCount(_ piece: NumberPiece) -> Bool {
        switch piece.word {
        case .unit?, .tens?: return true
        default: return piece.numeral?.form == .plain
        }
    }

    static func isOrdinal(_ piece: NumberPiece) -> Bool {
        if case .ordinal? = piece.word { return true }
        return piece.numeral?.form == .ordinal
    }

    static func isPowerOfTen(_ number: Int) -> Bool {
        var value = number
        guard value >= 10 else { return false }
        while value % 10 == 0 { value /= 10 }
        return value == 1
    }

    /// `text[start..<end]` lowercased when it is short ASCII letters (`in`, `out`, `of`), else "".
    static func lowercaseASCII(_ text: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard end - start <= 3 else { return "" }
        var word = ""
        for k in start..<end {
            let byte = text[k] | 0x20
            guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return "" }
            word.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return word
    }
}

extension PhraseReader.State: Equatable {}
