import GlossCore
import Testing

@testable import GlossSentiment
import GlossStages
import GlossText

@Suite struct ClauseMarksTests {
    let lexicon = SentimentLexicon(vader: "terrible\t-2.5\ngood\t1.9\n")

    func words(_ text: String, typographic: Bool = true) -> [SentimentWord] {
        ValenceRulesTests.words(text, lexicon: lexicon, typographic: typographic)
    }

    func check(_ text: String, _ body: (UnsafePointer<UInt8>, Int) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { body($0.baseAddress!, $0.count) }
    }

    @Test(arguments: ["good,", "good;", "good:", "good),", "good.”,", "—", "-", "--", "–", "good,\""])
    func clauseMarksEndAClause(_ chunk: String) {
        #expect(check(chunk) { ClauseMarks.endsClause($0, from: 0, to: $1) }, "\(chunk)")
    }

    @Test(arguments: ["good", "good.", "good!", "well-known", "good)", "good”"])
    func otherEndingsDoNot(_ chunk: String) {
        #expect(!check(chunk) { ClauseMarks.endsClause($0, from: 0, to: $1) }, "\(chunk)")
    }

    /// What `mark` takes for granted of a chunk that begins and ends with an ASCII letter or
    /// digit, whatever stands inside it: it opens no quotation, closes none, ends no clause.
    @Test func aChunkBetweenLettersOrDigitsMarksNothing() {
        let insides = ["", ",", "\"", "'", "“", "”", "«", "»", "—", "–", "(", ")", ";:", "-", "‘", "’", ".,!?"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let ends = ["a", "Z", "0", "9", "q"]
            var chunk = ends.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                chunk += insides.randomElement(using: &generator)! + ends.randomElement(using: &generator)!
            }
            #expect(!check(chunk) { ClauseMarks.opensQuote($0, from: 0, to: $1) }, "\(chunk)")
            #expect(!check(chunk) { ClauseMarks.closesQuote($0, from: 0, to: $1) }, "\(chunk)")
            #expect(!check(chunk) { ClauseMarks.opensSingleQuote($0, from: 0, to: $1) }, "\(chunk)")
            #expect(!check(chunk) { ClauseMarks.closesSingleQuote($0, from: 0, to: $1) }, "\(chunk)")
            #expect(!check(chunk) { ClauseMarks.endsClause($0, from: 0, to: $1) }, "\(chunk)")
        }
    }

    @Test func quotationsOpenAndClose() {
        #expect(check("\"good") { ClauseMarks.opensQuote($0, from: 0, to: $1) })
        #expect(check("“good") { ClauseMarks.opensQuote($0, from: 0, to: $1) })
        #expect(check("(«good") { ClauseMarks.opensQuote($0, from: 0, to: $1) })
        #expect(!check("good") { ClauseMarks.opensQuote($0, from: 0, to: $1) })
        #expect(check("good,”") { ClauseMarks.closesQuote($0, from: 0, to: $1) })
        #expect(check("good\".") { ClauseMarks.closesQuote($0, from: 0, to: $1) })
        #expect(check("good»") { ClauseMarks.closesQuote($0, from: 0, to: $1) })
        #expect(!check("good") { ClauseMarks.closesQuote($0, from: 0, to: $1) })
    }

    @Test func wordsCarryTheirClauseAndQuoteMarks() {
        let words = words("He said “truly terrible, even good” — and left.")
        #expect(words.map(\.isQuoted) == [false, false, true, true, true, true, false, false, false])
        #expect(words.map(\.endsClause) == [false, false, false, true, false, false, true, false, false])
    }

    /// Headlines and teasers quote with single marks: ‘…’ is a quotation as “…” is, and an
    /// apostrophe inside a word ("Trump’s") opens or closes none.
    @Test func singleTypographicMarksQuoteToo() {
        let quoted = words("He called them ‘GREAT and very BRAVE’ after Trump’s remark.")
        #expect(quoted.map(\.isQuoted) == [false, false, false, true, true, true, true, false, false, false])
        #expect(words("the ‘free’ world").map(\.isQuoted) == [false, true, false])
        #expect(words("Trump’s allies’ plan was good.").allSatisfy { !$0.isQuoted })
    }

    /// A `’` ends a single quotation only: a nested quotation's end or a plural's apostrophe
    /// inside a double quotation leaves it open, and a double mark's end closes both.
    @Test func aRightSingleMarkClosesASingleQuotationOnly() {
        let nested = words("“He called it ‘a disaster’ and left,” she said.")
        #expect(nested.map(\.isQuoted) == [true, true, true, true, true, true, true, false, false])
        let possessive = words("“The investors’ mood is grim,” he said.")
        #expect(possessive.map(\.isQuoted) == [true, true, true, true, true, false, false])
        let both = words("“It was ‘a disaster’” and they left.")
        #expect(both.map(\.isQuoted) == [true, true, true, true, false, false, false])
        #expect(check("grim’,") { ClauseMarks.closesSingleQuote($0, from: 0, to: $1) })
        #expect(!check("grim’,") { ClauseMarks.closesQuote($0, from: 0, to: $1) })
        #expect(check("(‘grim") { ClauseMarks.opensSingleQuote($0, from: 0, to: $1) })
        #expect(!check("(‘grim") { ClauseMarks.opensQuote($0, from: 0, to: $1) })
    }

    @Test func theNewsReadingStripsTypographicMarks() {
        #expect(words("“Terrible,” he said.").first?.id == lexicon.id("terrible"))
        #expect(words("«good»").first?.id == lexicon.id("good"))
        #expect(words("good—").first?.id == lexicon.id("good"))
        // VADER's own reading keeps them, as vaderSentiment does
        #expect(words("“Terrible,” he said.", typographic: false).first?.id == SentimentLexicon.unknown)
    }

    @Test func strippingNeverLeavesNothing() {
        var from = 0
        var to = 0
        var text = "“”"
        text.withUTF8 {
            to = $0.count
            ClauseMarks.stripTypographic($0.baseAddress!, from: &from, to: &to)
        }
        #expect(from == 0 && to == 6)
    }
}
