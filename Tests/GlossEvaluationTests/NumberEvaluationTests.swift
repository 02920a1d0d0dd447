import Foundation
import Testing

@testable import GlossEvaluation

@Suite struct NumberEvaluationTests {
    /// A small spec in Recognizers-Text's format, written for this test: three cases Gloss
    /// passes, one it fails by convention (a bare unit word that is ambiguous) and one it fails outright.
    static let currencySpec = """
        [
          {"Input": "The ticket was $ 12.50 at the door.",
           "Results": [{"Text": "$ 12.50", "TypeName": "currency", "Resolution": {"value": "12.5", "unit": "Dollar"}, "Start": 15, "End": 21}]},
          {"Input": "She sold it for 40 euros.",
           "Results": [{"Text": "40 euros", "TypeName": "currency", "Resolution": {"value": "40", "unit": "Euro"}, "Start": 16, "End": 23}]},
          {"Input": "Nobody counted.", "Results": []},
          {"Input": "They spoke of pounds.", "NotSupported": "javascript",
           "Results": [{"Text": "pounds", "TypeName": "currency", "Resolution": {"value": null, "unit": "Pound"}, "Start": 14, "End": 19}]},
          {"Input": "Prices hit 9 quatloos.",
           "Results": [{"Text": "9 quatloos", "TypeName": "currency", "Resolution": {"value": "9", "unit": "Quatloo"}, "Start": 11, "End": 20}]}
        ]
        """

    @Test func parsesCases() throws {
        let cases = try NumberEvaluation.parse(Data(Self.currencySpec.utf8), path: "t")
        #expect(cases.count == 5)
        #expect(cases[3].notSupported)
        #expect(cases[3].results[0].value == nil)
        #expect(cases[0].results[0].unit == "Dollar")
        #expect(throws: (any Error).self) { try NumberEvaluation.parse(Data("{}".utf8), path: "t") }
    }

    @Test func theModelComesFromTheFileName() {
        #expect(NumberEvaluation.Model(fileName: "a/NumberModel.json") == .number)
        #expect(NumberEvaluation.Model(fileName: "NumberRangeModelExperimentalMode.json") == .numberRange)
        #expect(NumberEvaluation.Model(fileName: "x/CurrencyModel.json") == .currency)
        #expect(NumberEvaluation.Model(fileName: "OrdinalModelSuppressExtendedTypes.json") == .ordinal)
    }

    @Test func percentModeIsTheSuffixNotTheModelsName() {
        #expect(NumberEvaluation.isPercentMode("PercentModelPercentMode.json"))
        #expect(NumberEvaluation.isPercentMode("NumberModelPercentMode.json"))
        #expect(!NumberEvaluation.isPercentMode("PercentModel.json"))
        #expect(!NumberEvaluation.isPercentMode("PercentModel-Legal.json"))
    }

    @Test func aSpanOfYearsIsNoNumberRange() {
        #expect(NumberEvaluation.results(of: "The 2010-11 season was his last.", model: .numberRange).isEmpty)
        #expect(NumberEvaluation.results(of: "It will hire 600 to 800 people.", model: .numberRange).map(\.value) == ["[600,800]"])
    }

    @Test func valuesCompareNumericallyAndIntervalsByTheirEnds() {
        #expect(NumberEvaluation.sameValue("0.333333333333333", "0.3333333333333333"))
        #expect(NumberEvaluation.sameValue("100%", "100"))
        #expect(!NumberEvaluation.sameValue("5", "6"))
        #expect(NumberEvaluation.sameValue("(20,35]", "(20,35]"))
        #expect(!NumberEvaluation.sameValue("[20,35)", "[20,35]"))
        #expect(NumberEvaluation.sameValue(nil, nil))
    }

    @Test func scoresEveryCaseAndNamesConventions() throws {
        let cases = try NumberEvaluation.parse(Data(Self.currencySpec.utf8), path: "t")
        let score = NumberEvaluation.score(cases, model: .currency)
        #expect(score.cases == 5)
        #expect(score.passed == 3)
        #expect(score.notSupported == 1)
        #expect(score.conventions["a unit word that also means something else is no mention without a number"] == 1)
        #expect(score.failures.count == 2)
    }

