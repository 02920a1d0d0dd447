/// How digits are written around a leading numeral, each a rule over the pieces after it:
///
/// | rule          | written                                     | value            |
/// |---------------|---------------------------------------------|------------------|
/// | groups        | `1 234 567`, `1 234.5`, `1'234'567`         | 1234567, 1234.5  |
/// | mixed         | `2 1/4`, `9-3/4`                            | 2.25, 9.75       |
/// | spaced point  | `32 . 99` (pre-tokenised text)              | 32.99            |
/// | power         | `2.5^-1`, `10^6`                            | 0.4, 1000000     |
/// | scientific    | `1.5e-6`, `1.2E+10`, `2.5×10^6`, `3x10^-3`  | 0.0000015, …     |
/// |               | `9.1e-31`, `1.6×10⁻¹⁹` (two digits at most) | exact            |
/// | scale         | `10k`, `5bn`, `2 tln`, `5B`, `1.2G`, `10M`  | 10000, …         |
///
/// Scale letters that are also units (`m` metres, `t` tonnes) or codes (`4G`) are read only
/// after a currency, by `MentionReader` (`MoneyScale`).
struct NumberNotation {
    let pieces: [NumberPiece]
    let text: UnsafePointer<UInt8>

    // MARK: - Groups and points

    /// `numeral` at `index` and the three-digit groups after it, separated by one space or
    /// joined by apostrophes: the value and the piece after. Groups split by an ASCII space
    /// hold only as `asciiGroupsHold` says (a table row writes its figures that way too).
    func grouped(_ numeral: Numeral, at index: Int) -> (NumberValue, Int) {
        var value = numeral.value
        var next = index + 1
        guard numeral.canLeadGroups else { return (value, next) }
        if let spaced = commaSpacedGroups(numeral, at: index) { return spaced }
        // ASCII-spaced groups never hold after a number (`asciiGroupsHold`): stop at the first,
        // or each number of a run that did not hold, read in turn, would walk the rest of it
        let followsNumber = index > 0 && pieces[index - 1].numeral != nil
        var asciiGroups = 0
        while next < pieces.count {
            let group: Numeral
            if let spaced = pieces[next].numeral, spaced.isLastGroup, isSpace(between: next - 1, and: next),
                !startsHyphenRange(next)
            {
                if text[pieces[next - 1].end] == 0x20 {
                    if followsNumber { return (numeral.value, index + 1) }
                    asciiGroups += 1
                }
                group = spaced
                next += 1
            } else if next + 1 < pieces.count, isApostrophe(next), pieces[next].attached, pieces[next + 1].attached,
                let marked = pieces[next + 1].numeral, marked.isLastGroup
            {
                group = marked
                next += 2
            } else {
                break
            }
            value = value * NumberValue(1000) + group.value
            if group.hasPoint { break }
        }
        if asciiGroups > 0 && !asciiGroupsHold(numeral, at: index, groups: next - index - 1, end: next) {
            return (numeral.value, index + 1)
        }
        return (value, next)
    }

    /// Whether groups split by an ASCII space make one number, not figures side by side in
    /// a table or a quote (`ZINC 455 457`, `at 108 109 pct`, `apl 746 747 750 87`, `January
    /// 31 747 mln`, `Production 451 451 460 460`). A thin or no-break space groups always; an
    /// ASCII space only where a row of figures cannot be read:
    /// - a lead of one or two digits, not zero, or of three with two groups at least (`1 234`,
    ///   `40 000`, `123 456 789`; not `455 457`, `0 119`);
    /// - no bare number right before or after the run (a row's other columns);
    /// - no month before a short lead (a date's day, then an amount);
    /// - fewer than three other numbers within ten pieces either side (more make a table's
    ///   rows: `APL 24 332 up 10`, `GRADES 640 225 369`);
    /// - no number grouped by marks within `markReach` pieces: a text that groups thousands
    ///   with commas (`1,049`) or dots does not group them with spaces too.
    func asciiGroupsHold(_ lead: Numeral, at index: Int, groups: Int, end: Int) -> Bool {
        if lead.leadingDigits >= 3 && groups < 2 { return false }
        if lead.value.double == 0 { return false }
        if index > 0, pieces[index - 1].numeral != nil { return false }  // `grouped` relies on it
        if end < pieces.count, pieces[end].numeral != nil, !pieces[end].attached { return false }
        if groupsWithMarks(near: index) || isInFigureRow(index, end) { return false }
        guard lead.leadingDigits <= 2, index > 0 else { return true }
        let before = pieces[index - 1]
        let word = String(decoding: UnsafeBufferPointer(start: text + before.start, count: before.end - before.start), as: UTF8.self)
        return !MentionReader.months.contains(word.lowercased())
    }

