import GlossCore
import Testing

import GlossStages
@testable import GlossText

@Suite struct PlainTextIngesterTests {
    func ingest(_ bytes: [UInt8], allowBinary: Bool = false) throws -> Document {
        var document = Document(id: "t", raw: bytes)
        try PlainTextIngester(allowBinary: allowBinary).process(&document)
        return document
    }

    @Test func decodesUTF8AndReleasesTheRawBytes() throws {
        let document = try ingest(Array("Año – “ok”".utf8))
        #expect(document.text == "Año – “ok”")
        #expect(document.present.contains(.text))
        #expect(document.raw.isEmpty)
        #expect(document.diagnostics.isEmpty)
        #expect(document.offsets.isIdentity)
    }

    @Test func stripsTheByteOrderMarkAndMapsPastIt() throws {
        let document = try ingest([0xEF, 0xBB, 0xBF] + Array("hi".utf8))
        #expect(document.text == "hi")
        #expect(document.sourceRange(of: Span(start: 0, end: 2)) == 3..<5)
    }

    @Test func invalidBytesAreReplacedCountedAndReported() throws {
        let document = try ingest([0x61, 0xFF, 0x62, 0xC3, 0x28, 0xE2, 0x82])
        #expect(document.text == "a\u{FFFD}b\u{FFFD}(\u{FFFD}\u{FFFD}")
        #expect(document.diagnostics == [
            Diagnostic(stage: "ingest.text", message: "replaced invalid utf-8 byte sequences with U+FFFD", count: 4)
        ])
        // "b" is byte 2 of the input; in the text it follows a 3-byte U+FFFD
        #expect(document.sourceRange(of: Span(start: 4, end: 5)) == 2..<3)
    }

    @Test func utf16WithABOMIsTranscoded() throws {
        let document = try ingest([0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00])
        #expect(document.text == "Hé")
        #expect(document.sourceRange(of: Span(start: 1, end: 3)) == 4..<6)
    }

    @Test func binaryJunkIsAnErrorThatSaysWhy() throws {
        let junk: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]
        let error = #expect(throws: StageError.self) { _ = try ingest(junk) }
        #expect(error?.message == "input is not text (a NUL byte at offset 7); pass only text files, or set option allow-binary")
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("text".utf8)
        #expect(throws: StageError.self) { _ = try ingest(controls) }
        #expect(try ingest(junk, allowBinary: true).text.utf8.count == junk.count)
    }

    @Test func emptyInputGivesEmptyText() throws {
        let document = try ingest([])
        #expect(document.text.isEmpty && document.present.contains(.text))
    }

    @Test func optionsComeFromTheRegistry() throws {
        let stage = try StageRegistry.standard.makeStage(
            named: "ingest.text", options: StageOptions(values: ["allow-binary": .bool(true)]))
        #expect((stage as? PlainTextIngester)?.allowBinary == true)
    }

    @Test func theWordAtATimeCheckAgreesWithTheByteRule() {
        func reference(_ bytes: [UInt8]) -> String? {
            let sample = min(bytes.count, 8192)
            var controls = 0
            for index in 0..<sample {
                if bytes[index] == 0 { return "a NUL byte at offset \(index)" }
                if bytes[index] < 0x20 && ![9, 10, 12, 13].contains(bytes[index]) { controls += 1 }
            }
            return controls * 10 > sample && sample > 0 ? "\(controls) control bytes in the first \(sample)" : nil
        }
        var cases: [[UInt8]] = []
        for length in 1...19 {
            for position in 0..<length {
                for special: UInt8 in [0, 1, 9, 10, 12, 13, 0x1F, 0x20, 0x7F, 0x80, 0xA0, 0xFF] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = special
                    cases.append(bytes)
                }
            }
        }
        cases.append([UInt8](repeating: 0x1F, count: 9_000))
        // Seeded random runs of bytes around the borders the word tests draw (0x00, 0x20, 0x80).
        var random = SplitMix64(seed: 7)
        let alphabet: [UInt8] = [0, 1, 8, 9, 10, 11, 12, 13, 14, 0x1F, 0x20, 0x21, 0x60, 0x7F, 0x80, 0x9F, 0xA0, 0xDF, 0xE0, 0xFF]
        for _ in 0..<3_000 {
            let length = Int.random(in: 1...40, using: &random)
            cases.append((0..<length).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? alphabet.randomElement(using: &random)! : UInt8(ascii: "x")
            })
        }
        cases.append(Array(String(repeating: "ab\u{7}cdefghij\n", count: 700).utf8))
        for bytes in cases {
            let found = bytes.withUnsafeBufferPointer { PlainTextIngester.binaryProblem($0) }
            #expect(found == reference(bytes), "\(bytes.prefix(20))")
        }
    }
}

