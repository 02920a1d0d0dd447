import Testing

@testable import GlossNumbers

/// The checked-in unit snapshot is what the builders make, and the tables read from it answer
/// as the built ones do.
@Suite struct UnitSnapshotTests {
    /// `UnitSnapshot+Text.swift` holds `render()`'s text byte for byte: a table changed in
    /// `UnitTable`, `CurrencyCatalog`, `MetricUnits` or `CompoundUnits` without running
    /// `scripts/build-unit-snapshot.sh` fails here, naming the first line that differs.
    @Test func theCheckedInTextIsTheBuildersRendering() {
        let rendered = UnitSnapshot.render()
        let (stored, made) = (UnitSnapshot.text.split(separator: "\n"), rendered.split(separator: "\n"))
        let first = stored.indices.first { $0 < made.count && stored[$0] != made[$0] }
        #expect(first == nil, "line \(first ?? 0): '\(first.map { stored[$0] } ?? "")', the builders make '\(first.map { made[$0] } ?? "")'")
        #expect(stored.count == made.count)
        #expect(UnitSnapshot.text == rendered, "run scripts/build-unit-snapshot.sh")
    }

    /// Every key of the built `suffixes` has its unit in the loaded `suffixBytes` and there are
    /// no others; the reach set, the start edges, the longest key and the symbols are those
    /// the old builders made from the same keys.
    @Test func theLoadedTablesAnswerAsTheBuiltOnes() {
        let built = UnitTable.suffixes
        #expect(UnitTable.suffixBytes.count == built.count)
        let line = UnitSnapshot.line(of:)
        #expect(built.filter { UnitTable.suffixBytes[$0.key].map(line) != line($0.value) }.map(\.key) == [])
        #expect(Set(UnitTable.suffixUnits.map(line)) == Set(built.values.map(line)))
        #expect(UnitTable.suffixUnits.count == Set(built.values.map(line)).count)
        let reach = UnitTable.reach(UnitTable.suffixKeysRead, last: false)
        #expect(UnitTable.suffixReach.count == reach.count)
        var bytes: [UInt8] = []
        var missing: [String] = []
        for key in UnitTable.suffixKeysRead {
            ByteSet.keyBytes(key, lowercasing: true, into: &bytes)
            bytes.withUnsafeBufferPointer { key in
                for length in stride(from: 1, through: key.count, by: 1)
                where !UnitTable.suffixReach.contains(key.baseAddress!, count: length) || !reach.contains(key.baseAddress!, count: length) {
                    missing.append(String(decoding: key[..<length], as: UTF8.self))
                }
            }
        }
        #expect(missing == [])
        let starts = UnitTable.Edges(UnitTable.suffixKeysRead, last: false)
        #expect(UnitTable.suffixStarts.shapes == starts.shapes)
        var turnedAway: [String] = []
        UnitTable.Edges.forEachToken(of: UnitTable.suffixKeysRead, last: false) { token in
            let base = token.baseAddress!
            if !UnitTable.suffixStarts.admits(base, from: 0, to: token.count)
                || UnitTable.suffixStarts.contains(base, from: 0, to: token.count) != starts.contains(base, from: 0, to: token.count)
            {
                turnedAway.append(String(decoding: token, as: UTF8.self))
            }
        }
        #expect(turnedAway == [])
        #expect(UnitTable.longestSuffix == UnitTable.mostWords(built.keys))
        #expect(UnitTable.symbols == UnitTable.builtSymbols)
    }

    /// `Unit` stays without `Hashable`/`Equatable`: with them the numbers stage's warm pass cost
    /// 6% more instructions (review24: an -O -wmo build of GlossNumbers, callgrind, Reuters
    /// reut2-000's bodies, 120.50M against 112.96M a pass), through the optimizer's copies of
    /// `MentionReader.Quantity`, not through any table.
    @Test func aUnitIsNeitherHashableNorEquatable() {
        #expect(!(UnitTable.Unit.self is any Hashable.Type))
        #expect(!(UnitTable.Unit.self is any Equatable.Type))
    }

