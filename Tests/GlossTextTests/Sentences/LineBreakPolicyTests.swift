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

    /// A short wire story of my own, wrapped at about 60 scalars, whose lines mostly run on to
    /// a capitalised word (so it is read as paragraphs), and the tokens' texts its policy ends
    /// sentences after.
    func wireBreaks(_ text: String) -> [String] {
        let tokens = Tokenizer().tokenize(text)
        let policy = policy(text)
        #expect(policy.layout == .paragraphs)
        return policy.breaks.map { i in
            let span = tokens[i].span
            return String(decoding: Array(text.utf8)[Int(span.start)..<Int(span.end)], as: UTF8.self)
        }
    }

    @Test func aFullWireLineEndingInAWordRunsOnToTheNextLine() {
        let text = """
            The ministry said the plan would help the farmers of North
            Dakota and Minnesota sell more grain to the Soviet Union and
            to China. It said the talks with the Treasury and Agriculture
            Department would go on next week, and that the Senate would
            Vote on it soon.
            Quarterly figures
            Net profit rose to 4.1 mln dlrs from 3.2 mln
            Sales were 12 mln vs 10 mln
            Analysts said the outlook was good for the company and its
            Canadian unit.
            """
        // Not after "North", "Agriculture", "would" nor "its" (full lines ending in a word);
        // after the sentence's full stop, the short headline "figures", and the table's rows,
        // which end in a quantity ("3.2 mln", "10 mln").
        #expect(wireBreaks(text) == [".", "figures", "mln", "mln"])
    }

    @Test func aFullLineBeforeAListItemStillEndsItsSentence() {
        // A lead-in without a colon and list items as full as the wrapped lines: the break
        // before a bullet or a numbered item stays; "rose to" still runs on to "12 pct".
        let text = """
            The two governments signed a trade pact on Monday and said it
            would take effect next year. Its terms were set out in a note
            - Tariffs on steel will be cut by half over the next five years
            - Quotas on cloth will be phased out by the end of the decade
            1. A joint panel will review the terms of the deal every year
            2) Disputes will go to a panel of three judges from abroad.
            Officials said exports of steel to the region rose to
            12 pct of the total last year, the highest in a decade.
            """
        #expect(wireBreaks(text) == ["note", "years", "decade", "year", "."])
    }

    /// The texts of the tokens of `text` that open a list item (`TokenReader.opensListItem`).
    func listOpeners(_ text: String) -> [String] {
        let tokens = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        let openers = bytes.withUnsafeBufferPointer { buffer in
            tokens.withUnsafeBufferPointer { tokens in
                let reader = TokenReader(text: buffer.baseAddress!, count: buffer.count, tokens: tokens)
                return tokens.indices.filter { reader.opensListItem($0) }
            }
        }
        return openers.map { String(decoding: bytes[Int(tokens[$0].span.start)..<Int(tokens[$0].span.end)], as: UTF8.self) }
    }

    @Test func bulletsAndNumberedItemsOpenListItems() {
        #expect(listOpeners("- Quotas\n1. A panel\n2) Judges from abroad") == ["-", "1", "2"])
        // A date's day ending a sentence at a line's end, a decimal, a count: no item.
        #expect(listOpeners("The notes mature on March\n25.\nThey rose 2.5 pct to 40 dlrs.").isEmpty)
        // A decimal or a longer number ending a sentence mid-line.
        #expect(listOpeners("from a preliminary\n105.9. The index fell in\n1987. Sales rose.").isEmpty)
    }

    @Test func paragraphsWithoutAWrappedLineBreakAsBefore() {
        // No line runs on in lower case: every line is its own paragraph, full or not.
        let text = """
            Markets rallied across Asia on Monday as traders cheered data
            Oil prices slipped in early trade after a surprise build in US
            Gold held near its record as the dollar eased against the yen
            """
        #expect(wireBreaks(text) == ["data", "US"])
    }

    @Test func wireWidthsAreThoseOfHardWrappedCopy() {
        func line(_ length: Int, terminal: Bool = false, next: TokenReader.LetterCase = .upper) -> LineBreakPolicy.Line {
            LineBreakPolicy.Line(last: 0, length: length, endsTerminal: terminal, nextCase: next, nextStarts: next == .upper)
        }
        let wire = [64, 66, 60, 65, 30].map { line($0) } + [line(62, next: .lower)]
        #expect(LineBreakPolicy.wrapWidth(of: wire) == 65)
        // No line runs on in lower case; lines of web paragraphs, far longer.
        #expect(LineBreakPolicy.wrapWidth(of: [64, 66, 60, 65].map { line($0) }) == nil)
        #expect(LineBreakPolicy.wrapWidth(of: [400, 380, 520, 410].map { line($0) } + [line(300, next: .lower)]) == nil)
        #expect(LineBreakPolicy.wrapWidth(of: []) == nil)
    }
}
