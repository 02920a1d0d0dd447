/// Telephone numbers written with spaces or an area code in brackets are no quantities: a
/// run of digit groups led by a trunk zero (`0800 555 0199`, `020 7946 0958`) or a country
/// code (`+44 20 7946 0958`), nine to fifteen digits in all, and a three-digit area code in
/// brackets before a hyphenated local number (`(212) 555-0147`). The hyphen-only form
/// (`555-123-4567`) is `identifierEnd`'s. A short number one dials (`Call 999 for help`, `dial
/// 911`) is no quantity either: `isDialledNumber`.
///
/// Cost: a few byte tests at a numeral that starts with `0` or `+` or stands in brackets;
/// nothing at other pieces; at a plain whole number of three to six digits, one look-up of the
/// word before it.
extension MentionReader {
    /// Verbs of calling a number (not `ring`, which the metal exchanges' session times follow:
    /// `SECOND RING 1617`).
    static let callingVerbs: WordSet = [
        "call", "calls", "called", "calling", "dial", "dials", "dialled", "dialed", "dialling", "dialing",
    ]

    /// Words after a dialled number that begin the rest of the sentence, not a noun it counts.
    static let afterDialled: WordSet = [
        "for", "to", "at", "in", "on", "from", "if", "or", "and", "now", "immediately", "instead", "first", "when",
        "free", "anytime", "today", "tonight",
    ]

    /// Marks after a dialled number that end its clause.
    static let clauseMarks: Set<UInt8> = Set(".,;:!?)".utf8)

    /// Whether the number at piece `index` is a short telephone number after a verb of calling
    /// (`Call 999 for help`, `dial 911.`, `calling 111 or 999`): a plain whole number of three to
    /// six digits, with nothing after it, or a mark, or a word of `afterDialled` that opens no
    /// bound. Not a count (`called 100 times`, `calls 250 mln`, `call 3 witnesses`: one or two
    /// digits; `called 300 at least`, `call 150 or more`: a bound's; `called 500 for the
    /// vote`, `called 300 and then 400`: a round number of hundreds from 200, which no short
    /// code is, while counts are often round), nor a row of an options table, where `calls` is
    /// a noun before its numbers (`Sep calls 1281 170`).
    func isDialledNumber(at index: Int) -> Bool {
        // byte tests first: most numbers are turned away by their width or the word before's
        // first letter (`c` or `d`), before the numeral is read
        guard (3...6).contains(width(index)), index - 1 >= floor, (text[pieces[index - 1].start] | 0x20) &- UInt8(ascii: "c") < 2,
            let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasPoint, !numeral.hasSeparators,
            !numeral.isSigned, isWordPiece(index - 1), lowercased(index - 1, isIn: Self.callingVerbs), !isRoundHundreds(numeral, at: index)
        else { return false }
        guard index + 1 < pieces.count else { return true }
        // a bound after the number makes it a count (`called 300 at least`, `call 150 or more`)
        if isWordPiece(index + 1) { return lowercased(index + 1, isIn: Self.afterDialled) && modifierAfter(index + 1) == nil }
        // a mark that ends the clause, not one that chains more digits on (`call 555-123-4567`,
        // a hyphened number, is `identifierEnd`'s)
        guard width(index + 1) == 1, Self.clauseMarks.contains(text[pieces[index + 1].start]) else { return false }
        return index + 2 >= pieces.count || pieces[index + 2].numeral == nil || !pieces[index + 2].attached
    }

    /// Whether a numeral is a whole number of hundreds from 200 with no leading zero (`500`,
    /// `1200`) after a form of `call`: a count (`called 500 for the vote`), not a short code
    /// (`100` is one, India's police). After `dial` any number is dialled (`dial 500 for room
    /// service`): one dials no count.
    private func isRoundHundreds(_ numeral: Numeral, at index: Int) -> Bool {
        guard text[pieces[index - 1].start] | 0x20 == UInt8(ascii: "c") else { return false }
        let value = numeral.value.double
        return value >= 200 && value.truncatingRemainder(dividingBy: 100) == 0 && text[pieces[index].start] != UInt8(ascii: "0")
    }

