import Testing

@testable import GlossNumbers

/// numbers20's rules, one test per phenomenon that the thirteenth probe set (Trades: motoring,
/// gadgets, jobs, polls, farming, energy, auctions, fitness, shipping, space) found short, and
/// the leftovers of the last stops (`1.5m-1.8m`, `£1.5m-1.8m`). Each test's first expectations
/// are inputs the base (2afde37) read otherwise, as its comments say; the rest must not change.
@Suite struct TradesRulesTests {
    typealias D = NumberDetectorTests

    static func values(_ text: String) throws -> [Double?] {
        try D.mentions(text).map { $0.value?.double }
    }

    @Test func horsepowerByNameAndLowerCaseSymbol() throws {
        // base 2afde37: a bare number (no horsepower in the table)
        #expect(try D.summary("The engine makes 300 hp.") == ["300 hp=300 horsepower"])
        #expect(try ReportsRulesTests.units("a tuned 400 bhp engine") == ["horsepower"])
        #expect(try ReportsRulesTests.units("a 150-horsepower outboard") == ["horsepower"])
        #expect(try ReportsRulesTests.units("It Makes 300 Horsepower") == ["horsepower"])
        #expect(try ReportsRulesTests.units("rated at 90 horse power") == ["horsepower"])
        // `HP` in capitals is the maker of printers
        #expect(try D.mentions("They bought 500 HP printers.").allSatisfy { $0.unit != "horsepower" })
        #expect(try D.mentions("HP CUTS 5 HP JOBS").allSatisfy { $0.unit != "horsepower" })
    }

    @Test func theTurkishLirasTLAfterTheAmount() throws {
        // base 2afde37: `1.299,90 TL` was 1299.9 teralitres
        let lira = try D.mentions("The earbuds are 1.299,90 TL in Istanbul.")
        #expect(lira.map(\.currency) == ["TRY"])
        #expect(lira.first?.value?.double == 1299.9)
        #expect(try D.mentions("Fiyatı 450 TL oldu.").map(\.currency) == ["TRY"])
        #expect(UnitTable.suffixes["TL"]?.name == "turkish lira")
        // other prefixes on the litre stay
        #expect(try ReportsRulesTests.units("a 2 ML tank") == ["megaliter"])
        #expect(try ReportsRulesTests.units("a 500 mL bottle") == ["milliliter"])
    }

    @Test func capitalSignsBeforeAnAmountOnlyMoneyWrites() throws {
        // base 2afde37: a bare number; `RM5bn` nothing
        #expect(try D.mentions("A new Proton costs RM 48,800.").map(\.currency) == ["MYR"])
        let scaled = try D.mentions("Petronas earned RM5bn in the quarter.")
        #expect(scaled.map(\.currency) == ["MYR"])
        #expect(scaled.first?.value?.double == 5_000_000_000)
        #expect(try D.mentions("The meal costs RM 12.50 in Penang.").map(\.currency) == ["MYR"])
        #expect(try D.mentions("The bridge cost RM 1.2 billion.").map(\.currency) == ["MYR"])
        #expect(try D.mentions("Cotton fetched FCFA 2.5 billion.").map(\.currency) == ["XAF"])
        #expect(try D.mentions("Rent is DT 1,200 a month.").map(\.currency) == ["TND"])
        // a bare whole number after the letters is a room, a rating, a code
        #expect(try D.mentions("Meet in RM 5 at noon.").allSatisfy { $0.kind != .money })
        #expect(try D.mentions("He fixed RM48 in the lab.").allSatisfy { $0.kind != .money })
        // the signs that are English abbreviations too are left out
        for text in ["The race is KM 5,000 long.", "FC 1,200 fans came.", "DA 2,500 cases were filed."] {
            #expect(try D.mentions(text).allSatisfy { $0.kind != .money }, "\(text)")
        }
        // the table: CLDR's capital signs of one currency, no ISO code, none of the words
        #expect(CurrencyCatalog.capitalSigns["RM"]?.currency == "MYR")
        #expect(CurrencyCatalog.capitalSigns.keys.allSatisfy { CurrencyCatalog.codes[$0] == nil })
        #expect(["KM", "FC", "DA", "SR", "RF", "FG", "MK", "LS", "UM", "CF", "VT"].allSatisfy { CurrencyCatalog.capitalSigns[$0] == nil })
    }

