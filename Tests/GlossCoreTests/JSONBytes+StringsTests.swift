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

    /// The lowest lane `escapeLanes` flags is the first byte that needs an escape, whatever
    /// follows it (the lanes above may be flagged wrongly, never the lowest).
    @Test func theLowestFlaggedLaneIsTheFirstEscape() {
        var generator = SplitMix64(seed: 23)
        let awkward: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0x9F, 0xA2, 0xDC, 0xFF]
        for _ in 0..<50_000 {
            // bytes drawn mostly from around the escaped values, where borrows cross lanes
            let bytes = (0..<8).map { _ in
                generator.next() % 3 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : awkward[Int(generator.next() % UInt64(awkward.count))]
            }
            let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            let lanes = JSONBytes.escapeLanes(word)
            let first = bytes.firstIndex(where: JSONBytes.needsEscape)
            #expect((lanes == 0 ? nil : lanes.trailingZeroBitCount / 8) == first, "\(bytes)")
        }
    }

    /// Each byte is written as JSON text that reads back as that byte: the short escapes for
    /// quote, backslash, line feed, carriage return and tab, `\u00XX` for the other controls
    /// and DEL, the byte itself otherwise.
    @Test func everyByteIsEscapedAsJSONReadsIt() throws {
        for value in 0...255 {
            let byte = UInt8(value)
            let buffer = JSONBuffer(capacity: 1)
            JSONBytes.appendEscaped(byte, to: buffer)
            let expected: String
            switch byte {
            case UInt8(ascii: "\""): expected = "\\\""
            case UInt8(ascii: "\\"): expected = "\\\\"
            case 0x0A: expected = "\\n"
            case 0x0D: expected = "\\r"
            case 0x09: expected = "\\t"
            case 0..<0x20, 0x7F: expected = "\\u00" + String(format: "%02x", value)
            default: expected = ""
            }
            if expected.isEmpty {
                #expect(buffer.array == [byte])
            } else {
                #expect(String(decoding: buffer.array, as: UTF8.self) == expected)
            }
            if value < 0x80 {
                let quoted = "\"" + String(decoding: buffer.array, as: UTF8.self) + "\""
                let parsed = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
                #expect(parsed == String(UnicodeScalar(byte)))
            }
        }
    }

    /// Strings thick with escapes (every byte one, escapes back to back, escapes after runs of
    /// every length) parse back to themselves.
    @Test func backToBackEscapesAndRunsOfEveryLengthParseBack() throws {
        for run in 0...70 {
            for escape in ["\n", "\"", "\\", "\u{1}", "\u{7F}", "\r\n"] {
                let text = String(repeating: "x", count: run) + escape + escape + String(repeating: "é", count: run % 5) + escape
                let buffer = JSONBuffer(capacity: 1)
                JSONBytes.appendQuoted(text, to: buffer)
                let parsed = try JSONSerialization.jsonObject(with: Data(buffer.array), options: .fragmentsAllowed) as? String
                #expect(parsed == text, "\(run)")
            }
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