    /// Whether three numbers or more, besides the run `index..<end`, stand within ten pieces
    /// either side of it: a row of figures.
    func isInFigureRow(_ index: Int, _ end: Int) -> Bool {
        var others = 0
        for k in max(0, index - 10)..<min(pieces.count, end + 10) where (k < index || k >= end) && pieces[k].numeral != nil {
            others += 1
            if others == 3 { return true }
        }
        return false
    }

    /// Pieces either side of a spaced group that `groupsWithMarks` reads.
    static let markReach = 200

    /// Whether a number grouped by commas or dots (`1,049`, `2.500.000`) stands within
    /// `markReach` pieces of piece `index`.
    func groupsWithMarks(near index: Int) -> Bool {
        for k in max(0, index - Self.markReach)..<min(pieces.count, index + Self.markReach) {
            if let numeral = pieces[k].numeral, numeral.hasSeparators { return true }
        }
        return false
    }

    /// Whether the numeral at `index` has a hyphen and digits fused after it (`550-800`): the
    /// low end of a range, not a group of the number before (`2 550-800` in a price table).
    private func startsHyphenRange(_ index: Int) -> Bool {
        index + 2 < pieces.count && isOther(index + 1, "-") && pieces[index + 1].attached && pieces[index + 2].attached
            && pieces[index + 2].numeral != nil
    }

    /// `1, 234, 567`: groups of three after a comma and a space, as pre-tokenised text writes
    /// a grouped number; two groups at least, so that a list (`in 3, 250 came`) stays apart.
    /// A run that ends in an attached comma (`1, 234, 567, and`) is a list from whichever of
    /// its numbers it is read: `markCommaLists` has marked them all, so none walks the run.
    /// A comma with a space on both sides (`4 , 600 , 000`, the tokeniser's output, which
    /// English prose never writes) groups too, and there one group holds before a point
    /// written apart (`2 , 318 . 45`) or where no list goes on (`oneGroupHolds`); such a run
    /// is read whole, whatever follows it.
    func commaSpacedGroups(_ numeral: Numeral, at index: Int) -> (NumberValue, Int)? {
        guard !pieces[index].inCommaList, index + 1 < pieces.count else { return nil }
        let spaced = !pieces[index + 1].attached
        var value = numeral.value
        var next = index + 1
        var groups = 0
        while commaGroupFollows(next - 1, spaced: spaced), let group = pieces[next + 1].numeral {
            // past about 100 groups no number is finite: the run ends there (no `inf` amount)
            let grown = value * NumberValue(1000) + group.value
            guard grown.double.isFinite else { break }
            value = grown
            next += 2
            groups += 1
        }
        if spaced {
            guard groups >= 2 || (groups == 1 && (spacedPointFollows(next) || oneGroupHolds(lead: index, at: next))) else {
                return nil
            }
            if groups <= 8, endsSpacedList(lead: index, at: next) { return nil }
            return (value, next)
        }
        guard groups >= 2, !isAttachedComma(next) else { return nil }
        return (value, next)
    }

    /// Whether `, 234` follows piece `index`: a comma, one space, a group of three; the comma
    /// attached to the piece before, or, when `spaced`, with a space before it too.
    private func commaGroupFollows(_ index: Int, spaced: Bool = false) -> Bool {
        guard index + 2 < pieces.count, isOther(index + 1, ","), pieces[index + 1].attached != spaced,
            !pieces[index + 2].attached, isSpace(between: index + 1, and: index + 2),
            !spaced || isSpace(between: index, and: index + 1), let group = pieces[index + 2].numeral
        else { return false }
        return group.isGroupOfThree
    }

