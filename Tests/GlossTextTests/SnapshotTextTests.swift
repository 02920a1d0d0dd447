import Testing

@testable import GlossText

@Suite struct SnapshotTextTests {
    /// The lines are `width` characters but the last, joined by an escaped line end each; read as
    /// a multi-line literal's body (an escaped line end is left out), they give the text back.
    @Test func linesReadBackAsTheText() {
        let text = String(repeating: "abcdefghij", count: 25) + "xyz"
        let body = SnapshotText.literalLines(text, width: 100)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines.dropLast().allSatisfy { $0.count == 101 && $0.hasSuffix("\\") })
        #expect(lines.last == "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijxyz")
        #expect(body.replacingEscapedLineEnds() == text)
        #expect(SnapshotText.literalLines("A12B3", width: 2) == "A1\\\n2B\\\n3")
        #expect(SnapshotText.literalLines("", width: 100) == "")
        #expect(SnapshotText.literalLines(String(repeating: "q", count: 100), width: 100) == String(repeating: "q", count: 100))
    }

    /// The checked-in literals read as the generators wrote them: the literal's lines, joined,
    /// are the snapshot (what a compiler reads the escaped line ends as).
    @Test func theCheckedInLiteralsReadAsOneLine() {
        #expect(ScalarClass.snapshot.description.allSatisfy { $0.isLetter && $0.isASCII })
        #expect(ScalarTable.nfcSnapshot.description.allSatisfy { ($0.isLetter || $0.isNumber) && $0.isASCII })
    }
}

extension String {
    /// The text a multi-line literal body reads as: each `\` and line end after it left out.
    fileprivate func replacingEscapedLineEnds() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\\") ? String($0.dropLast()) : String($0) }
            .joined()
    }
}
