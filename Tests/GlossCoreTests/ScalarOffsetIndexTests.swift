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
}
