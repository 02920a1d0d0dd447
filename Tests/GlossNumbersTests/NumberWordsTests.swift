import Testing

@testable import GlossNumbers

@Suite struct NumberWordsTests {
    @Test func looksUpCaseFolded() {
        #expect(NumberWord.lookup("Twelve") == .unit(12))
        #expect(NumberWord.lookup("NINETY") == .tens(90))
        #expect(NumberWord.lookup("million") == .scale(6))
        #expect(NumberWord.lookup("crore") == .scale(7))
        #expect(NumberWord.lookup("twenty") == .tens(20))
    }

    @Test func ordinalsAndTheirPlurals() {
        #expect(NumberWord.lookup("third") == .ordinal(3))
        #expect(NumberWord.lookup("thirds") == .ordinalPlural(3))
        #expect(NumberWord.lookup("hundredth") == .ordinal(100))
        #expect(NumberWord.lookup("fifths") == .ordinalPlural(5))
        #expect(NumberWord.lookup("seconds") == nil)  // time, not halves
    }

    @Test func everyWordPassesTheShapeFilterInAnyCase() {
        for (text, word) in NumberWord.entries where NumberWord.entries.last(where: { $0.text == text })?.word == word {
            #expect(NumberWord.lookup(text) == word, "\(text)")
            #expect(NumberWord.lookup(text.uppercased()) == word, "\(text)")
        }
        // the same first two letters and length as a number word, or neither
        #expect(NumberWord.lookup("thee") == nil && NumberWord.lookup("the") == nil)
        #expect(NumberWord.lookup("o") == nil && NumberWord.lookup("a1") == nil && NumberWord.lookup("t-") == nil)
    }

    @Test func whatMayStartANumberByItsFirstTwoLetters() {
        func mayStart(_ word: String) -> Bool {
            var bytes = Array(word.utf8)
            return bytes.withUnsafeMutableBufferPointer { NumberWord.mayStart($0.baseAddress!, from: 0, to: $0.count) }
        }
        #expect(mayStart("Twenty-one") && mayStart("a-half") && mayStart("one") && mayStart("an"))
        #expect(!mayStart("well-known") && !mayStart("x") && !mayStart("k") && !mayStart("-one") && !mayStart("po"))
    }

    @Test func glueAndAbbreviations() {
        #expect(NumberWord.lookup("a") == .article)
        #expect(NumberWord.lookup("bn") == .multiplier(9))
        #expect(NumberWord.lookup("negative") == .minus)
        #expect(NumberWord.lookup("recent") == nil)
        #expect(NumberWord.lookup("and")?.startsNumber == false)
    }
}