    /// A small text by hand: units with and without a currency, flags, a negative power, a
    /// key beyond ASCII stored composed and found from its decomposed spelling too, an empty
    /// section.
    @Test func aSmallTextLoadsEveryField() {
        let text = """
            units 3
            money\tdollar\tUSD\t0\t-
            dimension\tmeter\t\t0\tcf
            money\tmillion rand\tZAR\t-2\tws
            keys 4
            $\t0
            m\t1
            r\t2
            \u{E9}cu\t0
            reach 2
            m
            \u{E9}cu
            starts 1
            m
            symbols 0
            longest 3
            """
        let tables = UnitSnapshot.load(text)
        #expect(tables.units.count == 3)
        #expect(tables.suffixBytes["$"]?.currency == "USD" && tables.suffixBytes["$"]?.caseSensitive == false)
        let meter = tables.suffixBytes["m"]
        #expect(meter?.kind == .dimension && meter?.currency == nil && meter?.caseSensitive == true && meter?.fusedOnly == true)
        let rand = tables.suffixBytes["r"]
        #expect(rand?.power == -2 && rand?.isWordCode == true && rand?.needsScale == true && rand?.fusedOnly == false)
        #expect(tables.suffixBytes["e\u{301}cu"]?.name == "dollar")
        #expect(tables.suffixBytes["M"] == nil && tables.suffixBytes.count == 4)
        #expect(tables.suffixReach.contains("\u{E9}c") && tables.suffixReach.contains("m") && !tables.suffixReach.contains("c"))
        let m = Array("m".utf8)
        #expect(m.withUnsafeBufferPointer { tables.suffixStarts.contains($0.baseAddress!, from: 0, to: 1) })
        #expect(tables.symbols.isEmpty && tables.longestSuffix == 3)
    }
}

/// The reach section's keys share their starts with the key before them; the loader adds only
/// the starts it has not seen, and the set is the one every start of every key makes, in any
/// order of the lines.
@Suite struct UnitSnapshotReachTests {
    static func text(reach keys: [String]) -> String {
        (["units 1", "percent\t%\t\t0\t-", "keys 1", "%\t0", "reach \(keys.count)"] + keys
            + ["starts 0", "symbols 0", "longest 1"]).joined(separator: "\n")
    }

    @Test func sharedStartsAreAddedOnceInAnyOrder() {
        let keys = ["km", "kmh", "kilometre", "kilo", "m", "mi", "mile", "miles", "\u{E9}cu", "\u{E9}cus", "k"]
        let orders = [keys, keys.sorted(), keys.sorted().reversed(), ["kmh", "km", "k", "kilo", "kilometre", "miles", "mi", "m", "mile", "\u{E9}cus", "\u{E9}cu"]]
        let expected = ByteSet(prefixesOf: keys, last: false)
        for order in orders {
            let reach = UnitSnapshot.load(Self.text(reach: order)).suffixReach
            #expect(reach.count == expected.count, "\(order)")
            var bytes: [UInt8] = []
            for key in keys {
                ByteSet.keyBytes(key, lowercasing: false, into: &bytes)
                for length in 1...bytes.count {
                    let start = bytes.withUnsafeBufferPointer { reach.contains($0.baseAddress!, count: length) }
                    #expect(start, "\(order): \(String(decoding: bytes[..<length], as: UTF8.self))")
                }
            }
            for other in ["kmhs", "x", "mil", "kilometres", "c"] where !keys.contains(where: { $0.hasPrefix(other) }) {
                #expect(!reach.contains(other), "\(order): \(other)")
            }
        }
    }

    @Test func sharedStartsCountTheBytesTwoLinesBeginWith() {
        func shared(_ a: String, _ b: String) -> Int {
            var a = Array(a.utf8), b = Array(b.utf8)
            return a.withUnsafeMutableBufferPointer { a in
                b.withUnsafeMutableBufferPointer { b in UnitSnapshot.Lines.sharedStart(UnsafeBufferPointer(a), UnsafeBufferPointer(b)) }
            }
        }
        #expect(shared("kilometre", "kilogram") == 4)
        #expect(shared("km", "kmh") == 2 && shared("kmh", "km") == 2)
        #expect(shared("mile", "km") == 0 && shared("", "km") == 0 && shared("km", "") == 0)
        #expect(shared("\u{E9}cu", "\u{E8}cu") == 1)  // one byte of two in common
        #expect(shared("miles", "miles") == 5)
    }
}

