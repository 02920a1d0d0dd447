/// Unit words that are makers' names, or their products', after a number: the carmaker's
/// `teslas` as chat writes them in lower case (`we have 2 teslas and a truck`). Asked only
/// after the unit has been matched, and only for that unit, so the common path pays one length
/// test. (The chipmaker `Micron` in title case before the plural it counts, `500,000 Micron
/// common shares`, is a brand's use of a unit word: `MentionReader.brandUnits`.)
extension MentionReader {
    /// Whether the unit word at piece `start` (ending before `end`) names a maker, not the unit:
    /// `tesla` or `teslas` (read in lower case only; `UnitTable`) after a whole number, not
    /// hyphened to it (`a 3-tesla scanner`), with no word of magnetism up to eight pieces
    /// before the number or four after the word (`magnets of 7 teslas`, `a 3 tesla MRI`,
    /// `fields of 2 tesla`). A decimal stays the unit (`1.5 tesla`): no one owns half a car.
    func isMakersName(_ unit: UnitTable.Unit, _ phrase: NumberPhrase, start: Int, end: Int) -> Bool {
        let piece = pieces[start]
        let length = piece.end - piece.start
        guard end == start + 1, length == 5 || length == 6, text[piece.start] == UInt8(ascii: "t"), unit.name == "tesla",
            phrase.value.isInteger, piece.start > 0, text[piece.start - 1] != UInt8(ascii: "-")
        else { return false }
        return !speaks(of: Self.magnetismWords, before: phrase.first, back: 8, after: end, ahead: 4)
    }

    /// Words of the magnetic field a tesla measures: fields, magnets, scanners and their uses.
    static let magnetismWords: WordSet = [
        "field", "fields", "magnet", "magnets", "magnetic", "magnetism", "electromagnet", "electromagnets", "mri", "mris",
        "nmr", "scanner", "scanners", "scan", "scans", "flux", "coil", "coils", "gauss", "strength", "strengths",
        "superconducting", "solenoid", "tokamak", "imaging",
    ]
}
