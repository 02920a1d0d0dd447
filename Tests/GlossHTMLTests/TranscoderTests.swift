import GlossCore
import Testing

@testable import GlossHTML

@Suite struct TranscoderTests {
    func decode(_ bytes: [UInt8], _ encoding: String) -> TextDecoder.Result? {
        bytes.withUnsafeBufferPointer { Transcoder.decode($0, encoding: encoding) }
    }

    @Test func windows1252MapsEachCharacterToItsByte() throws {
        let result = try #require(decode([0x63, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35], "WINDOWS-1252"))
        #expect(result.text == "café €5")
        #expect(result.encoding == "windows-1252")
        #expect(result.replacements == 0)
        #expect(result.map.sourceRange(of: 0..<3) == 0..<3)
        #expect(result.map.sourceRange(of: 3..<5) == 3..<4)  // é
        #expect(result.map.sourceRange(of: 6..<9) == 5..<6)  // €
        #expect(result.map.sourceRange(of: 9..<10) == 6..<7)
    }

    @Test func anUndefinedByteBecomesAReplacementCharacter() throws {
        let result = try #require(decode([0x61, 0x81, 0x62], "WINDOWS-1252"))
        #expect(result.text == "a\u{FFFD}b")
        #expect(result.replacements == 1)
        #expect(result.map.sourceRange(of: 4..<5) == 2..<3)
    }

    @Test func otherSingleByteEncodings() throws {
        #expect(try #require(decode([0xE4, 0xC1], "KOI8-R")).text == "Да")
        #expect(try #require(decode([0xA4], "ISO-8859-15")).text == "€")
    }

    @Test func shiftJISMapsEachCharacterToItsTwoBytes() throws {
        let bytes = Array("A".utf8) + HTMLTest.encode("日本", as: "SHIFT_JIS") + Array("!".utf8)
        let result = try #require(decode(bytes, "CP932"))
        #expect(result.text == "A日本!")
        #expect(result.replacements == 0)
        #expect(result.map.sourceRange(of: 1..<4) == 1..<3)
        #expect(result.map.sourceRange(of: 4..<7) == 3..<5)
        #expect(result.map.sourceRange(of: 7..<8) == 5..<6)
    }

    @Test func anInvalidMultiByteSequenceIsReplacedAndDecodingGoesOn() throws {
        // 0x82 leads a two-byte character; a space cannot follow it
        let bytes: [UInt8] = [0x82, 0x20] + HTMLTest.encode("語", as: "SHIFT_JIS")
        let result = try #require(decode(bytes, "CP932"))
        #expect(result.text == "\u{FFFD} 語")
        #expect(result.replacements == 1)
        // a lead byte cut off by the end of the input
        let cut = try #require(decode(Array("ab".utf8) + [0x93], "CP932"))
        #expect(cut.text == "ab\u{FFFD}")
        #expect(cut.replacements == 1)
    }

    @Test func anUnknownEncodingIsNil() {
        #expect(decode(Array("abc".utf8), "X-NO-SUCH-ENCODING") == nil)
    }

    @Test func emptyInput() throws {
        let result = try #require(decode([], "WINDOWS-1252"))
        #expect(result.text.isEmpty)
        #expect(result.replacements == 0)
    }
}