    /// Whether one group after a comma spaced on both sides makes a grouped number (`5 , 000
    /// people`, `€ 1 , 200 a head`, `1 , 450 million yen`), as pre-tokenised text writes every
    /// number of four to six digits: the lead has one to three digits and is no part of
    /// another reading (`endsAnotherReading`: `may 5 , 300 people` is a date, then a count), and
    /// no list goes on after the group (no comma before a number or before `and`/`or` and a
    /// number, no `and`/`or` and a number of one to three digits with no group of its own:
    /// `1 , 250 and 300`, `1 , 250 , 30` and `5 , 10 , 250` stay lists, `between 1 , 000 and
    /// 2 , 000` is a range of grouped numbers, `fewer than 1 , 000 , took part` one number
    /// before a clause's comma).
    private func oneGroupHolds(lead: Int, at index: Int) -> Bool {
        guard let numeral = pieces[lead].numeral, numeral.form == .plain, !numeral.hasSeparators, !numeral.hasPoint,
            !numeral.isSigned, pieces[lead].end - pieces[lead].start <= 3, !endsAnotherReading(lead)
        else { return false }
        guard index < pieces.count else { return true }
        if isOther(index, ",") { return !numberFollows(index + 1) }
        guard isCoordinator(index), index + 1 < pieces.count, let last = pieces[index + 1].numeral else { return true }
        // `1 , 250 and 300` is a list; `between 1 , 000 and 2 , 000` two grouped numbers
        return pieces[index + 1].end - pieces[index + 1].start > 3 || last.hasSeparators || commaGroupFollows(index + 1, spaced: true)
    }

    /// Whether the piece before `lead` makes it part of another reading: a spaced comma (a
    /// list), a month name, its point attached or written apart (`may 5 , 300 people`, `dec .
    /// 12 , 500 bonds`: a date's day), or a colon, hyphen, point or slash after a number (`10 :
    /// 30 , 200 people`, `won 3 - 1 , 200 fans`: the second part of a time, score or fraction).
    private func endsAnotherReading(_ lead: Int) -> Bool {
        guard lead > 0 else { return false }
        if isOther(lead - 1, ",") || MentionReader.months.contains(lowercaseWord(lead - 1)) { return true }
        guard lead > 1, Self.readingJoins.contains(where: { isOther(lead - 1, $0) }) else { return false }
        return pieces[lead - 2].numeral != nil
            || (isOther(lead - 1, ".") && MentionReader.months.contains(lowercaseWord(lead - 2)))
    }

    /// The signs that join a number to the next in a time, score, fraction or date (`10 : 30`,
    /// `3 - 1`, `3 / 4`, `dec . 12`).
    private static let readingJoins: [StaticString] = [":", "-", ".", "/"]

    /// Piece `index`'s text with A–Z folded (asked only on the rare path of one spaced group).
    private func lowercaseWord(_ index: Int) -> String {
        let piece = pieces[index]
        return String(decoding: UnsafeBufferPointer(start: text + piece.start, count: piece.end - piece.start), as: UTF8.self)
            .lowercased()
    }

    /// Whether a spaced comma run that `lead` opens and that ends before piece `index` is a
    /// list of numbers of three digits (`models 200 , 300 , 400 and 500`): the lead has three
    /// digits like its groups, and `and` or `or` and a number of one to three digits with no
    /// comma group of its own follow the run. A long run is read whole whatever follows (each
    /// of its members would walk the rest again), so the caller asks only for a few groups.
    private func endsSpacedList(lead: Int, at index: Int) -> Bool {
        guard pieces[lead].numeral?.isGroupOfThree == true, index + 1 < pieces.count, isCoordinator(index),
            let last = pieces[index + 1].numeral, last.form == .plain, !last.hasSeparators, !last.hasPoint,
            pieces[index + 1].end - pieces[index + 1].start <= 3
        else { return false }
        return !commaGroupFollows(index + 1, spaced: true)
    }

    /// Whether a number, or `and`/`or` and a number, stands at piece `index` (a list goes on
    /// there): a numeral or any number word (`a`, `point` and the like included, to be safe).
    private func numberFollows(_ index: Int) -> Bool {
        var next = index
        if next < pieces.count, isCoordinator(next) { next += 1 }
        guard next < pieces.count else { return false }
        if case .other = pieces[next].content { return false }
        return true
    }

