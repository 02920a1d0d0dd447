import Testing

@testable import GlossNumbers

/// numbers21's rules, one test per phenomenon: what the fourteenth probe set (Relations:
/// ranks, ratios, rates, bounds, changes) found short, and the leftovers of the last stop
/// (`20m cliffs`, `65 W`, `at 7-30`, `a 5 Micron filter`). Each test's first expectations are
/// inputs the base (884d237) read otherwise, as its comments say; the rest must not change.
@Suite struct RelationsRulesTests {
    typealias D = NumberDetectorTests

    static func kinds(_ text: String) throws -> [String] {
        try D.mentions(text).map { "\($0.kind)" }
    }

    @Test func anOrdinalHyphenedToAWordIsAnOrdinal() throws {
        // base 884d237: nothing (the whole word was one plain piece)
        #expect(try D.summary("It is the country's third-largest lender.") == ["third=3"])
        #expect(try D.summary("the 21st-century economy") == ["21st=21"])
        #expect(try D.summary("the 3rd-largest bank") == ["3rd=3"])
        #expect(try D.summary("his first-round pick") == ["first=1"])
        #expect(try D.summary("the twenty-first-century city") == ["twenty-first=21"])
        #expect(try Self.kinds("the seventh-seeded player") == ["ordinal"])
        // unchanged: a kind, not a position; a fraction's denominator; a period
        #expect(try D.summary("a third-party vendor") == [])
        #expect(try D.summary("a second-rate hotel") == [])
        #expect(try D.summary("stop second-guessing") == [])
        #expect(try D.summary("a second-hand car") == [])
        #expect(try D.summary("a one-third-owned unit") == [])
        #expect(try D.summary("first-quarter profit") == ["first=1"])
        #expect(try D.summary("a two-year-old") == ["two-year-old=2 year"])
    }

    @Test func anOrdinalTakesNoUnit() throws {
        // base 884d237: 3 degrees, 20 miles, 1 dollar, 2 percent
        #expect(try Self.kinds("She took the 3rd degree in her exam.") == ["ordinal"])
        #expect(try D.summary("He suffered third-degree burns.") == ["third=3"])
        // the unit word stays a mention without a number, as `the dollar fell` is
        for (text, rank) in [("He hit the wall at the 20th mile.", 20.0), ("Every first dollar counts.", 1),
                             ("the second percent", 2)] {
            let mentions = try D.mentions(text)
            #expect(mentions.filter { $0.kind == .ordinal }.map { $0.value?.double } == [rank], "\(text)")
            #expect(mentions.allSatisfy { $0.kind == .ordinal || $0.value == nil }, "\(text)")
        }
        // cardinals and fractions keep their units
        #expect(try ReportsRulesTests.units("a third of a mile") == ["mile"])
        #expect(try ReportsRulesTests.units("He ran 20 miles.") == ["mile"])
        #expect(try ReportsRulesTests.units("It is 3 degrees colder.") == ["degree"])
    }

    @Test func aHyphenatedClockTimeIsNoRange() throws {
        // base 884d237: the range [7, 30]
        #expect(try D.summary("Doors open at 7-30 on Friday.") == [])
        #expect(try D.summary("The bar is open until 11-30.") == [])
        #expect(try D.summary("Kick-off is at 3-00 pm.") == [])
        #expect(try D.summary("We meet at 9-45 tomorrow") == [])
        // a range with a unit, a noun it counts or another preposition stays
        #expect(try Self.kinds("The wind blew at 10-15 knots.") == ["dimension"])
        #expect(try Self.kinds("Prices rose by 10-15 pct.") == ["percent"])
        #expect(try D.summary("It seats 7-30 people.") == ["7-30=[7,30]"])
        #expect(try D.summary("at 7-30 people a table") == ["7-30=[7,30]"])
        #expect(try D.summary("The battery lasts 18-20 hours.").count == 1)
    }

    @Test func aBareRangeOfLikeEndsAfterAPrepositionOfTimeStaysARange() throws {
        // numbers21's tip: a clock time, nothing read (review46: a range's ends are of one order)
        #expect(try D.summary("Estimates put the death toll at 10-15.") == ["10-15=[10,15]"])
        #expect(try D.summary("The stock was quoted at 12-15 in late trading.") == ["12-15=[12,15]"])
        #expect(try D.summary("Highs will peak at 20-25 on Monday.") == ["20-25=[20,25]"])
        // minutes of 00 or above twice the hour, or a time marker: still a time
        #expect(try D.summary("Doors open at 8-00.") == [])
        #expect(try D.summary("The shop shuts at 5-30 on weekdays.") == [])
        #expect(try D.summary("The train leaves at 10-15 pm.") == [])
    }

