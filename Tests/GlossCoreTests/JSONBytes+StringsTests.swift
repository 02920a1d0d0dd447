import Foundation
import Testing

@testable import GlossCore

@Suite struct JSONBytesStringsTests {
    @Test func aWordNeedsAnEscapeJustWhenOneOfItsBytesDoes() {
        // every byte value in every lane, among bytes that need none
        for lane in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[lane] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONBytes.wordNeedsEscape(word) == JSONBytes.needsEscape(UInt8(value)))
            }
        }
        var generator = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let word = generator.next()
            let bytes = withUnsafeBytes(of: word) { Array($0) }
            #expect(JSONBytes.wordNeedsEscape(word) == bytes.contains(where: JSONBytes.needsEscape))
        }
    }

    @Test func stringsWithEscapesAnywhereParseBack() throws {
        var generator = SplitMix64(seed: 5)
        let pieces = ["a", "é", "🙂", "\"", "\\", "\n", "\u{1}", "\u{7F}", "long run of plain text "]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let buffer = JSONBuffer(capacity: 16)
            JSONBytes.appendQuoted(text, to: buffer)
            let parsed = try JSONSerialization.jsonObject(with: Data(buffer.array), options: .fragmentsAllowed) as? String
            #expect(parsed == text)
        }
    }

    /// The scan finds the first byte that needs an escape wherever it lies, the tail of a text
    /// of eight bytes or more (checked as its last eight, overlapping) included.
    @Test func theFirstEscapeIsFoundInEveryPlaceOfEveryShortLength() {
        for count in 0...40 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: count)
            plain.withUnsafeBufferPointer { #expect(JSONBytes.firstEscape(in: $0.baseAddress!, count: count) == count) }
            for place in 0..<count {
                for escape in [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A, 0x7F] {
                    var bytes = plain
                    bytes[place] = escape
                    if place + 3 < count { bytes[place + 3] = UInt8(ascii: "\"") }
                    bytes.withUnsafeBufferPointer {
                        #expect(JSONBytes.firstEscape(in: $0.baseAddress!, count: count) == place, "\(count) \(place)")
                    }
                }
            }
        }
    }
}