    /// Whether piece `index` is `and` or `or`, in any case.
    private func isCoordinator(_ index: Int) -> Bool {
        if case .and? = pieces[index].word { return true }
        let piece = pieces[index]
        return piece.end - piece.start == 2 && text[piece.start] | 0x20 == UInt8(ascii: "o")
            && text[piece.start + 1] | 0x20 == UInt8(ascii: "r")
    }

    /// Whether ` . 45` follows at piece `index`: a point with a space on both sides, then digits.
    private func spacedPointFollows(_ index: Int) -> Bool {
        index + 1 < pieces.count && isOther(index, ".") && !pieces[index].attached && !pieces[index + 1].attached
            && isSpace(between: index - 1, and: index) && isSpace(between: index, and: index + 1)
            && pieces[index + 1].numeral?.form == .plain
    }

    /// Whether piece `index` is a comma attached to the piece before it.
    private func isAttachedComma(_ index: Int) -> Bool {
        index < pieces.count && isOther(index, ",") && pieces[index].attached
    }

    /// Marks `inCommaList` every numeral of each comma-spaced run (`1, 234, 567,`) that ends in
    /// an attached comma, which `commaSpacedGroups` reads as no number from any of them: one
    /// pass, where reading each as a lead would walk the rest of the run again (quadratic).
    /// `leads` holds, in order, every numeral that an attached comma follows (each run's first).
    static func markCommaLists(_ pieces: inout [NumberPiece], leads: [Int], text: UnsafePointer<UInt8>) {
        guard !leads.isEmpty else { return }
        var members: [Int] = []
        do {
            let notation = NumberNotation(pieces: pieces, text: text)
            var covered = -1
            for lead in leads where lead > covered && notation.commaGroupFollows(lead) {
                var last = lead
                while notation.commaGroupFollows(last) { last += 2 }
                if notation.isAttachedComma(last + 1) { members += stride(from: lead, through: last, by: 2) }
                covered = last
            }
        }
        for member in members { pieces[member].inCommaList = true }
    }

    /// `2 1/4`: a whole number, a space, a fraction.
    /// `2 1/4`, and `9-3/4` as the news wire writes it: a whole number, a space or a hyphen,
    /// a fraction below one.
    func mixedFraction(_ value: NumberValue, at next: Int) -> (value: NumberValue, end: Int)? {
        var at = next
        if at + 1 < pieces.count, isOther(at, "-"), pieces[at].attached, pieces[at + 1].attached,
            let fraction = pieces[at + 1].numeral, fraction.form == .fraction, fraction.value.double < 1
        {
            at += 1
        }
        // 2 1/2, 2-1/2, and a vulgar fraction fused (2½; a slash one fused is one numeral already)
        guard at < pieces.count, let fraction = pieces[at].numeral, fraction.form == .fraction, !fraction.isSigned,
            value.isInteger, at > next || !pieces[at].attached || text[pieces[at].start] >= 0x80
        else { return nil }
        return (value.double < 0 ? value + fraction.value.negated : value + fraction.value, at + 1)
    }

    /// The whole part a bare fraction below one at `index` takes from the hyphenated mixed
    /// number just before it (`3-7/8 3/4`, `6-1/4 1/8`: a money-market quote, bid then offer,
    /// the offer written without its whole part), or nil.
    func quotedWhole(before index: Int) -> NumberValue? {
        guard index >= 3, !pieces[index].attached, isSpace(between: index - 1, and: index),
            let bid = pieces[index - 1].numeral, bid.form == .fraction, bid.value.double < 1, pieces[index - 1].attached,
            isOther(index - 2, "-"), pieces[index - 2].attached,
            let whole = pieces[index - 3].numeral, whole.form == .plain, whole.value.isInteger, !whole.isSigned
        else { return nil }
        return whole.value
    }