    @Test func namesTheConventionsGlossKeeps() {
        func named(_ input: String, _ expected: [NumberEvaluation.Result], _ model: NumberEvaluation.Model) -> String? {
            let found = NumberEvaluation.results(of: input, model: model)
            #expect(NumberEvaluation.compare(expected: expected, found: found, model: model) != nil, "\(input)")
            return NumberEvaluation.convention(input: input, expected: expected, found: found, model: model)
        }
        func result(_ type: String, _ text: String, _ value: String?, _ unit: String? = nil, at start: Int) -> NumberEvaluation.Result {
            NumberEvaluation.Result(type: type, text: text, value: value, unit: unit, start: start)
        }
        #expect(named("Buy 5-9 apples", [result("numberrange", "5-9", "[5,9)", at: 4)], .numberRange) == "a range includes both ends")
        #expect(
            named("Ping 10.0.0.7 now", [10, 0, 0, 7].map { result("number", "\($0)", "\($0)", at: 5) }, .number)
                == "an address or list of dotted numbers is no number")
        #expect(named("It weighs six and a third", [result("ordinal", "third", "3", at: 20)], .ordinal)?.hasPrefix("a number and a fraction") == true)
        #expect(named("a woman of age 40", [result("age", "age 40", "40", "Age", at: 11)], .age) == "an age without a unit is in years")
        #expect(named("Is the 10F due?", [], .temperature) == "a capital C or F fused to a number is a temperature (41C)")
        #expect(named("Buy 7 pears", [result("number", "8", "8", at: 4)], .number) == nil)
    }

    @Test func numberModelReportsTheNumeralsOfEachMention() {
        let results = NumberEvaluation.results(of: "He paid $20 for 3 books, the 2nd of them.", model: .number)
        #expect(results.map(\.text) == ["20", "3"])
        let ordinals = NumberEvaluation.results(of: "He paid $20 for 3 books, the 2nd of them.", model: .ordinal)
        #expect(ordinals.map(\.value) == ["2"])
        #expect(NumberEvaluation.results(of: "Take the penultimate exit.", model: .ordinal).map(\.type) == ["ordinal.relative"])
        #expect(NumberEvaluation.results(of: "Take the penultimate exit.", model: .ordinal, extendedTypes: false).isEmpty)
    }

    @Test func numberModelCountsANumeralBeforeLettersItsMentionLeavesOut() {
        // numbers32: `40bp` is the count 40 (basis points are no unit); a unit fused to the
        // numeral is still a measure's, and a scale's letter is the number's own
        #expect(NumberEvaluation.results(of: "Spreads widened 40bp on the day.", model: .number).map(\.text) == ["40"])
        #expect(NumberEvaluation.results(of: "The route is 29km long.", model: .number).isEmpty)
        #expect(NumberEvaluation.results(of: "The app has 120k users.", model: .number).map(\.text) == ["120k"])
    }

    @Test func aFileIsScoredByTheModelItsNameSays() throws {
        // the spec expects what Gloss finds, a relative ordinal; a file named for the model
        // that suppresses extended types is scored without it, so there the case fails
        let input = "Take the penultimate exit."
        let found = try #require(NumberEvaluation.results(of: input, model: .ordinal).first)
        #expect(found.type == "ordinal.relative")
        let result: [String: Any] = ["Text": found.text, "TypeName": found.type, "Resolution": ["value": found.value ?? ""], "Start": found.start]
        let spec = try JSONSerialization.data(withJSONObject: [["Input": input, "Results": [result]]])
        let directory = NSTemporaryDirectory() + "numbers-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in ["OrdinalModel.json", "OrdinalModelSuppressExtendedTypes.json"] {
            try spec.write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        let plain = try NumberEvaluation.evaluate(path: directory + "/OrdinalModel.json")
        let suppressed = try NumberEvaluation.evaluate(path: directory + "/OrdinalModelSuppressExtendedTypes.json")
        #expect(plain.cases == 1 && plain.passed == 1)
        #expect(suppressed.cases == 1 && suppressed.passed == 0)
    }

    @Test func theOverallLineCountsEveryFile() {
        #expect(NumberEvaluation.overall(passed: 3, total: 8) == "overall: 3/8 cases passed (37.5%)")
        #expect(NumberEvaluation.overall(passed: 0, total: 0) == "overall: 0/0 cases passed (0.0%)")
    }

    @Test func theScoreLineNamesConventionsInOrder() {
        var score = NumberEvaluation.Score()
        (score.cases, score.passed, score.notSupported, score.notSupportedPassed) = (4, 1, 2, 1)
        score.conventions = ["b rule": 1, "a rule": 2]
        #expect(
            score.text(file: "f.json")
                == "f.json: 1/4 cases passed (25.0%); marked NotSupported: 1/2 passed; failed by Gloss convention: 2 (a rule), 1 (b rule)")
    }
}

