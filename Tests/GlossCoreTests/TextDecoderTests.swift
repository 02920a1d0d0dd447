import Testing

@testable import GlossCore

@Suite struct TextDecoderTests {
    /// The input bytes that the text bytes in `range` came from.
    func source(of range: Range<Int>, in result: TextDecoder.Result, input: [UInt8]) -> [UInt8] {
        Array(input[result.map.sourceRange(of: range)])
    }

    /// Where each U+FFFD of `result` came from in the input.
    func replacementSources(_ result: TextDecoder.Result) -> [Range<Int>] {
        let bytes = Array(result.text.utf8)
        return bytes.indices.filter { bytes[$0...].starts(with: [0xEF, 0xBF, 0xBD]) }
            .map { result.map.sourceRange(of: $0..<($0 + 3)) }
    }

    @Test func validUTF8IsKeptWithTheIdentityMap() {
        let input = Array("Año – “ok” 😀".utf8)
        let result = TextDecoder.decode(input)
        #expect(result.text == "Año – “ok” 😀")
        #expect(result.map.isIdentity && result.replacements == 0 && result.encoding == "utf-8")
        #expect(TextDecoder.decode([]).text.isEmpty)
    }

    @Test func theUTF8ByteOrderMarkIsStrippedAndSkippedByTheMap() {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("héllo".utf8)
        let result = TextDecoder.decode(input)
        #expect(result.text == "héllo" && result.replacements == 0)
        #expect(result.map.sourceRange(of: 0..<1) == 3..<4)
        #expect(source(of: 1..<3, in: result, input: input) == Array("é".utf8))
        #expect(TextDecoder.decode([0xEF, 0xBB, 0xBF]).text.isEmpty)
    }

    @Test func utf16LittleEndianWithABOM() {
        // "Hé€😀" in UTF-16LE: H, é, € (U+20AC), then the surrogate pair D83D DE00
        let input: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00, 0xAC, 0x20, 0x3D, 0xD8, 0x00, 0xDE]
        let result = TextDecoder.decode(input)
        #expect(result.text == "Hé€😀" && result.encoding == "utf-16le" && result.replacements == 0)
        #expect(result.map.sourceRange(of: 0..<1) == 2..<4)  // H
        #expect(result.map.sourceRange(of: 1..<3) == 4..<6)  // é
        #expect(result.map.sourceRange(of: 3..<6) == 6..<8)  // €
        #expect(result.map.sourceRange(of: 6..<10) == 8..<12)  // 😀, both surrogates
    }

    @Test func utf16BigEndianWithABOM() {
        let input: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9, 0xD8, 0x3D, 0xDE, 0x00]
        let result = TextDecoder.decode(input)
        #expect(result.text == "Hé😀" && result.encoding == "utf-16be" && result.replacements == 0)
        #expect(result.map.sourceRange(of: 1..<3) == 4..<6)
    }

    @Test func brokenUTF16IsReplacedAndCounted() {
        // a lone low surrogate, a high surrogate followed by a letter, and an odd last byte
        let input: [UInt8] = [0xFF, 0xFE, 0x00, 0xDC, 0x3D, 0xD8, 0x41, 0x00, 0x42]
        let result = TextDecoder.decode(input)
        #expect(result.text == "\u{FFFD}\u{FFFD}A\u{FFFD}" && result.replacements == 3)
        #expect(replacementSources(result) == [2..<4, 4..<6, 8..<9])
    }

    @Test func invalidBytesAreReplacedOneByOneAndLeadBackToTheirByte() {
        let input: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x28, 0x80, 0x63]
        let result = TextDecoder.decode(input)
        #expect(result.text == "a\u{FFFD}b\u{FFFD}(\u{FFFD}c")
        #expect(result.replacements == 3 && result.encoding == "utf-8")
        #expect(replacementSources(result) == [1..<2, 3..<4, 5..<6])
        #expect(source(of: 4..<5, in: result, input: input) == [0x62])  // "b" after the 3-byte U+FFFD
        #expect(source(of: 12..<13, in: result, input: input) == [0x63])
    }

    @Test func aTruncatedSequenceAtTheEndIsReplacedByteByByte() {
        let input: [UInt8] = Array("ok".utf8) + [0xE2, 0x82]
        let result = TextDecoder.decode(input)
        #expect(result.text == "ok\u{FFFD}\u{FFFD}" && result.replacements == 2)
        #expect(replacementSources(result) == [2..<3, 3..<4])
        let emoji = TextDecoder.decode([0x78, 0xF0, 0x9F, 0x98])
        #expect(emoji.text == "x\u{FFFD}\u{FFFD}\u{FFFD}" && emoji.replacements == 3)
    }

    @Test func overlongEncodingsAreRejected() {
        let overlong: [[UInt8]] = [
            [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0xAF],
        ]
        for bytes in overlong {
            let result = TextDecoder.decode(bytes)
            #expect(result.replacements == bytes.count, "\(bytes)")
            #expect(result.text == String(repeating: "\u{FFFD}", count: bytes.count))
        }
        // the shortest forms of the same scalars are fine
        #expect(TextDecoder.decode([0xE0, 0xA0, 0x80]).replacements == 0)
        #expect(TextDecoder.decode([0xF0, 0x90, 0x80, 0x80]).replacements == 0)
    }

    @Test func surrogatesAndScalarsPastTheLastAreRejected() {
        for bytes: [UInt8] in [
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF],
        ] {
            let result = TextDecoder.decode(bytes)
            #expect(result.replacements == bytes.count, "\(bytes)")
        }
        #expect(TextDecoder.decode([0xED, 0x9F, 0xBF]).text == "\u{D7FF}")
        #expect(TextDecoder.decode([0xF4, 0x8F, 0xBF, 0xBF]).text == "\u{10FFFF}")
    }

    @Test func aBOMAndInvalidBytesTogether() {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x62]
        let result = TextDecoder.decode(input)
        #expect(result.text == "a\u{FFFD}b" && result.replacements == 1)
        #expect(replacementSources(result) == [4..<5])
        #expect(result.map.sourceRange(of: 0..<1) == 3..<4)
        #expect(result.map.sourceRange(of: 4..<5) == 5..<6)
    }

    @Test func randomBytesAlwaysDecodeToValidTextThatLeadsBackInOrder() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let input = (0..<Int.random(in: 0...64, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            let result = TextDecoder.decode(input)
            let text = Array(result.text.utf8)
            #expect(String(validating: text, as: UTF8.self) != nil)
            var previous = 0
            var index = 0
            while index < text.count {
                let length = text[index] < 0x80 ? 1 : text[index] < 0xE0 ? 2 : text[index] < 0xF0 ? 3 : 4
                let range = result.map.sourceRange(of: index..<(index + length))
                #expect(range.lowerBound >= previous && range.upperBound <= input.count)
                previous = range.lowerBound
                index += length
            }
        }
    }
}