    /// `32 . 99`: a decimal point with a space either side, as pre-tokenised text writes it,
    /// between a whole number and plain digits.
    func spacedPoint(_ value: NumberValue, at next: Int, lead: Numeral) -> (NumberValue, Int)? {
        guard next + 1 < pieces.count, value.isInteger, !lead.hasPoint, !lead.hasSeparators, isOther(next, "."),
            isSpace(between: next - 1, and: next), isSpace(between: next, and: next + 1),
            let decimals = pieces[next + 1].numeral, decimals.form == .plain, !decimals.isSigned, !decimals.hasPoint,
            !decimals.hasSeparators
        else { return nil }
        let digits = pieces[next + 1].end - pieces[next + 1].start
        let fraction = decimals.value / NumberPhrase.scaled(NumberValue(1), by: digits)
        return (value.double < 0 ? value + fraction.negated : value + fraction, next + 2)
    }

    // MARK: - Powers and scales

    /// A power, a scientific exponent or a scale abbreviation after `value` at `next`: the
    /// value, the piece after, and whether a scale word made it.
    func exponent(_ value: NumberValue, at next: Int) -> (value: NumberValue, end: Int, scale: Bool)? {
        guard next < pieces.count else { return nil }
        // a power of ten takes a scientific exponent (10^-31); any other base a small one
        let tenBase = value.exact == ExactDecimal(10)
        // 250e307, 99999^30: exact, but past a `Double`'s range (its JSON number would be null): no notation
        if let (power, after) = caretPower(at: next, limit: tenBase ? Self.scientificLimit : Self.powerLimit) {
            let raised = tenBase ? NumberPhrase.scaled(NumberValue(1), by: power) : NumberPhrase.raise(value, to: power)
            return raised.double.isFinite ? (raised, after, false) : nil
        }
        if let (power, after) = timesTenTo(at: next) ?? eNotation(at: next) ?? flattenedPositivePower(after: value, at: next) {
            let scaled = NumberPhrase.scaled(value, by: power)
            return scaled.double.isFinite ? (scaled, after, false) : nil
        }
        if let power = Self.scale(pieces[next], text: text, value: value), !isBidBeforeAsk(next),
            !isHouseNumberLetter(next, value: value)
        {
            return (NumberPhrase.scaled(value, by: power), next + 1, true)
        }
        if isTrillionsBeforeCount(next, value: value) { return (NumberPhrase.scaled(value, by: 12), next + 1, true) }
        return nil
    }

    /// `2T tokens`, `5T parameters`: a single digit's fused `T` before a plural noun in lower
    /// case is trillions of what the noun counts (numbers28). `3T` alone stays a size (as
    /// `scale` reads it), and a word of magnetism after it keeps the tesla (`3T magnets`, `7T
    /// scanners`: `MentionReader.magnetismWords`). One byte test where no `T` is fused.
    @inline(__always)
    private func isTrillionsBeforeCount(_ index: Int, value: NumberValue) -> Bool {
        guard text[pieces[index].start] == UInt8(ascii: "T"), pieces[index].end - pieces[index].start == 1, pieces[index].attached,
            value.isInteger, value.double > 0, index + 1 < pieces.count
        else { return false }
        let noun = pieces[index + 1]
        let length = noun.end - noun.start
        guard !noun.attached, length >= 4, noun.word == nil, noun.numeral == nil else { return false }
        for k in noun.start..<noun.end where text[k] &- UInt8(ascii: "a") >= 26 { return false }
        guard text[noun.end - 1] == UInt8(ascii: "s"), text[noun.end - 2] != UInt8(ascii: "s") else { return false }
        let word = String(decoding: UnsafeBufferPointer(start: text + noun.start, count: length), as: UTF8.self)
        return !MentionReader.magnetismWords.contains(word)
    }

    /// `221B Baker Street`, `17B Harbour Road`: a capital letter fused to a whole number
    /// below 10,000 before capitalised words that end in a street's kind (`streetWords`) is a
    /// house's number and letter, not a scale.
    private func isHouseNumberLetter(_ index: Int, value: NumberValue) -> Bool {
        guard pieces[index].end - pieces[index].start == 1, text[pieces[index].start] &- UInt8(ascii: "A") < 26,
            value.isInteger, value.double > 0, value.double < 10000
        else { return false }
        var k = index + 1
        while k < min(pieces.count, index + 5), !pieces[k].attached, text[pieces[k].start] &- UInt8(ascii: "A") < 26 {
            let piece = pieces[k]
            let word = String(decoding: UnsafeBufferPointer(start: text + piece.start, count: piece.end - piece.start), as: UTF8.self)
            if k > index + 1 && Self.streetWords.contains(word.lowercased()) { return true }
            k += 1
        }
        return false
    }

