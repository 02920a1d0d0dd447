/// Text of a table written into a Swift source file as a string literal (`ScalarClass.snapshot`,
/// `ScalarTable.nfcSnapshot`): the generators (`scripts/build-scalar-tables.sh`) render it here.
enum SnapshotText {
    /// `text` (ASCII letters and digits, nothing a literal must escape) as the body of a
    /// multi-line string literal that reads back as `text`: lines of `width` characters, each but
    /// the last ending in an escaped line end (`\`), which the literal leaves out.
    static func literalLines(_ text: String, width: Int = 100) -> String {
        precondition(width > 0, "SnapshotText: a line must hold a character")
        let characters = Array(text)
        var lines: [String] = []
        var start = 0
        while start < characters.count {
            lines.append(String(characters[start..<min(start + width, characters.count)]))
            start += width
        }
        return lines.joined(separator: "\\\n")
    }
}
