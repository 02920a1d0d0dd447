import Foundation
import Testing

@testable import GlossNumbers

/// Numbers in words, one grammar step at a time.
@Suite struct PhraseReaderTests {
    static func value(_ text: String) throws -> String? { try NumberPhraseTests.phrase(text)?.value.description }

    /// A bare scale word heading a hyphenated compound is one of it: a hundred-dollar bill is
    /// worth 100 dollars; a scale word before a number word is not read so (`hundred-twenty`).
    @Test func aScaleWordHeadingACompound() throws {
        #expect(try NumberDetectorTests.summary("He paid in hundred-dollar bills.") == ["hundred-dollar=100 USD"])
        #expect(try NumberDetectorTests.summary("million-dollar homes") == ["million-dollar=1000000 USD"])
        #expect(try NumberDetectorTests.summary("a million-dollar question") == ["a million-dollar=1000000 USD"])
        #expect(try NumberDetectorTests.summary("a five-dollar note") == ["five-dollar=5 USD"])
        #expect(try NumberDetectorTests.summary("the thousand-year-old tree") == ["thousand-year-old=1000 year"])
        // a number broken at a line's end: the scale is the number's, not a compound of its own
        #expect(try NumberDetectorTests.mentions("in a 2.1- billion-dlr buyout").allSatisfy { $0.value?.double != 1e9 })
    }

    /// A mixed number written as one hyphenated word reads as it does with spaces, in any case,
    /// before a scale and before the noun it counts; `and` that no fraction follows joins nothing.
    @Test func hyphenatedMixedNumbers() throws {
        #expect(try NumberDetectorTests.summary("It took one-and-a-half hours.") == ["one-and-a-half=1.5"])
        #expect(try NumberDetectorTests.summary("One-and-a-half cups were left.") == ["One-and-a-half cups=1.5 cup"])
        #expect(try NumberDetectorTests.summary("SALES ROSE TWO-AND-A-HALF TIMES") == ["TWO-AND-A-HALF=2.5"])
        #expect(try NumberDetectorTests.summary("two-and-a-quarter million people") == ["two-and-a-quarter million=2250000"])
        #expect(try NumberDetectorTests.summary("He ran three-and-three-quarters laps.") == ["three-and-three-quarters=3.75"])
        #expect(try NumberDetectorTests.summary("It took twenty-one-and-a-half years.").first?.hasPrefix("twenty-one-and-a-half") == true)
        #expect(try NumberDetectorTests.mentions("twenty-one-and-a-half").map { $0.value?.double } == [21.5])
        #expect(try NumberDetectorTests.mentions("a two-and-a-half-storey house").map { $0.value?.double } == [2.5])
        #expect(try NumberDetectorTests.mentions("a one-and-a-third share").map { (($0.value?.double ?? 0) * 3).rounded() } == [4])
        // no fraction after `and`: the hyphenated word is read as before
        #expect(try NumberDetectorTests.mentions("the one-and-only champion").allSatisfy { $0.value?.double != 1.5 })
        #expect(try NumberDetectorTests.mentions("a two-and-three split").allSatisfy { $0.value?.double != 5 })
    }

    @Test func pointDecimals() throws {
        #expect(try Self.value("two hundred point zero three") == "200.03")
        #expect(try Self.value("three point one four") == "3.14")
        #expect(try Self.value("twenty point five") == "20.5")
        #expect(try Self.value("one million point five") == "1000000.5")
        #expect(try Self.value("5 point 25") == "5.25")
        #expect(try Self.value("zero point zero zero seven") == "0.007")
    }

    /// Every numerator from one to nine over every spelled ordinal denominator from three to
    /// ninety-nine, plural (any numerator) and singular (a, one).
    @Test func generatedOrdinalDenominators() throws {
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let unitOrdinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (t, ten) in tens.enumerated() {
            for unit in 1...9 {
                let denominator = 20 + 10 * t + unit
                let ordinal = ten + "-" + unitOrdinals[unit] + "s"
                for (n, numerator) in units.enumerated() where n > 0 && unit >= 3 {
                    let expected = NumberValue(n + 1) / NumberValue(denominator)
                    #expect(try Self.value("\(numerator) \(ordinal)") == expected.description, "\(numerator) \(ordinal)")
                }
                do {
                    let singular = ten + "-" + unitOrdinals[unit]
                    #expect(try Self.value("one \(singular)") == (NumberValue(1) / NumberValue(denominator)).description)
                    #expect(try Self.value("a \(singular)") == (NumberValue(1) / NumberValue(denominator)).description)
                }
            }
        }
    }