/// The ends of a range as a model without ranges reports them.
@Suite struct NumberEvaluationRangeEndsTests {
    func ends(_ input: String, _ model: NumberEvaluation.Model) -> [String] {
        NumberEvaluation.results(of: input, model: model).map { "\($0.text)=\($0.value ?? "null")" }
    }

    @Test func eachEndWithItsSignOrUnitAndTheHighEndWithTheUnitAfterIt() {
        #expect(ends("between $50,000 and $100,000", .currency) == ["$50,000=50000", "$100,000=100000"])
        #expect(ends("from 10% to 15%", .percent) == ["10%=10%", "15%=15%"])
        #expect(ends("between 5 and 7 percent", .percent) == ["7 percent=7%"])
        #expect(ends("walls eight to 10 feet tall", .dimension) == ["10 feet=10"])
        #expect(ends("It is 5-10 kg.", .dimension) == ["10 kg=10"])
    }

    /// A sign spaced before each end is each end's (numbers25: `Rs 10 lakh–Rs 15 lakh` gave one
    /// end, `10 lakh–Rs`); a sign spaced before the low end alone stays the low end's.
    @Test func aSignSpacedBeforeEachEndIsEachEnds() {
        #expect(ends("Fares will cost Rs 10 lakh–Rs 15 lakh.", .currency) == ["Rs 10 lakh=1000000", "Rs 15 lakh=1500000"])
        #expect(ends("Fares will cost Rs 10 lakh - Rs 15 lakh.", .currency) == ["Rs 10 lakh=1000000", "Rs 15 lakh=1500000"])
        #expect(ends("between $50,000 and $100,000", .currency) == ["$50,000=50000", "$100,000=100000"])
    }

    /// Two joined bounds: the low end's unit is what stands before the join, never the second's comparator.
    @Test func joinedBoundsEndAtTheirJoin() {
        #expect(ends("Loads greater than 4 and at most 9 tonnes pass.", .dimension) == ["9 tonnes=9"])
        #expect(ends("bids above 5 but under $8 won", .currency) == ["$8=8"])
        #expect(ends("rates more than 5% and less than 10%", .percent) == ["5%=5%", "10%=10%"])
    }
}

/// A file named `…PercentMode` reads a fraction before `of` as a percentage, as that model is configured.
@Suite struct NumberEvaluationPercentModeTests {
    @Test func aFractionBeforeOfIsAPercentage() {
        func shares(_ input: String) -> [String] {
            NumberEvaluation.results(of: input, model: .percent, percentMode: true).map { "\($0.text)=\($0.value ?? "null")" }
        }
        #expect(shares("1/4 of") == ["1/4 of=25%"])
        #expect(shares("They took one half of the land.") == ["one half of=50%"])
        #expect(shares("three quarters of voters and 10 percent") == ["three quarters of=75%", "10 percent=10%"])
        #expect(shares("3 of them") == [])
        #expect(NumberEvaluation.results(of: "1/4 of", model: .percent).isEmpty)
    }
}
