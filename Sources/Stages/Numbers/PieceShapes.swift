/// What the piece builder and the reader need to know of most words, told from a token's
/// first byte, second letter and length in one table look-up, with no hashing: whether it may
/// be a number word (`NumberWord.lookup`), whether a number word may start it
/// (`NumberWord.mayStart`), and whether a mention may start at it as a plain piece (a lone
/// `-`, the first word of a relative ordinal, the first token of a bare unit:
/// `UnitTable.bareUnitStarts`). Each answer is a superset: "may" is checked in full later.
enum PieceShapes {
    /// Bits of an entry: 1–16, the lengths of number words; 31, a number word starts so; 33–48
    /// (32 + length), the lengths at which a mention may start.
    static let numberStart: UInt64 = 1 << 31
    static let mentionShift: UInt64 = 32

    /// Where `table` holds, for each byte, the offset of the row of a token that starts with
    /// it: A–Z folded to a–z, a byte beyond ASCII to `zeroRow` (all bits clear).
    static let rowOffsets = 129 * 27
    /// Where `table` holds, for each byte, its column as a token's second byte: its letter
    /// (a–z, 0–25, A–Z folded), 26 for any other byte.
    static let columns = rowOffsets + 256
    /// The row of no bits, for a first byte beyond ASCII.
    static let zeroRow = 128

    /// For each first byte below 0x80 (A–Z folded) and second letter (26 for none or no
    /// letter), the bits above; then a zero row, and the byte maps `rowOffsets` and `columns`
    /// that `entry` reads instead of folding and comparing bytes.
    static let table: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 128 * 27)
        let letterA = Int(UInt8(ascii: "a"))
        for letter in 0..<26 {
            for second in 0...26 {
                let entry = letter * 27 + second
                table[(letterA + letter) * 27 + second] |= UInt64(NumberWord.shapes[entry])
                if NumberWord.starts[entry] { table[(letterA + letter) * 27 + second] |= numberStart }
            }
        }
        for (entry, lengths) in UnitTable.bareUnitStarts.shapes.enumerated() {
            table[entry] |= UInt64(lengths) << mentionShift
        }
        for word in MentionReader.relativeStartWords {
            let row = Int(word.utf8.first!) * 27
            for second in 0...26 { table[row + second] |= 1 << (mentionShift + UInt64(word.utf8.count)) }
        }
        table[Int(UInt8(ascii: "-")) * 27 + 26] |= 1 << (mentionShift + 1)  // a detached minus
        table += [UInt64](repeating: 0, count: 27)  // zeroRow
        for byte in UInt8.min...UInt8.max {
            let folded = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            table.append(UInt64(byte < 0x80 ? Int(folded) * 27 : zeroRow * 27))
        }
        for byte in UInt8.min...UInt8.max {
            table.append(UInt64(min((byte | 0x20) &- UInt8(ascii: "a"), 26)))
        }
        return table
    }()

    /// The entry for the token `bytes[start..<end]`: 0 for a first byte beyond ASCII.
    @inline(__always)
    static func entry(_ table: UnsafePointer<UInt64>, _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        let row = Int(truncatingIfNeeded: table[rowOffsets + Int(bytes[start])])
        let second = end - start == 1 ? 26 : Int(truncatingIfNeeded: table[columns + Int(bytes[start + 1])])
        return table[row + second]
    }

    /// Whether `NumberPiece.appendWord` would make the word token `bytes[start..<end]` one
    /// plain piece: no digit at either end (`10-gallon`, `USD115`), not the shape of a number
    /// word, and no hyphen after a number word's first letters (`twenty-one`). `entry` is the
    /// token's entry.
    @inline(__always)
    static func isPlainWord(_ entry: UInt64, _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if bytes[start] &- 0x30 < 10 || bytes[end - 1] &- 0x30 < 10 { return false }
        // a code or sign in capitals with an amount and a scale fused (R5.7bn, USD1.2bn): a
        // digit among the last four bytes of a capitalised word
        if bytes[start] &- UInt8(ascii: "A") < 26 && end - start >= 3 {
            for index in max(start + 1, end - 4)..<(end - 1) where bytes[index] &- 0x30 < 10 { return false }
        }
        // a lower-case code with an amount and a scale fused (gbp5m, usd1.2bn): a digit fourth
        if end - start >= 5 && bytes[start + 3] &- 0x30 < 10 { return false }
        // no letter first: no number word, none starts here (the second letter's column 26
        // holds one-letter words alone, so a non-letter second byte fails the length test)
        guard (bytes[start] | 0x20) &- UInt8(ascii: "a") < 26 else { return true }
        let length = end - start
        if length <= 16 && entry & (1 << UInt64(length)) != 0 { return false }
        if entry & numberStart != 0 {
            var index = start
            while index < end {
                if bytes[index] == UInt8(ascii: "-") { return false }
                index += 1
            }
        }
        return true
    }

    /// Whether no mention can start at a plain piece with this entry and length (see
    /// `NumberPiece.quiet`).
    @inline(__always)
    static func isQuiet(_ entry: UInt64, length: Int) -> Bool {
        !(length <= 16 && entry & (1 << (mentionShift + UInt64(length))) != 0)
    }
}
