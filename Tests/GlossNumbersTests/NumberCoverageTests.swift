import GlossCore
import GlossText
import Testing

@testable import GlossNumbers

@Suite struct NumberCoverageTests {
    static func coverage(_ text: String) throws -> NumberCoverage {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        try NumberDetector().process(&document)
        var coverage = NumberCoverage()
        coverage.add(document)
        return coverage
    }

    @Test func numericTokens() {
        #expect(NumberCoverage.isNumeric("42"))
        #expect(NumberCoverage.isNumeric("twenty"))
        #expect(NumberCoverage.isNumeric("million"))
        #expect(!NumberCoverage.isNumeric("and"))
        #expect(!NumberCoverage.isNumeric("a"))
    }

    @Test func codesNamesAndKindOrdinalsHaveReasons() {
        for label in ["NAB", "RRIM", "SMR", "FTSE", "PL"] {
            #expect(NumberCoverage.reason("725", before: label, after: ",") == .name, "\(label)")
        }
        #expect(NumberCoverage.reason("725", before: "N", after: ",") == nil)
        #expect(NumberCoverage.reason("725", before: "ABCDEF", after: ",") == nil)
        for (word, before, after) in [("Five", "Boston", "chairman"), ("Three", "Big", "automakers"), ("One", "the", "Big")] {
            #expect(NumberCoverage.reason(word, before: before, after: after) == .name, "\(before) \(word) \(after)")
        }
        #expect(NumberCoverage.reason("five", before: "Boston", after: "chairman") == nil)
        for word in ["Seven", "77", "Five", "10"] {
            #expect(NumberCoverage.reason(word, before: "of", after: "summit", label: "Group") == .name, "Group of \(word)")
        }
        #expect(NumberCoverage.reason("seven", before: "of", after: "banks", label: "group") == nil)
        #expect(NumberCoverage.reason("747", before: "Boeing", after: "family") == .name)
        #expect(NumberCoverage.reason("747", before: "Boeing", after: "Family") == nil)
        #expect(NumberCoverage.reason("747", before: "boeing", after: "family") == nil)
        // numbers28: a camel-case name, an auxiliary after the model, a lower-case `number` label
        #expect(NumberCoverage.reason("16", before: "iPhone", after: "sold") == .name)
        #expect(NumberCoverage.reason("320", before: "Airbus", after: "is") == .name)
        #expect(NumberCoverage.reason("86", before: "number", after: "and") == .name)
        #expect(NumberCoverage.reason("3", before: "number", after: "times") == nil)
        #expect(NumberCoverage.reason("16", before: "iphone", after: "sold") == nil)
        for (rank, heads) in MentionReader.kindOrdinals {
            let word = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"][rank - 1]
            for head in heads.sorted() {
                #expect(NumberCoverage.reason(word, before: "to", after: head) == .wordSense, "\(word) \(head)")
            }
        }
        #expect(NumberCoverage.reason("third", before: "the", after: "quarter") == nil)
    }

    @Test func reasons() {
        #expect(NumberCoverage.reason("10:30", before: "at", after: "today") == .time)
        #expect(NumberCoverage.reason("9", before: "at", after: "a.m.") == .time)
        #expect(NumberCoverage.reason("3", before: "March", after: ",") == .date)
        #expect(NumberCoverage.reason("4Q87", before: "the", after: "results") == .quarter)
        #expect(NumberCoverage.reason("555-123-4567", before: "call", after: ".") == .phone)
        #expect(NumberCoverage.reason("F-16", before: "an", after: "jet") == .code)
        #expect(NumberCoverage.reason("100", before: "FTSE", after: "rose") == .name)
        #expect(NumberCoverage.reason("500", before: "P", after: "futures") == .name)
        #expect(NumberCoverage.reason("101", before: "Ftse", after: "rose") == nil)
        #expect(NumberCoverage.reason("10", before: "at", after: "Downing") == nil)
        #expect(NumberCoverage.reason("10", before: "at", after: "Street") == .address)
        #expect(NumberCoverage.reason("one", before: "the", after: "who") == .wordSense)
        #expect(NumberCoverage.reason("thousands", before: "saw", after: "of") == .vague)
        #expect(NumberCoverage.reason("hundred", before: "few", after: "thousand") == .vague)
        #expect(NumberCoverage.reason("3.7495/98", before: "at", after: "to") == .quote)
        for label in MentionReader.labelWords.sorted() {
            #expect(NumberCoverage.reason("11", before: label.capitalized, after: "of") == .name, "\(label)")
        }
        #expect(NumberCoverage.reason("400", before: "The", after: "series") == .name)
        #expect(NumberCoverage.reason("25,000", before: "and", after: "series") == nil)
    }