    /// Where reading resumes after a provisional designation that starts with the year at
    /// piece `index`, or nil: one or two capitals and a slash fused before a year, then a code
    /// of one or two capitals (with digits fused or one number after), as astronomy names
    /// comets, moons and asteroids (`S/2004 S 12`, `C/2020 F3`, `P/2019 LD2`). The slash's
    /// letters are no currency sign there (`S/` is the Peruvian sol: `S/2004 in fees` stays
    /// money, as does `S/ 2004`). Byte tests first: asked at every number.
    func designationEnd(at index: Int) -> Int? {
        let start = pieces[index].start
        guard width(index) == 4, start >= 2, text[start - 1] == UInt8(ascii: "/"), index + 1 < pieces.count,
            let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasSeparators,
            (1800...2100).contains(numeral.value.double)
        else { return nil }
        var letters = 0
        while letters < 3, start - 2 - letters >= 0, text[start - 2 - letters] &- UInt8(ascii: "A") < 26 { letters += 1 }
        guard (1...2).contains(letters), start - 2 - letters < 0 || !isLetterOrDigit(text[start - 2 - letters]) else { return nil }
        let code = pieces[index + 1]
        guard !code.attached, (1...5).contains(code.end - code.start), text[code.start] &- UInt8(ascii: "A") < 26 else { return nil }
        var k = code.start
        var capitals = 0
        while k < code.end, text[k] &- UInt8(ascii: "A") < 26 { k += 1; capitals += 1 }
        let digits = code.end - k
        guard (1...2).contains(capitals), (k..<code.end).allSatisfy({ text[$0] &- UInt8(ascii: "0") < 10 }) else { return nil }
        if digits == 0, index + 2 < pieces.count, !pieces[index + 2].attached, let number = pieces[index + 2].numeral,
            number.form == .plain, !number.hasPoint, !number.hasSeparators
        {
            return index + 3  // S/2004 S 12
        }
        // a code of capitals alone is no designation: `S/1900 I think` is soles (review74)
        return digits > 0 ? index + 2 : nil
    }

    private func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// Where reading resumes after the telephone number that starts at piece `index`, or nil.
    func phoneEnd(at index: Int) -> Int? {
        guard let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasPoint, !numeral.hasSeparators else {
            return nil
        }
        let lead = text[pieces[index].start]
        // a trunk zero leads an area code (`020`, `0800`): a lone `0` is a number (`0 150 200 300`)
        if (lead == UInt8(ascii: "0") && width(index) >= 2) || lead == UInt8(ascii: "+") { return spacedGroupsEnd(from: index) }
        return bracketedAreaCodeEnd(at: index)
    }

    /// `0800 555 0199`, `+44 20 7946 0958`: the lead and at least one more group, each after
    /// one space, nine to fifteen digits in all. The walk stops past fifteen digits, so a long
    /// run of numbers costs a few steps at each of its numerals, not the run's length.
    /// A signed lead before groups of three digits only is a number in thousands, as Europe
    /// spaces them (`+125 000 000`), not a phone number.
    private func spacedGroupsEnd(from index: Int) -> Int? {
        var digits = 0
        var end = index
        var thousands = true
        while end < pieces.count, let numeral = pieces[end].numeral, numeral.form == .plain, !numeral.hasPoint,
            !numeral.hasSeparators, end == index || (!numeral.isSigned && isOneSpace(before: end))
        {
            digits += pieces[end].end - pieces[end].start - (numeral.isSigned ? 1 : 0)
            if end > index && width(end) != 3 { thousands = false }
            end += 1
            if digits > 15 { return nil }
        }
        guard end - index >= 2, (9...15).contains(digits), !(thousands && text[pieces[index].start] == UInt8(ascii: "+")) else {
            return nil
        }
        return end
    }

    /// `(212) 555-0147`: three digits in brackets, then three, a hyphen and four, the area code
    /// and the exchange each starting with 2–9 as the North American plan numbers them; so
    /// `(300) 100-1000` is a count and a range, not a telephone number.
    private func bracketedAreaCodeEnd(at index: Int) -> Int? {
        guard index > 0, index + 4 < pieces.count, width(index) == 3, isByte(index - 1, "("), isByte(index + 1, ")"),
            pieces[index + 2].numeral != nil, width(index + 2) == 3, isByte(index + 3, "-"), pieces[index + 3].attached,
            pieces[index + 4].numeral != nil, pieces[index + 4].attached, width(index + 4) == 4,
            leadsNorthAmericanGroup(index), leadsNorthAmericanGroup(index + 2)
        else { return nil }
        return index + 5
    }

    /// Whether piece `index` starts with a digit from 2 to 9, as a North American area code
    /// and exchange do (0 and 1 lead neither).
    private func leadsNorthAmericanGroup(_ index: Int) -> Bool {
        text[pieces[index].start] &- UInt8(ascii: "2") < 8
    }

    private func width(_ index: Int) -> Int { pieces[index].end - pieces[index].start }

    /// Whether piece `index` is the one byte `byte` (`.`, `(`, `)`).
    func isByte(_ index: Int, _ byte: Unicode.Scalar) -> Bool {
        width(index) == 1 && text[pieces[index].start] == UInt8(ascii: byte)
    }

    /// Whether exactly one space stands between piece `index` and the one before it.
    private func isOneSpace(before index: Int) -> Bool {
        pieces[index].start - pieces[index - 1].end == 1 && text[pieces[index].start - 1] == UInt8(ascii: " ")
    }
}