    /// The kinds of street an address names after its own name (USPS and Royal Mail's commonest).
    static let streetWords: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd", "place", "pl",
        "square", "terrace", "way", "crescent", "close", "court", "ct", "row", "walk", "parade", "highway", "hwy",
        "mews", "gardens", "grove", "embankment", "quay", "wharf",
    ]

    /// `12450B 12500A`: a `B` fused to a price with a price fused to `A` after it marks the
    /// bid and the asked price of a quote table, not billions.
    private func isBidBeforeAsk(_ index: Int) -> Bool {
        guard pieces[index].end - pieces[index].start == 1, text[pieces[index].start] == UInt8(ascii: "B"),
            index + 2 < pieces.count, pieces[index + 1].numeral != nil, !pieces[index + 1].attached, pieces[index + 2].attached,
            pieces[index + 2].end - pieces[index + 2].start == 1
        else { return false }
        return text[pieces[index + 2].start] == UInt8(ascii: "A")
    }

    /// The largest exponent of a power of another base than ten (`2^10`, `2.5^-1`): a large
    /// base to a large power would leave a `Double`'s range.
    static let powerLimit = 30

    /// The largest scientific exponent, a power of ten (`9.1e-31`, `6.02E+23`, `1.6 × 10^-19`,
    /// `1e100`): any three digits a `Double` holds. The value stays exact; a mantissa of ten or
    /// more can still take it past a `Double`'s range (`250e307`), and `exponent(_:at:)` then
    /// reads no notation.
    static let scientificLimit = 307

    /// `^` then a whole exponent (`-1`, `+23`, `3`) of at most `limit`, every piece attached:
    /// the exponent and the piece after it.
    func caretPower(at index: Int, limit: Int = powerLimit) -> (Int, Int)? {
        guard index + 1 < pieces.count, pieces[index].attached, isOther(index, "^") else { return nil }
        return signedInteger(at: index + 1, attached: true, limit: limit)
    }

    /// `× 10^6`, `x10^-3`, `*10^4`: the power of ten and the piece after.
    func timesTenTo(at index: Int) -> (Int, Int)? {
        var next = index
        let piece = pieces[next]
        let length = piece.end - piece.start
        if length == 3 && (text[piece.start] | 0x20) == UInt8(ascii: "x") && text[piece.start + 1] == UInt8(ascii: "1")
            && text[piece.start + 2] == UInt8(ascii: "0")
        {
            next += 1  // x10 as one word
        } else if isOther(next, "×") || isOther(next, "x") || isOther(next, "X") || isOther(next, "*") || isOther(next, "·") {
            guard next + 1 < pieces.count, let ten = pieces[next + 1].numeral, ten.form == .plain, ten.value.double == 10,
                pieces[next + 1].end - pieces[next + 1].start == 2
            else { return nil }
            next += 2
        } else {
            return nil
        }
        if let superscript = superscriptPower(after: next - 1) { return superscript }
        guard next < pieces.count else { return nil }
        if let (power, after) = caretPower(at: next, limit: Self.scientificLimit) { return (power, after) }
        return flattenedNegativePower(at: next)
    }

    /// `1.6 × 10-19`: a negative exponent whose superscript was flattened into the line (HTML's
    /// `<sup>` lost), a minus or hyphen fused to the ten and to the digits. Only after `× 10`,
    /// and only negative: `× 1023` cannot be told from a number, nor `10+6` from a sum.
    private func flattenedNegativePower(at index: Int) -> (Int, Int)? {
        guard pieces[index].attached, isOther(index, "-") || isOther(index, "−"), index + 1 < pieces.count else { return nil }
        // 10-19-inch, 10-19%: a range's high end with a word or sign fused to it
        if index + 2 < pieces.count,
            text[pieces[index + 1].end] == UInt8(ascii: "-")
                || (pieces[index + 2].attached && !isOther(index + 2, ".") && !isOther(index + 2, ","))
        {
            return nil
        }
        return signedInteger(at: index, attached: true, limit: Self.scientificLimit)
    }

    /// `6.022 × 1023`: a positive exponent whose superscript was flattened into the line, the
    /// digits fused to the ten. Only after a decimal from 1 to 10 (a scientific mantissa), the
    /// times sign `×`, and `10` with two or three digits that do not start with a zero, nothing
    /// fused after: `12 × 1023`, `4.5 × 1000` and `3 × 108` stay products, and so does `1.5 ×
    /// 105 cm`: a factor from 101 to 109 is a common size (`× 105 cm`), while a power of ten
    /// below ten is written in full or with its superscript (`10⁵`).
    private func flattenedPositivePower(after value: NumberValue, at index: Int) -> (Int, Int)? {
        let magnitude = abs(value.double)
        guard index + 1 < pieces.count, isOther(index, "×"), !value.isInteger, magnitude >= 1, magnitude < 10,
            let digits = pieces[index + 1].numeral, digits.form == .plain, !digits.hasSeparators, !digits.hasPoint,
            !digits.isSigned, !pieces[index + 1].attached
        else { return nil }
        let start = pieces[index + 1].start
        let length = pieces[index + 1].end - start
        guard (4...5).contains(length), text[start] == UInt8(ascii: "1"), text[start + 1] == UInt8(ascii: "0"),
            text[start + 2] != UInt8(ascii: "0"), index + 2 >= pieces.count || !Self.fusesOn(text[start + length]),
            let power = Self.smallInteger(text, from: start + 2, to: start + length, limit: Self.scientificLimit)
        else { return nil }
        return (power, index + 2)
    }

    /// Whether a byte right after digits fuses a word or sign to them (`1012-inch`, `1012%`).
    static func fusesOn(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "%") || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// `e6`, `e-6`, `E+10` (one piece or three), attached to the digits.
    func eNotation(at index: Int) -> (Int, Int)? {
        let piece = pieces[index]
        guard piece.attached, case .other = piece.content, (text[piece.start] | 0x20) == UInt8(ascii: "e") else { return nil }
        if piece.end - piece.start == 1 {
            return signedInteger(at: index + 1, attached: true, limit: Self.scientificLimit)
        }
        var k = piece.start + 1
        var sign = 1
        if text[k] == UInt8(ascii: "-") || text[k] == UInt8(ascii: "+") {
            sign = text[k] == UInt8(ascii: "-") ? -1 : 1
            k += 1
        }
        guard k < piece.end, let power = Self.smallInteger(text, from: k, to: piece.end, limit: Self.scientificLimit) else { return nil }
        return (sign * power, index + 1)
    }

    /// `⁻¹⁹`, `²³`, `⁺⁶`: an exponent of at most two superscript digits, with a superscript
    /// sign, fused to the ten at `ten` (`1.6×10⁻¹⁹`): the power and the first piece after it.
    func superscriptPower(after ten: Int) -> (Int, Int)? {
        // the bytes fused to the ten: its run of touching pieces, or up to the next piece
        var bound = pieces[ten].end
        var next = ten + 1
        while next < pieces.count, pieces[next].start == bound {
            bound = pieces[next].end
            next += 1
        }
        if bound == pieces[ten].end {
            guard next < pieces.count else { return nil }
            bound = pieces[next].start
        }
        var k = pieces[ten].end
        var sign = 1
        if k + 2 < bound, text[k] == 0xE2, text[k + 1] == 0x81, text[k + 2] == 0xBB || text[k + 2] == 0xBA {
            sign = text[k + 2] == 0xBB ? -1 : 1  // ⁻ ⁺
            k += 3
        }
        var power = 0
        var digits = 0
        while k < bound, let (digit, length) = Self.superscriptDigit(text, at: k) {
            power = power * 10 + digit
            digits += 1
            k += length
        }
        guard (1...2).contains(digits) else { return nil }
        // the piece after the exponent; none may hold its last bytes
        var after = ten + 1
        while after < pieces.count, pieces[after].start < k { after += 1 }
        guard pieces[after - 1].end <= k else { return nil }
        return (sign * power, after)
    }

    /// The superscript digit at `k` (`⁰ ¹ ² ³ ⁴ … ⁹`) and its length in bytes, or nil.
    private static func superscriptDigit(_ text: UnsafePointer<UInt8>, at k: Int) -> (Int, Int)? {
        if text[k] == 0xC2 {
            switch text[k + 1] {
            case 0xB9: return (1, 2)
            case 0xB2: return (2, 2)
            case 0xB3: return (3, 2)
            default: return nil
            }
        }
        guard text[k] == 0xE2, text[k + 1] == 0x81, text[k + 2] == 0xB0 || (0xB4...0xB9).contains(text[k + 2]) else { return nil }
        return (Int(text[k + 2] - 0xB0), 3)
    }

    /// A whole number of at most `limit` at `index`, with a sign piece before it, all attached.
    private func signedInteger(at index: Int, attached: Bool, limit: Int) -> (Int, Int)? {
        var next = index
        var sign = 1
        guard next < pieces.count else { return nil }
        if pieces[next].attached, isOther(next, "-") || isOther(next, "+") || isOther(next, "−") {
            sign = isOther(next, "+") ? 1 : -1
            next += 1
        }
        guard next < pieces.count, pieces[next].attached || !attached, let exponent = pieces[next].numeral,
            exponent.form == .plain, exponent.value.isInteger, !exponent.hasSeparators, abs(exponent.value.double) <= Double(limit)
        else { return nil }
        return (sign * Int(exponent.value.double), next + 1)
    }

    /// Digits alone, at most `limit` (checked per digit, so `e99999999999999999999` cannot overflow).
    static func smallInteger(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int, limit: Int) -> Int? {
        var power = 0
        for k in start..<end {
            guard text[k] &- 0x30 < 10 else { return nil }
            power = power * 10 + Int(text[k] &- 0x30)
            if power > limit { return nil }
        }
        return power
    }

    /// The power of ten of a scale abbreviation after a numeral: the words `k`, `bn`, `bln`,
    /// `mn`, `mln`, `mil`, `tn`, `tln`, `trn` in any case, attached or after one space; `M`,
    /// `MM` as written, attached or spaced; `b` and `B` attached; `G` (giga) and `T` (tera)
    /// as written, attached to any number but a single digit (`1.2G`, `25G`, `100T`; `4G` is a
    /// network, `3T` a size) or spaced after a decimal (`2.5 G`).
    static func scale(_ piece: NumberPiece, text: UnsafePointer<UInt8>, value: NumberValue) -> Int? {
        if case .multiplier(let power)? = piece.word { return power }
        guard case .other = piece.content else { return nil }
        let length = piece.end - piece.start
        let a = text[piece.start]
        if length == 1 {
            switch a {
            case UInt8(ascii: "M"): return 6
            case UInt8(ascii: "B"), UInt8(ascii: "b"): return piece.attached ? 9 : nil
            case UInt8(ascii: "G") where isGigaOrTera(piece, value): return 9
            case UInt8(ascii: "T") where isGigaOrTera(piece, value): return 12
            default: return nil
            }
        }
        if length == 2 && a == UInt8(ascii: "M") && text[piece.start + 1] == UInt8(ascii: "M") { return 6 }
        return nil
    }

    /// Whether a `G` or `T` after `value` is its scale: attached to anything but a single
    /// digit, or spaced after a decimal.
    private static func isGigaOrTera(_ piece: NumberPiece, _ value: NumberValue) -> Bool {
        guard value.isInteger else { return true }
        return piece.attached && abs(value.double) >= 10
    }

    // MARK: - Pieces

    private func isSpace(between a: Int, and b: Int) -> Bool {
        NumberPhrase.isSpace(text, from: pieces[a].end, to: pieces[b].start)
    }

    /// Whether piece `index` is `mark` and nothing else (its bytes compared, no string made).
    @inline(__always)
    func isOther(_ index: Int, _ mark: StaticString) -> Bool {
        let piece = pieces[index]
        guard case .other = piece.content, piece.end - piece.start == mark.utf8CodeUnitCount else { return false }
        let bytes = mark.utf8Start
        for k in 0..<mark.utf8CodeUnitCount where text[piece.start + k] != bytes[k] { return false }
        return true
    }

    /// An apostrophe (`'` or `’`) used as a thousands mark.
    private func isApostrophe(_ index: Int) -> Bool { isOther(index, "'") || isOther(index, "’") }
}
