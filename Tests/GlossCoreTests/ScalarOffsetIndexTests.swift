import GlossCore
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

    /// Every byte offset of texts of every length around the 64-byte checkpoints, mixed scalars
    /// of one to four bytes, against a byte-at-a-time count; out-of-range offsets clamp.
    @Test func everyOffsetAgreesWithACountOfScalarStarts() {
        let pieces = ["a", "é", "“", "🙂", " ", "ß", "中"]
        var generator = SystemRandomNumberGenerator()
        for length in [1, 7, 8, 9, 63, 64, 65, 127, 128, 129, 300] {
            var text = "é"
            while text.utf8.count < length { text += pieces.randomElement(using: &generator)! }
            let index = ScalarOffsetIndex(text: text)
            let bytes = Array(text.utf8)
            var expected = 0
            for offset in 0...bytes.count {
                #expect(index.scalarOffset(ofByte: offset) == expected, "length \(bytes.count), offset \(offset)")
                if offset < bytes.count && bytes[offset] & 0xC0 != 0x80 { expected += 1 }
            }
            #expect(index.scalarOffset(ofByte: bytes.count + 5) == text.unicodeScalars.count)
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
}