    @Test func scaleOrdinalDenominators() throws {
        #expect(try Self.value("three hundredths") == "0.03")
        #expect(try Self.value("seven thousandths") == "0.007")
        #expect(try Self.value("two millionths") == "0.000002")
        #expect(try Self.value("one one hundred fifth") == (NumberValue(1) / NumberValue(105)).description)
        #expect(try Self.value("a hundredth") == "0.01")
    }

    @Test func aWholeNumberBeforeAFractionWordIsItsNumerator() throws {
        // Recognizers-Text's reading, kept: twenty fifths is 20/5
        #expect(try Self.value("twenty fifths") == "4")
        #expect(try Self.value("one hundred and six") == "106")
    }

    @Test func outOfOverAndIn() throws {
        #expect(try Self.value("3 out of 5") == "0.6")
        #expect(try Self.value("nine out of ten") == "0.9")
        #expect(try Self.value("99 out of 100") == "0.99")
        #expect(try Self.value("1 over 4") == "0.25")
        #expect(try Self.value("one in three") == (NumberValue(1) / NumberValue(3)).description)
        #expect(try Self.value("2 in 5") == "0.4")
        #expect(try Self.value("1 in 1990")?.description == "1")  // a date, not a ratio
        #expect(try Self.value("6 out of 5") == "6")  // no fraction above one
    }

    @Test func dozens() throws {
        #expect(try Self.value("a dozen") == "12")
        #expect(try Self.value("half a dozen") == "6")
        #expect(try Self.value("a half-dozen") == "6")
        #expect(try Self.value("two dozens") == "24")
        #expect(try Self.value("three dozen") == "36")
        #expect(try Self.value("dozens") == nil)
        // and half a dozen more, after any count of dozens
        for (count, words) in [(1, "a"), (1, "one"), (2, "two"), (3, "three"), (10, "ten"), (4, "4")] {
            #expect(try Self.value("\(words) dozen and a half") == "\(count * 12 + 6)", "\(words)")
        }
        #expect(try Self.value("A dozen and a half boats") == "18")
        #expect(try Self.value("a dozen and a half-hearted one") == "12")
        #expect(try Self.value("two dozen and an apple") == "24")
    }

