import Testing

@testable import GlossText

@Suite struct ScalarClassTests {
    func of(_ scalar: Unicode.Scalar) -> ScalarClass { ScalarClass.of(scalar.value) }

    @Test func lettersMarksAndDigitsOfAnyScript() {
        for scalar: Unicode.Scalar in ["a", "é", "ñ", "Ж", "ω", "東", "한", "ア", "ß"] {
            #expect(of(scalar) == .letter, "\(scalar)")
        }
        #expect(of("\u{301}") == .mark)
        #expect(of("٣") == .digit)
        #expect(of("½") == .number)
        #expect(
            ScalarClass.letter.isWordCharacter && ScalarClass.mark.isWordCharacter
                && !ScalarClass.symbol.isWordCharacter)
    }

    @Test func spacesJoinersAndInvisibles() {
        for scalar: Unicode.Scalar in [
            " ", "\u{A0}", "\u{2009}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{200E}", "\u{1}",
        ] {
            #expect(of(scalar) == .space, "\(scalar.value)")
        }
        for scalar: Unicode.Scalar in ["\u{200D}", "\u{200C}", "\u{AD}"] { #expect(of(scalar) == .joiner) }
    }

    @Test func punctuationQuotesAndSigns() {
        #expect(of("’") == .apostrophe)
        #expect(of("‐") == .hyphen)
        for scalar: Unicode.Scalar in ["“", "‘", "«", "„", "("] { #expect(of(scalar) == .openPunctuation, "\(scalar)") }
        for scalar: Unicode.Scalar in ["”", "»", ")"] { #expect(of(scalar) == .closePunctuation, "\(scalar)") }
        for scalar: Unicode.Scalar in ["…", "–", "—", "¿", "。"] { #expect(of(scalar) == .punctuation, "\(scalar)") }
        for scalar: Unicode.Scalar in ["$", "€", "£", "¥", "₹"] { #expect(of(scalar) == .currency, "\(scalar)") }
        for scalar: Unicode.Scalar in ["%", "‰", "％"] { #expect(of(scalar) == .percent, "\(scalar)") }
        #expect(of("°") == .symbol)
        #expect(of("\u{E000}") == .symbol)
    }

    @Test func emojiAndTheirParts() {
        for scalar: Unicode.Scalar in ["😀", "❤", "☀", "⌚", "🏳"] { #expect(of(scalar) == .emoji, "\(scalar)") }
        for scalar: Unicode.Scalar in ["©", "™", "‼"] { #expect(of(scalar) == .emojiText, "\(scalar)") }
        #expect(of("🏽") == .emojiModifier)
        #expect(of("🇺") == .regionalIndicator)
        for scalar: Unicode.Scalar in ["\u{FE0F}", "\u{20E3}", "\u{E0067}"] { #expect(of(scalar) == .emojiComponent) }
    }

    @Test func theTableAgreesWithTheProperties() {
        for value in stride(from: UInt32(0), to: 0x3100, by: 7) {
            #expect(ScalarClass.of(value) == ScalarClass.classify(value))
        }
        for value in UInt32(0xFF00)..<0xFFF0 { #expect(ScalarClass.of(value) == ScalarClass.classify(value)) }
        for value in stride(from: UInt32(0x4E00), to: 0xA000, by: 97) {
            #expect(ScalarClass.of(value) == ScalarClass.classify(value))
        }
        for value in stride(from: UInt32(0xAC00), to: 0xD7A4, by: 31) {
            #expect(ScalarClass.of(value) == ScalarClass.classify(value))
        }
        #expect(ScalarClass.of(0xD800) == .symbol)
        #expect(ScalarClass.of(0x11_0000) == .symbol)
    }

    /// The checked-in snapshot (`ScalarClass+Snapshot.swift`) is the table the properties make
    /// on this toolchain, entry for entry, and the table in use is the one read from it: a change
    /// to `classify`, or a standard library with another Unicode version, fails here until
    /// `scripts/build-scalar-tables.sh` is run.
    @Test func theSnapshotIsTheBuiltTable() {
        let built = ScalarClass.builtTable()
        #expect(built.count == ScalarClass.tableCount)
        let read = ScalarClass.snapshot.withUTF8Buffer { ScalarClass.decode($0) }
        #expect(read != nil, "the snapshot does not decode: run scripts/build-scalar-tables.sh")
        if let read {
            let first = built.indices.first { read[$0] != built[$0] }
            if let first {
                let scalar = "U+" + String(first < 0x3100 ? first : 0xFF00 + first - 0x3100, radix: 16, uppercase: true)
                Issue.record("\(scalar): the snapshot says \(read[first]), the properties \(built[first]): run scripts/build-scalar-tables.sh")
            }
        }
        let inUse = ScalarClass.table == built
        #expect(inUse, "the table in use is not the built one: run scripts/build-scalar-tables.sh")
    }

    /// The table is read from letters that spell a whole table, and built from the properties
    /// when they do not (truncated, too long, or a byte that names no class).
    @Test func lettersThatDoNotDecodeGiveWayToTheBuiltTable() {
        func loaded(_ bytes: [UInt8]) -> [ScalarClass] { bytes.withUnsafeBufferPointer { ScalarClass.loaded(from: $0) } }
        // Compared as Bools, so that a failure prints a line, not 12,528 classes.
        let built = ScalarClass.builtTable()
        let spaces = [UInt8](repeating: ScalarClass.letter(.space), count: ScalarClass.tableCount)
        let readsLetters = loaded(spaces) == [ScalarClass](repeating: .space, count: ScalarClass.tableCount)
        #expect(readsLetters)
        var corrupt = spaces
        corrupt[ScalarClass.tableCount / 2] = UInt8(ascii: "?")
        for (name, bad) in [("empty", []), ("short", Array(spaces.dropLast(100))), ("long", spaces + spaces), ("corrupt", corrupt)] {
            let builds = loaded(bad) == built
            #expect(builds, "\(name)")
        }
    }

    /// Letters that spell a whole table decode to it; a snapshot of another length, or with a
    /// byte that names no class (past the last case's letter, or below `a`), is refused.
    @Test func aSnapshotIsReadOnlyWhenItIsAWholeTable() {
        let cases: [ScalarClass] = [.space, .letter, .symbol, .emojiComponent, .punctuation]
        var letters = (0..<ScalarClass.tableCount).map { ScalarClass.letter(cases[$0 % cases.count]) }
        func decoded(_ bytes: [UInt8]) -> [ScalarClass]? { bytes.withUnsafeBufferPointer { ScalarClass.decode($0) } }
        #expect(decoded(letters) == (0..<ScalarClass.tableCount).map { cases[$0 % cases.count] })
        #expect(ScalarClass.letter(.space) == UInt8(ascii: "a") && ScalarClass.letter(.symbol) == UInt8(ascii: "s"))
        #expect(decoded([]) == nil)
        #expect(decoded(Array(letters.dropLast())) == nil)
        #expect(decoded(letters + [UInt8(ascii: "a")]) == nil)
        for place in [0, 1, 4_000, ScalarClass.tableCount - 1] {
            for bad in [UInt8(ascii: "t"), UInt8(ascii: "z"), UInt8(ascii: "`"), UInt8(ascii: "A"), 0, 0xFF] {
                let kept = letters[place]
                letters[place] = bad
                #expect(decoded(letters) == nil, "\(bad) at \(place)")
                letters[place] = kept
            }
        }
    }

    /// Asking Emoji only of symbols, punctuation and letterlike symbols, and White_Space never,
    /// classifies every scalar as asking both of every scalar would.
    @Test func theSkippedPropertiesChangeNoClass() {
        var differ: [String] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let properties = Unicode.Scalar(value)?.properties else { continue }
            let classified = ScalarClass.classify(value)
            if properties.isWhitespace && classified != .space { differ.append("space U+\(String(value, radix: 16))") }
            if value >= 0x80 && properties.isEmoji && !ScalarClass.mayBeEmoji(value, properties.generalCategory) {
                differ.append("emoji U+\(String(value, radix: 16))")
            }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
        #expect(ScalarClass.classify(0x2139) == .emojiText && ScalarClass.classify(0x3030) == .emojiText)
        #expect(ScalarClass.classify(0x2028) == .space && ScalarClass.classify(0x85) == .space)
    }

    @Test func decodesWellFormedScalarsAndStepsOverBadBytes() {
        func decode(_ bytes: [UInt8], at index: Int = 0) -> (UInt32, Int) {
            bytes.withUnsafeBufferPointer { buffer in
                let result = ScalarClass.decode(buffer.baseAddress!, count: buffer.count, at: index)
                return (result.value, result.length)
            }
        }
        #expect(decode(Array("a".utf8)) == (0x61, 1))
        #expect(decode(Array("é".utf8)) == (0xE9, 2))
        #expect(decode(Array("…".utf8)) == (0x2026, 3))
        #expect(decode(Array("😀".utf8)) == (0x1F600, 4))
        #expect(decode([0xE2, 0x80]) == (0xFFFD, 1))
        #expect(decode([0xFF, 0x61]) == (0xFFFD, 1))
        #expect(decode([0x80]) == (0xFFFD, 1))
        #expect(decode([0xC0, 0x80]) == (0xFFFD, 1))
        #expect(decode([0x61, 0xF0, 0x9F, 0x98, 0x80], at: 1) == (0x1F600, 4))
    }
}