    @Test func countsCoveredExcludedAndUnexplained() throws {
        let coverage = try Self.coverage("Sales rose 5 pct to 20 mln dlrs on March 3 at 10:30, an F-16 deal.")
        // 5, 20, 3 (a day beside a month: a date, no quantity), 10:30, F-16
        #expect(coverage.tokens == 5)
        #expect(coverage.covered == 2)
        #expect(coverage.excluded[.date] == 1)
        #expect(coverage.excluded[.time] == 1)
        #expect(coverage.excluded[.code] == 1)
        #expect(coverage.unexplainedCount == 0)
        #expect(coverage.accountedShare == 1)
    }

    /// The stage's list-number test (`MentionReader.isListNumber`) and the coverage tool's
    /// (`NumberCoverage.isListNumber`, over tokens) give the same answer on every layout a list's
    /// number may stand in: the line before ending in a stop, a colon, a word, a list's item or a
    /// blank line, a capitalised or lower-case word after the number, at the text's start or inside
    /// a line. A number the stage leaves out is one the coverage tool counts as a list's.
    @Test func theStageAndTheCoverageToolAgreeOnListNumbers() throws {
        let befores = [
            "", "It met yesterday.\n", "Steps:\n", "Wow!\n", "Why?\n", "It owns a plant\n", "It owns a plant\n\n",
            "It owns a plant\n   ", "Agenda:\n1. Budget\n", "Items\n1. Budget\n", "Items\n3. Budget\n", "It rose. ",
            "Items: ",
        ]
        let afters = [". The ministers agreed.", ". the rest is sold.", ". Staffing"]
        var checked = 0
        for before in befores {
            for number in ["2", "7", "16"] {
                for after in afters {
                    let text = before + number + after
                    var document = Document(id: "t", text: text)
                    try Tokenizer().process(&document)
                    try NumberDetector().process(&document)
                    let bytes = Array(text.utf8)
                    let start = UInt32(before.utf8.count)
                    let tokens = document.tokens
                    let index = try #require(tokens.firstIndex { $0.span.start == start })
                    let mentions = document[NumberLayer.self]?.mentions ?? []
                    let stageLeavesOut = !mentions.contains { $0.span.start <= start && $0.span.end > start }
                    let after = index + 1 < tokens.count ? String(decoding: bytes[Int(tokens[index + 1].span.start)..<Int(tokens[index + 1].span.end)], as: UTF8.self) : ""
                    let fusedAfter = index + 1 < tokens.count && tokens[index + 1].span.start == tokens[index].span.end
                    let coverageSays = NumberCoverage.isListNumber(number, after: after, fusedAfter: fusedAfter, text: bytes, tokens: tokens, index: index)
                    #expect(stageLeavesOut == coverageSays, "\(text.debugDescription): stage \(stageLeavesOut), coverage \(coverageSays)")
                    checked += 1
                }
            }
        }
        #expect(checked == 117)
        // and each answer occurs: a list's number, and a number in a line
        #expect(try Self.coverage("Steps:\n2. The ministers agreed.").excluded[.name] == 1)
        #expect(try Self.coverage("It owns a plant\n16. the rest is sold.").unexplainedCount + (try Self.coverage("It owns a plant\n16. the rest is sold.").covered) == 1)
    }

    @Test func aRangeOfPartsIsNamesAsTheStageReadsIt() throws {
        // numbers24: the stage labels a range of parts cited or not; the range's second end was unexplained
        #expect(NumberCoverage.reason("10", before: "and", after: ")", label: "9", partLabel: "Chapters") == .name)
        #expect(NumberCoverage.reason("186", before: "to", after: ".", label: "183", partLabel: "clauses") == .name)
        #expect(NumberCoverage.reason("10", before: "and", after: ")", label: "9", partLabel: "rooms") == nil)
        let coverage = try Self.coverage("Pages 10 through 20 are missing.")
        #expect(coverage.tokens == 2 && coverage.excluded[.name] == 2 && coverage.unexplainedCount == 0)
    }

    @Test func aListsNumbersAreNames() throws {
        // review53: the items after the first, on lines that end in no stop, were unexplained
        let coverage = try Self.coverage("Agenda:\n1. Budget\n2. Staffing\n3. Any other business")
        #expect(coverage.tokens == 3)
        #expect(coverage.excluded[.name] == 3)
        #expect(coverage.unexplainedCount == 0)
    }
}

/// Series labels and report stamps, which the reader leaves out, have their reasons.
@Suite struct NumberCoverageLabelsAndStampsTests {
    @Test func labelsAreNamesAndStampsTimes() {
        #expect(NumberCoverage.reason("two", before: "band", after: "at") == .name)
        #expect(NumberCoverage.reason("3", before: "unit", after: "of") == .name)
        #expect(NumberCoverage.reason("1100", before: "CONSOLIDATED", after: "ACTIVES") == .time)
        #expect(NumberCoverage.reason("1400", before: "EXCHS", after: "-") == .time)
        #expect(NumberCoverage.reason("1675", before: "EXCHS", after: "-") != .time)
        #expect(NumberCoverage.reason("1200", before: "HIRES", after: "WORKERS") != .time)
    }
}
