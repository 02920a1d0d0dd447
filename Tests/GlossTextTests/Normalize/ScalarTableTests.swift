import Foundation
import Testing

@testable import GlossText

@Suite struct ScalarTableTests {
    @Test func bytesAreClassified() {
        let classes = ScalarTable.byteActions
        #expect(classes.count == 256)
        #expect(classes[Int(UInt8(ascii: "a"))] == .word && classes[Int(UInt8(ascii: "("))] == .word)
        #expect(classes[Int(UInt8(ascii: "'"))] == .word && classes[Int(UInt8(ascii: "7"))] == .word)
        for punctuation in ",.;:!?" { #expect(classes[Int(punctuation.asciiValue!)] == .punctuation) }
        #expect(classes[Int(UInt8(ascii: "-"))] == .hyphen && classes[0x20] == .space)
        for whitespace in [0x09, 0x0A, 0x0B, 0x0C, 0x0D] { #expect(classes[whitespace] == .whitespace) }
        for control in [0x00, 0x01, 0x1B, 0x1F, 0x7F] { #expect(classes[control] == .control) }
        for lead in [0x80, 0xC3, 0xE2, 0xF0, 0xFF] { #expect(classes[lead] == .nonASCII) }
    }

    @Test func scalarsHaveTheirKinds() {
        let kinds: [(UInt32, ScalarTable.Kind)] = [
            (0xA0, .space), (0x2003, .space), (0x202F, .space), (0x205F, .space), (0x3000, .space), (0x1680, .space),
            (0x2028, .lineBreak), (0x2029, .paragraphBreak), (0xAD, .softHyphen), (0x80, .ignorable),
            (0x9F, .ignorable), (0x200B, .ignorable), (0x2060, .ignorable), (0xFEFF, .ignorable),
            (0x200C, .plain), (0x200D, .plain), (0xE9, .plain), (0x201C, .typographic), (0x2014, .typographic),
            (0x2026, .typographic), (0x2032, .typographic), (0x1F600, .plain),
        ]
        for (value, kind) in kinds {
            #expect(ScalarTable.nfc.info(value).kind == kind, "U+\(String(value, radix: 16))")
            #expect(ScalarTable.kind(of: value) == kind)
        }
        #expect(ScalarTable.nfc.info(0x41) == ScalarTable.Info(rawValue: 0))
        #expect(ScalarTable.nfc.info(0xE9).rawValue == 0 && ScalarTable.nfc.info(0x4E2D).rawValue == 0)
    }

    /// The checked-in NFC snapshot (`ScalarTable+Snapshot.swift`) is the table the properties
    /// make on this toolchain, entry for entry, and the NFC table in use answers from it: a change
    /// to `classify` or `kind(of:)`, or a standard library with another Unicode version, fails here
    /// until `scripts/build-scalar-tables.sh` is run.
    @Test func theNFCSnapshotIsTheBuiltTable() {
        let built = ScalarTable.builtEntries(form: .nfc)
        #expect(built.count == 0x10000)
        let read = ScalarTable.nfcSnapshot.withUTF8Buffer { ScalarTable.decode($0) }
        #expect(read != nil, "the snapshot does not decode: run scripts/build-scalar-tables.sh")
        if let read {
            let first = built.indices.first { read[$0] != built[$0] }
            if let first {
                let scalar = "U+" + String(first, radix: 16, uppercase: true)
                Issue.record("\(scalar): the snapshot says \(read[first]), the properties \(built[first]): run scripts/build-scalar-tables.sh")
            }
        }
        let differ = (0..<0x10000).filter { ScalarTable.nfc.info(UInt32($0)).rawValue != built[$0] }
        #expect(
            differ.isEmpty,
            "the table in use differs at \(differ.prefix(10).map { "U+" + String($0, radix: 16, uppercase: true) }): run scripts/build-scalar-tables.sh")
    }

    /// The NFC entries are read from runs that fill the BMP, and built from the properties when
    /// they do not (truncated, too long, or a byte that is not a run).
    @Test func runsThatDoNotDecodeGiveWayToTheBuiltEntries() {
        func loaded(_ text: String) -> [UInt8] {
            var text = text
            return text.withUTF8 { ScalarTable.nfcEntries(from: $0) }
        }
        // Compared as Bools, so that a failure prints a line, not 65,536 entries.
        let built = ScalarTable.builtEntries(form: .nfc)
        let readsRuns = loaded("B65536") == [UInt8](repeating: 1, count: 0x10000)
        #expect(readsRuns)
        var snapshot = ScalarTable.nfcSnapshot.description
        snapshot.removeLast(3)
        for bad in ["", "A65535", "A65537", "A65536B1", "A30000?35536", snapshot] {
            let builds = loaded(bad) == built
            #expect(builds, "\(bad.prefix(20))")
        }
    }

    /// `runs` and `decode` round-trip tables of every entry a table may hold (below 32) in runs
    /// of one to thousands; text that is not whole runs filling the BMP exactly is refused.
    @Test func runsReadBackAndMalformedRunsAreRefused() {
        var generator = SystemRandomNumberGenerator()
        func decoded(_ text: String) -> [UInt8]? {
            var text = text
            return text.withUTF8 { ScalarTable.decode($0) }
        }
        var tables: [[UInt8]] = [[UInt8](repeating: 0, count: 0x10000), (0..<0x10000).map { UInt8($0 % 32) }]
        for _ in 0..<4 {
            var table: [UInt8] = []
            while table.count < 0x10000 {
                let length = min(0x10000 - table.count, Int.random(in: 1...3_000, using: &generator))
                table += [UInt8](repeating: UInt8.random(in: 0..<32, using: &generator), count: length)
            }
            tables.append(table)
        }
        for table in tables { #expect(decoded(ScalarTable.runs(table)) == table) }
        #expect(ScalarTable.runs([0, 0, 3, 31, 31, 31]) == "A2D1f3")
        #expect(decoded("A65536") == [UInt8](repeating: 0, count: 0x10000))
        #expect(decoded("A65000D536")?[65_000] == 3)
        for bad in ["", "A65535", "A65537", "A0A65536", "A65536B", "A65536B1", "!65536", "A 65536", "65536", "A65536A",
            "A6553\u{0}6", "A99999999999999999999"]
        {
            #expect(decoded(bad) == nil, "\(bad)")
        }
    }

    @Test func typographicPunctuationFoldsToASCII() {
        func folded(_ value: UInt32) -> String { ScalarTable.folded(value).description }
        let doubleQuotes: [UInt32] = [0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033]
        let singleQuotes: [UInt32] = [0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032]
        let dashes: [UInt32] = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]
        for quote in doubleQuotes { #expect(folded(quote) == "\"") }
        for quote in singleQuotes { #expect(folded(quote) == "'") }
        for dash in dashes { #expect(folded(dash) == "-") }
        #expect(folded(0x2026) == "...")
        // nothing else is typographic
        let typographic = (UInt32(0x80)..<0x10000).filter { ScalarTable.kind(of: $0) == .typographic }
        #expect(Set(typographic) == Set(doubleQuotes + singleQuotes + dashes + [0x2026]))
    }

    @Test func marksAndJamoCombineBackward() {
        for value: UInt32 in [0x301, 0x323, 0x5B8, 0x64E, 0x3099, 0x1161, 0x11A8, 0x0B3E, 0x0DCF, 0x1D165] {
            let info = ScalarTable.nfc.info(value)
            #expect(info.combinesBackward && info.mayChange, "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x1100, 0xE9, 0x0B47, 0xAC00, 0x627] {
            #expect(!ScalarTable.nfc.info(value).combinesBackward, "U+\(String(value, radix: 16))")
        }
    }

    /// The table asks the composition-exclusion property only where it may hold: no BMP scalar
    /// outside those blocks has it.
    @Test func compositionExclusionsLieInTheBlocksAsked() {
        let outside = (UInt32(0)..<0x10000).filter { value in
            guard let scalar = Unicode.Scalar(value) else { return false }
            return scalar.properties.isFullCompositionExclusion && !ScalarTable.mayBeCompositionExclusion(value)
        }
        #expect(outside.isEmpty, "\(outside.prefix(20))")
        for value: UInt32 in [0x0340, 0x0958, 0x2126, 0x2ADC, 0xF900, 0xFB4E, 0x1D15E] {
            #expect(ScalarTable.mayBeCompositionExclusion(value) && ScalarTable.nfc.info(value).mayChange)
        }
        #expect(!ScalarTable.mayBeCompositionExclusion(0x1E00) && !ScalarTable.mayBeCompositionExclusion(0xFB50))
    }

    /// The ranges the table's build skips hold nothing: every BMP scalar's entry is what
    /// `classify` says of it.
    @Test(arguments: [ScalarTable.Form.nfc, .nfkc])
    func everyBMPEntryIsTheScalarsClass(form: ScalarTable.Form) {
        let table = ScalarTable.shared(for: form)
        let differ = (UInt32(0x80)..<0x10000).filter { value in
            guard let scalar = Unicode.Scalar(value) else { return false }
            return table.info(value) != ScalarTable.classify(scalar, form: form, askFoundation: true)
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
    }

    /// Every scalar that NFC (or NFKC) changes on its own is flagged, and every scalar of
    /// combining class 0 that canonical composition joins to the one before combines backward.
    @Test(arguments: [ScalarTable.Form.nfc, .nfkc])
    func theTablesAgreeWithFoundation(form: ScalarTable.Form) {
        let table = ScalarTable.shared(for: form)
        var missed: [String] = []
        for value in UInt32(0x80)..<0x20000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            let normalized =
                form == .nfc
                ? text.precomposedStringWithCanonicalMapping : text.precomposedStringWithCompatibilityMapping
            let info = table.info(value)
            if !normalized.utf8.elementsEqual(text.utf8) && !info.mayChange {
                missed.append("may change U+\(String(value, radix: 16))")
            }
            // a primary composite's second scalar
            let decomposed = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
            if form == .nfc, decomposed.count == 2, normalized.unicodeScalars.elementsEqual([scalar]) {
                if !table.info(decomposed[1].value).combinesBackward {
                    missed.append("combines U+\(String(decomposed[1].value, radix: 16))")
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(20))")
    }
}
