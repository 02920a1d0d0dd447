/// Readings of units fused to a number that are no unit but a typo or a compound: an
/// ordinal's misspelt ending before a name (`Walk 17st Street`), a preposition that lost its
/// space (`in 2020in Berlin`), a scale joined by a hyphen to a noun after the rand's `R`
/// (`The R2 billion-dollar deal`), a two-letter sign after a title (`Dr Kz 5`); and the
/// data rates (`100 megabits per second`, `500 MB/s` in bytes). Each is asked only after its unit has been
/// matched, so the common path pays nothing.
extension MentionReader {
    /// Whether the unit symbol fused at piece `start` (and ending before `end`) is a typo's
    /// letters: `st` before a capitalised word is an ordinal's ending before a name (`Walk
    /// 17st Street`; `15st 10lb`, `weighs 19st.` stay stones), `in` after a year-shaped number
    /// or before an article or pronoun is the preposition with its space lost (`in 2020in
    /// Berlin`, `Report 5in the series`; `a 34in waist` stays inches).
    func isTypoSymbol(_ unit: UnitTable.Unit, _ phrase: NumberPhrase, start: Int, end: Int) -> Bool {
        guard end == start + 1, pieces[start].attached, pieces[start].end - pieces[start].start == 2 else { return false }
        switch unit.name {
        case "stone":
            return end < pieces.count && isWordPiece(end) && text[pieces[end].start] &- UInt8(ascii: "A") < 26
                && !Self.titleCaseLinks.contains(lowercased(end))  // Man Loses 10st In A Year: a headline's link word
        case "inch":
            return isYearShaped(phrase) || (end < pieces.count && Self.wordsAfterLostSpace.contains(lowercased(end)))
        default:
            return false
        }
    }

    /// Articles, prepositions and conjunctions that a title-case headline capitalises (`Man Loses
    /// 10st In A Year`): after a fused `st` they begin no street's name.
    static let titleCaseLinks: Set<String> = [
        "a", "an", "the", "in", "on", "at", "of", "for", "to", "by", "with", "from", "after", "before", "and", "or", "as",
    ]

    /// Words that follow the preposition `in`, not a length in inches.
    static let wordsAfterLostSpace: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "total",
    ]

    /// Whether `phrase` is one plain numeral of four digits from 1000 to 2999: a year's shape.
    private func isYearShaped(_ phrase: NumberPhrase) -> Bool {
        guard phrase.end == phrase.first + 1, let numeral = pieces[phrase.first].numeral, numeral.form == .plain,
            !numeral.hasPoint, pieces[phrase.first].end - pieces[phrase.first].start == 4
        else { return false }
        return (1000.0..<3000.0).contains(numeral.value.double)
    }

    /// Whether the last word of `phrase` is joined by a hyphen to the word after it (`2
    /// billion-dollar`): the number qualifies a noun.
    func endsInHyphenCompound(_ phrase: NumberPhrase) -> Bool {
        guard phrase.end < pieces.count, phrase.end > phrase.first else { return false }
        let last = pieces[phrase.end - 1].end
        return pieces[phrase.end].start == last + 1 && text[last] == UInt8(ascii: "-")
    }

    /// Whether the piece before `index` is a title (`Dr Kz 5 said`: a name, not kwanzas).
    func followsTitle(_ index: Int) -> Bool {
        index - 1 >= floor && Self.titles.contains(lowercased(index - 1))
    }

    /// Titles written before a name, with and without their full stop.
    static let titles: Set<String> = {
        let words = ["dr", "mr", "mrs", "ms", "prof", "sir", "dame", "lord", "lady", "rev", "hon", "gen", "col", "capt", "lt", "sgt", "st"]
        return Set(words + words.map { $0 + "." })
    }()

    /// A bit rate's key written with a capital `B` before its time (`500 MB/s`, `3 GB/s`, `MBps`)
    /// is bytes per second: `B` is the byte and `b` the bit (IEC 80000-13, IEEE 1541), as `MB`
    /// and `Mb` are read alone. Lower case (`mb/s`, `mbps`) and `Mb/s`, `Mbit/s` stay the bit
    /// rates networks quote, and so does a key all in capitals (`100 MBPS`, `MB/S` in a
    /// headline), where no letter keeps its case. `start` is the key's first piece, `length`
    /// its pieces.
    func byteRate(_ unit: UnitTable.Unit, start: Int, length: Int) -> UnitTable.Unit? {
        guard unit.name.hasSuffix("bit per second") else { return nil }
        let piece = pieces[start]
        let letter = length == 1 ? piece.end - 3 : piece.end - 1  // MBps, MB/s in one piece; MB + / + s
        guard letter > piece.start, text[letter] == UInt8(ascii: "B") else { return nil }
        let last = pieces[start + length - 1]
        guard (last.start..<last.end).contains(where: { text[$0] &- UInt8(ascii: "a") < 26 }) else { return nil }  // MBPS
        return UnitTable.dimension(String(unit.name.dropLast("bit per second".count)) + "byte per second")
    }

    /// A data size (`megabits`, `kilobytes`, `bits`, IEC's `mebibytes`) per second, or a
    /// second after `a` or `/` (`100 megabits per second`): its rate and where it ends. Only
    /// seconds: `5 gigabits a month` is an allowance, no rate. A symbol in two letters with a
    /// small `b` (piece `start`) counts bits in a rate, as `kb/s` and `Mbps` do (`56 kb per
    /// second`, `10 Mb a second`), though the table reads `kb` alone as kilobytes; `KB per
    /// second` stays bytes.
    func dataRate(_ unit: UnitTable.Unit, start: Int, end: Int) -> (unit: UnitTable.Unit, end: Int)? {
        guard unit.name.hasSuffix("bit") || unit.name.hasSuffix("byte"), let time = perTime(at: end), time.name == "second"
        else { return nil }
        let piece = pieces[start]
        if end == start + 1, piece.end - piece.start == 2, text[piece.end - 1] == UInt8(ascii: "b"), unit.name.hasSuffix("byte") {
            return (UnitTable.dimension(String(unit.name.dropLast("byte".count)) + "bit per second"), time.end)
        }
        return (UnitTable.dimension(unit.name + " per second"), time.end)
    }
}