/// The word-at-a-time binary check against a byte-by-byte reading of the same rule.
@Suite struct PlainTextIngesterBinaryCheckTests {
    /// The rule as `binaryProblem`'s doc comment states it, one byte at a time.
    static func reference(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) { return nil }
        let sample = min(bytes.count, 8192)
        var controls = 0
        for offset in 0..<sample {
            let byte = bytes[offset]
            if byte == 0 { return "a NUL byte at offset \(offset)" }
            if byte < 0x20 && ![9, 10, 12, 13].contains(byte) { controls += 1 }
        }
        return controls * 10 > sample && sample > 0 ? "\(controls) control bytes in the first \(sample)" : nil
    }

    /// Random and hostile buffers (every byte below 0x21, 0x7F–0x81, 0xFF; lengths across the
    /// eight-byte steps and the 8 KiB sample; slices at every alignment) give the same verdict.
    @Test func wordChecksAgreeWithAByteByByteReading() {
        var generator = SystemRandomNumberGenerator()
        let hostile: [UInt8] = Array(0...0x20) + [0x7F, 0x80, 0x81, 0xFE, 0xFF, 0x41]
        var wrong: [[UInt8]] = []
        for round in 0..<4_000 {
            let count = round < 3_900 ? Int.random(in: 0...80, using: &generator) : Int.random(in: 8_180...8_210, using: &generator)
            let controlShare = Int.random(in: 0...100, using: &generator)
            var bytes = (0..<count + 7).map { _ -> UInt8 in
                Int.random(in: 0..<100, using: &generator) < controlShare
                    ? hostile.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            if Int.random(in: 0..<4, using: &generator) > 0 { bytes = bytes.map { $0 == 0 ? 1 : $0 } }  // mostly no NUL
            let shift = Int.random(in: 0...7, using: &generator)
            let slice = Array(bytes[shift..<shift + count])
            let fast = bytes.withUnsafeBufferPointer { PlainTextIngester.binaryProblem(UnsafeBufferPointer(rebasing: $0[shift..<shift + count])) }
            if fast != Self.reference(slice) { wrong.append(slice) }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(2))")
    }

    /// Every length 0 to 70 (the 32-byte test, the eight-byte steps and the tail), one special
    /// byte at each position, over ASCII and over bytes of invalid UTF-8, at every alignment;
    /// and runs of controls around the one-in-ten threshold: the verdict of the byte rule.
    @Test func everyPositionOfEveryShortLengthAgrees() {
        let specials: [UInt8] = [0, 1, 8, 9, 10, 11, 12, 13, 0x1F, 0x20, 0x7F, 0x80, 0xC3, 0xFF]
        var wrong: [[UInt8]] = []
        func check(_ bytes: [UInt8]) {
            for shift in 0..<8 {
                let padded = [UInt8](repeating: 0x41, count: shift) + bytes + [0, 0, 0, 0, 0, 0, 0, 0]
                let found = padded.withUnsafeBufferPointer {
                    PlainTextIngester.binaryProblem(UnsafeBufferPointer(rebasing: $0[shift..<shift + bytes.count]))
                }
                if found != Self.reference(bytes) { wrong.append(bytes) }
            }
        }
        for filler: UInt8 in [UInt8(ascii: "a"), 0xFF, 0xC3] {
            for length in 0...70 {
                check([UInt8](repeating: filler, count: length))
                for position in 0..<length {
                    for special in specials {
                        var bytes = [UInt8](repeating: filler, count: length)
                        bytes[position] = special
                        check(bytes)
                    }
                }
            }
        }
        for length in 32...70 {
            for controls in max(0, length / 10 - 1)...(length / 10 + 1) {
                for start in stride(from: 0, through: length - controls, by: 7) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "b"), count: length)
                    for at in start..<start + controls { bytes[at] = 0x02 }
                    check(bytes)
                }
            }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(2))")
    }
}
