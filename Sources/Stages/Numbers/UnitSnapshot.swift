/// The unit tables the reader reads (`UnitTable.suffixBytes`, `suffixReach`, `suffixStarts`,
/// `longestSuffix`, `suffixUnits`, `symbols`), stored as text in `UnitSnapshot+Text.swift`,
/// which `scripts/build-unit-snapshot.sh` writes from `render()`. The builders behind
/// `UnitTable.suffixes` (CLDR's currencies by name and sign, SI prefixes on metric units,
/// compound units, tokenising keys for their edges) then run only there and in tests.
///
/// Requires: the checked-in `text` to be what `render()` makes of the builders
/// (`UnitSnapshotTests` checks it byte for byte, and that the loaded tables answer as the
/// built ones). Provides: `loaded`, the tables read from `text`. Costs: once a process, one
/// pass over the text's lines, one `ByteTable` insert per key and per start of a key, one
/// `String` per distinct unit and symbol: no `Dictionary` of keys, no tokenising, no
/// case folding of `String`s (the builders cost some 90 million instructions, the reading
/// a few).
///
/// The text is five sections, each a header `name count` and `count` lines: `units` (kind,
/// name, currency, power, flags; tab-separated), `keys` (a key in canonical composition, tab,
/// its unit's line in `units`), `reach` (each key the reader reads, lowercased: their starts
/// make `suffixReach`), `starts` (the tokens `UnitTable.Edges.forEachToken` finds at their
/// starts) and `symbols` (name, tab, symbol); then `longest N`.
enum UnitSnapshot {
    typealias Unit = UnitTable.Unit

    /// The tables read from the text.
    struct Tables: Sendable {
        var units: [Unit]
        var suffixBytes: ByteTable<Unit>
        var suffixReach: ByteSet
        var suffixStarts: UnitTable.Edges
        var symbols: [String: String]
        var longestSuffix: Int
    }

    /// The tables of the checked-in text, read the first time a reader asks for them.
    static let loaded: Tables = load(text)

    /// `text`'s tables.
    static func load(_ text: String) -> Tables {
        var text = text
        return text.withUTF8 { load(Lines(bytes: $0)) }
    }

    private static func load(_ lines: Lines) -> Tables {
        var lines = lines
        let unitCount = lines.header("units")
        var units: [Unit] = []
        units.reserveCapacity(unitCount)
        for _ in 0..<unitCount { units.append(unit(lines.next())) }
        let keys = lines.header("keys")
        let suffixBytes = ByteTable<Unit>(capacity: keys) { table in
            for _ in 0..<keys {
                let (key, index) = Lines.split(lines.next())
                table.add(key.baseAddress!, count: key.count, units[Lines.int(index)])
            }
        }
        let reachKeys = lines.header("reach")
        let suffixReach = ByteSet(capacity: 8 * reachKeys) { set in
            // the starts a key shares with the key before it are in the set already: the
            // section is sorted, so most of each key's starts are (34,919 of the checked-in
            // section's 50,512: skipping their look-ups cut `addPrefixes` by 2.2 million
            // instructions and the load by 1.8 million at every process start, callgrind of
            // the seed run)
            var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            for _ in 0..<reachKeys {
                let key = lines.next()
                set.addPrefixes(of: key.baseAddress!, count: key.count, known: Lines.sharedStart(key, previous))
                previous = key
            }
        }
        let startCount = lines.header("starts")
        var starts = UnitTable.Edges.Builder(capacity: startCount)
        for _ in 0..<startCount { starts.add(lines.next()) }
        let symbolCount = lines.header("symbols")
        var symbols: [String: String] = Dictionary(minimumCapacity: symbolCount)
        for _ in 0..<symbolCount {
            let (name, symbol) = Lines.split(lines.next())
            symbols[Lines.string(name)] = Lines.string(symbol)
        }
        return Tables(
            units: units, suffixBytes: suffixBytes, suffixReach: suffixReach, suffixStarts: UnitTable.Edges(starts),
            symbols: symbols, longestSuffix: lines.header("longest"))
    }

