import GlossCore

extension MentionReader {
    /// How many amounts a list may hold before the one that writes the unit.
    private static let longestList = 8

    /// A unit written once after the last of coordinated amounts belongs to each of them:
    /// `90 mln and 58 mln Swiss francs`, `5 or 10 pct`, `5, 10 and 15 km`, and, from a
    /// higher amount to a lower one (no range), `cut from 12 to 8 pct`. Only the joins stand
    /// between: `and`, `or`, a comma in a list that ends in `and` or `or`, `to` between two
    /// amounts; and the amounts are alike (`isAlike`). `, or` right after the first restates
    /// it in another unit (`1.5 mln, or 3.1 pct`), no coordination. A scale written after the last only is shared as a range shares it (`3 and 4
    /// billion dlrs`). A bare cardinal or fraction takes it; an amount with a sign before it
    /// (`5 and $10`) or a year unit gives none.
    func readSharedUnit(_ draft: inout Draft) {
        // the draft's own fields first: its quantity is copied only for the few that may share
        guard draft.high == nil, draft.kind == .number, draft.first.unit == nil else { return }
        let first = draft.first
        guard draft.high == nil, draft.kind == .number, first.unit == nil,
            first.phrase.form == .cardinal || first.phrase.form == .fraction
        else { return }
        var end = first.end
        var opening = true
        // `5, 10, or 15 pct`: in a list a comma and `or` join the last item, restating nothing
        let listed = first.first >= 2 && isComma(first.first - 1) && (pieces[first.first - 2].numeral != nil || pieces[first.first - 2].word != nil)
        for _ in 0..<Self.longestList {
            guard let join = coordination(after: end, opening: opening && !listed), !breaksParagraph(end - 1, join.next),
                let item = quantity(at: join.next),
                item.first == item.phrase.first, item.phrase.form == .cardinal || item.phrase.form == .fraction
            else { return }
            if let unit = item.unit {
                guard join.text != ",", unit.kind != .year else { return }
                // pegged at 7.80 to one U.S. dollar: a rate against one unit of money
                if join.text == "to" && unit.kind == .money && item.phrase.value.double == 1 { return }
                let power = sharedScale(first, item)
                var value = power.map { NumberPhrase.scaled(draft.value, by: $0) } ?? draft.value
                // 2 or 3 per mille: a unit that divides its number divides the first's too (review93)
                if unit.power < 0 { value = NumberPhrase.scaled(value, by: unit.power) }
                // the two amounts compared as written, before any sign the words give them
                let low = value.double
                var itemValue = item.phrase.value.double
                // 15 and 25 degrees below zero: both readings are below zero
                if unit.kind == .temperature, itemValue < 0, isBelowZero(item) {
                    value = value.negated
                    guard value.double < 0 else { return }
                    itemValue = -itemValue
                }
                guard isAlike(low, itemValue), !endsClause(before: first.first, after: item.end) else { return }
                draft.first.unit = unit
                draft.kind = kindOf(draft.first)
                draft.value = value
                draft.parts[0].value = value
                return
            }
            guard join.text == "," else { return }
            end = item.end
            opening = false
        }
    }

    /// Whether the temperature `item` was read below zero by its words (`25 degrees below
    /// zero`: `readBelowZero`), not by a sign of its own.
    func isBelowZero(_ item: Quantity) -> Bool {
        (item.phrase.end..<item.end).contains { isWord($0, "zero") && $0 > 0 && isWord($0 - 1, "below") }
    }

    /// Whether two amounts are alike enough to share a unit: both above zero, the larger at
    /// most ten times the smaller (`1,000 and 10,000 dlrs`). An amount and its share restated
    /// (`120,000 or 2.8 pct of the workforce`, `258,125 or 14 cts a share`) or a year before
    /// a rate (`end-February 1986 and 21.66 pct`) differ by far more.
    private func isAlike(_ a: Double, _ b: Double) -> Bool {
        a > 0 && b > 0 && max(a, b) <= 10 * min(a, b)
    }

    /// Whether a blank line lies between pieces `from` and `to`: there one headline or paragraph
    /// ends and the next begins (`SALES UP 5\n\nAND 10 PCT`), while a line wrapped inside a
    /// paragraph (`rose 5\nand 10 pct`) still coordinates.
    func breaksParagraph(_ from: Int, _ to: Int) -> Bool {
        var newlines = 0
        for offset in pieces[from].end..<pieces[to].start {
            switch text[offset] {
            case UInt8(ascii: "\n"):
                newlines += 1
                if newlines == 2 { return true }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: newlines = 0
            }
        }
        return false
    }

    /// The join after piece `end - 1` in a coordination of amounts, and where the next amount
    /// starts: `and`, `or` (alone or after a comma), a comma, or `to` right after the first.
    private func coordination(after end: Int, opening: Bool) -> (text: String, next: Int)? {
        guard end + 1 < pieces.count else { return nil }
        if isComma(end) {
            if end + 2 < pieces.count && isWord(end + 1, "and") { return ("and", end + 2) }
            // `30.9 billion, or 4.5 billion dlrs`: a comma and `or` right after the first restate it
            if end + 2 < pieces.count && isWord(end + 1, "or") { return opening ? nil : ("and", end + 2) }
            return (",", end + 1)
        }
        if isWord(end, "and") || isWord(end, "or") { return ("and", end + 1) }
        if opening && isWord(end, "to") { return ("to", end + 1) }
        return nil
    }

    /// Whether piece `index` is a comma.
    func isComma(_ index: Int) -> Bool {
        pieces[index].end - pieces[index].start == 1 && text[pieces[index].start] == UInt8(ascii: ",")
    }

