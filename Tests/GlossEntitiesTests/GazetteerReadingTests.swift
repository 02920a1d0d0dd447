import Foundation
import GlossText
import Testing

@testable import GlossEntities

/// `Gazetteer.entries(utf8:)`, the one-pass byte reader, against the format read the plain way
/// (lines, then tab-separated fields, then space-separated words), on awkward lines and on the
/// whole bundled list.
@Suite struct GazetteerReadingTests {
    /// The entries as splitting lines, fields and words gives them.
    static func plainEntries(_ bytes: [UInt8]) -> (entries: [(UInt64, UInt16)], longest: Int) {
        let names: [String: UInt16] = [
            "country": Gazetteer.country, "state": Gazetteer.state, "city": Gazetteer.city, "continent": Gazetteer.continent,
            "demonym": Gazetteer.demonym, "given": Gazetteer.givenName, "surname": Gazetteer.surname,
            "organization": Gazetteer.organization, "company": Gazetteer.company, "orgword": Gazetteer.organizationWord,
            "orgcue": Gazetteer.organizationCue,
        ]
        var entries: [(UInt64, UInt16)] = []
        var longest = 1
        for line in bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: 0x09)
            guard fields.count == 2, let category = names[String(decoding: fields[0], as: UTF8.self)] else { continue }
            let words = fields[1].split(separator: 0x20)
            guard !words.isEmpty else { continue }
            var hash = WordHash.basis
            for (position, word) in words.enumerated() {
                if position > 0 { entries.append((hash, Gazetteer.prefix)) }
                let wordHash = Array(word).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) }
                hash = position == 0 ? wordHash : WordHash.extend(hash, with: wordHash)
            }
            longest = max(longest, min(words.count, 8))
            entries.append((hash, category))
        }
        return (entries, longest)
    }

    static func check(_ bytes: [UInt8]) -> Bool {
        let plain = plainEntries(bytes)
        let read = bytes.withUnsafeBufferPointer { Gazetteer.entries(utf8: $0) }
        return read.longest == plain.longest && read.entries.map(\.0) == plain.entries.map(\.0)
            && read.entries.map(\.1) == plain.entries.map(\.1)
    }

    @Test func awkwardLines() {
        let lines = [
            "city\tnew york", "\t\tcity\t\tnew  york \t", "city\ttoo\tmany", "city\t", "city", "bogus\tx", "#city\tx",
            "\t#city\tx", "city x\ty", "state\t a  b\u{0B}c d e f g h i j ", "given\tÉlise", "city\t\t\t", "\n\r\r\n", "country\tx\ty\t",
            "surname\tO'Brien\u{0C}", "orgcue\tshares", "",
        ]
        for separator in ["\n", "\r\n", "\r"] {
            let text = lines.joined(separator: separator)
            #expect(Self.check(Array(text.utf8)), "\(separator.debugDescription)")
            #expect(Self.check(Array((text + separator).utf8)))
        }
    }

    @Test func theBundledListReadsAsThePlainWayReadsIt() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Stages/Entities/Model/gazetteer.txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(bytes.count > 1_000_000)
        #expect(Self.check(bytes))
    }
}
