/// What a Unicode scalar is to the tokeniser and the sentence splitter.
///
/// Derived from `Unicode.Scalar.Properties` (general category, Emoji) with a few
/// scalars singled out: the joiners that may sit inside a word, the apostrophe and hyphens that
/// join words, the per-mille signs, and the pieces of emoji sequences.
///
/// Property lookups cost a few hundred nanoseconds, so scalars below U+3100 (alphabetic
/// scripts, punctuation, symbols, kana) and the half- and full-width forms are looked up in a
/// table (read once a process from its snapshot, `table`), CJK ideographs and Hangul syllables
/// are letters by range, and only the rest (mostly emoji) are classified when met.
enum ScalarClass: UInt8, Sendable {
    /// Whitespace and invisible characters that only separate: U+00A0, U+2009, controls,
    /// zero-width space, byte-order mark, bidirectional marks. Never a token.
    case space
    /// A letter of any script, or a letter-like number (Ⅻ).
    case letter
    /// A combining mark: continues the word it follows.
    case mark
    /// A decimal digit of a script other than ASCII.
    case digit
    /// ZWJ, ZWNJ, soft hyphen, word joiner: part of a word when between word characters,
    /// otherwise invisible.
    case joiner
    /// ’ (U+2019), an apostrophe inside words and a closing quote elsewhere.
    case apostrophe
    /// ‐ and ‑ (U+2010, U+2011), which join words like `-`.
    case hyphen
    /// Opening brackets and quotes: ( [ { “ ‘ « „ ‹.
    case openPunctuation
    /// Closing brackets and quotes: ) ] } ” » ›.
    case closePunctuation
    /// Other punctuation: dashes, … · ¡ ¿ § and so on.
    case punctuation
    /// A currency sign (general category Sc): $ € £ ¥ ₹ ₽.
    case currency
    /// Per-mille and per-ten-thousand signs, Arabic and full-width percent signs.
    case percent
    /// A scalar that starts an emoji (😀, ❤, ☀); emoji presentation by default.
    case emoji
    /// A scalar that is an emoji only when U+FE0F follows it (©, ™, ‼); otherwise a symbol or
    /// punctuation.
    case emojiText
    /// A skin-tone modifier (U+1F3FB–U+1F3FF): part of the emoji before it.
    case emojiModifier
    /// A regional indicator letter: two of them make a flag.
    case regionalIndicator
    /// Variation selectors, the keycap mark and tag characters: parts of emoji sequences,
    /// invisible on their own.
    case emojiComponent
    /// A number that is not a decimal digit: ½ ² ①.
    case number
    /// Any other symbol, and private-use or unassigned scalars.
    case symbol

    /// Whether the scalar belongs inside a word.
    var isWordCharacter: Bool { self == .letter || self == .mark || self == .digit }

    /// The class of the scalar with value `value`; values that are not scalars are symbols.
    static func of(_ value: UInt32) -> ScalarClass {
        table.withUnsafeBufferPointer { of(value, table: $0.baseAddress!) }
    }

    /// The class of `value`, with `table` pointing to `ScalarClass.table` (so that a hot loop
    /// reads the table without going through the global's accessor).
    @inline(__always)
    static func of(_ value: UInt32, table: UnsafePointer<ScalarClass>) -> ScalarClass {
        if value < tableEnd { return table[Int(value)] }
        if value &- 0xFF00 < 0xF0 { return table[Int(value - 0xFF00 + tableEnd)] }
        if value &- 0x4E00 < 0x5200 || value &- 0xAC00 < 0x2BA4 || value &- 0x3400 < 0x19C0 { return .letter }
        return classify(value)
    }

    /// The first scalar not in the table's first segment.
    private static let tableEnd: UInt32 = 0x3100

    /// Classes of U+0000–U+30FF followed by U+FF00–U+FFEF, read from `snapshot` (generated from
    /// `builtTable()` by `scripts/build-scalar-tables.sh`): reading its 12,528 letters costs some
    /// 0.1M instructions once a process, where asking the properties of each scalar (`builtTable`)
    /// cost 9M (docs/performance.md, 2026-12-07). A snapshot that does not
    /// read as a table of the right length (never, as checked in) gives way to the built table
    /// (`loaded(from:)`); `ScalarClassTests` checks that the snapshot is the built table, entry for
    /// entry, on the toolchain in use (a new Unicode version in the standard library fails it
    /// until the script is run again).
    static let table: [ScalarClass] = snapshot.withUTF8Buffer(loaded(from:))

    /// The table `letters` spell (`decode`), or the built one (`builtTable`, 9M instructions)
    /// when they do not decode to a whole table. Silent: the classes are the same either way, only
    /// slower; `ScalarClassTests.theSnapshotIsTheBuiltTable` fails on a snapshot that does not
    /// decode.
    static func loaded(from letters: UnsafeBufferPointer<UInt8>) -> [ScalarClass] {
        decode(letters) ?? builtTable()
    }