    @Test func aSpacedElectricSymbolWhereTheSentenceSpeaksOfPower() throws {
        // base 884d237: a bare number (a one-letter symbol was read only fused)
        #expect(try D.summary("The charger delivers 65 W.") == ["65 W=65 watt"])
        #expect(try ReportsRulesTests.units("It needs a 12 V battery.") == ["volt"])
        #expect(try ReportsRulesTests.units("The fuse is rated 13 A.") == ["ampere"])
        #expect(try ReportsRulesTests.units("Use only 12 V batteries.") == ["volt"])
        // a grade, a longitude, a class: no power spoken of, or a plural the letter counts
        #expect(try ReportsRulesTests.units("He got 5 A grades.") == [nil])
        #expect(try ReportsRulesTests.units("The ship was at 40 W.") == [nil])
        #expect(try ReportsRulesTests.units("Power cuts hit 5 A schools.") == [nil])
        #expect(try ReportsRulesTests.units("The team is in Group 5 A.") == [nil])
        // fused, as before
        #expect(try ReportsRulesTests.units("a 65W charger") == ["watt"])
    }

    @Test func aTitleCaseUnitWordBeforeThePluralItCountsIsABrand() throws {
        // base 884d237: the firm before any lower-case word (`a 5 Micron filter` too)
        #expect(try ReportsRulesTests.units("It sells a 5 Micron filter.") == ["micrometer"])
        #expect(try ReportsRulesTests.units("It uses a 10 Micron mesh.") == ["micrometer"])
        // the firm's shares and chips, as numbers20 read them
        #expect(try ReportsRulesTests.units("It owns 500,000 Micron common shares.") == [nil])
        #expect(try ReportsRulesTests.units("It bought 300 Micron chips.") == [nil])
        #expect(try ReportsRulesTests.units("They sold 3 Kobo ebook readers.") == [nil])
        // before a word in capitals, a chip process's length: a 2 µm process (review42)
        #expect(try ReportsRulesTests.units("It will offer two Micron CMOS processes.") == ["micrometer"])
        #expect(try ReportsRulesTests.units("The fab runs 3 Micron NMOS lines.") == ["micrometer"])
        // lower case, the plural, a dimension's word and a title-case headline keep the length
        #expect(try ReportsRulesTests.units("a 5 micron filter") == ["micrometer"])
        #expect(try ReportsRulesTests.units("fibres 400 microns thick") == ["micrometer"])
        #expect(try ReportsRulesTests.units("Film Is 5 Micron Thick") == ["micrometer"])
        #expect(try ReportsRulesTests.units("films 5 Micron thick layers") == ["micrometer"])
        #expect(try ReportsRulesTests.units("a 10,000 Lux light box") == ["lux"])
    }

    @Test func aWholeNumberWithAFusedMIsMillionsOnlyOfWhatNewsCountsInMillions() throws {
        // base 884d237: millions before any lowercase plural (numbers20)
        for text in ["They fitted two 10m masts.", "The path runs past 20m cliffs.", "It laid 30m pipes.",
                     "They use 50m cables.", "The town has 15m walls.", "It sells 25m rolls of film."] {
            #expect(try D.mentions(text).allSatisfy { ($0.value?.double ?? 0) < 1_000 }, "\(text)")
        }
        // people, jobs, units of measure: millions, as numbers20 read them
        #expect(try D.summary("China rests on 200m precarious workers") == ["200m=200000000"])
        #expect(try D.summary("The firm has 20m customers.") == ["20m=20000000"])
        #expect(try TradesRulesTests.values("Output rose to 10m barrels a day.") == [10_000_000])
        #expect(try D.summary("The app has 400m members.") == ["400m=400000000"])
        #expect(try D.summary("It sold 5m phones.") == ["5m=5000000"])
        // a unit of time: millions of years (review46; numbers21's tip read 20 metres)
        #expect(try D.summary("The rocks formed 66m years ago.") == ["66m=66000000"])
        #expect(try D.summary("Users spent 30m hours online.") == ["30m=30000000"])
        // a decimal keeps any plural (numbers19)
        #expect(try D.summary("it sold 1.2m replica shirts") == ["1.2m=1200000"])
    }
}
