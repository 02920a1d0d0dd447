/// Numbers a page's layout makes labels or keys of: a list's number opening a line (`1. Open
/// the lid.`), the parts of a document a plural or abbreviated label names (`pages 4-6`,
/// `chapters 3 to 5`, `p. 12`), and the age after an `Age:` key (`Age: 42 years`).
extension MentionReader {
    /// Labels of a document's parts, in any case, before the whole numbers they name: a range of
    /// parts after a plural or an abbreviation, cited or not (`pages 4-6`, `pp. 4-6`, `chapters 3
    /// to 5`, `clauses 183 to 186`, `Pages 10 through 20 are missing`), one part after
    /// `singlePartLabels`. Not `verses` (Reuters writes it
    /// for "versus": `verses 39,269 a year earlier`), nor `items`, `notes`, `lines`, `tables`,
    /// which news also counts by or trades (`notes 8-3/4 pct`).
    static let documentPartLabels: WordSet = [
        "pages", "pp.", "pp", "p.", "page", "chapters", "clauses", "sections", "paragraphs", "paras", "articles",
    ]

    /// Labels that name one part with a whole number after them in lower case too (`on p. 12`,
    /// `see page 3`), when no unit or scale word follows it; `page`, a verb too, only when cited,
    /// before `of` or with no word after the number (not `Nurses page 3 doctors a night`).
    /// Capitalised ones are `partLabels`.
    static let singlePartLabels: WordSet = ["p.", "pp.", "pp", "page"]

    /// Whether piece `index`, a numeral, may be a list's number or follow a part label: cheap
    /// byte tests, so the label look-ups run at few numbers.
    @inline(__always)
    func mayBeLayoutLabel(_ index: Int) -> Bool {
        let piece = pieces[index]
        if piece.end - piece.start <= 2, index + 1 < pieces.count, pieces[index + 1].attached,
            text[pieces[index + 1].start] == UInt8(ascii: ".")
        {
            return true
        }
        guard index > 0, index - 1 >= floor else { return false }
        // the labels begin with p, c, s or a and end in s, e or a full stop
        let before = pieces[index - 1]
        let first = text[before.start] | 0x20
        let last = text[before.end - 1] | 0x20
        return (2...10).contains(before.end - before.start)
            && (first == UInt8(ascii: "p") || first == UInt8(ascii: "c") || first == UInt8(ascii: "s") || first == UInt8(ascii: "a"))
            && (last == UInt8(ascii: "s") || last == UInt8(ascii: ".") || last == UInt8(ascii: "e"))
    }

    /// Where the label number at piece `index` ends (the number, or a range of them), or nil
    /// when it is none: a list's number, or a document's parts after a label.
    @inline(never)
    func layoutLabelEnd(at index: Int) -> Int? {
        guard isWholeNumeral(index) else { return nil }
        if isListNumber(index) { return index + 1 }
        guard index > 0, index - 1 >= floor, lowercased(index - 1, isIn: Self.documentPartLabels) else { return nil }
        // see pages 4-6, chapters 3 to 5 of the book, Pages 10 through 20 are missing, Kemp 2006,
        // pp. 261–262: a range of parts names them, both ends, cited or not (docs/accuracy.md: a
        // range of a document's parts is no quantity, as one part is not)
        let after = index + 1
        if after + 1 < pieces.count, isPartConnector(after), isWholeNumeral(after + 1),
            after + 2 >= pieces.count || !(pieces[after + 2].attached && isWordPiece(after + 2)),
            isBare(after + 1)  // not `in sections 5 to 10 km long`, `pages 2 and 3 million readers`
        {
            return after + 2
        }
        guard lowercased(index - 1, isIn: Self.singlePartLabels), isBare(index) else { return nil }
        // `page` is a verb too (`nurses page 3 doctors a night`): cited, or no word after it
        guard !isWord(index - 1, "page") || isCited(label: index - 1, end: index + 1) || !isWordPiece(index + 1) || startsLine(index + 1)
        else { return nil }
        return index + 1
    }

    /// Whether the number at piece `index` is one piece with no scale word or unit after it.
    private func isBare(_ index: Int) -> Bool {
        guard let phrase = NumberPhrase.parse(pieces, at: index, text: text) else { return false }
        return phrase.end == index + 1 && unit(after: phrase) == nil
    }

    /// Whether the parts a label at piece `label` names, up to piece `end`, are cited: after a
    /// word that points the reader to them (`see`, `read`, `in`, `under`), or before `of` and
    /// what they are parts of (`clauses 4-6 of the deal`, as `section 14 of the act` is a law's
    /// part).
    private func isCited(label: Int, end: Int) -> Bool {
        if end < pieces.count, isWord(end, "of") { return true }
        guard label > 0, label - 1 >= floor else { return false }
        return lowercased(label - 1, isIn: Self.citingWords)
    }

    /// Words before a label that point the reader to the parts it names.
    private static let citingWords: WordSet = ["see", "read", "cf.", "cf", "in", "on", "under", "per"]

    /// A plain whole number, unsigned, without separators or a point.
    private func isWholeNumeral(_ index: Int) -> Bool {
        guard let numeral = pieces[index].numeral else { return false }
        return numeral.form == .plain && !numeral.hasPoint && !numeral.hasSeparators && !numeral.isSigned
    }

