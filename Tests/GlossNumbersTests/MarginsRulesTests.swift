import Testing

@testable import GlossNumbers

/// numbers16's rules, one test per phenomenon that the eleventh probe set (Margins) and the
/// last stop's leftovers found short: the letterlike temperature signs and `deg`, the cent
/// sign, the minus sign U+2212, a scale word ending a hyphenated word, `halves` after a count,
/// two fractions joined by `and`, one spaced comma group before a clause's comma, the verbs
/// and words that make degrees an angle, a pre-tokenised `year - old`, the `and` that
/// `between` needs, and a lower-case ISO code fused to an amount and a scale. Each test's
/// first expectations are inputs the base (69c5c9e) read otherwise, as its comments say.
@Suite struct MarginsRulesTests {
    typealias D = NumberDetectorTests

    @Test func letterlikeTemperatureSignsAndDegAreTemperatures() throws {
        // base 69c5c9e: a plain number for each
        #expect(try D.summary("Water boils at 100℃ at sea level.") == ["100℃=100 celsius"])
        #expect(try D.summary("It was 95℉ in Phoenix.") == ["95℉=95 fahrenheit"])
        #expect(try D.summary("it is 20 ℃ inside") == ["20 ℃=20 celsius"])
        #expect(try D.summary("It hit 41 degs in the shade.") == ["41 degs=41 degree"])
        #expect(try D.summary("a high of 30 deg today") == ["30 deg=30 degree"])
        // the longer keys still win
        #expect(try D.mentions("it melts at 1,538 deg C").first?.unit == "celsius")
        #expect(try D.mentions("a reading of 70 degs F").first?.unit == "fahrenheit")
        // a sign alone is no mention
        #expect(try D.mentions("℃ and ℉ are signs").isEmpty)
    }

    @Test func theCentSignAfterAnAmountIsCents() throws {
        // base 69c5c9e: ["99=99"]
        #expect(try D.summary("The coffee was 99¢ at the diner.") == ["99¢=99 cent"])
        #expect(try D.summary("a 50 ¢ stamp") == ["50 ¢=50 cent"])
        #expect(try D.mentions("gum for 5¢ and soda for 75¢").map(\.unit) == ["cent", "cent"])
        #expect(try D.mentions("the ¢ sign").isEmpty)
    }

    @Test func theMinusSignBeforeANumberIsItsSign() throws {
        // base 69c5c9e: ["12=12"], ["8 °C=8 celsius"], ["5=5", "3 degrees=3 degree"]
        #expect(try D.summary("The gauge read −12 at dawn.") == ["−12=-12"])
        #expect(try D.summary("Overnight it fell to −8 °C.") == ["−8 °C=-8 celsius"])
        #expect(try D.mentions("from −5 to −3 degrees").first.map { [$0.value?.double, $0.high?.double] } == [-5, -3])
        #expect(try D.summary("a yield of −0.5") == ["−0.5=-0.5"])
        // not after a number (a dash misused between two), nor alone
        #expect(try D.mentions("pages 10−20").allSatisfy { ($0.value?.double ?? 0) >= 0 })
        #expect(try D.mentions("x − y").isEmpty)
        #expect(try D.summary("−") == [])
    }

    @Test func aScaleWordEndingAHyphenatedWordIsItsNumbers() throws {
        // base 69c5c9e: ["$1.5=1.5 USD"], ["109=109"], ["200=200"]
        #expect(try D.summary("The city approved a $1.5-million upgrade.") == ["$1.5-million=1500000 USD"])
        #expect(try D.mentions("its 109-billion dlr foreign debt").map(\.normalized) == ["109000000000 USD"])
        #expect(try D.mentions("a 200-million bushel reduction").map(\.normalized) == ["200000000 bushel"])
        #expect(try D.summary("Ottawa unveiled a $3-Billion plan.") == ["$3-Billion=3000000000 USD"])
        #expect(try D.summary("a 5-thousand crowd") == ["5-thousand=5000"])
        // as before: a scale and a unit after it, and no scale word at all
        #expect(try D.mentions("a 90-billion-euro fund").map(\.normalized) == ["90000000000 EUR"])
        #expect(try D.mentions("a 10-gallon hat").first?.unit == "gallon")
        #expect(try D.mentions("the 5-millionth visitor").allSatisfy { $0.value?.double != 5_000_000 })
    }

    @Test func halvesAfterACountOfThreeOrMoreIsAFraction() throws {
        // base 69c5c9e: ["Three=3"], ["five=5"]
        #expect(try D.summary("Three halves is the answer.") == ["Three halves=1.5"])
        #expect(try D.summary("five halves") == ["five halves=2.5"])
        #expect(try D.summary("eleven halves") == ["eleven halves=5.5"])
        // two halves are the two parts of a whole; one half is a half
        #expect(try D.summary("the two halves of the match") == ["two=2"])
        #expect(try D.summary("one half") == ["one half=0.5"])
        #expect(try D.mentions("in both halves").isEmpty)
    }

