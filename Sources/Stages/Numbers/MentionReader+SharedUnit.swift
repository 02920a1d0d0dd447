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
        let first = draft.first
        guard draft.high == nil, draft.kind == .number, first.unit == nil,
            first.phrase.form == .cardinal || first.phrase.form == .fraction
        else { return }
        var end = first.end
        var opening = true
        for _ in 0..<Self.longestList {
            guard let join = coordination(after: end, opening: opening), !breaksParagraph(end - 1, join.next),
                let item = quantity(at: join.next),
                item.first == item.phrase.first, item.phrase.form == .cardinal || item.phrase.form == .fraction
            else { return }
            if let unit = item.unit {
                guard join.text != ",", unit.kind != .year else { return }
                // pegged at 7.80 to one U.S. dollar: a rate against one unit of money
                if join.text == "to" && unit.kind == .money && item.phrase.value.double == 1 { return }
                let power = sharedScale(first, item)
                let value = power.map { NumberPhrase.scaled(draft.value, by: $0) } ?? draft.value
                guard isAlike(value.double, item.phrase.value.double) else { return }
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
    private func breaksParagraph(_ from: Int, _ to: Int) -> Bool {
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
        if pieces[end].end - pieces[end].start == 1 && text[pieces[end].start] == UInt8(ascii: ",") {
            if end + 2 < pieces.count && isWord(end + 1, "and") { return ("and", end + 2) }
            // `30.9 billion, or 4.5 billion dlrs`: a comma and `or` right after the first restate it
            if end + 2 < pieces.count && isWord(end + 1, "or") { return opening ? nil : ("and", end + 2) }
            return (",", end + 1)
        }
        if isWord(end, "and") || isWord(end, "or") { return ("and", end + 1) }
        if opening && isWord(end, "to") { return ("to", end + 1) }
        return nil
    }
}
