import Foundation

/// What the normaliser knows about bytes and scalars: a 256-entry byte table for the ASCII fast
/// path, and a table of the Basic Multilingual Plane that says what happens to each scalar and
/// whether Unicode normalisation might change a run that contains it.
///
/// The NFC table is read once per process from a snapshot of what the standard library's Unicode
/// properties give (`nfcSnapshot`, 1.4 KB of runs, written by `scripts/build-scalar-tables.sh`;
/// building it from the properties, `builtEntries`, took ~1 ms, 9.6M instructions). The
/// NFKC table is built the first time an NFKC normaliser runs; it asks Foundation about the
/// ~4,000 BMP scalars whose NFKC case fold differs from them (~8 ms). Scalars outside
/// the BMP are classified on the fly, conservatively (a scalar flagged in error only costs a
/// Foundation call).
///
/// Thread safety: immutable after construction; the shared tables are `static let`s.
struct ScalarTable: Sendable {
    /// The Unicode normalisation form a table is for.
    enum Form: Sendable { case nfc, nfkc }

    /// What the normaliser does with a byte that starts a scalar.
    enum ByteAction: UInt8, Sendable {
        /// ASCII copied as it is: letters, digits and most punctuation.
        case word
        /// `,` `.` `;` `:` `!` `?`: a space that crept in before them may be removed.
        case punctuation
        /// `-`: joins words, or breaks them at the end of a line.
        case hyphen
        /// U+0020.
        case space
        /// Tab, LF, VT, FF and CR.
        case whitespace
        /// The other C0 controls and DEL: removed.
        case control
        /// The first byte of a multi-byte scalar.
        case nonASCII
    }

    /// What the normaliser does with a non-ASCII scalar.
    enum Kind: UInt8, Sendable {
        /// Kept, unless Unicode normalisation changes it.
        case plain
        /// A Unicode space (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000): a space.
        case space
        /// U+2028 LINE SEPARATOR: a line break.
        case lineBreak
        /// U+2029 PARAGRAPH SEPARATOR: a blank line.
        case paragraphBreak
        /// C1 controls, U+200B, U+2060 and U+FEFF: removed.
        case ignorable
        /// U+00AD: removed; at the end of a line it joins the word broken there.
        case softHyphen
        /// Typographic quotes, dashes, the ellipsis and primes: folded to ASCII on request.
        case typographic
    }

    /// One scalar's entry: its kind and two flags, packed in a byte.
    struct Info: Sendable, Equatable {
        var rawValue: UInt8

        static let combinesBackwardFlag: UInt8 = 0x08
        static let mayChangeFlag: UInt8 = 0x10

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(kind: Kind, combinesBackward: Bool, changesAlone: Bool) {
            rawValue = kind.rawValue
            if combinesBackward { rawValue |= Self.combinesBackwardFlag | Self.mayChangeFlag }
            if changesAlone { rawValue |= Self.mayChangeFlag }
        }

        var kind: Kind { Kind(rawValue: rawValue & 0x07) ?? .plain }
        /// Whether canonical composition may join this scalar to the one before it: a non-zero
        /// combining class, a Hangul vowel or trailing consonant, or one of the few vowel signs
        /// of combining class 0 that compose. A run is never cut before such a scalar.
        var combinesBackward: Bool { rawValue & Self.combinesBackwardFlag != 0 }
        /// Whether a run containing this scalar might change under the table's form.
        var mayChange: Bool { rawValue & Self.mayChangeFlag != 0 }
    }

    /// The NFC table, read from `nfcSnapshot` (generated from `builtEntries(form: .nfc)` by
    /// `scripts/build-scalar-tables.sh`): decoding its runs costs some 0.1M instructions once a
    /// process, where asking the properties of each BMP scalar cost 9.6M. A snapshot that does
    /// not decode to a whole table (never, as checked in) gives way to the built one
    /// (`nfcEntries(from:)`); `ScalarTableTests` checks that the snapshot is the built table,
    /// entry for entry, on the toolchain in use.
    static let nfc = ScalarTable(form: .nfc, entries: nfcSnapshot.withUTF8Buffer(nfcEntries(from:)))
    static let nfkc = ScalarTable(form: .nfkc)