    /// The table built from the scalars' properties: `classify` of U+0000–U+30FF, then of
    /// U+FF00–U+FFEF.
    static func builtTable() -> [ScalarClass] {
        (0..<tableEnd).map(classify) + (0xFF00..<0xFFF0).map(classify)
    }

    /// How many entries the table has.
    static let tableCount = Int(tableEnd) + 0xF0

    /// The letter that stands for `scalarClass` in the snapshot: `a` for the first case, in
    /// the order of the cases.
    static func letter(_ scalarClass: ScalarClass) -> UInt8 { UInt8(ascii: "a") + scalarClass.rawValue }

    /// The table a snapshot's letters spell (`letter`), or nil when it is not `tableCount`
    /// letters that each name a class.
    static func decode(_ letters: UnsafeBufferPointer<UInt8>) -> [ScalarClass]? {
        guard letters.count == tableCount else { return nil }
        var valid = true
        let table = [ScalarClass](unsafeUninitializedCapacity: tableCount) { buffer, initialized in
            for index in 0..<tableCount {
                guard let read = ScalarClass(rawValue: letters[index] &- UInt8(ascii: "a")) else {
                    valid = false
                    return
                }
                buffer[index] = read
                initialized = index + 1
            }
        }
        return valid ? table : nil
    }

    /// The Swift source of `ScalarClass+Snapshot.swift`: `builtTable()` as letters (`letter`), in
    /// lines of a string literal (`SnapshotText.literalLines`).
    static func sourceFile() -> String {
        let letters = String(decoding: builtTable().map(letter), as: UTF8.self)
        return """
            // Generated by scripts/build-scalar-tables.sh from ScalarClass.builtTable() (the
            // standard library's Unicode properties); do not edit. ScalarClassTests checks it is
            // up to date.
            // Derived from the Unicode Character Database: Copyright © 1991-2025 Unicode, Inc.
            // Unicode License v3 (https://www.unicode.org/license.txt).

            extension ScalarClass {
                /// `builtTable()` as letters, one a scalar (`letter`), read by `decode(_:)`.
                static let snapshot: StaticString = \"""

            """ + SnapshotText.literalLines(letters) + "\n\"\"\"\n}\n"
    }

    /// Classifies from the scalar's Unicode properties.
    static func classify(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x200C, 0x200D, 0x00AD, 0x2060: return .joiner
        case 0x2019: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x0025, 0x066A, 0x2030, 0x2031, 0xFE6A, 0xFF05: return .percent
        case 0x1F3FB...0x1F3FF: return .emojiModifier
        case 0x1F1E6...0x1F1FF: return .regionalIndicator
        case 0xFE0E, 0xFE0F, 0x20E3, 0xE0020...0xE007F: return .emojiComponent
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        let properties = scalar.properties
        let general = properties.generalCategory
        // White_Space scalars are controls or separators, which `category` makes spaces
        if value >= 0x80 && mayBeEmoji(value, general) && properties.isEmoji {
            if properties.isEmojiPresentation || value >= 0x1F000 || (0x2300...0x2BFF).contains(value) { return .emoji }
            return .emojiText
        }
        return category(general)
    }

    /// Whether a scalar of category `general` may have the Emoji property: symbols and
    /// punctuation, and the letters among the letterlike symbols (ℹ U+2139). Letters, marks,
    /// digits and spaces, most of the table, then skip the property's binary search.
    /// `ScalarClassTests` checks every scalar against the property.
    static func mayBeEmoji(_ value: UInt32, _ general: Unicode.GeneralCategory) -> Bool {
        switch general {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .connectorPunctuation, .dashPunctuation,
            .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            value &- 0x2100 < 0x50
        }
    }

    /// The class that a general category alone gives.
    static func category(_ category: Unicode.GeneralCategory) -> ScalarClass {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .otherNumber: return .number
        case .currencySymbol: return .currency
        case .openPunctuation, .initialPunctuation: return .openPunctuation
        case .closePunctuation, .finalPunctuation: return .closePunctuation
        case .dashPunctuation, .connectorPunctuation, .otherPunctuation: return .punctuation
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        case .mathSymbol, .modifierSymbol, .otherSymbol, .privateUse, .unassigned, .surrogate: return .symbol
        @unknown default: return .symbol
        }
    }

    /// Decodes the scalar that starts at `index`: its value and length in bytes. A byte that
    /// does not start a well-formed sequence within `count` decodes as U+FFFD of length 1, so
    /// any input can be walked without running past its end.
    @inline(__always)
    static func decode(_ bytes: UnsafePointer<UInt8>, count: Int, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        if lead >= 0xC2 && lead < 0xE0, let b1 = continuation(1) {
            return ((lead & 0x1F) << 6 | b1, 2)
        }
        if lead >= 0xE0 && lead < 0xF0, let b1 = continuation(1), let b2 = continuation(2) {
            return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3)
        }
        if lead >= 0xF0 && lead < 0xF5, let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
            return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
        }
        return (0xFFFD, 1)
    }
}