    /// A fraction before `of a` and a scale is that share of the scale, generated over the
    /// fraction words and scales; without the article or the scale it stays a fraction.
    @Test func aFractionOfAScale() throws {
        let fractions: [(String, Double)] = [
            ("a quarter", 0.25), ("three quarters", 0.75), ("half", 0.5), ("a third", 1.0 / 3), ("two thirds", 2.0 / 3),
            ("a fifth", 0.2), ("three eighths", 0.375), ("one tenth", 0.1), ("1/4", 0.25),
        ]
        for (fraction, share) in fractions {
            for (scale, size) in [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)] {
                let phrase = try NumberPhraseTests.phrase("\(fraction) of a \(scale) people")
                let value = try #require(phrase?.value.double, "\(fraction) of a \(scale)")
                #expect(abs(value - share * size) <= 1e-6 * size, "\(fraction) of a \(scale)")
                #expect(phrase?.hasScale == true && phrase?.form == .cardinal, "\(fraction) of a \(scale)")
            }
        }
        #expect(try NumberDetectorTests.summary("a third of a billion dollars") == ["a third of a billion dollars=333333333.333333 USD"])
        #expect(try Self.value("a quarter of the million") == "0.25")
        #expect(try Self.value("a quarter of them") == "0.25")
    }

    @Test func andJoinsOneNumberOrTwo() throws {
        #expect(try NumberDetectorTests.summary("one hundred and five cats") == ["one hundred and five=105"])
        #expect(try NumberDetectorTests.summary("six crore and two hundred") == ["six crore and two hundred=60000200"])
        #expect(try NumberDetectorTests.summary("five and six") == ["five=5", "six=6"])
        #expect(try NumberDetectorTests.summary("fifty and fifty") == ["fifty=50", "fifty=50"])
        #expect(try NumberDetectorTests.summary("one and a half") == ["one and a half=1.5"])
    }

    @Test func denominatorReadsOrdinalWords() {
        func denominator(_ words: [NumberWord]) -> Int? {
            let pieces = words.enumerated().map { NumberPiece(start: $0.offset, end: $0.offset + 1, token: $0.offset, content: .word($0.element), attached: false) }
            return PhraseReader.denominator(pieces, at: 0)?.value
        }
        #expect(denominator([.tens(20), .ordinal(5)]) == 25)
        #expect(denominator([.unit(1), .scale(2), .ordinal(5)]) == 105)
        #expect(denominator([.unit(2), .scale(2), .tens(30), .ordinalPlural(1)]) == 231)
        #expect(denominator([.ordinalPlural(100)]) == 100)
        #expect(denominator([.unit(5), .unit(5)]) == nil)
    }

    @Test func compoundOrdinalDenominatorsGenerated() throws {
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let numerators = ["three", "five", "seven", "eleven"]
        for (t, tensWord) in tens.enumerated() {
            for (u, ordinal) in ordinals.enumerated() {
                for (n, numerator) in numerators.enumerated() {
                    let denominator = Double(20 + 10 * t + u + 1)
                    let value = [3.0, 5, 7, 11][n] / denominator
                    let plural = ordinal + "s"
                    let found = try NumberDetectorTests.mentions("\(numerator) \(tensWord)-\(plural) of it")
                    #expect(found.count == 1 && abs((found.first?.value?.double ?? 0) - value) < 1e-12, "\(numerator) \(tensWord)-\(plural): \(found.map(\.normalized))")
                }
            }
        }
        // thirty-second alone is an ordinal; seconds alone stay time
        #expect(try NumberDetectorTests.mentions("the thirty-second floor").first?.value?.double == 32)
        #expect(try NumberDetectorTests.mentions("the thirty-second floor").first?.kind == .ordinal)
    }

    @Test func aBareQuarterOrHalfAfterADeterminerIsAPeriod() throws {
        for word in PhraseReader.periodDeterminers.sorted() {
            for fraction in ["quarter", "half"] {
                // no fraction (last, next, current are relative ordinals of their own)
                let found = try NumberDetectorTests.mentions("profit in \(word) \(fraction) was flat")
                #expect(found.allSatisfy { $0.kind == .ordinal }, "\(word) \(fraction): \(found.map(\.normalized))")
            }
        }
        #expect(try NumberDetectorTests.summary("a quarter of them") == ["a quarter=0.25"])
        #expect(try NumberDetectorTests.summary("half of them") == ["half=0.5"])
    }
}

/// Scales after a decimal said with `point` and after a mixed number; plural scale words;
/// hyphenated ages in words.
@Suite struct PhraseReaderScaleTests {
    static let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    static let scales: [(String, Int)] = [("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12), ("mln", 6), ("bn", 9)]

    @Test func aScaleAfterPointScalesTheWholeDecimal() throws {
        for (whole, unit) in Self.units.enumerated() {
            for (digit, decimal) in Self.units.enumerated() {
                for (scale, power) in Self.scales {
                    let text = "\(unit) point \(decimal) \(scale)"
                    var expected = Decimal(whole + 1) + Decimal(digit + 1) / 10
                    for _ in 0..<power { expected *= 10 }
                    let found = try NumberDetectorTests.mentions("with \(text) people")
                    #expect(found.map(\.normalized) == ["\(expected)"], "\(text)")
                }
            }
        }
    }

    @Test func aScaleAfterAMixedNumberScalesIt() throws {
        for whole in [1, 2, 15] {
            for (fraction, value) in [("1/2", 0.5), ("1/4", 0.25), ("3/4", 0.75)] {
                for (scale, power) in Self.scales.prefix(4) {
                    let text = "\(whole) \(fraction) \(scale)"
                    let expected = (Double(whole) + value) * pow(10, Double(power))
                    let found = try NumberDetectorTests.mentions("some \(text) people")
                    #expect(found.map { $0.value?.double } == [expected], "\(text)")
                }
            }
        }
    }

    @Test func pluralScalesGoOnLikeSingularOnes() throws {
        #expect(try NumberDetectorTests.summary("twenty-one trillions and three hundred") == [
            "twenty-one trillions and three hundred=21000000000300"
        ])
        #expect(try NumberDetectorTests.summary("two millions") == ["two millions=2000000"])
    }