    /// A unit from its line: kind, name, currency (empty for none), power, flags (`c` case
    /// sensitive, `f` fused only, `w` word code, `s` needs a scale; `-` for none).
    ///
    /// The fields are found in one pass over the line and the kind by its bytes: splitting the
    /// line into an array of slices and making a `String` of the kind cost about 3,700
    /// instructions a line, 6.9 million for the 1,847 units at every start.
    private static func unit(_ line: UnsafeBufferPointer<UInt8>) -> Unit {
        let tab = UInt8(ascii: "\t")
        var tabs = 0
        for byte in line where byte == tab { tabs += 1 }
        precondition(tabs == 4, "UnitSnapshot: a unit line of \(tabs + 1) fields")
        var start = 0
        func nextField() -> UnsafeBufferPointer<UInt8> {
            var end = start
            while end < line.count && line[end] != tab { end += 1 }
            defer { start = end + 1 }
            return UnsafeBufferPointer(rebasing: line[start..<end])
        }
        let kindField = nextField()
        guard let kind = kinds.first(where: { $0.bytes.elementsEqual(kindField) })?.kind else {
            preconditionFailure("UnitSnapshot: no kind '\(Lines.string(kindField))'")
        }
        var unit = Unit(kind: kind, name: Lines.string(nextField()))
        let currency = nextField()
        unit.currency = currency.isEmpty ? nil : Lines.string(currency)
        unit.power = Lines.int(nextField())
        let flags = nextField()
        unit.caseSensitive = flags.contains(UInt8(ascii: "c"))
        unit.fusedOnly = flags.contains(UInt8(ascii: "f"))
        unit.isWordCode = flags.contains(UInt8(ascii: "w"))
        unit.needsScale = flags.contains(UInt8(ascii: "s"))
        return unit
    }

    /// Each kind with the bytes of its name, as unit lines write it.
    private static let kinds = NumberMention.Kind.allCases.map { (bytes: Array($0.rawValue.utf8), kind: $0) }

    /// The lines of the text, read in order from its bytes.
    struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        /// The next line, without its line break (empty past the end).
        mutating func next() -> UnsafeBufferPointer<UInt8> {
            let start = at
            while at < bytes.count && bytes[at] != UInt8(ascii: "\n") { at += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<at])
            if at < bytes.count { at += 1 }
            return line
        }

        /// The count in the next line, a section's header `name count`.
        mutating func header(_ name: String) -> Int {
            let line = Self.string(next())
            let parts = line.split(separator: " ")
            guard parts.count == 2, parts[0] == name, let count = Int(parts[1]), count >= 0 else {
                preconditionFailure("UnitSnapshot: '\(line)' where the section '\(name)' should start")
            }
            return count
        }

        /// A line's two fields, before and after its first tab.
        static func split(_ line: UnsafeBufferPointer<UInt8>) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else {
                preconditionFailure("UnitSnapshot: a line without a tab: '\(string(line))'")
            }
            return (UnsafeBufferPointer(rebasing: line[..<tab]), UnsafeBufferPointer(rebasing: line[(tab + 1)...]))
        }

        static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

        /// How many bytes `line` and `other` have in common at their starts.
        static func sharedStart(_ line: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Int {
            var count = 0
            let most = min(line.count, other.count)
            while count < most && line[count] == other[count] { count += 1 }
            return count
        }

        /// A decimal integer, `-` first for a negative one: read from the bytes when it is at
        /// most 18 digits (no `String` made), else as `Int(_: String)` reads it.
        static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let negative = bytes.first == UInt8(ascii: "-")
            let digits = bytes.dropFirst(negative ? 1 : 0)
            if !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) {
                let value = digits.reduce(0) { $0 * 10 + Int($1 &- UInt8(ascii: "0")) }
                return negative ? -value : value
            }
            guard let value = Int(string(bytes)) else { preconditionFailure("UnitSnapshot: no number '\(string(bytes))'") }
            return value
        }
    }
}

