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

/// The escaper against a reference that escapes byte by byte, on generated hostile text: every
/// byte that needs an escape at every place of every short length, in texts read from every
/// alignment and ending just before memory the process may not read, and long texts.
@Suite struct JSONBytesStringsReferenceTests {
    /// The bytes that need an escape: the C0 controls, quote, backslash and DEL.
    static let escaped: [UInt8] = Array(0..<0x20) + [0x22, 0x5C, 0x7F]

    /// `bytes` quoted as JSON, one byte at a time: the short escapes for quote, backslash, line
    /// feed, carriage return and tab, `\u00xx` for the other controls and DEL, other bytes as
    /// they are (those of 0x80 and up included, whatever sequence they make).
    static func reference(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [0x22]
        for byte in bytes {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20, 0x7F: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return out
    }

    /// What `appendQuoted` writes for `bytes` read at `offset` bytes into a copy, with the last
    /// byte just before a page that may not be read (or the first just after one, when
    /// `atStart`): a read past either end is a crash.
    static func quoted(_ bytes: [UInt8], offset: Int = 0, atStart: Bool = false) -> [UInt8] {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let data = (offset + bytes.count + page - 1) / page * page + page
        guard let raw = mmap(nil, data + 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            raw != MAP_FAILED
        else { fatalError("mmap") }
        defer { munmap(raw, data + 2 * page) }
        mprotect(raw, page, PROT_NONE)
        mprotect(raw + page + data, page, PROT_NONE)
        let start = atStart ? raw + page + offset : raw + page + data - bytes.count
        bytes.withUnsafeBytes { start.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(raw), byteCount: bytes.count) }
        let buffer = JSONBuffer(capacity: 1)
        JSONBytes.appendQuoted(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: bytes.count), to: buffer)
        return buffer.array
    }

    /// Every escaped byte at every place of texts of 0 to 33 bytes (across and at the ends of
    /// words, the text ending at a word's end included), alone and with a second escape after
    /// it, the text read from every alignment and against memory that may not be read.
    @Test func everyEscapeInEveryPlaceOfShortTextsFromEveryAlignment() {
        var generator = SplitMix64(seed: 69)
        for count in 0...33 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: count)
            #expect(Self.quoted(plain) == Self.reference(plain))
            #expect(Self.quoted(plain, atStart: true) == Self.reference(plain))
            for place in 0..<count {
                for escape in Self.escaped {
                    var bytes = plain
                    bytes[place] = escape
                    let offset = Int(generator.next() % 8)
                    #expect(Self.quoted(bytes) == Self.reference(bytes), "\(count) \(place) \(escape)")
                    #expect(Self.quoted(bytes, offset: offset, atStart: true) == Self.reference(bytes), "\(count) \(place) \(escape) \(offset)")
                    for second in place + 1 ..< count {
                        bytes[second] = Self.escaped[Int(generator.next() % UInt64(Self.escaped.count))]
                        #expect(Self.quoted(bytes) == Self.reference(bytes), "\(count) \(place) \(second)")
                        bytes[second] = UInt8(ascii: "a")
                    }
                }
            }
        }
    }

    /// Random texts of 0 to 17 bytes and of a few words, from escaped bytes, bytes of 0x80 and
    /// up in any order (invalid UTF-8), line and paragraph separators, replacement characters
    /// and plain text.
    @Test func randomHostileTextsMatchTheReference() {
        var generator = SplitMix64(seed: 2028)
        let pieces: [[UInt8]] = Self.escaped.map { [$0] } + [
            [UInt8(ascii: "a")], [UInt8(ascii: " ")], [UInt8(ascii: "/")], Array("é".utf8), Array("🙂".utf8),
            Array("\u{2028}".utf8), Array("\u{2029}".utf8), Array("\u{FFFD}".utf8), Array("\u{85}".utf8),
            [0xFF], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xA2], [0xDC], [0x9F],
        ]
        for round in 0..<20_000 {
            let length = round < 18_000 ? Int(generator.next() % 18) : Int(generator.next() % 80)
            var bytes: [UInt8] = []
            while bytes.count < length { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            bytes.removeLast(bytes.count - length)
            let offset = Int(generator.next() % 8)
            #expect(Self.quoted(bytes) == Self.reference(bytes), "\(bytes)")
            #expect(Self.quoted(bytes, offset: offset, atStart: true) == Self.reference(bytes), "\(bytes) \(offset)")
        }
    }

    /// Texts past a megabyte, escapes rare and dense, ending at a word's end and not; as
    /// Strings too (a lone surrogate cannot reach one: decoding makes it U+FFFD).
    @Test func textsPastAMegabyteMatchTheReference() throws {
        var generator = SplitMix64(seed: 1 << 20)
        for (count, rate) in [(1 << 20, 1000), ((1 << 20) + 3, 7), ((1 << 20) + 17, 2)] {
            let bytes = (0..<count).map { _ in
                generator.next() % UInt64(rate) == 0
                    ? Self.escaped[Int(generator.next() % UInt64(Self.escaped.count))]
                    : UInt8(truncatingIfNeeded: 0x20 + generator.next() % 0x5F)
            }
            #expect(Self.quoted(bytes) == Self.reference(bytes), "\(count)")
            let text = String(decoding: bytes, as: UTF8.self)
            let buffer = JSONBuffer(capacity: 16)
            JSONBytes.appendQuoted(text, to: buffer)
            #expect(buffer.array == Self.reference(text.utf8))
            let parsed = try JSONSerialization.jsonObject(with: Data(buffer.array), options: .fragmentsAllowed) as? String
            #expect(parsed == text)
        }
        let lone = String(decoding: [0x61, 0xED, 0xA0, 0x80, 0x22], as: UTF8.self)
        let buffer = JSONBuffer(capacity: 1)
        JSONBytes.appendQuoted(lone, to: buffer)
        #expect(String(decoding: buffer.array, as: UTF8.self) == "\"a\u{FFFD}\u{FFFD}\u{FFFD}\\\"\"")
    }
}
