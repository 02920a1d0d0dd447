@testable import GlossCore
import Testing

@Suite struct ScalarOffsetIndexTests {
    @Test func asciiIsTheIdentity() {
        let index = ScalarOffsetIndex(text: "plain ascii")
        #expect(index.scalarOffset(ofByte: 0) == 0 && index.scalarOffset(ofByte: 11) == 11)
    }

    @Test func countsScalarsNotBytes() {
        let text = "é“x”🙂!"  // 2 + 3 + 1 + 3 + 4 + 1 bytes
        let index = ScalarOffsetIndex(text: text)
        #expect(index.scalarOffset(ofByte: 2) == 1)
        #expect(index.scalarOffset(ofByte: 5) == 2)
        #expect(index.scalarOffset(ofByte: 9) == 4)
        #expect(index.scalarOffset(ofByte: 13) == 5)
        #expect(index.scalarOffset(ofByte: 14) == 6)
    }

    @Test func agreesWithTheStandardLibraryOnLongText() {
        let text = String(repeating: "Año 2025 – “cañón” 🙂 naïve ", count: 40)
        let index = ScalarOffsetIndex(text: text)
        var bytes = 0
        var scalars = 0
        for scalar in text.unicodeScalars {
            #expect(index.scalarOffset(ofByte: bytes) == scalars)
            bytes += String(scalar).utf8.count
            scalars += 1
        }
        #expect(index.scalarOffset(ofByte: bytes) == scalars)
    }

    /// Word-at-a-time counting agrees with counting byte by byte at every offset (and past
    /// both ends), on generated text of 1- to 4-byte scalars with runs long enough to fill the
    /// 31-word lane sums, and on lengths around the 8-byte words and 64-byte checkpoints.
    @Test func agreesWithAByteByByteCountOnGeneratedText() {
        let scalars: [String] = ["a", " ", "é", "Ж", "“", "€", "中", "🙂", "𝄞", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}"]
        var random = SplitMix64(seed: 23)
        var texts = (0..<60).map { _ in
            (0..<Int.random(in: 0...400, using: &random)).map { _ in scalars.randomElement(using: &random)! }.joined()
        }
        texts += (0...130).map { String(repeating: "🙂", count: $0 / 4) + String(repeating: "x", count: $0 % 4) + "é" }
        texts.append(String(repeating: "🙂", count: 300))
        for text in texts {
            let index = ScalarOffsetIndex(text: text)
            let bytes = Array(text.utf8)
            var expected = 0
            for offset in 0...bytes.count {
                #expect(index.scalarOffset(ofByte: offset) == expected, "\(offset) in \(bytes.count)")
                if offset < bytes.count && bytes[offset] & 0xC0 != 0x80 { expected += 1 }
            }
            #expect(index.scalarOffset(ofByte: bytes.count + 5) == expected)
            #expect(index.scalarOffset(ofByte: -3) == 0)
        }
    }

    @Test func asciiIsFoundEightBytesAtATime() {
        for length in 0..<40 {
            let ascii = String(repeating: "x", count: length)
            #expect(ScalarOffsetIndex(text: ascii).scalarOffset(ofByte: length) == length)
            if length > 0 {
                var mixed = Array(ascii.utf8)
                mixed[length - 1] = 0xC3
                mixed.append(0xA9)
                let text = String(decoding: mixed, as: UTF8.self)
                #expect(ScalarOffsetIndex(text: text).scalarOffset(ofByte: mixed.count) == length)
            }
        }
    }
    @Test func rangesAgreeWithTwoLookups() {
        let text = String(repeating: "Año 2025 – “cañón” 🙂 naïve ", count: 12) + "end"
        let index = ScalarOffsetIndex(text: text)
        let count = text.utf8.count
        for start in 0...count {
            for end in start...min(count + 2, start + 150) {
                let range = index.scalarRange(ofBytes: start, end)
                #expect(range == index.scalarOffset(ofByte: start)..<index.scalarOffset(ofByte: end))
            }
        }
        let ascii = ScalarOffsetIndex(text: "plain")
        #expect(ascii.scalarRange(ofBytes: 1, 4) == 1..<4)
    }

    /// The mask of a block flags just its continuation bytes, for every length up to 64 (whole
    /// words and a tail) and every byte value in every place.
    @Test func continuationMasksFlagJustTheContinuationBytes() {
        var random = SplitMix64(seed: 31)
        for count in 0...64 {
            for _ in 0..<20 {
                let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
                var expected: UInt64 = 0
                for (i, byte) in bytes.enumerated() where byte & 0xC0 == 0x80 { expected |= 1 << UInt64(i) }
                bytes.withUnsafeBufferPointer {
                    #expect(ScalarOffsetIndex.continuationMask($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: count) == expected)
                }
            }
        }
    }
}
