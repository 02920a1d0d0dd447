import Foundation
import GlossCore
import GlossText
import Testing

@testable import GlossEntities

/// `Gazetteer.init(table:)`, the prebuilt table a process reads instead of the text: the same
/// gazetteer as the text gives (the bundled pair, and small lists written here the way
/// `scripts/build-gazetteer-table.py` writes them), and a clear error for bytes that are not one.
@Suite struct GazetteerTableTests {
    static let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Stages/Entities/Model")

    /// The table of `text` as the script writes it: each distinct key once, with all its
    /// categories, in the order the text first lists it.
    static func table(_ text: String, version: UInt32 = 1) -> [UInt8] {
        let bytes = Array(text.utf8)
        let (entries, longest) = bytes.withUnsafeBufferPointer { Gazetteer.entries(utf8: $0) }
        var order: [UInt64] = []
        var categories: [UInt64: UInt16] = [:]
        for (key, category) in entries {
            if categories[key] == nil { order.append(key) }
            categories[key, default: 0] |= category
        }
        var table = Array("GLOSSGAZ".utf8)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { table += $0 } }
        for value in [version, UInt32(longest), UInt32(Gazetteer.slotCount(entries: entries.count)), UInt32(order.count)] { append(value) }
        for key in order {
            append(key)
            append(categories[key]!)
        }
        return table
    }

    /// The folded hash of `word`'s bytes (a one-word phrase's key).
    static func key(_ word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) }
    }

    static func read(_ table: [UInt8]) throws -> Gazetteer {
        try table.withUnsafeBytes { try Gazetteer(table: $0) }
    }

    @Test func theBundledTableIsTheBundledText() throws {
        let text = try Data(contentsOf: Self.model.appendingPathComponent("gazetteer.txt"))
        let table = try Data(contentsOf: Self.model.appendingPathComponent("gazetteer.table"))
        let fromText = text.withUnsafeBytes { Gazetteer(utf8: $0.bindMemory(to: UInt8.self)) }
        let fromTable = try table.withUnsafeBytes { try Gazetteer(table: $0) }
        #expect(fromText.count > 150_000)
        // Compared as a Bool: on a mismatch `#expect` would print both tables' 524,288 slots
        // (94 MB of log, 50 s) to say only that the table is stale.
        let tableIsFresh = fromTable == fromText
        #expect(tableIsFresh, "gazetteer.table is stale: run python3 scripts/build-gazetteer-table.py")
        let bundledIsFresh = try Gazetteer.bundled() == fromText
        #expect(bundledIsFresh, "Gazetteer.bundled() is not the text's gazetteer: a stale table, or a stale build")
    }

    @Test func aTableGivesTheTextsSlotsWithRepeatsAndPrefixesMerged() throws {
        let text = "# list\ncity\tnew york\nstate\tnew york\ncity\tnew\ngiven\tnew\ncity\tparis\nsurname\tparis\n"
            + "organization\tbank of new york mellon\ncountry\tgeorgia\nstate\tgeorgia\ncity\tnew york\n"
        let gazetteer = try Self.read(Self.table(text))
        #expect(gazetteer == Gazetteer(text: text))
        #expect(gazetteer.count == 5)
        #expect(gazetteer.longest == 5)
        #expect(gazetteer.categories(Self.key("georgia")) == Gazetteer.country | Gazetteer.state)
        // "new" is listed itself and begins "new york".
        #expect(gazetteer.categories(Self.key("new")) == Gazetteer.city | Gazetteer.givenName | Gazetteer.prefix)
        #expect(try Self.read(Self.table("")) == Gazetteer(text: ""))
    }

    @Test func bytesThatAreNoTableAreRefused() {
        let good = Self.table("city\tparis\ncity\tlyon\n")
        #expect(throws: StageError.self) { try Self.read(Array(good.prefix(20))) }
        #expect(throws: StageError.self) { try Self.read(Array(good.dropLast())) }
        #expect(throws: StageError.self) { try Self.read(Self.table("city\tparis\n", version: 2)) }
        var magic = good
        magic[0] = UInt8(ascii: "X")
        #expect(throws: StageError.self) { try Self.read(magic) }
        var slots = good
        slots[16] = 17  // not a power of two
        #expect(throws: StageError.self) { try Self.read(slots) }
        var category = good
        category[good.count - 2] = 0
        category[good.count - 1] = 0
        #expect(throws: StageError.self) { try Self.read(category) }
        #expect(throws: Never.self) { try Self.read(good) }
    }

    /// A header asking for far more slots than its entries need is refused before anything is
    /// allocated: 24 bytes saying 2³¹ slots and no entries made a process abort on a 32 GB
    /// allocation; at most 32 slots an entry are read.
    @Test func aHeaderAskingForHugeTablesIsRefused() {
        func header(slots: UInt32, entries: UInt32) -> [UInt8] {
            var bytes = Array("GLOSSGAZ".utf8)
            for value in [1, 1, slots, entries] { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
            return bytes
        }
        #expect(throws: StageError.self) { try Self.read(header(slots: 1 << 31, entries: 0)) }
        #expect(throws: StageError.self) { try Self.read(header(slots: 64, entries: 0)) }
        #expect(throws: Never.self) { try Self.read(header(slots: 32, entries: 0)) }
        let good = Self.table("city\tparis\ncity\tlyon\n")
        for slots: UInt32 in [128, 1 << 31] {
            var wide = good
            withUnsafeBytes(of: slots.littleEndian) { wide.replaceSubrange(16..<20, with: $0) }
            #expect(throws: StageError.self) { try Self.read(wide) }
        }
        var wide = good
        withUnsafeBytes(of: UInt32(64).littleEndian) { wide.replaceSubrange(16..<20, with: $0) }
        #expect(throws: Never.self) { try Self.read(wide) }
    }

    /// A table file that cannot be read or is not a table gives an error naming the file.
    @Test func errorsNameTheFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("GazetteerTableTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("gazetteer.table")
        try Data(Self.table("city\tparis\n").prefix(30)).write(to: file)
        #expect(throws: StageError.self) { try Gazetteer(tableAt: file) }
        do { _ = try Gazetteer(tableAt: file) } catch let error as StageError {
            #expect(error.message.contains(file.path) && error.message.contains("not usable"), "\(error.message)")
        }
        let missing = directory.appendingPathComponent("none.table")
        do { _ = try Gazetteer(tableAt: missing) } catch let error as StageError {
            #expect(error.message.contains(missing.path) && error.message.contains("cannot read"), "\(error.message)")
        }
        try Data(Self.table("city\tparis\n")).write(to: file)
        #expect(try Gazetteer(tableAt: file) == Gazetteer(text: "city\tparis\n"))
    }
}
