/// Unit words that are makers' names, or their products', after a number: the carmaker's
/// `teslas` as chat writes them in lower case (`we have 2 teslas and a truck`) and the
/// chipmaker `Micron` before a common noun (`500,000 Micron common shares`). Asked only after the
/// unit has been matched, and only for those two units, so the common path pays one length
/// test.
extension MentionReader {
    /// Whether the unit word at piece `start` (ending before `end`) names a maker, not the unit:
    /// - `tesla` or `teslas` (read in lower case only; `UnitTable`) after a whole number, not
    ///   hyphened to it (`a 3-tesla scanner`), with no word of magnetism up to eight pieces
    ///   before the number or four after the word (`magnets of 7 teslas`, `a 3 tesla MRI`,
    ///   `fields of 2 tesla`). A decimal stays the unit (`1.5 tesla`): no one owns half a car.
    /// - `Micron`, the singular with a capital, before a word in lower case: the firm's shares
    ///   or products (`500,000 Micron common shares`, `300 Micron chips`). Before a word in
    ///   capitals it stays the length a chip process is named by (`two Micron CMOS processes`, a
    ///   2 µm process in Reuters' wire), as in a title-case headline (`5 Micron Filter`); every
    ///   `micron`, `microns` stays a length.
    func isMakersName(_ unit: UnitTable.Unit, _ phrase: NumberPhrase, start: Int, end: Int) -> Bool {
        let piece = pieces[start]
        let length = piece.end - piece.start
        guard end == start + 1, length == 5 || length == 6 || length == 7 else { return false }
        let first = text[piece.start]
        if first == UInt8(ascii: "t"), unit.name == "tesla" {
            guard phrase.value.isInteger, piece.start > 0, text[piece.start - 1] != UInt8(ascii: "-") else { return false }
            return !speaks(of: Self.magnetismWords, before: phrase.first, back: 8, after: end, ahead: 4)
        }
        if first == UInt8(ascii: "M"), length == 6, unit.name == "micrometer", original(start) == "Micron" {
            return isLowercaseWord(end)
        }
        return false
    }

    /// Words of the magnetic field a tesla measures: fields, magnets, scanners and their uses.
    static let magnetismWords: WordSet = [
        "field", "fields", "magnet", "magnets", "magnetic", "magnetism", "electromagnet", "electromagnets", "mri", "mris",
        "nmr", "scanner", "scanners", "scan", "scans", "flux", "coil", "coils", "gauss", "strength", "strengths",
        "superconducting", "solenoid", "tokamak", "imaging",
    ]

    /// Whether piece `index` is a word that starts with a lower-case a–z.
    private func isLowercaseWord(_ index: Int) -> Bool {
        guard index < pieces.count, isWordPiece(index) else { return false }
        return text[pieces[index].start] &- UInt8(ascii: "a") < 26
    }
}
