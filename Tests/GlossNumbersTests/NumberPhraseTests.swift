import GlossCore
import Testing

@testable import GlossNumbers
import GlossText

@Suite struct NumberPhraseTests {
    /// The first phrase of `text` and the value it resolves to.
    static func phrase(_ text: String) throws -> NumberPhrase? {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        let tokens = document.tokens
        return document.withTextBytes { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                let pieces = NumberPiece.pieces(bytes.baseAddress!, tokens: tokens)
                return NumberPhrase.parse(pieces, at: 0, text: bytes.baseAddress!)
            }
        }
    }

    @Test func wordsWithScalesAndAnd() throws {
        #expect(try Self.phrase("two hundred and two thousand")?.value.description == "202000")
        #expect(try Self.phrase("three lakh crore")?.value.description == "3000000000000")
        #expect(try Self.phrase("a hundred thousand")?.value.description == "100000")
        #expect(try Self.phrase("fifty two")?.value.description == "52")
    }

    @Test func fractionForms() throws {
        #expect(try Self.phrase("five and three quarters")?.value.description == "5.75")
        #expect(try Self.phrase("3 million and a half")?.value.description == "3500000")
        #expect(try Self.phrase("a fifth")?.value.description == "0.2")
        #expect(try Self.phrase("seven eighths")?.form == .fraction)
        #expect(try Self.phrase("1 over 4")?.value.description == "0.25")
        #expect(try Self.phrase("quarter million")?.value.description == "250000")
    }

    @Test func aScaleAfterAFractionAfterAnd() throws {
        // the whole and its fraction, in millions
        #expect(try Self.phrase("two and a half million")?.value.description == "2500000")
        #expect(try Self.phrase("6 and three quarters billion")?.value.description == "6750000000")
        // after a larger scale, the fraction is of the smaller one
        #expect(try Self.phrase("two billion and a half million")?.value.description == "2000500000")
        #expect(try Self.phrase("four million and three quarters thousand")?.value.description == "4000750")
        // after a hundred, the scale is no part of the fraction
        #expect(try Self.phrase("a hundred and a half million")?.value.description == "100.5")
    }

    @Test func spacedHyphensAndFractionsAfterAnd() throws {
        #expect(try Self.phrase("sixty - two")?.value.description == "62")
        #expect(try Self.phrase("one - third")?.value.description == "0.333333333333333")
        #expect(try Self.phrase("three hundred and twenty-five hundredths")?.value.description == "300.25")
        #expect(try Self.phrase("seven and a third")?.value.description == "7.33333333333333")
    }

    @Test func pointAndMinus() throws {
        #expect(try Self.phrase("minus four point two five")?.value.description == "-4.25")
        #expect(try Self.phrase("negative one")?.value.description == "-1")
    }

    @Test func powersAndCapitalM() throws {
        #expect(try Self.phrase("4.2e3")?.value.description == "4200")
        #expect(try Self.phrase("7M")?.value.description == "7000000")
        #expect(try Self.phrase("7m")?.value.description == "7")  // metres: the m is left to the unit
    }

    @Test func anOrdinalInWordsAsTheDenominatorOfOne() throws {
        #expect(try Self.phrase("one thirty-second")?.value.description == "0.03125")
        #expect(try Self.phrase("a sixty-fourth")?.value.description == "0.015625")
        #expect(try Self.phrase("one two hundredth")?.value.description == "0.005")
        #expect(try Self.phrase("a twenty dollar bill") == nil)
        #expect(try Self.phrase("one twenty")?.value.description == "1")
    }

    @Test func tensAfterAndEndTheNumeratorOfANonDecimalDenominator() throws {
        #expect(try Self.phrase("two hundred and forty eighths")?.value.description == "30")
        #expect(try Self.phrase("one thousand and twenty-two sevenths")?.value.description == "146")
        #expect(try Self.phrase("four hundred and seventy-five hundredths")?.value.description == "400.75")
    }

    @Test func oneInN() throws {
        #expect(try Self.phrase("one in four")?.value.description == "0.25")
        #expect(try Self.phrase("3 in 40")?.value.description == "0.075")
        #expect(try Self.phrase("2 in 2019")?.value.description == "2")  // a year is no denominator
        #expect(try Self.phrase("five in two")?.value.description == "5")
    }

    @Test func caretPowers() throws {
        #expect(try Self.phrase("3^4")?.value.description == "81")
        #expect(try Self.phrase("4^-2")?.value.description == "0.0625")
        #expect(try Self.phrase("-3^2")?.value.description == "-9")
        #expect(try Self.phrase("10^+3")?.value.description == "1000")
        #expect(try Self.phrase("7 ^ 2")?.value.description == "7")  // spaced: not one number
    }

    @Test func ordinalWords() throws {
        #expect(try Self.phrase("one hundred twenty-third")?.form == .ordinal)
        #expect(try Self.phrase("one hundred twenty-third")?.value.description == "123")
        #expect(try Self.phrase("two thousandth")?.value.description == "2000")
    }
}