    /// Whether the amount before the join ends a clause of change and the amount after it
    /// opens the next as its subject: a verb of change before the first (`Shares rose 5`), and
    /// after the second `of`, at most three words of a noun phrase, then a finite verb (`and
    /// 10 pct of the stock changed hands`). `rose 5 and 10 pct of the total, respectively`
    /// stays one coordination.
    private func endsClause(before first: Int, after end: Int) -> Bool {
        guard end + 2 < pieces.count, isWord(end, "of"), Self.changeVerbs.contains(precedingWord(first) ?? "") else { return false }
        var k = end + 1
        if lowercased(k, isIn: Self.beforePlainNoun) { k += 1 }
        let nounStart = k
        while k < min(pieces.count, nounStart + 3), isWordPiece(k) {
            if k > nounStart && lowercased(k, isIn: Self.finiteVerbs) { return true }
            k += 1
        }
        return false
    }

    /// Verbs that a clause's subject is followed by: forms of be, have and the modals, and
    /// past tenses news reports with.
    static let finiteVerbs: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
        "must", "changed", "went", "came", "remained", "expected", "said", "voted", "agreed", "rose", "fell", "gained",
        "lost", "sold", "bought", "held", "owned", "did", "saw", "got", "stayed", "showed", "reported", "received",
    ]

    /// A currency sign or code written once before the first of coordinated amounts is each
    /// one's (`$5 and 10`, `£20 or 30`, `€4, 6 and 8`, `USD 5 and 10`): a bare whole number or decimal after
    /// `and`, `or` or a comma takes the money of the signed amount that opens the list, when the
    /// two are alike and nothing but a clause's end, a preposition or a word of distribution
    /// follows (`$5 and 10 people` counts people). Returns whether the sign was taken: such an
    /// amount carries no cents after it (`$4, 6 and 8` is three amounts, not 6.08).
    func readSharedSign(_ draft: inout Draft) -> Bool {
        guard draft.high == nil, draft.kind == .number, draft.first.unit == nil else { return false }
        let first = draft.first
        guard draft.high == nil, draft.kind == .number, first.unit == nil, first.first == first.phrase.first,
            first.phrase.form == .cardinal, first.first >= 2, isListJoin(first.first - 1),
            let sign = signOpeningList(before: first.first - 1), endsAmount(first.end),
            let previous = quantity(at: sign), let unit = previous.unit, unit.kind == .money, !previous.phrase.hasScale
        else { return false }
        // `$5 and 10 mln`: the scale after the last amount is the signed one's too (readSharedScale)
        var opening = previous.phrase.value
        if first.phrase.hasScale {
            guard let power = sharedScale(previous, first) else { return false }
            opening = NumberPhrase.scaled(opening, by: power)
        }
        guard isAlike(opening.double, first.phrase.value.double) else { return false }
        draft.first.unit = unit
        draft.kind = .money
        return true
    }

    /// A scale written once after the last of two amounts that a currency sign or code opens is
    /// the first's too, as a range shares it (`$5 and 10 mln` is $5 million and $10 million;
    /// `readSharedSign` gives the second the money): the second a bare cardinal with a scale
    /// and nothing after it that it counts (`$5 and 10 mln people` keeps $5), the first below
    /// the second's count, and the two alike.
    func readSharedScale(_ draft: inout Draft) {
        guard draft.high == nil, draft.kind == .money else { return }
        let first = draft.first
        guard draft.high == nil, draft.kind == .money, first.unit?.kind == .money, first.first < first.phrase.first,
            !first.phrase.hasScale, first.phrase.form == .cardinal, first.end < pieces.count, isListJoin(first.end),
            let join = coordination(after: first.end, opening: true), join.text == "and", let item = quantity(at: join.next),
            item.unit == nil, item.first == item.phrase.first, item.phrase.form == .cardinal, endsAmount(item.end),
            let power = sharedScale(first, item)
        else { return }
        let value = NumberPhrase.scaled(draft.value, by: power)
        guard isAlike(value.double, item.phrase.value.double) else { return }
        draft.value = value
        draft.parts[0].value = value
    }

    /// The currency sign or ISO code that opens the list of amounts whose join is piece
    /// `join`: walking back over numbers and joins only (`$5 and`, `€4, 6 and`, `USD 5 and`),
    /// at most `longestList` items.
    private func signOpeningList(before join: Int) -> Int? {
        var k = join - 1
        for _ in 0..<(3 * Self.longestList) {
            guard k >= 0 else { return nil }
            if isCurrencyWord(k) || (pieces[k].word == nil && originalValue(k, in: CurrencyCatalog.codeBytes) != nil) { return k }
            guard pieces[k].numeral != nil || pieces[k].word != nil || isListJoin(k) else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether an amount may end before piece `index`: the text's end, punctuation, or a word
    /// that does not count: a preposition or word of distribution (`$5 and 10 at the door`,
    /// `£20 or 30 each`) or a verb (`$4, 6 and 8 were bid`).
    private func endsAmount(_ index: Int) -> Bool {
        guard index < pieces.count, isWordPiece(index) else { return true }
        let word = lowercased(index)
        return Self.afterAmount.contains(word) || Self.finiteVerbs.contains(word)
    }

    /// Words an amount of money ends before: prepositions, conjunctions, words of distribution
    /// and time.
    static let afterAmount: WordSet = [
        "at", "in", "on", "for", "to", "from", "by", "with", "and", "or", "but", "each", "apiece", "respectively",
        "a", "an", "per", "last", "this", "next", "than", "against", "versus", "vs", "after", "before", "when", "while",
    ]
}
