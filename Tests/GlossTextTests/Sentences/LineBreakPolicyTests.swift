import GlossCore
import Testing

@testable import GlossText

@Suite struct LineBreakPolicyTests {
    func policy(_ text: String) -> LineBreakPolicy {
        let tokens = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            tokens.withUnsafeBufferPointer { tokens in
                LineBreakPolicy(TokenReader(text: buffer.baseAddress!, count: buffer.count, tokens: tokens))
            }
        }
    }

    func line(_ length: Int, terminal: Bool = false, next: TokenReader.LetterCase = .lower) -> LineBreakPolicy.Line {
        LineBreakPolicy.Line(
            last: 0, length: length, endsTerminal: terminal, nextCase: next, nextStarts: next == .upper)
    }

    @Test func linesEndingInFullStopsAreParagraphs() {
        let lines = [line(90, terminal: true), line(120, terminal: true), line(40)]
        #expect(LineBreakPolicy.layout(of: lines) == .paragraphs)
    }

    @Test func linesFollowedByCapitalsAreParagraphs() {
        #expect(
            LineBreakPolicy.layout(of: [line(20, next: .upper), line(25, next: .upper), line(30, next: .none)])
                == .paragraphs)
    }

    @Test func linesContinuedInLowercaseAreWrapped() {
        let lines = [66, 70, 68, 71, 64, 69, 30].map { line($0) } + [line(70, terminal: true, next: .upper)]
        #expect(LineBreakPolicy.layout(of: lines) == .wrapped(width: 70))
        #expect(LineBreakPolicy.layout(of: []) == .paragraphs)
    }

    @Test func wrappedTextBreaksOnlyAfterShortLinesBeforeASentenceStart() {
        let text = """
            Short headline here
            The rain came down over the hills all night long and kept on
            falling through the morning, until the river rose over its
            banks and the roads to the town were closed for the day and
            Officials met
            again.
            """
        let policy = policy(text)
        guard case .wrapped = policy.layout else {
            Issue.record("expected a wrapped layout, got \(policy.layout)")
            return
        }
        // after "here": short, and "The" starts a sentence; "met" is short too, but "again" is lowercase
        #expect(policy.breaks == [2])
    }

    @Test func paragraphLinesBreakUnlessALowercaseLineContinuesThem() {
        let policy = policy("First line.\nSecond line!\nA headline\nThird line which\ngoes on.")
        #expect(policy.layout == .paragraphs)
        #expect(policy.breaks == [2, 5, 7])
    }
}