    @Test func anOrdinalAfterAndEndsTheNumber() throws {
        for (scale, value) in [("one hundred", 100), ("two thousand", 2000), ("a hundred", 100)] {
            for (ordinal, offset) in [("first", 1), ("second", 2), ("twelfth", 12), ("twentieth", 20)] {
                let found = try NumberDetectorTests.mentions("the \(scale) and \(ordinal) time")
                #expect(found.map(\.kind) == [.ordinal], "\(scale) and \(ordinal)")
                #expect(found.map { $0.value?.double } == [Double(value + offset)], "\(scale) and \(ordinal)")
            }
        }
    }

    @Test func agesInHyphenatedWords() throws {
        for (word, value) in [("two", 2), ("ten", 10), ("twenty-five", 25), ("sixty", 60), ("ninety-nine", 99)] {
            for (unit, name) in [("year", "year"), ("month", "month"), ("week", "week"), ("day", "day")] {
                let text = "the \(word)-\(unit)-old child"
                #expect(try NumberDetectorTests.summary(text) == ["\(word)-\(unit)-old=\(value) \(name)"], "\(text)")
            }
        }
    }

    /// `quarters` after a count that follows an ordinal or a period word counts periods
    /// (`the first three quarters`); with `of` after it, or alone, it stays a fraction.
    @Test func quartersCountedAfterAPeriodWordAreNoFraction() throws {
        for before in ["the first", "the last", "the past", "its", "the final"] {
            for (word, value) in [("two", 2), ("three", 3), ("3", 3)] {
                let text = "profit for \(before) \(word) quarters rose"
                let numbers = try NumberDetectorTests.mentions(text).filter { $0.kind == .number }
                #expect(numbers.map(\.normalized) == ["\(value)"], "\(text)")
            }
        }
        #expect(try NumberDetectorTests.summary("three quarters of the votes") == ["three quarters=0.75"])
        #expect(try NumberDetectorTests.summary("nearly three quarters") == ["nearly three quarters=<0.75"])
    }

    @Test func aBareQuarterAfterFinalOrPriorIsAPeriod() throws {
        for word in ["Final", "final", "prior", "past", "recent"] {
            #expect(try NumberDetectorTests.mentions("sales fell in the \(word) quarter").isEmpty, "\(word)")
        }
        #expect(try NumberDetectorTests.summary("Unemployment Fell in Final Quarter of 2025") == ["2025=2025"])
    }

    /// `in quarter`, as the wire drops the article, is a period; `cut in half` stays a fraction.
    @Test func quarterAfterInIsAPeriod() throws {
        for amount in ["14 cts a share", "2.3 mln dlrs", "a loss of 86,000 dlrs"] {
            #expect(try NumberDetectorTests.mentions("\(amount) in quarter and 6 mln dlrs in year").allSatisfy { $0.value?.double != 0.25 }, "\(amount)")
        }
        #expect(try NumberDetectorTests.mentions("the cost was cut in half last year").map { $0.value?.double } == [0.5])
    }

    /// Quarters of the year, or of a year, are periods: `the first three quarters of the year`.
    @Test func quartersOfTheYearAreCountedPeriods() throws {
        for tail in ["of the year", "of the fiscal year", "of 1986", "of 2025"] {
            for (word, value) in [("two", 2), ("three", 3)] {
                let text = "paid during the first \(word) quarters \(tail) rose"
                #expect(try NumberDetectorTests.mentions(text).filter { $0.kind == .number }.map(\.normalized) == ["\(value)"], "\(text)")
            }
        }
        #expect(try NumberDetectorTests.summary("three quarters of the year passed") == ["three quarters=0.75"])
    }
}

/// A plural `quarters` or `halves` with no count before it is periods or a verb, not a share.
@Suite struct PhraseReaderBarePluralTests {
    @Test func aPluralFractionWordWithNoCountIsNoNumber() throws {
        for text in ["Sales should improve in coming quarters.", "It said subsequent quarters will be better.",
            "Think Tank Halves 2025 Growth Forecast", "the main living quarters burned"]
        {
            #expect(try NumberDetectorTests.mentions(text).allSatisfy { $0.value?.description != "0.25" && $0.value?.description != "0.5" }, "\(text)")
        }
        #expect(try NumberDetectorTests.summary("three quarters of voters") == ["three quarters=0.75"])
        #expect(try NumberDetectorTests.summary("a quarter of voters") == ["a quarter=0.25"])
    }
}
