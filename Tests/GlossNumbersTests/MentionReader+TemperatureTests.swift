import Testing

@testable import GlossNumbers

/// A spaced capital `C`, `F` or `K` after a number is a temperature only where the sentence
/// speaks of one (a temperature word before the number or just after the letter).
@Suite struct MentionReaderTemperatureTests {
    static func summary(_ text: String) throws -> [String] { try NumberDetectorTests.summary(text) }

    @Test func aSpacedScaleLetterWithATemperatureWordIsATemperature() throws {
        let scales: [(String, String)] = [("C", "celsius"), ("F", "fahrenheit"), ("K", "kelvin")]
        for word in MentionReader.temperatureWords.sorted() {
            for (letter, name) in scales {
                for number in ["35", "-12", "37.5"] {
                    // (a scale's name alone is a mention of its own: the celsius was 35 C)
                    #expect(try Self.summary("The \(word) was \(number) \(letter) on Friday").contains("\(number) \(letter)=\(number) \(name)"),
                        "\(word) \(number) \(letter)")
                }
            }
        }
        // after the letter, and with the sentence's full stop fused to it
        #expect(try Self.summary("It was 35 C overnight in the shade") == ["35 C=35 celsius"])
        #expect(try Self.summary("Highs will reach 95 F.") == ["95 F=95 fahrenheit"])
        #expect(try Self.summary("The metal was cooled to 77 K.") == ["77 K=77 kelvin"])
        #expect(try Self.summary("Temperatures near 25 C, winds light") == ["25 C=25 celsius"])
        #expect(try Self.summary("HIGHS OF 41 C EXPECTED") == ["41 C=41 celsius"])
    }

    @Test func aSpacedScaleLetterElsewhereIsNoTemperature() throws {
        for text in [
            "He bought 300 K shares last year", "The firm sold 12 C-130 planes", "She got 3 F grades",
            "Readings of 300 K were taken", "a high of 35 C-17 sorties", "It scored 4 C's in the test",
            "They ordered 20 F-16 jets at a high price",
        ] {
            #expect(try NumberDetectorTests.mentions(text).allSatisfy { $0.kind != .temperature }, "\(text)")
        }
        // a K before a noun counts thousands, temperature words or not; money keeps its K
        #expect(try Self.summary("Cold weather cut sales to 300 K units") == ["300 K=300000"])
        #expect(try Self.summary("The oven maker sold 500 K last year") == ["500 K=500000"])
        #expect(try Self.summary("The heating bill rose to $300 K last year") == ["$300 K=300000 USD"])
        #expect(try Self.summary("The heating bill rose to $300 K.") == ["$300 K=300000 USD"])
        #expect(try Self.summary("The sample was cooled to 4 K and then warmed") == ["4 K=4 kelvin"])
        // a temperature word in the sentence before does not reach across a full stop
        #expect(try NumberDetectorTests.mentions("It was hot. Class 5 C opens today").allSatisfy { $0.kind != .temperature })
    }
}

/// A spaced `C` or `F` before a plural noun grades or sizes it, even near a word of weather.
@Suite struct MentionReaderSpacedScaleNounTests {
    @Test func beforeANounTheLetterIsNoScale() throws {
        for text in ["Cold weather hit sales of 40 C batteries.", "The forecast is for 40 F tonnes of snow.", "In the heat, 30 C cells sold."] {
            #expect(try NumberDetectorTests.mentions(text).allSatisfy { $0.kind != .temperature }, "\(text)")
        }
    }

    @Test func elsewhereItStaysATemperature() throws {
        for text in ["Highs near 95 F are forecast.", "Temperatures fell to 40 F overnight.", "Lows of 5 C and rain.",
            "Highs of 95 F seems mild.", "weather at 30 C highs", "temperatures of 40 C nights", "heat of 35 C days",
            "weather of 90 F afternoons"]
        {
            #expect(try NumberDetectorTests.mentions(text).first?.kind == .temperature, "\(text)")
        }
    }
}
