import GlossCore
import Testing

@Suite struct UTF8ValidatorTests {
    func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { UTF8Validator.isValid($0) } }

    @Test func acceptsWellFormedText() {
        #expect(valid([]))
        #expect(valid(Array("plain ASCII that runs past eight bytes".utf8)))
        #expect(valid(Array("Nicolás Maduro — 5 °C, ¥100, 😀 and 中文 at the end".utf8)))
        #expect(valid([0xF4, 0x8F, 0xBF, 0xBF]))  // U+10FFFF
        #expect(valid([0xED, 0x9F, 0xBF]))  // U+D7FF, just below the surrogates
    }

    @Test func rejectsMalformedText() {
        #expect(!valid([0x41, 0xFF, 0x42]))  // a byte UTF-8 never uses
        #expect(!valid([0xC0, 0xAF]))  // overlong "/"
        #expect(!valid([0xE0, 0x80, 0xAF]))  // overlong, three bytes
        #expect(!valid([0xF0, 0x80, 0x80, 0xAF]))  // overlong, four bytes
        #expect(!valid([0xED, 0xA0, 0x80]))  // a surrogate, U+D800
        #expect(!valid([0xF4, 0x90, 0x80, 0x80]))  // above U+10FFFF
        #expect(!valid([0x80]))  // a continuation byte alone
        #expect(!valid(Array("cut short: ".utf8) + [0xE2, 0x80]))  // truncated at the end
        #expect(!valid([0xE2, 0x28, 0xA1]))  // a non-continuation inside
        #expect(!valid(Array("eight bytes then ".utf8) + [0xC3]))
    }

    @Test func findsAnyByteOutOfPlaceWhereverItFallsInTheWideSteps() {
        // 32 and eight bytes at a time: each position of a 72-byte run, for a valid character
        // and for bytes UTF-8 never uses alone.
        for position in 0..<72 {
            for insert: [UInt8] in [[0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xFF], [0xC3], [0xE2, 0x80]] {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 72)
                bytes.replaceSubrange(position..<min(position + insert.count, 72), with: insert)
                #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(insert) at \(position)")
            }
        }
    }

    @Test func agreesWithTheStandardLibrary() {
        // After an ASCII run: every two-byte tail, and three- and four-byte tails over every
        // lead byte with chosen later bytes; the verdict must match String's validation.
        func mismatch(_ tail: [UInt8]) -> Bool {
            let bytes = Array("prefix!!".utf8) + tail
            return valid(bytes) != (String(validating: bytes, as: UTF8.self) != nil)
        }
        var mismatches: [[UInt8]] = []
        for a in 0...255 {
            for b in 0...255 where mismatch([UInt8(a), UInt8(b)]) { mismatches.append([UInt8(a), UInt8(b)]) }
        }
        let later: [UInt8] = [0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0]
        for a in 0xC0...0xFF {
            for b in 0...255 {
                for c in later where mismatch([UInt8(a), UInt8(b), c]) { mismatches.append([UInt8(a), UInt8(b), c]) }
            }
        }
        for a in 0xF0...0xF7 {
            for b in 0x80...0xBF {
                for c in later {
                    for d in later where mismatch([UInt8(a), UInt8(b), c, d]) { mismatches.append([UInt8(a), UInt8(b), c, d]) }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
