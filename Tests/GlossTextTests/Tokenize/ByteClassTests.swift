import Testing

@testable import GlossText

@Suite struct ByteClassTests {
    @Test func classifiesLettersDigitsAndSpaces() {
        #expect(
            ByteClass.flags(of: UInt8(ascii: "A")) & (ByteClass.letter | ByteClass.upper) == ByteClass.letter
                | ByteClass.upper)
        #expect(ByteClass.flags(of: UInt8(ascii: "z")) & ByteClass.upper == 0)
        #expect(ByteClass.flags(of: UInt8(ascii: "7")) & ByteClass.alphanumeric == ByteClass.digit)
        for byte: UInt8 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] {
            #expect(ByteClass.flags(of: byte) & ByteClass.space != 0)
        }
    }

    @Test func controlBytesSeparateAndHighBytesAreNotASCII() {
        for byte: UInt8 in [0x00, 0x01, 0x1B, 0x7F] {
            #expect(ByteClass.flags(of: byte) & ByteClass.separator == ByteClass.control)
        }
        for byte in UInt8(0x80)...UInt8(0xFF) { #expect(ByteClass.flags(of: byte) == ByteClass.nonASCII) }
    }

    @Test func marksTheBytesThatJoinWordsOrStartEmoticons() {
        for byte in "-'.@$&_:".utf8 { #expect(ByteClass.flags(of: byte) & ByteClass.wordJoiner != 0) }
        for byte in ",;!?()\"/ ".utf8 { #expect(ByteClass.flags(of: byte) & ByteClass.wordJoiner == 0) }
        #expect(ByteClass.flags(of: UInt8(ascii: ":")) & ByteClass.emoticonStart != 0)
        #expect(ByteClass.flags(of: UInt8(ascii: "a")) & ByteClass.emoticonStart == 0)
    }

    @Test func theTableHoldsEveryBytesFlags() {
        #expect(ByteClass.table.count == 256)
        for byte in 0...255 { #expect(ByteClass.table[byte] == ByteClass.flags(of: UInt8(byte))) }
    }
}