    static func shared(for form: Form) -> ScalarTable { form == .nfc ? nfc : nfkc }

    /// The class of every byte value.
    static let byteActions: [ByteAction] = (0...255).map { (byte: Int) -> ByteAction in
        switch byte {
        case 0x20: .space
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: .whitespace
        case 0x00..<0x20, 0x7F: .control
        case 0x2D: .hyphen
        case 0x21, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F: .punctuation
        case 0x80...: .nonASCII
        default: .word
        }
    }

    let form: Form
    /// One `Info` byte for each BMP scalar.
    private let bmp: [UInt8]

    init(form: Form) {
        self.init(form: form, entries: Self.builtEntries(form: form))
    }

    /// A table of `form` with `entries`, one `Info` byte for each BMP scalar.
    private init(form: Form, entries: [UInt8]) {
        self.form = form
        bmp = entries
    }

    /// The NFC entries that the runs in `text` give (`decode`), or the built ones
    /// (`builtEntries`, 9.6M instructions) when they do not fill the BMP exactly. Silent: the
    /// entries are the same either way, only slower; `ScalarTableTests.theNFCSnapshotIsTheBuiltTable`
    /// fails on a snapshot that does not decode.
    static func nfcEntries(from text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        decode(text) ?? builtEntries(form: .nfc)
    }