    /// A hyphen or dash, `to`, `and` or `through` between two numbers of a range of parts.
    private func isPartConnector(_ index: Int) -> Bool {
        let piece = pieces[index]
        switch piece.end - piece.start {
        case 1: return text[piece.start] == UInt8(ascii: "-")
        case 3 where text[piece.start] == 0xE2: return text[piece.start + 1] == 0x80 && (text[piece.start + 2] == 0x93 || text[piece.start + 2] == 0x94)
        default: return lowercased(index, isIn: Self.partConnectors)
        }
    }

    /// The words between a range of parts' two numbers (beside a hyphen or an en or em dash,
    /// `partDashes`): one definition for the stage and `NumberCoverage.reason`.
    static let partConnectors: WordSet = ["to", "and", "through", "thru"]

    /// The dashes `isPartConnector` reads between a range of parts' numbers, as text.
    static let partDashes: Set<String> = ["-", "–", "—"]

    /// Whether piece `index` opens a numbered list: one or two digits with a full stop fused,
    /// then a capitalised word, at the text's start or on a line of its own after a line that
    /// ends a sentence or a clause (`…yesterday.\n    1. The finance ministers`). Reuters wraps
    /// a date's day to the next line (`at March\n16. The company`), which this leaves.
    private func isListNumber(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start <= 2, index + 2 < pieces.count, pieces[index + 1].end - pieces[index + 1].start == 1,
            pieces[index + 1].attached, text[pieces[index + 1].start] == UInt8(ascii: "."), !pieces[index + 2].attached, text[pieces[index + 2].start] &- UInt8(ascii: "A") < 26, startsLine(index)
        else { return false }
        guard index > 0 else { return true }
        if index - 1 < floor { return false }
        let last = text[pieces[index - 1].end - 1]
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            || startsParagraph(index) || followsListNumber(index)
    }

    /// Whether the line before piece `index`'s (a list's number) opens with the number one less
    /// and a full stop: the list's next item (`1. Budget\n2. Staffing`), whose line before need
    /// not end a sentence.
    private func followsListNumber(_ index: Int) -> Bool {
        guard let value = pieces[index].numeral?.value.double, value >= 2 else { return false }
        var k = index - 1
        while k > floor, !startsLine(k) { k -= 1 }
        guard k >= floor, k + 1 < index, startsLine(k), pieces[k].numeral?.value.double == value - 1, isWholeNumeral(k),
            pieces[k + 1].attached, pieces[k + 1].end - pieces[k + 1].start == 1, text[pieces[k + 1].start] == UInt8(ascii: ".")
        else { return false }
        return true
    }

    /// Whether piece `index` starts a line: the text's first, or a line break before it.
    func startsLine(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        var k = pieces[index - 1].end
        while k < pieces[index].start {
            if text[k] == UInt8(ascii: "\n") { return true }
            k += 1
        }
        return false
    }

    /// An age after an `Age:` key (`Age: 42 years`, `Age at death | 81 years`, `age: 7
    /// months`): `age` opening a line, at most three words, then a colon or a bar before the
    /// number, and after it a unit of time (the age's), no word (the age is in years, as `Age
    /// 42` is) or the line's end: a title's key stays (`Age of Empires: 4 expansions`). The caller, a mention's first quantity, has seen the colon or bar before
    /// the number (asked there, not in `quantity(at:)`, whose callers are many).
    @inline(never)
    func readAgeKey(_ draft: inout Draft) {
        guard readAgeKey(&draft.first) else { return }
        draft.kind = kindOf(draft.first)
        draft.end = draft.first.end
    }

    /// `readAgeKey(_:)` on the quantity alone; true when it made it an age.
    private func readAgeKey(_ quantity: inout Quantity) -> Bool {
        let phrase = quantity.phrase
        guard quantity.first == phrase.first, quantity.end == phrase.end, phrase.value.double >= 0, phrase.form == .cardinal
        else { return false }
        var k = quantity.first - 2
        let lowest = max(floor, quantity.first - 5)
        while k >= lowest, !lowercased(k, isIn: Self.ageKeyWords) {
            guard isWordPiece(k) else { return false }
            k -= 1
        }
        guard k >= lowest, startsLine(k) else { return false }
        var name = "year"
        if phrase.end < pieces.count, isWordPiece(phrase.end), !startsLine(phrase.end) {
            // a word after the number is the age's unit of time, or the key is a title's
            // (`Age of Empires: 4 expansions`, `Aged care: 5 things to know`)
            let word = lowercased(phrase.end)
            guard let unit = UnitTable.unitsOfTime.first(where: { $0.name == word || $0.plural == word }),
                ["day", "week", "month", "year"].contains(unit.name)
            else { return false }
            name = unit.name
            quantity.end = phrase.end + 1
        }
        quantity.unit = UnitTable.Unit(kind: .age, name: name)
        return true
    }

    /// The key's word (not `aged`, the adjective of `Aged care: 5 things to know`).
    static let ageKeyWords: WordSet = ["age"]
}
