import GlossCore
import Testing

@testable import GlossText

@Suite struct NormalizedOutputTests {
    /// Runs `body` with an output over `text` and returns what it finishes with at the end.
    func finish(_ text: String, _ body: (inout NormalizedOutput) -> Void) -> (text: String, map: OffsetMap)? {
        var copy = text
        return copy.withUTF8 { bytes in
            var output = NormalizedOutput(sourceText: text, source: bytes)
            body(&output)
            return output.finish(at: bytes.count)
        }
    }

    func replace(_ range: Range<Int>, with text: String, in output: inout NormalizedOutput, trimmed: Bool = false) {
        var replacement = text
        replacement.withUTF8 {
            if trimmed { output.replaceChangedPart(range, with: $0) } else { output.replace(range, with: $0) }
        }
    }

    @Test func nothingReplacedMeansNothingWritten() {
        #expect(finish("unchanged") { _ in } == nil)
        #expect(finish("") { _ in } == nil)
    }

    @Test func pendingBytesAreKeptAroundAReplacement() throws {
        let result = try #require(finish("abcdef") { replace(2..<4, with: "XYZ", in: &$0) })
        #expect(result.text == "abXYZef")
        #expect(result.map.sourceRange(of: 0..<2) == 0..<2)
        #expect(result.map.sourceRange(of: 2..<5) == 2..<4)
        #expect(result.map.sourceRange(of: 3..<4) == 2..<4)
        #expect(result.map.sourceRange(of: 5..<7) == 4..<6)
    }

    @Test func deletionsAndInsertionsAtTheEdges() throws {
        let result = try #require(
            finish("  ab  ") {
                replace(0..<2, with: "", in: &$0)
                replace(4..<6, with: "!", in: &$0)
            })
        #expect(result.text == "ab!")
        #expect(result.map.sourceRange(of: 0..<2) == 2..<4)
        #expect(result.map.sourceRange(of: 2..<3) == 4..<6)
    }

    @Test func theChangedPartIsTrimmedToWholeScalars() throws {
        // "ae\u{301}x" → "aéx": only "e\u{301}" is replaced
        let result = try #require(finish("ae\u{301}x") { replace(0..<5, with: "a\u{E9}x", in: &$0, trimmed: true) })
        #expect(Array(result.text.utf8) == Array("a\u{E9}x".utf8))
        #expect(result.map.sourceRange(of: 0..<1) == 0..<1)
        #expect(result.map.sourceRange(of: 1..<3) == 1..<4)
        #expect(result.map.sourceRange(of: 3..<4) == 4..<5)
        // "é" (C3 A9) → "ê" (C3 AA) share a first byte, but the whole scalar is replaced
        let accent = try #require(finish("\u{E9}") { replace(0..<2, with: "\u{EA}", in: &$0, trimmed: true) })
        #expect(accent.map.sourceRange(of: 1..<2) == 0..<2)
        // the same bytes: no edit
        #expect(finish("same") { replace(0..<4, with: "same", in: &$0, trimmed: true) } == nil)
    }

    @Test func theOutputIsReadBackAcrossWrittenAndPendingBytes() {
        var text = "xé yz"
        text.withUTF8 { bytes in
            var output = NormalizedOutput(sourceText: "xé yz", source: bytes)
            #expect(output.scalar(before: 0, at: 0) == nil)
            #expect(output.count(at: 3) == 3)
            #expect(output.scalar(before: 3, at: 3)?.scalar == "é" && output.scalar(before: 3, at: 3)?.start == 1)
            var space = " "
            space.withUTF8 { output.replace(3..<4, with: $0) }  // the space, written
            #expect(output.pendingStart == 4 && output.count(at: 5) == 5)
            #expect(output.scalar(before: 5, at: 5)?.scalar == "y")  // pending
            #expect(output.scalar(before: 4, at: 5)?.scalar == " ")  // written
            #expect(output.scalar(before: 3, at: 5)?.scalar == "é" && output.scalar(before: 3, at: 5)?.start == 1)
        }
    }

    @Test func scalarsDecodeWithoutReadingPastTheEnd() {
        let bytes: [UInt8] = [0x61, 0xC3, 0xA9, 0xE2, 0x80, 0x94, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x80]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(NormalizedOutput.scalar(in: buffer, at: 0) == (0x61, 1))
            #expect(NormalizedOutput.scalar(in: buffer, at: 1) == (0xE9, 2))
            #expect(NormalizedOutput.scalar(in: buffer, at: 3) == (0x2014, 3))
            #expect(NormalizedOutput.scalar(in: buffer, at: 6) == (0x1F600, 4))
            #expect(NormalizedOutput.scalar(in: buffer, at: 10) == (0xFFFD, 1))  // truncated
        }
    }
}
