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

/// The validator against the standard library on random and hostile byte strings.
@Suite struct UTF8ValidatorRandomTests {
    /// Runs of ASCII with valid characters, stray continuation bytes, truncated and overlong
    /// sequences, surrogates, bytes above U+10FFFF and NULs, at every alignment and length.
    @Test func agreesWithTheStandardLibraryOnHostileBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            [0x41], [0x00], [0x7F], [0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xBF], [0xC0, 0x80],
            [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xC3], [0xE2, 0x80],
            [0xF0, 0x9F, 0x98], [0xEF, 0xBB, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
        ]
        var wrong: [[UInt8]] = []
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let ascii = Int.random(in: 0...70, using: &generator)
            bytes += (0..<ascii).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
            if Bool.random(using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            bytes += (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
            if Int.random(in: 0..<3, using: &generator) == 0 { bytes += pieces.randomElement(using: &generator)! }
            let shift = Int.random(in: 0...7, using: &generator)
            let padded = [UInt8](repeating: 0x41, count: shift) + bytes
            let verdict = padded.withUnsafeBufferPointer { UTF8Validator.isValid(UnsafeBufferPointer(rebasing: $0[shift...])) }
            if verdict != (String(validating: bytes, as: UTF8.self) != nil) { wrong.append(bytes) }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(2))")
    }
}