/// The reach section loaded with its shared starts skipped against the same lines loaded with
/// every start added (the load before the skip), for the checked-in text and for sections whose
/// keys share nothing, run into one another, repeat, or are absent (review95).
@Suite struct UnitSnapshotReachAgainstFullLoadTests {
    /// The reach section's lines of `text`.
    static func reachLines(_ text: String) -> [[UInt8]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("reach ") }), let count = Int(lines[header].dropFirst(6)) else {
            return []
        }
        return lines[(header + 1)..<(header + 1 + count)].map { Array($0.utf8) }
    }

    /// Every start of every line added, none skipped: what the load did before the skip.
    static func fullLoad(_ keys: [[UInt8]]) -> ByteSet {
        ByteSet(capacity: 8 * keys.count) { set in
            for var key in keys {
                key.append(0)  // a valid pointer for an empty line
                key.withUnsafeBufferPointer { set.addPrefixes(of: $0.baseAddress!, count: $0.count - 1) }
            }
        }
    }

    /// The sets hold the same starts: as many, and each start of each line in both.
    static func expectSame(_ loaded: ByteSet, _ full: ByteSet, _ keys: [[UInt8]], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(loaded.count == full.count, sourceLocation: sourceLocation)
        var missing: [String] = []
        for key in keys {
            key.withUnsafeBufferPointer { key in
                for length in stride(from: 1, through: key.count, by: 1)
                where !loaded.contains(key.baseAddress!, count: length) || !full.contains(key.baseAddress!, count: length) {
                    missing.append(String(decoding: key[..<length], as: UTF8.self))
                }
            }
        }
        #expect(missing == [], sourceLocation: sourceLocation)
    }

    @Test func theCheckedInSectionLoadsAsEveryStartAdded() {
        let keys = Self.reachLines(UnitSnapshot.text)
        #expect(keys.count > 4_000)
        Self.expectSame(UnitSnapshot.loaded.suffixReach, Self.fullLoad(keys), keys)
        Self.expectSame(UnitSnapshot.load(UnitSnapshot.text).suffixReach, Self.fullLoad(keys), keys)
    }

    @Test func sectionsOfEveryShapeLoadAsEveryStartAdded() {
        let sections: [[String]] = [
            [],  // an empty section
            ["a", "b", "c"],  // nothing shared
            ["k", "km", "kmh", "kmhx"],  // each key the start of the next
            ["kmhx", "kmh", "km", "k"],  // each the start of the one before
            ["km", "km", "km"],  // equal keys
            ["", "a", "", "ab", ""],  // empty lines between keys
            ["abc", "abd", "ab", "abde", "b", "abcd"],  // shared starts of every length, out of order
            ["\u{E9}cu", "\u{E9}", "\u{E8}cu", "\u{E8}c"],  // a shared first byte of a two-byte scalar
        ]
        for keys in sections {
            let text = UnitSnapshotReachTests.text(reach: keys)
            let lines = Self.reachLines(text)
            #expect(lines.count == keys.count, "\(keys)")
            Self.expectSame(UnitSnapshot.load(text).suffixReach, Self.fullLoad(lines), lines)
        }
    }

    /// A text cut inside its reach section stops the process at the next header, as the load
    /// before the skip did: past the end a line reads as empty, and the `starts` header is missing.
    @Test func aTextCutInsideTheReachSectionStops() async {
        await #expect(processExitsWith: .failure) {
            _ = UnitSnapshot.load("units 1\npercent\t%\t\t0\t-\nkeys 1\n%\t0\nreach 3\nkm\nkmh")
        }
    }
}

/// The snapshot's fields read from bytes give what reading them as `String`s gave.
@Suite struct UnitSnapshotFieldTests {
    @Test func integersReadAsIntReadsThem() {
        for text in ["0", "-0", "7", "-2", "+5", "0012", "123456789012345678", "-123456789012345678", "9223372036854775807", "-9223372036854775808"] {
            var bytes = Array(text.utf8)
            bytes.append(0)
            let value = bytes.withUnsafeBufferPointer { UnitSnapshot.Lines.int(UnsafeBufferPointer(rebasing: $0[..<($0.count - 1)])) }
            #expect(value == Int(text), "\(text)")
        }
    }

    @Test func everyKindIsReadByItsName() {
        for kind in NumberMention.Kind.allCases {
            let text = "units 1\n\(kind.rawValue)\tx\t\t3\t-\nkeys 1\nx\t0\nreach 0\nstarts 0\nsymbols 0\nlongest 1"
            let tables = UnitSnapshot.load(text)
            #expect(tables.units.first?.kind == kind && tables.units.first?.power == 3, "\(kind)")
        }
    }
}