    @Test func theRandsRSpacedBeforeAGroupedAmount() throws {
        // base 2afde37: a bare number
        #expect(try D.mentions("Graduates start on R 350,000 a year.").map(\.currency) == ["ZAR"])
        #expect(try D.mentions("The house sold for R 2,450,000.").map { $0.value?.double } == [2_450_000])
        // as before: fused with a scale; and no sign before a bare number (a road, a grade)
        #expect(try D.mentions("Eskom needs R254 billion.").map(\.currency) == ["ZAR"])
        #expect(try D.mentions("Take the R 5 north.").allSatisfy { $0.kind != .money })
        #expect(try D.mentions("The R 350 runs to Durban.").allSatisfy { $0.kind != .money })
        // a table's revised figure: `-R` fused to the number before
        #expect(try D.mentions("Gasoline Stocks 247,908 245,617-R 216,393").allSatisfy { $0.kind != .money })
    }

    @Test func aWholeNumberWithAFusedMBeforeACountIsMillions() throws {
        // base 2afde37: metres (only a decimal was read as millions)
        #expect(try D.summary("China rests on 200m precarious workers") == ["200m=200000000"])
        #expect(try D.summary("The firm has 20m customers.") == ["20m=20000000"])
        let tonnes = try D.mentions("The harvest was 5m tonnes of wheat.")
        #expect(tonnes.map(\.unit) == ["metric ton"])
        #expect(tonnes.first?.value?.double == 5_000_000)
        #expect(try Self.values("Output rose to 10m barrels a day.") == [10_000_000])
        // a race or a thing named by its length, a length's noun or adjective, stays metres
        for text in ["He won the 100m hurdles.", "The 400m runners lined up.", "She ran 800m intervals.",
                     "a 10m yacht", "her 200m medals", "walls of 3m high blocks", "surfers rode 10m waves",
                     "the 1,500m runners", "He swam 400m lengths."] {
            #expect(try D.mentions(text).allSatisfy { ($0.value?.double ?? 0) < 10_000 }, "\(text)")
        }
        // a decimal keeps numbers19's reading
        #expect(try D.summary("it sold 1.2m replica shirts") == ["1.2m=1200000"])
    }

    @Test func aSpacedMAfterADecimalBeforeACountIsMillions() throws {
        // base 2afde37: 5.4 metres
        #expect(try D.summary("The utility serves 5.4 m customers.") == ["5.4 m=5400000"])
        // a length stays: an adjective, a length's noun, no plural, a whole number
        #expect(try ReportsRulesTests.units("The wall is 2.5 m high.") == ["meter"])
        #expect(try ReportsRulesTests.units("Expect 1.5 m waves.") == ["meter"])
        #expect(try ReportsRulesTests.units("a 2.5 m wall") == ["meter"])
        #expect(try ReportsRulesTests.units("There are 5 m pipes.") == ["meter"])
    }

    @Test func aRangeOfFusedEndsJoinedByAHyphen() throws {
        // base 2afde37: nothing (the word `m-1.8m` after `1.5` was a code)
        let range = try D.mentions("The group sold 1.5m-1.8m units.")
        #expect(range.count == 1)
        #expect(range.first?.value?.double == 1_500_000)
        #expect(range.first?.high?.double == 1_800_000)
        #expect(try D.mentions("Profit of 1.5bn-1.8bn was forecast.").map { $0.high?.double } == [1_800_000_000])
        #expect(try D.mentions("The estimate is 3k-5k.").map { $0.high?.double } == [5000])
        let lengths = try D.mentions("The ship is 2km-3km away.")
        #expect(lengths.map(\.unit) == ["kilometer"])
        #expect(lengths.first?.high?.double == 3)
        // an identifier's parts, or different suffixes, stay as they were
        #expect(try D.mentions("The firm id is 463b-8aea here.").isEmpty)
        #expect(try D.mentions("Under rule 10b-13 today.").allSatisfy { $0.high == nil && ($0.value?.double ?? 0) < 100 })
        #expect(try D.mentions("It ran 2km-3cm.").allSatisfy { $0.high == nil })
        #expect(try D.mentions("a 3x-4x gain").allSatisfy { $0.high == nil })
    }

    @Test func aRangesBareHighEndWithTheSameScaleIsTheLowEndsMoney() throws {
        // base 2afde37: £1.5m and 1.8 metres (with the hyphen: £1.5m alone)
        for text in ["It will cost £1.5m–1.8m to fix.", "It will cost £1.5m to 1.8m to fix.", "It will cost £1.5m-1.8m to fix."] {
            let found = try D.mentions(text)
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.currency == "GBP", "\(text)")
            #expect(found.first?.high?.double == 1_800_000, "\(text)")
        }
        #expect(try D.mentions("a bill of $3bn to 4bn").map { $0.high?.double } == [4_000_000_000])
        // a different letter, or no scale on the low end, gives no share
        #expect(try D.mentions("It costs £1.5m to 1.8k.").allSatisfy { $0.high == nil })
        #expect(try D.mentions("It costs £15 to 18m.").allSatisfy { $0.unit != "meter" || $0.high == nil })
    }
}