    @Test func twoFractionsJoinedByAndAreNoMixedNumber() throws {
        // base 69c5c9e: ["a quarter and a half=0.75"], ["Between a quarter and a half=0.75"]
        #expect(try D.summary("a quarter and a half") == ["a quarter=0.25", "a half=0.5"])
        #expect(try D.mentions("Between a quarter and a half of the crop was lost.").first.map { [$0.value?.double, $0.high?.double] }
            == [0.25, 0.5])
        // a whole number and a fraction stay one mixed number
        #expect(try D.summary("one and a half") == ["one and a half=1.5"])
        #expect(try D.summary("three and three quarters") == ["three and three quarters=3.75"])
        #expect(try D.summary("a dozen and a half") == ["a dozen and a half=18"])
    }

    @Test func oneSpacedCommaGroupBeforeAClausesCommaHolds() throws {
        // base 69c5c9e: ["fewer than 1=<1", "000=0"]
        #expect(try D.mentions("fewer than 1 , 000 , took part .").first?.value?.double == 1000)
        #expect(try D.mentions("some 5 , 000 , the police said").map(\.value?.double) == [5000])
        #expect(try D.summary("5 , 000 ,") == ["5 , 000=5000"])
        // a number, or `and`/`or` and a number, after the comma goes on as a list
        for text in ["rooms 1 , 250 , 30 .", "rooms 1 , 250 , and 300 were let .", "he chose 1 , 2 , 3 .",
                     "seats 5 , 250 , or 10 .", "seats 5 , 250 , two more"] {
            #expect(try D.mentions(text).allSatisfy { ($0.value?.double ?? 0) < 1000 }, "\(text)")
        }
    }

    @Test func wordsOfTurningAndDirectionMakeDegreesAnAngle() throws {
        // base 69c5c9e: temperature for each
        for text in ["The road turns 90 degrees to the left.", "The plane banked 30 degrees clockwise.",
                     "Berlin lies at 52 degrees latitude.", "rotating it 45 degrees", "the tower tilts 4 degrees",
                     "it spun 180 degrees", "veered 20 degrees off course", "Turn 90 degrees to the right."] {
            #expect(try D.mentions(text).map(\.kind) == [.dimension], "\(text)")
        }
        // temperatures stay: no word of turning, `right now`, a swing of temperature
        for text in ["It was 30 degrees right now.", "swings of 20 degrees overnight", "Highs of 25 degrees to the south."] {
            #expect(try D.mentions(text).map(\.kind) == [.temperature], "\(text)")
        }
    }

    @Test func aPreTokenisedYearOldIsAnAge() throws {
        // base 69c5c9e: ["19=19"], ["3=3"]
        #expect(try D.summary("the 19 - year - old was charged .") == ["19 - year - old=19 year"])
        #expect(try D.mentions("a 3 - day - old calf").map(\.normalized) == ["3 day"])
        #expect(try D.mentions("a six - month - old baby").map(\.normalized) == ["6 month"])
        #expect(try D.mentions("the 20 - years - old man").first?.unit == "year")
        // a hyphen and a period word with no `old` is no age
        #expect(try D.mentions("the 5 - year plan .").allSatisfy { $0.kind != .age })
        #expect(try D.mentions("a 3 - day week").allSatisfy { $0.kind != .age })
    }

    @Test func theAndThatBetweenNeedsSplitsAHundredFromALargerScale() throws {
        // base 69c5c9e: ["nine hundred and one thousand=901000"], ["one hundred and fifty thousand=150000"]
        #expect(try D.mentions("between nine hundred and one thousand people came").first.map { [$0.value?.double, $0.high?.double] }
            == [900, 1000])
        #expect(try D.mentions("between one hundred and fifty thousand").first.map { [$0.value?.double, $0.high?.double] }
            == [100, 50000])
        #expect(try D.mentions("between two hundred and three million").first.map { [$0.value?.double, $0.high?.double] }
            == [200, 3_000_000])
        // another `and` after it: the first joins, as before
        #expect(try D.mentions("between one hundred and twenty thousand and two hundred thousand").first.map {
            [$0.value?.double, $0.high?.double]
        } == [120_000, 200_000])
        #expect(try D.mentions("between one hundred and twenty and one hundred and fifty").first.map { [$0.value?.double, $0.high?.double] }
            == [120, 150])
        // no `between`: one number, as before
        #expect(try D.summary("nine hundred and one thousand people") == ["nine hundred and one thousand=901000"])
        #expect(try D.summary("one hundred and twenty thousand") == ["one hundred and twenty thousand=120000"])
    }

    @Test func aLowerCaseCodeFusedToAnAmountAndAScaleIsMoney() throws {
        // base 69c5c9e: [] for each
        #expect(try D.summary("the sale raised gbp5m for charity") == ["gbp5m=5000000 GBP"])
        #expect(try D.summary("the sale raised usd5m for charity") == ["usd5m=5000000 USD"])
        #expect(try D.summary("they paid eur2.5bn in cash") == ["eur2.5bn=2500000000 EUR"])
        #expect(try D.summary("a jpy300k deal") == ["jpy300k=300000 JPY"])
        // as before: capitals; mixed case, the codes that are words and letters that are no code stay out
        #expect(try D.summary("the sale raised GBP5m") == ["GBP5m=5000000 GBP"])
        for text in ["the firm has try5m and rub2m", "Gbp5m or so", "a cad5m file", "with abcd5m", "zzz5m", "mp3s"] {
            #expect(try D.mentions(text).allSatisfy { $0.currency == nil }, "\(text)")
        }
    }
}
