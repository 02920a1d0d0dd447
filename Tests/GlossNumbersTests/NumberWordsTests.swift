import GlossText
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

    /// The byte table finds what a `WordTable` of packed keys (a later entry replacing an
    /// earlier one) finds, for every word in lower, upper and title case, and nothing for others.
    @Test func byteTableAgreesWithPackedKeys() {
        let packed = WordTable(NumberWord.entries.indices.map { (WordTable.Key(NumberWord.entries[$0].text)!, UInt8($0)) })
        func old(_ word: String) -> NumberWord? {
            var bytes = Array(word.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                WordTable.Key(buffer.baseAddress!, from: 0, to: buffer.count, lowercased: true)
                    .flatMap { packed.value(for: $0) }.map { NumberWord.entries[Int($0)].word }
            }
        }
        #expect(NumberWord.table.count == Set(NumberWord.entries.map(\.text)).count)
        for (text, _) in NumberWord.entries {
            for form in [text, text.uppercased(), text.prefix(1).uppercased() + text.dropFirst(), text + "s", text + "-"] {
                #expect(NumberWord.lookup(form) == old(form), "\(form)")
            }
        }
        for other in ["the", "of", "Thre", "mil.", "ONE1", "öne", "ten-four"] { #expect(NumberWord.lookup(other) == old(other), "\(other)") }
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
