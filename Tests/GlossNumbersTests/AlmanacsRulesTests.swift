import Testing

@testable import GlossNumbers

/// numbers32's rules, one test per phenomenon: what the twenty-fifth probe set (Almanacs:
/// weather, sports, recipes, doses, loose counts) and the last stop's leftovers found short.
/// Each test's first expectations are inputs the base (62ea996) read otherwise, as its comments
/// say; the rest are near misses that must not change. The sentences are the writer's own, not
/// the probe set's. (Basis points: `MentionReader+BasisPointsTests`.)
@Suite struct AlmanacsRulesTests {
    typealias D = NumberDetectorTests

    @Test func shyOfAndShortOfAreBelowTheMark() throws {
        // base 62ea996: the number alone
        #expect(try D.summary("The index ended just shy of 4,000.") == ["shy of 4,000=<4000"])
        #expect(try D.summary("Turnout fell short of 60 percent.") == ["short of 60 percent=<60%"])
        #expect(try D.summary("Bids stopped shy of $2 million.") == ["shy of $2 million=<2000000 USD"])
        // unchanged: no number after the words, the words after the number
        #expect(try D.summary("The club is short of cash after 3 defeats.") == ["3=3"])
        #expect(try D.summary("He came up 5 short of the record.") == ["5=5"])
    }

    @Test func aDozenAfterARangeCountsBothEnds() throws {
        // base 62ea996: [3,48] and [2,60] (the low end left a bare count)
        #expect(try D.summary("We baked three to four dozen rolls.") == ["three to four dozen=[36,48]"])
        #expect(try D.summary("They need 2 to 5 dozen chairs.") == ["2 to 5 dozen=[24,60]"])
        #expect(try D.summary("Between six and eight dozen eggs broke.") == ["Between six and eight dozen=[72,96]"])
        // unchanged: both ends with their dozen, a low end above the high end's count
        #expect(try D.summary("We baked two dozen to three dozen rolls.") == ["two dozen to three dozen=[24,36]"])
        #expect(try D.summary("from 30 to 3 dozen loaves") == ["from 30 to 3 dozen=[30,36]"])
    }

    @Test func aRoundVariantAfterAModelNumberIsAName() throws {
        // base 62ea996: a range [737,800]
        #expect(try D.summary("Ryanair flies Boeing 737-800 jets to Faro.") == [])
        #expect(try D.summary("She boarded an Airbus 319-100 plane.") == [])
        // unchanged: a range whose low end is round too, a range with no name before it, a
        // count before the name
        #expect(try D.summary("Boxes 250-300 units each were packed.") == ["250-300=[250,300]"])
        #expect(try D.summary("The cars cost 737-800 pounds.") == ["737-800 pounds=[737,800] pound"])
        #expect(try D.summary("It bought 30 Boeing 737-800 jets.") == ["30=30"])
        // a grade's letters hyphened in a price row: the range stays
        #expect(try D.summary("Barley G-H 215-300 unch") == ["215-300=[215,300]"])
        #expect(try D.summary("Corn GH 215-300 unch") == ["215-300=[215,300]"])
    }

    @Test func aBareNumberBelowZeroIsATemperature() throws {
        // base 62ea996: the number, and `below zero` a stray bound `<0`
        #expect(try D.summary("The night fell to 25 below zero.") == ["25 below zero=-25 degree"])
        #expect(try D.summary("It was forty below zero at the camp.") == ["forty below zero=-40 degree"])
        // unchanged: degrees written, a signed number, below freezing, below zero alone
        #expect(try D.summary("It was 5 degrees below zero.") == ["5 degrees below zero=-5 degree"])
        #expect(try D.summary("Rates stayed below zero in 2019.") == ["below zero=<0", "2019=2019"])
        #expect(try D.summary("It stayed 8 below freezing.") == ["8=8"])
    }