    /// One `Info` byte for each BMP scalar, from the scalars' properties (`classify`).
    static func builtEntries(form: Form) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for value in UInt32(0x80)..<0x10000 {
            switch value {
            // CJK ideographs (extension A too), Hangul syllables, surrogates and private use are plain and stable
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xD800...0xF8FF: continue
            default:
                if let scalar = Unicode.Scalar(value) {
                    table[Int(value)] = Self.classify(scalar, form: form, askFoundation: true).rawValue
                }
            }
        }
        return table
    }

    /// The digits of the snapshot's runs: the run's `Info` byte (below 32) is the digit's place.
    private static let runDigits: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"

    /// A BMP table's entries as runs: each run of equal bytes as the byte's digit (`runDigits`)
    /// and the run's length in decimal.
    static func runs(_ entries: [UInt8]) -> String {
        var text = ""
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end] == entries[start] { end += 1 }
            precondition(entries[start] < 32, "ScalarTable: an entry above 31 cannot be stored")
            text.append(Character(Unicode.Scalar(runDigits.utf8Start[Int(entries[start])])))
            text += String(end - start)
            start = end
        }
        return text
    }

    /// The entries that `runs` wrote as `snapshot`, or nil when it is not runs of `runDigits`
    /// and lengths that fill the BMP exactly.
    static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var values = [UInt8](repeating: 0xFF, count: 128)
        for place in 0..<runDigits.utf8CodeUnitCount { values[Int(runDigits.utf8Start[place])] = UInt8(place) }
        var entries = [UInt8](repeating: 0, count: 0x10000)
        var filled = 0
        var index = 0
        while index < text.count {
            let digit = text[index]
            guard digit < 128, values[Int(digit)] != 0xFF else { return nil }
            index += 1
            var length = 0
            let first = index
            while index < text.count, text[index] &- UInt8(ascii: "0") < 10, length <= 0x10000 {
                length = length * 10 + Int(text[index] &- UInt8(ascii: "0"))
                index += 1
            }
            guard index > first, length > 0, filled + length <= entries.count else { return nil }
            let value = values[Int(digit)]
            if value != 0 { for place in filled..<filled + length { entries[place] = value } }
            filled += length
        }
        return filled == entries.count ? entries : nil
    }

    /// The Swift source of `ScalarTable+Snapshot.swift`: `builtEntries(form: .nfc)` as runs
    /// (`runs`), in lines of a string literal (`SnapshotText.literalLines`).
    static func sourceFile() -> String {
        """
            // Generated by scripts/build-scalar-tables.sh from ScalarTable.builtEntries(form: .nfc)
            // (the standard library's Unicode properties); do not edit. ScalarTableTests checks it
            // is up to date.
            // Derived from the Unicode Character Database: Copyright © 1991-2025 Unicode, Inc.
            // Unicode License v3 (https://www.unicode.org/license.txt).

            extension ScalarTable {
                /// `builtEntries(form: .nfc)` as runs (`runs`), read by `decode(_:)`.
                static let nfcSnapshot: StaticString = \"""

            """ + SnapshotText.literalLines(runs(builtEntries(form: .nfc))) + "\n\"\"\"\n}\n"
    }

    /// The entry for `value` (ASCII scalars are plain and stable).
    @inline(__always)
    func info(_ value: UInt32) -> Info {
        if value < 0x10000 { return Info(rawValue: bmp[Int(value)]) }
        guard let scalar = Unicode.Scalar(value) else { return Info(rawValue: 0) }
        return Self.classify(scalar, form: form, askFoundation: false)
    }

    /// Classifies one scalar. NFC changes a scalar on its own exactly when it is a full
    /// composition exclusion; NFKC may change it only when its NFKC case fold differs, which
    /// Foundation then confirms (when `askFoundation`) or is assumed.
    static func classify(_ scalar: Unicode.Scalar, form: Form, askFoundation: Bool) -> Info {
        let properties = scalar.properties
        let combinesBackward =
            properties.canonicalCombiningClass != .notReordered || composesWithPrevious(scalar.value)
        var changesAlone = mayBeCompositionExclusion(scalar.value) && properties.isFullCompositionExclusion
        if form == .nfkc && !changesAlone && properties.changesWhenNFKCCaseFolded {
            if askFoundation {
                let text = String(scalar)
                changesAlone = text.precomposedStringWithCompatibilityMapping != text
            } else {
                changesAlone = true
            }
        }
        return Info(kind: kind(of: scalar.value), combinesBackward: combinesBackward, changesAlone: changesAlone)
    }

    /// Whether `value` may be a full composition exclusion: false only in the BMP outside the
    /// blocks that hold one (U+0300–U+0FFF, U+1F00–U+2AFF, U+F900–U+FB4F), so that building the
    /// table asks the property (a binary search, ~300 instructions) for a third of the BMP.
    /// `ScalarTableTests` checks every BMP scalar against the property.
    @inline(__always)
    static func mayBeCompositionExclusion(_ value: UInt32) -> Bool {
        value >= 0x10000 || value &- 0x0300 < 0x0D00 || value &- 0x1F00 < 0x0C00 || value &- 0xF900 < 0x0250
    }

    /// Scalars of combining class 0 that are the second half of a canonical composition
    /// (NFC_Quick_Check=Maybe), with room for those Unicode 16 added.
    static func composesWithPrevious(_ value: UInt32) -> Bool {
        switch value {
        case 0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57,
            0x0DCF, 0x0DDF, 0x102E, 0x1161...0x1175, 0x11A8...0x11C2, 0x1B35, 0x11127, 0x1133E, 0x11357,
            0x114B0, 0x114BA, 0x114BD, 0x115AF, 0x11930, 0x113B8...0x113C9, 0x1611E...0x16129, 0x16D67...0x16D6A:
            true
        default:
            false
        }
    }

    /// The normaliser's treatment of a non-ASCII scalar, before Unicode normalisation.
    static func kind(of value: UInt32) -> Kind {
        switch value {
        case 0x80...0x9F, 0x200B, 0x2060, 0xFEFF: .ignorable
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: .space
        case 0xAD: .softHyphen
        case 0x2028: .lineBreak
        case 0x2029: .paragraphBreak
        case 0xAB, 0xBB, 0x2010...0x2015, 0x2018...0x201F, 0x2026, 0x2032, 0x2033, 0x2039, 0x203A, 0x2212:
            .typographic
        default: .plain
        }
    }

    /// The ASCII a typographic scalar folds to: `"` for double quotes, guillemets and the double
    /// prime; `'` for single quotes, single guillemets and the prime; `-` for hyphens, dashes and
    /// the minus sign; `...` for the ellipsis.
    static func folded(_ value: UInt32) -> StaticString {
        switch value {
        case 0xAB, 0xBB, 0x201C...0x201F, 0x2033: "\""
        case 0x2018...0x201B, 0x2032, 0x2039, 0x203A: "'"
        case 0x2026: "..."
        default: "-"
        }
    }
}
