import Testing

@testable import GlossNumbers

/// numbers22's rules, one test per phenomenon: what the fifteenth probe set (Layouts:
/// conversions, lists, table rows, bullets, labels) found short, and the leftovers of the last
/// stop (an article before a hyphened ordinal, Lux before a compound, `third-hand`, a capital
/// A/W after a year or as a compass point, the corpus-built table of nouns counted in millions).
/// Each test's first expectations are inputs the base (b356810) read otherwise, as its comments
/// say; the rest must not change.
@Suite struct LayoutsRulesTests {
    typealias D = NumberDetectorTests

    static func units(_ text: String) throws -> [String?] { try ReportsRulesTests.units(text) }

    @Test func anArticleBeforeAHyphenedOrdinalMakesNoFraction() throws {
        // base b356810: a fraction (a third = 0.333, an eighth = 0.125, a twenty-first = 0.0476, a fourth = 0.25)
        #expect(try D.summary("It is a third-largest bank.") == ["third=3"])
        #expect(try D.summary("She teaches an eighth-grade class.") == ["eighth=8"])
        #expect(try D.summary("a twenty-first-century city") == ["twenty-first=21"])
        #expect(try D.summary("It made a fifth-generation jet.") == ["fifth=5"])
        #expect(try D.summary("It posted a fourth-quarter loss.") == ["fourth=4"])
        // unchanged: a fraction after an article, a fraction in one word, a kind compound
        #expect(try D.summary("a third of the bank") == ["a third=0.333333333333333"])
        #expect(try D.summary("a one-third stake") == ["one-third=0.333333333333333"])
        #expect(try D.summary("an eighth of a mile").first == "an eighth of a mile=0.125 mile")
        #expect(try D.summary("a second-hand car") == [])
        #expect(try D.summary("the third-largest bank") == ["third=3"])
    }

    @Test func anArticleBeforeAnOrdinalHyphenedToOfStaysAFraction() throws {
        // review47: numbers22's tip read the ordinals 10, 100, 5 (a fraction spelled as one compound)
        #expect(try D.summary("He won by a tenth-of-a-second margin.") == ["a tenth=0.1"])
        #expect(try D.summary("She finished a hundredth-of-a-second behind.") == ["a hundredth=0.01"])
        #expect(try D.summary("a fifth-of-a-mile loop").first == "a fifth=0.2")
        // unchanged: the attributive ordinal
        #expect(try D.summary("It posted a fourth-quarter loss.") == ["fourth=4"])
    }

    @Test func aMeasureBrandBeforeACompoundNounIsTheUnit() throws {
        // base b356810: the brand, a bare number (numbers21's one-word allowance)
        #expect(try Self.units("She bought 500 Lux desk lamps.") == ["lux"])
        #expect(try Self.units("They sell two 10,000 Lux light boxes.") == [nil, "lux"])
        #expect(try Self.units("It makes 10 Micron fine filters.") == ["micrometer"])
        // the firm before its securities and right before the plural; the minor units of money keep the brand
        #expect(try Self.units("It owns 500,000 Micron common shares.") == [nil])
        #expect(try Self.units("It bought 300 Micron chips.") == [nil])
        #expect(try Self.units("They sold 3 Kobo ebook readers.") == [nil])
        #expect(try Self.units("It sold 5 Lux bars.") == [nil])
        #expect(try Self.units("a 10,000 Lux light box") == ["lux"])
    }

    @Test func thirdHandIsAKindAsSecondHandIs() throws {
        // base b356810: the ordinal 3
        #expect(try D.summary("He had only third-hand knowledge of it.") == [])
        #expect(try D.summary("a third hand account") == [])
        // unchanged
        #expect(try D.summary("a second-hand car") == [])
        #expect(try D.summary("the third-largest bank") == ["third=3"])
    }

    @Test func aCapitalLetterAfterAYearOrAsACompassPointIsNoElectricSymbol() throws {
        // base b356810: amperes and watts
        #expect(try Self.units("In 2005 A power cut hit the city.") == [nil])
        #expect(try Self.units("Power output fell in 1987 A decline followed.") == [nil])
        #expect(try Self.units("The ship lies at 12 W longitude, its power supply cut.") == [nil])
        // a power rating keeps its unit, a round year-shaped rating too
        #expect(try Self.units("A 2000 W heater draws power.") == ["watt"])
        #expect(try Self.units("The charger delivers 65 W.") == ["watt"])
        #expect(try Self.units("The fuse is rated 13 A.") == ["ampere"])
        #expect(try Self.units("It needs a 12 V battery.") == ["volt"])
    }

