import GlossCore

/// A token as the number parser sees it: a numeral, a number word, or anything else. A word
/// made of number words joined by hyphens (`twenty-one`, `two-thirds`) becomes one piece per
/// word, all `joined` to the one before.
struct NumberPiece: Sendable {
    enum Content: Sendable {
        case numeral(Numeral)
        case word(NumberWord)
        case other
    }

    var start: Int
    var end: Int
    /// The index of the token it comes from.
    var token: Int
    var content: Content
    /// Whether no byte separates it from the piece before.
    var attached: Bool
    /// Whether it is plain (`other`) and cannot start a mention: no lone `-`, no first word of
    /// a relative ordinal, no bare unit's first token by shape (`PieceShapes.isQuiet`). The reader
    /// steps over a quiet piece without reading it; false is always safe.
    var quiet = false
    /// Whether it is a numeral of a comma-spaced run that ends in an attached comma
    /// (`NumberNotation.markCommaLists`).
    var inCommaList = false

    var numeral: Numeral? {
        if case .numeral(let numeral) = content { return numeral }
        return nil
    }

    var word: NumberWord? {
        if case .word(let word) = content { return word }
        return nil
    }

    /// Whether the piece is the lowercase ASCII `word`, in any case (its bytes compared, no
    /// string made).
    func isWord(_ word: StaticString, in text: UnsafePointer<UInt8>) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount where text[start + k] | 0x20 != bytes[k] { return false }
        return true
    }

    /// The pieces of `tokens` of UTF-8 `text`, in one pass: a word that is no number word and
    /// has no digit (most of a text) is told by one look-up in `PieceShapes`, and its piece
    /// marked `quiet` when no mention can start there either. The pieces are written straight
    /// into the array's storage (`PieceBuffer`): room for a few tokens split in two first
    /// (10-gallon, twenty-one, 22,24), and, in the rare window that splits more, the window
    /// again with room for all its pieces (`room(_:tokens:)`; more doublings if that were short).
    static func pieces(_ text: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>) -> [NumberPiece] {
        var capacity = tokens.count + tokens.count / 8 + 8
        while true {
            var commaLeads: [Int] = []
            var overflowed = false
            var pieces = [NumberPiece](unsafeUninitializedCapacity: capacity) { storage, count in
                var buffer = PieceBuffer(storage.baseAddress!, capacity: capacity)
                write(text, tokens: tokens, to: &buffer, commaLeads: &commaLeads)
                count = buffer.count
                overflowed = buffer.overflowed
            }
            guard !overflowed else {
                capacity = max(2 * capacity, room(text, tokens: tokens))
                continue
            }
            NumberNotation.markCommaLists(&pieces, leads: commaLeads, text: text)
            return pieces
        }
    }

    /// Room for every piece of `tokens`: a token gives at most one piece per part its hyphens,
    /// commas and points separate, or three (`USD115bn`: code, amount, scale), whichever is more.
    /// Counted on separators, not bytes, so that a long word or a long gap in the window (a
    /// hostile page's) asks no room for pieces that cannot come. Costs a pass over the window's
    /// token bytes, made only when the first room was short.
    static func room(_ text: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>) -> Int {
        var separators = 0
        for token in tokens {
            for index in Int(token.span.start)..<Int(token.span.end) {
                let byte = text[index]
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") { separators += 1 }
            }
        }
        return 3 * tokens.count + separators + 8
    }

    /// Writes the pieces of `tokens` to `pieces` (see `pieces(_:tokens:)`), and the index of
    /// each numeral an attached comma follows to `commaLeads`; stops when `pieces` overflows.
    private static func write(
        _ text: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, to pieces: inout PieceBuffer, commaLeads: inout [Int]
    ) {
        PieceShapes.table.withUnsafeBufferPointer { shapes in
            let shapes = shapes.baseAddress!
            var previousEnd = -1
            for (index, token) in tokens.enumerated() {
                let start = Int(token.span.start)
                let end = Int(token.span.end)
                let attached = start == previousEnd
                previousEnd = end
                let entry = PieceShapes.entry(shapes, text, from: start, to: end)
                if token.kind == .word && PieceShapes.isPlainWord(entry, text, from: start, to: end)
                    && !(attached && (isFusedRangeTail(text, from: start, to: end) || isScaledRateTail(text, from: start, to: end)))  // 1.5m-1.8m, 5bn-a-year
                {
                    // a plain word: one piece, quiet if no mention starts so
                    let quiet = PieceShapes.isQuiet(entry, length: end - start)
                    pieces.append(NumberPiece(start: start, end: end, token: index, content: .other, attached: attached, quiet: quiet))
                    continue
                }
                if attached, end - start == 1, text[start] == UInt8(ascii: ","), pieces.count > 0,
                    case .numeral = pieces[pieces.count - 1].content
                {
                    commaLeads.append(pieces.count - 1)  // 1, 234, 567: NumberNotation.markCommaLists
                }
                append(token, index: index, attached: attached, text: text, entry: entry, to: &pieces)
                if pieces.overflowed { return }
            }
        }
    }

    /// The pieces of one token that is not a plain word.
    private static func append(
        _ token: Token, index: Int, attached: Bool, text: UnsafePointer<UInt8>, entry: UInt64, to pieces: inout PieceBuffer
    ) {
        let start = Int(token.span.start)
        let end = Int(token.span.end)
        switch token.kind {
        case .number:
            if let numeral = Numeral(text, from: start, to: end) {
                pieces.append(NumberPiece(start: start, end: end, token: index, content: .numeral(numeral), attached: attached))
            } else if let numeral = numeralBeforeStones(text, from: start, to: end) {
                // 17st: the number, then CLDR's symbol of the stone fused to it
                pieces.append(NumberPiece(start: start, end: end - 2, token: index, content: .numeral(numeral), attached: attached))
                pieces.append(NumberPiece(start: end - 2, end: end, token: index, content: .other, attached: true))
            } else {
                appendList(text, from: start, to: end, token: index, attached: attached, to: &pieces)
            }
        case .word:
            appendWord(text, from: start, to: end, token: index, attached: attached, to: &pieces)
        case .abbreviation where endsInUnitAndStop(text, from: start, to: end, attached: attached, after: pieces.last):
            // 10M., $300K., 2.5G., 212°F., 30 degrees C. at the end of a sentence: the scale or unit,
            // then the full stop the tokenizer joined to it
            pieces.append(NumberPiece(start: start, end: end - 1, token: index, content: .other, attached: attached))
            pieces.append(NumberPiece(start: end - 1, end: end, token: index, content: .other, attached: true))
        default:
            // punctuation, a sign or a symbol: one piece, quiet if no mention starts so (a
            // minus sign `−` may start one: PieceShapes reads no byte beyond ASCII)
            let quiet = PieceShapes.isQuiet(entry, length: end - start) && !NumberPhrase.isMinusSign(text, from: start, to: end)
            pieces.append(NumberPiece(start: start, end: end, token: index, content: .other, attached: attached, quiet: quiet))
        }
    }

    /// The whole number before a lower-case `st` that is no ordinal's suffix (`17st`, `9st`;
    /// `Numeral` keeps `21st` an ordinal), or nil.
    private static func numeralBeforeStones(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Numeral? {
        guard end - start >= 3, text[end - 2] == UInt8(ascii: "s"), text[end - 1] == UInt8(ascii: "t"),
            let numeral = Numeral(text, from: start, to: end - 2), numeral.form == .plain
        else { return nil }
        return numeral
    }

    /// Whether the abbreviation `start..<end` is a scale letter or a temperature scale with the
    /// sentence's full stop: `M.`, `MM.`, `K.`, `G.`, `T.` fused to a number (10M.,
    /// $300K.; not `B.`, which ends names such as `Insat 1B.`), or `C.`, `F.`, `K.` fused to a number or after a degree sign or word or a spaced
    /// number (41C., 212°F., 30 degrees C., 35 C.; the reader decides whether a spaced letter is
    /// a temperature), `W.`, `V.`, `A.` after a spaced number (65 W.; the reader decides whether
    /// it is the unit), or the litre `L.` after a slash (`7.8 mmol/L.`).
    @inline(never)
    private static func endsInUnitAndStop(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, attached: Bool, after last: NumberPiece?
    ) -> Bool {
        guard let last, end - start <= 3, text[end - 1] == UInt8(ascii: ".") else { return false }
        let letter = text[start]
        // 7.8 mmol/L. at the end of a sentence: the litre of a concentration, then the stop
        if attached && end - start == 2 && (letter == UInt8(ascii: "L") || letter == UInt8(ascii: "l"))
            && last.end - last.start == 1 && text[last.start] == UInt8(ascii: "/")
        {
            return true
        }
        if attached && last.numeral != nil {
            if (start..<end - 1).allSatisfy({ text[$0] == UInt8(ascii: "M") }) { return true }
            return end - start == 2 && Self.fusedLettersBeforeStop.contains(letter)
        }
        // 65 W., 13 A.: the watt, volt or ampere spaced after a number (the reader decides, as for 35 C.)
        if end - start == 2, !attached, last.numeral != nil, spacedElectricLetters.contains(letter) { return true }
        guard end - start == 2, letter == UInt8(ascii: "C") || letter == UInt8(ascii: "F") || letter == UInt8(ascii: "K") else { return false }
        if last.numeral != nil { return true }  // 35 C.
        let isDegreeWord = degreeWords.value(text + last.start, count: last.end - last.start, folding: true) != nil
        return isDegreeWord || (last.end - last.start == 2 && text[last.start] == 0xC2 && (text[last.start + 1] == 0xB0 || text[last.start + 1] == 0xBA))
    }

    /// The symbols of the watt, volt and ampere, which the reader takes spaced after a number
    /// where the sentence speaks of power (`MentionReader.isSpacedElectricSymbol`).
    private static let spacedElectricLetters: [UInt8] = Array("WVA".utf8)

    /// Scale letters (kilo, giga, tera) and temperature scales fused to a number before a full stop.
    private static let fusedLettersBeforeStop: [UInt8] = Array("KGTCF".utf8)

    private static let degreeWords = ByteSet(keys: ["deg", "degs", "degree", "degrees"])

    /// `22,24,26` or `192.168.1.2`: each number of a list on its own, or the token as `other`.
    private static func appendList(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, attached: Bool,
        to pieces: inout PieceBuffer
    ) {
        var parts: [NumberPiece] = []
        var partStart = start
        var separator: UInt8 = 0
        for index in start...end {
            let byte = index < end ? text[index] : UInt8(ascii: ",")
            if index < end && byte &- 0x30 < 10 { continue }
            guard (byte == UInt8(ascii: ",") && separator != UInt8(ascii: ".")) || (byte == UInt8(ascii: ".") && separator != UInt8(ascii: ",")),
                index > partStart, let numeral = Numeral(text, from: partStart, to: index)
            else { parts = []; break }
            if index < end { separator = byte }
            parts.append(NumberPiece(start: partStart, end: index, token: token, content: .numeral(numeral), attached: false))
            partStart = index + 1
        }
        if parts.count > 1 && separator == UInt8(ascii: ",") {
            pieces += parts
        } else {
            pieces.append(NumberPiece(start: start, end: end, token: token, content: .other, attached: attached))
        }
    }

    /// The pieces of a word token that may hold a number: a numeral and what is hyphened to it
    /// (`10-gallon`), a number word, a currency code fused to its amount (`USD115.5`), number
    /// words joined by hyphens (`twenty-one`), or the word as it is.
    private static func appendWord(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, attached: Bool,
        to pieces: inout PieceBuffer
    ) {
        if appendLeadingNumeral(text, from: start, to: end, token: token, attached: attached, to: &pieces) { return }
        if attached, appendFusedRange(text, from: start, to: end, token: token, attached: attached, to: &pieces) { return }
        if attached, appendScaledRate(text, from: start, to: end, token: token, to: &pieces) { return }
        if let word = NumberWord.lookup(text, from: start, to: end) {
            pieces.append(NumberPiece(start: start, end: end, token: token, content: .word(word), attached: attached))
            return
        }
        if appendFusedCode(text, from: start, to: end, token: token, attached: attached, to: &pieces) { return }
        // number words joined by hyphens
        var hyphen = start
        if NumberWord.mayStart(text, from: start, to: end) {
            while hyphen < end && text[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        } else {
            hyphen = end
        }
        guard hyphen < end else {
            pieces.append(NumberPiece(start: start, end: end, token: token, content: .other, attached: attached))
            return
        }
        appendHyphenedWords(text, from: start, to: end, token: token, attached: attached, to: &pieces)
    }

    /// `10-gallon`, `16-bit`, `5-year-old`, `90-billion-euro`, `1.5-million` (`a $1.5-million
    /// upgrade`), and an ordinal before a word (`21st-century`, `3rd-largest`): the numeral
    /// before the first hyphen, then the rest as words (a scale word first as the number's).
    /// False, and nothing added, when the word does not start so.
    private static func appendLeadingNumeral(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, attached: Bool,
        to pieces: inout PieceBuffer
    ) -> Bool {
        guard text[start] &- 0x30 < 10 else { return false }
        var hyphen = start
        while hyphen < end && text[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen < end - 1, let numeral = Numeral(text, from: start, to: hyphen),
            numeral.form == .plain || numeral.form == .ordinal && (text[hyphen + 1] | 0x20) &- UInt8(ascii: "a") < 26  // 21st-century
        else { return false }
        pieces.append(NumberPiece(start: start, end: hyphen, token: token, content: .numeral(numeral), attached: attached))
        // 90-billion-euro, 1.5-million: the scale word (7 or 8 letters) is the number's, the rest its unit
        if numeral.form == .plain, end - hyphen > 7, let rest = scaleEnd(text, from: hyphen + 1, to: end) {
            pieces.append(NumberPiece(start: hyphen + 1, end: rest.end, token: token, content: .word(.scale(rest.power)), attached: false))
            if rest.end < end { appendParts(text, from: rest.end + 1, to: end, token: token, to: &pieces) }
            return true
        }
        pieces.append(NumberPiece(start: hyphen + 1, end: end, token: token, content: .other, attached: false))
        return true
    }

    /// A scale fused to the number before it with a rate hyphened on (`$5bn-a-quarter`,
    /// `£10m-a-year`, `5bn-an-hour`), which the tokeniser gives as the number and a word fused to
    /// it (`bn-a-quarter`): the scale as a piece of its own fused to the number, as `5bn` alone
    /// gives it, then the rate's words apart (`a`, `quarter`: no fraction). Only after a numeral
    /// the word is fused to, and only with `a` or `an` after the first hyphen. False, and nothing
    /// added, otherwise. Out of line: asked only of a word fused to a number.
    @inline(never)
    private static func appendScaledRate(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, to pieces: inout PieceBuffer
    ) -> Bool {
        guard let last = pieces.last, last.end == start, case .numeral = last.content else { return false }
        var hyphen = start
        while hyphen < end && text[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen > start, end - hyphen >= 4, isFusedScale(text, from: start, to: hyphen), text[hyphen + 1] | 0x20 == UInt8(ascii: "a"),
            text[hyphen + 2] == UInt8(ascii: "-") || (text[hyphen + 2] | 0x20 == UInt8(ascii: "n") && text[hyphen + 3] == UInt8(ascii: "-"))
        else { return false }
        let scale = NumberWord.lookup(text, from: start, to: hyphen).map(Content.word) ?? .other
        pieces.append(NumberPiece(start: start, end: hyphen, token: token, content: scale, attached: true))
        appendParts(text, from: hyphen + 1, to: end, token: token, to: &pieces)
        return true
    }

    /// A currency code or sign fused to the amount, with a scale fused after it or none:
    /// `USD115.5`, `SFr2.7bn`, `R5.7bn`, `R254` (the usual codes and the signs of
    /// `CurrencyCatalog.writtenSigns` only: `COP30` is a conference; the reader asks a scale
    /// of the rand's `R`). False, and nothing added, otherwise.
    private static func appendFusedCode(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, attached: Bool,
        to pieces: inout PieceBuffer
    ) -> Bool {
        guard end - start >= 2 && text[start] &- 0x30 >= 10 else { return false }
        var digit = start
        while digit < min(end, start + 5) && text[digit] &- 0x30 >= 10 { digit += 1 }
        guard digit < end, digit - start <= 4 else { return false }
        var amountEnd = digit
        while amountEnd < end && (text[amountEnd] &- 0x30 < 10 || text[amountEnd] == UInt8(ascii: ".") || text[amountEnd] == UInt8(ascii: ",")) {
            amountEnd += 1
        }
        guard amountEnd == end || isFusedScale(text, from: amountEnd, to: end),
            let numeral = Numeral(text, from: digit, to: amountEnd), numeral.form == .plain
        else { return false }
        let code = String(decoding: UnsafeBufferPointer(start: text + start, count: digit - start), as: UTF8.self)
        // an ISO code all in capitals (`USD1.2bn`) or all in lower case, as chat writes it (`usd5`,
        // `eur50`), never mixed (`Try5m` is a word and a number, not the lira's `TRY`), nor the
        // codes that are English words in lower case (`try5m`, `rub2`); signs in any case as before
        // (`Rs.50`, `Bs.20`, `US$5`), the letter signs as written
        let rupees = code == "Rs"
        let refusedISO = digit - start == 3 && CurrencyCatalog.codes[code.uppercased()] != nil
            && (start..<digit).contains { text[$0] &- UInt8(ascii: "a") < 26 }
            && (!(start..<digit).allSatisfy { text[$0] &- UInt8(ascii: "a") < 26 } || Self.wordsInLowerCase.contains(code))
        guard UnitTable.currencyPrefixes[code.lowercased()] != nil && !refusedISO || CurrencyCatalog.writtenSigns[code] != nil
            || code == "R" || CurrencyCatalog.capitalSigns[code] != nil,
            amountEnd == end ? end - start >= 4 || code == "R" || rupees : true  // Rs5 crore
        else { return false }
        pieces.append(NumberPiece(start: start, end: digit, token: token, content: .other, attached: attached))
        pieces.append(NumberPiece(start: digit, end: amountEnd, token: token, content: .numeral(numeral), attached: true))
        if amountEnd < end {
            let scale = NumberWord.lookup(text, from: amountEnd, to: end).map(NumberPiece.Content.word) ?? .other
            pieces.append(NumberPiece(start: amountEnd, end: end, token: token, content: scale, attached: true))
        }
        return true
    }

    /// The usual codes (`UnitTable.currencyPrefixes`) that are English words in lower case:
    /// those WordNet 3.0 lists as a word other than the currency itself (`inr` is the rupee).
    private static let wordsInLowerCase: Set<String> = ["cad", "try", "rub"]

    /// Whether `start..<end` is a scale fused after an amount: a scale abbreviation (`bn`,
    /// `mn`, `trn`, `k`) or one of the letters `m`, `b`, `t` the reader takes beside money.
    /// A range of two amounts with the same scale or unit fused to each, joined by a hyphen in
    /// one word (`1.5m-1.8m`, `3k-5k`, `1.5bn-1.8bn`, `2km-3km`), which the tokeniser gives as
    /// the low end's number and a word fused to it (`m-1.8m`): the word's pieces as the en dash
    /// gives them (`1.5m–1.8m`), the hyphen a piece of its own fused to both sides
    /// (`MentionReader.isHyphenOfFusedRange`). Only after a numeral the word is fused to, and for
    /// the suffixes of `rangeSuffixes`, the same on both ends in any case: an identifier's parts
    /// differ (`463b-8aea`) or have none on one end (`10b-13`). False, and nothing added, otherwise.
    /// Out of line: asked only of a word fused to a number.
    @inline(never)
    private static func appendFusedRange(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, attached: Bool,
        to pieces: inout PieceBuffer
    ) -> Bool {
        guard attached, isFusedRangeTail(text, from: start, to: end), let last = pieces.last, last.end == start,
            case .numeral = last.content
        else { return false }
        var suffixEnd = start
        while text[suffixEnd] != UInt8(ascii: "-") { suffixEnd += 1 }
        let suffixLength = suffixEnd - start
        var high = suffixEnd + 1
        while high < end && (text[high] &- 0x30 < 10 || text[high] == UInt8(ascii: ".") || text[high] == UInt8(ascii: ",")) { high += 1 }
        guard end - high == suffixLength, (0..<suffixLength).allSatisfy({ text[start + $0] | 0x20 == text[high + $0] | 0x20 }),
            rangeSuffixes.contains(String(decoding: UnsafeBufferPointer(start: text + start, count: suffixLength), as: UTF8.self).lowercased()),
            let numeral = Numeral(text, from: suffixEnd + 1, to: high), numeral.form == .plain
        else { return false }
        func suffix(_ from: Int, _ to: Int) -> Content { NumberWord.lookup(text, from: from, to: to).map(Content.word) ?? .other }
        pieces.append(NumberPiece(start: start, end: suffixEnd, token: token, content: suffix(start, suffixEnd), attached: true))
        pieces.append(NumberPiece(start: suffixEnd, end: suffixEnd + 1, token: token, content: .other, attached: true))
        pieces.append(NumberPiece(start: suffixEnd + 1, end: high, token: token, content: .numeral(numeral), attached: true))
        pieces.append(NumberPiece(start: high, end: end, token: token, content: suffix(high, end), attached: true))
        return true
    }

    /// Whether the word `text[start..<end]` may be the tail of a fused range (`m-1.8m`): one to
    /// three letters, a hyphen, a digit. A few byte tests, asked only of a word fused to the token
    /// before it.
    @inline(__always)
    static func isFusedRangeTail(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 4 else { return false }
        for k in (start + 1)...min(start + 3, end - 2) where text[k] == UInt8(ascii: "-") {
            return text[k + 1] &- 0x30 < 10
        }
        return false
    }

    /// Whether the word `text[start..<end]` may be a scale with a rate hyphened on (`bn-a-quarter`
    /// of `5bn-a-quarter`, `appendScaledRate`): one to three letters, then `-a-` or `-an-`. A few
    /// byte tests, asked only of a word fused to the token before it.
    @inline(__always)
    static func isScaledRateTail(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 5 else { return false }
        for k in (start + 1)...min(start + 3, end - 3) where text[k] == UInt8(ascii: "-") {
            guard text[k + 1] | 0x20 == UInt8(ascii: "a") else { return false }
            return text[k + 2] == UInt8(ascii: "-") || (text[k + 2] | 0x20 == UInt8(ascii: "n") && k + 3 < end && text[k + 3] == UInt8(ascii: "-"))
        }
        return false
    }

    /// The scales and unit symbols a fused range may carry on both ends (`appendFusedRange`).
    static let rangeSuffixes: Set<String> = [
        "k", "m", "b", "bn", "mn", "tn", "km", "kg", "cm", "mm", "ft", "g", "mg", "ml", "lb", "kw", "mw", "gw", "gb", "mb", "tb",
    ]

    private static func isFusedScale(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if end - start == 1 { return "mbtkMBTK".utf8.contains(text[start]) }
        if case .multiplier? = NumberWord.lookup(text, from: start, to: end) { return true }
        return false
    }

    /// Number words joined by hyphens (`twenty-one`, `one-and-a-half`), one piece each, joined
    /// to the one before; a unit or noun after them (`six-mile`, `seven-day`) as words apart;
    /// the whole word as one plain piece when its parts are no number. Out of line: asked only
    /// of a word that starts with a number word and holds a hyphen, and inlined into the piece
    /// builder it made every token dearer (numbers21: the stage's warm pass +0.80% → +0.30%).
    @inline(never)
    private static func appendHyphenedWords(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, attached: Bool,
        to pieces: inout PieceBuffer
    ) {
        let first = pieces.count
        var partStart = start
        var index = start
        while index <= end {
            if index == end || text[index] == UInt8(ascii: "-") {
                guard index > partStart,
                    let word = NumberWord.lookup(text, from: partStart, to: index)
                        ?? secondAfterTens(text, from: partStart, to: index, after: pieces.count > first ? pieces.last : nil),
                    word.startsNumber || word == .article
                        || (word == .and && pieces.count > first && fractionFollows(text, from: index + 1, to: end))
                else {
                    if pieces.count > first, appendUnitTail(text, from: partStart, to: end, token: token, to: &pieces) {
                        return  // six-mile, three-ton, one-yen, two-year-old
                    }
                    if pieces.count > first, appendNounTail(text, numberFrom: first, from: partStart, to: end, token: token, to: &pieces) {
                        return  // seven-day, three-branch, 12-member: the number, then the noun it counts
                    }
                    pieces.removeSubrange(first...)
                    pieces.append(NumberPiece(start: start, end: end, token: token, content: .other, attached: attached))
                    return
                }
                pieces.append(
                    NumberPiece(
                        start: partStart, end: index, token: token, content: .word(word),
                        attached: partStart == start ? attached : true))
                partStart = index + 1
            }
            index += 1
        }
    }

    /// Whether the parts of a hyphenated word from `start` are a fraction (`a-half`,
    /// `three-quarters`, `a-third`, `twenty-five-hundredths`), so that the `and` before them
    /// joins a mixed number (`one-and-a-half`, `two-and-three-quarters`); not `one-and-only`.
    private static func fractionFollows(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var words: [NumberWord] = []
        var partStart = start
        for index in start...end where index == end || text[index] == UInt8(ascii: "-") {
            guard words.count < 3, index > partStart, let word = NumberWord.lookup(text, from: partStart, to: index) else { break }
            words.append(word)
            partStart = index + 1
        }
        guard words.count >= 2 else { return false }
        var denominator = 1
        switch words[0] {
        case .article, .unit: break
        case .tens: if case .unit = words[1], words.count == 3 { denominator = 2 }
        default: return false
        }
        switch words[denominator] {
        case .half, .quarter, .ordinal, .ordinalPlural: return true
        default: return false
        }
    }

    /// The end of a scale word of a thousand or more (`million`, `Billion`, `thousand`) at
    /// `start` that ends the word at `end` or that a hyphen and more letters follow, and its
    /// power; nil otherwise.
    private static func scaleEnd(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> (end: Int, power: Int)? {
        for length in 7...8
        where start + length == end || (start + length < end - 1 && text[start + length] == UInt8(ascii: "-")) {
            if case .scale(let power)? = NumberWord.lookup(text, from: start, to: start + length), power >= 3 {
                return (start + length, power)
            }
        }
        return nil
    }

    /// `second`, `seconds` or `firsts` after tens in one hyphenated word (`thirty-second`,
    /// `five thirty-seconds`, `two twenty-firsts`): the ordinal or its plural, a denominator,
    /// which alone are a time or no number.
    private static func secondAfterTens(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, after previous: NumberPiece?
    ) -> NumberWord? {
        guard case .tens? = previous?.word, (6...7).contains(end - start) else { return nil }
        let word = String(decoding: UnsafeBufferPointer(start: text + start, count: end - start), as: UTF8.self).lowercased()
        switch word {
        case "second": return .ordinal(2)
        case "seconds": return .ordinalPlural(2)
        case "firsts": return .ordinalPlural(1)
        default: return nil
        }
    }

    /// The rest of a hyphenated word after cardinal number words (`day` of `seven-day`,
    /// `branch` of `three-branch`), as digits before a hyphen are read (`10-year`): the
    /// number stays a number and the rest becomes words. So after an ordinal, alone or after
    /// tens (`third-largest`, `first-round`, `twenty-first-century`): the word it ranks. Not
    /// after fractions or `a` (`two-thirds-owned`, `one-third-owned`) unless a mixed number ends
    /// with them (`two-and-a-half-storey`), nor the idioms in which `one` counts nothing
    /// (`one-off`, `one-time`, `one-sided`). False, and nothing added, otherwise.
    private static func appendNounTail(
        _ text: UnsafePointer<UInt8>, numberFrom first: Int, from start: Int, to end: Int, token: Int,
        to pieces: inout PieceBuffer
    ) -> Bool {
        guard start < end, (text[start] | 0x20) &- UInt8(ascii: "a") < 26 else { return false }
        if isOrdinal(pieces, from: first) {
            appendParts(text, from: start, to: end, token: token, to: &pieces)
            return true
        }
        parts: for piece in pieces[first...] {
            switch piece.word {
            case .unit?, .tens?, .scale?: continue
            case .and?: break parts  // a mixed number: its fraction was checked when `and` was taken
            default: return false
            }
        }
        if case .unit(1)? = pieces[first].word, pieces.count == first + 1 {
            var tail = start
            while tail < end && text[tail] != UInt8(ascii: "-") { tail += 1 }
            let word = String(decoding: UnsafeBufferPointer(start: text + start, count: tail - start), as: UTF8.self)
            if oneIdioms.contains(word.lowercased()) { return false }
        }
        appendParts(text, from: start, to: end, token: token, to: &pieces)
        return true
    }

    /// Whether the number words from piece `first` on are one ordinal: an ordinal alone or after
    /// tens (`third`, `twenty-first`), not a fraction's denominator after a numerator (`one-third`).
    private static func isOrdinal(_ pieces: PieceBuffer, from first: Int) -> Bool {
        guard pieces.count > first, case .ordinal? = pieces[pieces.count - 1].word else { return false }
        guard pieces.count - first == 2 else { return pieces.count - first == 1 }
        if case .tens? = pieces[first].word { return true }
        return false
    }

    /// One word piece per hyphen-separated part of `start..<end`, each apart from the one
    /// before, as if written with spaces.
    private static func appendParts(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, to pieces: inout PieceBuffer
    ) {
        var partStart = start
        for index in start...end where index == end || text[index] == UInt8(ascii: "-") {
            if index > partStart {
                pieces.append(NumberPiece(start: partStart, end: index, token: token, content: .other, attached: false))
            }
            partStart = index + 1
        }
    }

    /// Words after `one-` that make an idiom, not a count: `one-off`, `one-time`, `one-sided`.
    private static let oneIdioms: Set<String> = [
        "off", "time", "sided", "way", "liner", "liners", "stop", "shot", "size", "of", "on", "upmanship",
    ]

    /// The rest of a hyphenated word after its number words, when it starts with a unit
    /// (`mile` of `six-mile`, `year-old` of `two-year-old`): one piece per part, each apart
    /// from the one before, as if written with spaces. False, and nothing added, otherwise.
    private static func appendUnitTail(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, token: Int, to pieces: inout PieceBuffer
    ) -> Bool {
        var hyphen = start
        while hyphen < end && text[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        let first = String(decoding: UnsafeBufferPointer(start: text + start, count: hyphen - start), as: UTF8.self)
        let whole = String(decoding: UnsafeBufferPointer(start: text + start, count: end - start), as: UTF8.self)
        // the unit's first word (mile), or the whole rest when only it names a unit (year-old)
        guard hyphen > start,
            UnitTable.suffixBytes.contains(first.lowercased()) || UnitTable.suffixBytes.contains(first)
                || UnitTable.suffixBytes.contains(whole.lowercased())
        else {
            return false
        }
        appendParts(text, from: start, to: end, token: token, to: &pieces)
        return true
    }
}