extension UnitSnapshot {
    /// The snapshot text of the builders' tables: what `text` must be.
    static func render() -> String {
        let keys = UnitTable.suffixes.map { (bytes: Array(ByteSet.composed($0.key).utf8), unit: $0.value) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        var units: [Unit] = []
        var index: [String: Int] = [:]  // by the unit's line: `Unit` is not `Hashable`
        for key in keys where index[line(of: key.unit)] == nil {
            index[line(of: key.unit)] = units.count
            units.append(key.unit)
        }
        var reach: [[UInt8]] = []
        for key in UnitTable.suffixKeysRead {
            var bytes: [UInt8] = []
            ByteSet.keyBytes(key, lowercasing: true, into: &bytes)
            reach.append(bytes)
        }
        var starts: [[UInt8]] = []
        UnitTable.Edges.forEachToken(of: UnitTable.suffixKeysRead, last: false) { starts.append(Array($0)) }
        let symbols = UnitTable.builtSymbols.map { (name: Array($0.key.utf8), symbol: Array($0.value.utf8)) }
            .sorted { $0.name.lexicographicallyPrecedes($1.name) }
        var lines = ["units \(units.count)"] + units.map(line(of:))
        lines += ["keys \(keys.count)"] + keys.map { text($0.bytes) + "\t\(index[line(of: $0.unit)]!)" }
        lines += section("reach", sortedOnce(reach))
        lines += section("starts", sortedOnce(starts))
        lines += ["symbols \(symbols.count)"] + symbols.map { text($0.name) + "\t" + text($0.symbol) }
        lines.append("longest \(UnitTable.mostWords(UnitTable.suffixes.keys))")
        for line in lines { precondition(storable(line), "UnitSnapshot: the line '\(line)' cannot be stored") }
        return lines.joined(separator: "\n")
    }

    /// The Swift source file that holds `render()`'s text.
    static func sourceFile() -> String {
        """
        // Generated by scripts/build-unit-snapshot.sh from the builders of UnitTable (see
        // UnitSnapshot.swift); do not edit. UnitSnapshotTests checks it is up to date.
        // Currency names and signs come from CLDR (Unicode licence; see CurrencyCatalog+CLDR.swift).

        extension UnitSnapshot {
            /// `render()`'s text, read by `load(_:)`.
            static let text = #\"\"\"

        """ + render() + "\n\"\"\"#\n}\n"
    }

    /// A unit's line in the `units` section: every field of it, so two units are the same
    /// unit exactly when their lines are equal (what tests compare).
    static func line(of unit: Unit) -> String {
        precondition(unit.currency != "", "UnitSnapshot: an empty currency code")
        var flags = ""
        if unit.caseSensitive { flags += "c" }
        if unit.fusedOnly { flags += "f" }
        if unit.isWordCode { flags += "w" }
        if unit.needsScale { flags += "s" }
        return [unit.kind.rawValue, unit.name, unit.currency ?? "", "\(unit.power)", flags.isEmpty ? "-" : flags]
            .joined(separator: "\t")
    }

    private static func section(_ name: String, _ entries: [[UInt8]]) -> [String] {
        ["\(name) \(entries.count)"] + entries.map(text)
    }

    /// `entries` in byte order, each once.
    private static func sortedOnce(_ entries: [[UInt8]]) -> [[UInt8]] {
        var sorted: [[UInt8]] = []
        for entry in entries.sorted(by: { $0.lexicographicallyPrecedes($1) }) where sorted.last != entry { sorted.append(entry) }
        return sorted
    }

    private static func text(_ bytes: [UInt8]) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            preconditionFailure("UnitSnapshot: bytes that are no UTF-8: \(bytes)")
        }
        return text
    }

    /// Whether a line survives a raw multi-line string literal as written: no line break, no
    /// empty line, no space or tab at either end, nothing that ends the literal or escapes.
    private static func storable(_ line: String) -> Bool {
        let edges: Set<Character> = [" ", "\t"]
        return !line.isEmpty && !line.contains(where: \.isNewline) && !edges.contains(line.first!) && !edges.contains(line.last!)
            && !line.contains("\"\"\"#") && !line.contains("\\#")
    }
}