    @Test func aPowerOfWattsAndAYearShapedRatingKeepTheirUnit() throws {
        // review47: numbers22's tip read bare numbers (`W of` taken for west, any letter after a year for an article)
        #expect(try Self.units("The amplifier delivers 100 W of power.") == ["watt"])
        #expect(try Self.units("The bulb uses 10 W of electricity.") == ["watt"])
        #expect(try Self.units("The heater is sold in 2000 W power ratings.") == ["watt"])
        #expect(try Self.units("Output rose in 2000 V power lines.") == ["volt"])
        // unchanged: the article after a year, west before longitude
        #expect(try Self.units("In 2005 A power cut hit the city.") == [nil])
        #expect(try Self.units("The ship lies at 12 W longitude, its power supply cut.") == [nil])
    }

    @Test func millionsAreCountedOfWhatTheCorporaCountInMillions() throws {
        // the table is generated from the corpora (scripts/build-counted-in-millions.py)
        #expect(MentionReader.countedInMillions.contains("shares"))
        #expect(MentionReader.countedInMillions.contains("warrants"))
        #expect(MentionReader.countedInMillions.contains("farmers"))
        #expect(!MentionReader.countedInMillions.contains("metres"))
        #expect(!MentionReader.countedInMillions.contains("cliffs"))
        // base b356810: 50 metres, 3 metres (bonds and warrants were not in the hand-made list)
        #expect(try D.summary("It sold 50m bonds.") == ["50m=50000000"])
        #expect(try D.summary("It issued 3m warrants.") == ["3m=3000000"])
        // base b356810: 1.2 metres, 20 metres (a plural with no -s)
        #expect(try D.summary("It has 1.2m people.") == ["1.2m=1200000"])
        #expect(try D.summary("The region has 20m cattle.") == ["20m=20000000"])
        #expect(try D.mentions("Some 1.2m young people voted.").map { $0.value?.double } == [1_200_000])
        // unchanged: lengths before what a length measures, races, customers, years
        #expect(try D.mentions("The path runs past 20m cliffs.").allSatisfy { ($0.value?.double ?? 0) < 1_000 })
        #expect(try D.mentions("They fitted two 10m masts.").allSatisfy { ($0.value?.double ?? 0) < 1_000 })
        #expect(try D.summary("The firm has 20m customers.") == ["20m=20000000"])
        #expect(try D.summary("The rocks formed 66m years ago.") == ["66m=66000000"])
        #expect(try D.summary("it sold 1.2m replica shirts") == ["1.2m=1200000"])
    }

    @Test func theMillionsTableKeepsTheHandListAndNoVerbs() throws {
        // review47: 832f290 read metres (the hand list's words the corpora do not write after a scale word)
        #expect(try D.summary("It sold 5m phones.") == ["5m=5000000"])
        #expect(try D.summary("The war displaced 3m refugees.") == ["3m=3000000"])
        #expect(try D.summary("The virus caused 2m deaths.") == ["2m=2000000"])
        #expect(try D.summary("The country has 3m students.") == ["3m=3000000"])
        // review47: 832f290 read metres, base b356810 too (`children` has no -s)
        #expect(try D.mentions("Some 5m children are out of school.").map { $0.value?.double } == [5_000_000])
        // review47: 832f290 read millions (verbs the table had taken for nouns); base b356810: metres
        #expect(!MentionReader.countedInMillions.contains("raises"))
        #expect(!MentionReader.countedInMillions.contains("comes"))
        #expect(try Self.units("Bolt's 100m raises the bar again.") == ["meter"])
        #expect(try Self.units("The men's 200m comes after lunch.") == ["meter"])
        // unchanged: the well-attested nouns whose singular is also a verb
        #expect(MentionReader.countedInMillions.contains("shares"))
        #expect(MentionReader.countedInMillions.contains("contracts"))
    }

    @Test func aDashSpacedFromItsNumberAfterALineBreakIsABullet() throws {
        // base b356810: -17
        #expect(try D.summary("Key points:\n- 17 arrests were made") == ["17=17"])
        #expect(try D.summary("Findings\n  - 3 sites closed\n  - 5 sites opened") == ["3=3", "5=5"])
        // unchanged: a spaced minus at the text's start or inside a line, a fused one after a break
        #expect(try D.summary("- 5 is the answer") == ["- 5=-5"])
        #expect(try D.summary("Lows of\n-5 were seen") == ["-5=-5"])
    }

    @Test func aReportPartOrAListPlaceLabelNamesItsNumber() throws {
        // base b356810: the bare numbers
        #expect(try D.summary("See Table 4 for details.") == [])
        #expect(try D.summary("Figure 2 shows the trend.") == [])
        #expect(try D.summary("The song reached No. 5 in the charts.") == [])
        #expect(try D.summary("See Note 12 to the accounts.") == [])
        #expect(try D.summary("Item 7 covers risks.") == [])
        // a unit or a decimal after the label, or a lower-case noun: a quantity
        #expect(try D.summary("Jobs Figure 2.3 Mln") == ["2.3 Mln=2300000"])
        #expect(try Self.units("Table 4 kg of sugar was used.").count == 1)
        #expect(try D.summary("the table 4 people booked") == ["4=4"])
        #expect(try D.summary("He ate 12 figures.") == ["12=12"])
    }
}