    @Test func poundsRaisedByLiftingGearAreAWeight() throws {
        // base 62ea996: money (the passive of raising read as fund-raising)
        #expect(try D.summary("About 900 pounds were raised by a crane.") == ["About 900 pounds=~900 pound"])
        #expect(try D.summary("The 400 pounds was raised off the deck.") == ["400 pounds=400 pound"])
        // unchanged: money raised by people or for a cause
        #expect(try D.summary("About 900 pounds were raised by pupils.") == ["About 900 pounds=~900 GBP"])
        #expect(try D.summary("Some 300 pounds was raised for the hospice.") == ["Some 300 pounds=~300 GBP"])
    }

    @Test func aBoundBeforeARangeIsTheRange() throws {
        // base 62ea996: `[<=5,6]%`, `[>=10,12]`: the bound on the low end only
        #expect(try D.summary("Inflation ran as high as 7 to 8 pct.") == ["as high as 7 to 8 pct=[7,8]%"])
        #expect(try D.summary("Fares rose up to 2.10 to 2.20 dlrs.") == ["up to 2.10 to 2.20 dlrs=[2.1,2.2] USD"])
        #expect(try D.summary("At least 10 to 12 boats sank.") == ["At least 10 to 12=[10,12]"])
        // a strict bound leaves the low end out: a tariff's band over one weight up to another
        #expect(try D.summary("Rates for over 200 to 400 crates fell.") == ["over 200 to 400=(200,400]"])
        // unchanged: an approximate range, a bound on one number
        #expect(try D.summary("About 20 to 30 boats sank.") == ["About 20 to 30=[~20,30]"])
        #expect(try D.summary("Inflation ran as high as 7 pct.") == ["as high as 7 pct=<=7%"])
    }

    @Test func aChangeThenALevelPastABoundIsNoRange() throws {
        // review96: a bound (and `by`) between the verb of change and `X UNIT to Y` hid the verb,
        // so the change and the level it reached made one range, and since the rule above the
        // range lost its bound too (branch numbers32: [2,1234]%, [1,4]%, [0.5,7.2]%)
        #expect(try D.summary("The index fell as much as 2 pct to 1,234.") == ["as much as 2 pct=<=2%", "1,234=1234"])
        #expect(try D.summary("Inflation eased by up to 1 pct to 4 pct in May.") == ["up to 1 pct=<=1%", "4 pct=4%"])
        #expect(try D.summary("Yields rose by less than 0.5 pct to 7.2 pct.") == ["less than 0.5 pct=<0.5%", "7.2 pct=7.2%"])
        #expect(try D.summary("Sales dropped nearly 20 pct to 5,000 cars.") == ["nearly 20 pct=<20%", "5,000=5000"])
        // a scale written once after the high end scales the low end before the two are compared:
        // a range, not a change and a level ten times it (base 62ea996 split the first)
        #expect(try D.summary("Sales rose 5 to 10 billion dlrs.") == ["5 to 10 billion dlrs=[5000000000,10000000000] USD"])
        #expect(try D.summary("Sales rose by up to 5 to 10 billion dlrs.") == ["up to 5 to 10 billion dlrs=[5000000000,10000000000] USD"])
        // unchanged: a range of changes after a bound and `by`, a bound on a range with no verb
        #expect(try D.summary("Prices rose by as much as 20 to 30 pct.") == ["as much as 20 to 30 pct=[20,30]%"])
        #expect(try D.summary("Output rose by 20 to 30 pct.") == ["20 to 30 pct=[20,30]%"])
        #expect(try D.summary("Output could reach as much as 3 to 4 billion dlrs.") == ["as much as 3 to 4 billion dlrs=[3000000000,4000000000] USD"])
        // unchanged: an approximation is no bound (a range), nor is `by` alone passed (a range of cuts)
        #expect(try D.summary("Sales should rise about 5.5 pct to six pct.") == ["about 5.5 pct to six pct=[~5.5,6]%"])
        #expect(try D.summary("Prices were cut by 10 pct to 13 pct.") == ["10 pct to 13 pct=[10,13]%"])
    }

    @Test func quidIsThePound() throws {
        // base 62ea996: the number alone
        #expect(try D.summary("It cost me twenty quid.") == ["twenty quid=20 GBP"])
        #expect(try D.summary("Tickets are 15 quid each.") == ["15 quid=15 GBP"])
        // unchanged: the Latin phrase with no number
        #expect(try D.summary("It was quid pro quo.") == [])
    }
}
