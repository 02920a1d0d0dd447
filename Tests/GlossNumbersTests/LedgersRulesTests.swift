import Testing

@testable import GlossNumbers

/// numbers31's rules, one test per phenomenon: what the twenty-fourth probe set (Ledgers: signs,
/// brackets, per mille, ranks, adjectival measures) and the last stop's leftovers found short.
/// Each test's first expectations are inputs the base (4a2f616) read otherwise, as its comments
/// say; the rest are near misses that must not change. The sentences are the writer's own, not
/// the probe set's.
@Suite struct LedgersRulesTests {
    typealias D = NumberDetectorTests

    @Test func perMilleIsATenthOfAPercent() throws {
        // base 4a2f616: no mention (the sign and the words were no unit)
        #expect(try D.summary("Its alcohol limit is 0.2‰ for new drivers.") == ["0.2‰=0.02%"])
        #expect(try D.summary("Brine holds 40 ‰ of salt.") == ["40 ‰=4%"])
        #expect(try D.summary("The fee is 5 per mille of the sum.") == ["5 per mille=0.5%"])
        // unchanged: a percent and a per thousand in words (a rate of a population, no unit)
        #expect(try D.summary("The fee is 5% of the sum.") == ["5%=5%"])
        #expect(try D.summary("Births were 12 per thousand people.") == ["12=12"])
    }

    @Test func degreesBelowZeroAreNegative() throws {
        // base 4a2f616: a positive reading, `below zero` left out
        #expect(try D.summary("At dawn it was 15 degrees below zero.") == ["15 degrees below zero=-15 degree"])
        #expect(try D.summary("Lows of 8C below zero are forecast.") == ["8C below zero=-8 celsius"])
        #expect(try D.summary("The chill fell to 10 and 20 degrees below zero.") == ["10=-10 degree", "20 degrees below zero=-20 degree"])
        #expect(try D.summary("It was cooled to 150 degrees below zero Fahrenheit.") == ["150 degrees below zero Fahrenheit=-150 fahrenheit"])
        // unchanged: below freezing measures from another point; a signed reading stays as written
        #expect(try D.summary("It stayed 5 degrees below freezing.") == ["5 degrees=5 degree"])
        #expect(try D.summary("It was minus 3 degrees at noon.") == ["minus 3 degrees=-3 degree"])
    }

    @Test func aBracketedFigureInAnAccountsRowIsNegative() throws {
        // base 4a2f616: a positive figure, the brackets outside the mention
        #expect(try D.summary("Write-downs | 220 | (64)") == ["220=220", "(64)=-64"])
        #expect(try D.summary("Exchange effects | (18) | 7") == ["(18)=-18", "7=7"])
        // unchanged: the figure compared with, after another figure (the wire's last period, with
        // bars or without), a signed change, an aside in running text, a list's number, a
        // bracket after a word
        #expect(try D.summary("Tax charge 310 (95)") == ["310=310", "95=95"])
        #expect(try D.summary("Silver | 512.50 (509.75) |") == ["512.50=512.5", "509.75=509.75"])
        #expect(try D.summary("Services | (+4.5) |") == ["+4.5=4.5"])
        #expect(try D.summary("The fund fed 2.1m (2,100,000) pupils.") == ["2.1m=2100000", "2,100,000=2100000"])
        #expect(try D.summary("(2) Close the valve.") == ["2=2"])
        #expect(try D.summary("See note (4) below.") == ["4=4"])
        #expect(try D.summary("The vote rose 5 (3) times.") == ["5=5", "3=3"])
    }

    @Test func aMinusBeforeACurrencySignIsTheAmounts() throws {
        // base 4a2f616: a positive amount, the minus left out
        #expect(try D.summary("The balance was −$310 at the close.") == ["−$310=-310 USD"])
        #expect(try D.summary("It ended at -€75 for the month.") == ["-€75=-75 EUR"])
        // unchanged: a hyphen after a word or a number (a range), a spaced dash
        #expect(try D.summary("Tickets cost $5-$8 each.") == ["$5-$8=[5,8] USD"])
    }

    @Test func aNumberAfterAnExtensionLabelIsACode() throws {
        // base 4a2f616: a count
        #expect(try D.summary("Dial ext. 2207 for sales.") == [])
        #expect(try D.summary("Ring extn 315 today.") == [])
        // unchanged: `extension` counts, and a number after a sentence's full stop
        #expect(try D.summary("It won an extension of 30 days.") == ["30=30"])
        #expect(try D.summary("The office closed. 40 staff stayed.") == ["40=40"])
    }

    @Test func poundsSaidToBeRaisedOrPaidAreMoney() throws {
        // base 4a2f616: a weight (last stop's leftover `2,000 pounds was raised`)
        #expect(try D.summary("In all 3,000 pounds was raised by the choir.") == ["3,000 pounds=3000 GBP"])
        #expect(try D.summary("Nearly 800 pounds were stolen from the till.") == ["Nearly 800 pounds=<800 GBP"])
        #expect(try D.summary("So far 950 pounds has been donated.") == ["950 pounds=950 GBP"])
        // unchanged: a weight moved, lost or shed, and pounds of something
        #expect(try D.summary("About 1,500 pounds was lifted by the crane.") == ["About 1,500 pounds=~1500 pound"])
        #expect(try D.summary("He said 30 pounds were lost in a year.") == ["30 pounds=30 pound"])
        #expect(try D.summary("Some 400 pounds of fish were collected.") == ["Some 400 pounds=~400 pound"])
    }

    // review93: what the rules above left wrong at a range's or a list's first end, and a
    // range they broke

    @Test func aRangeBelowZeroNegatesBothEnds() throws {
        // numbers31: [-20,10] (only the high end was negated); base 4a2f616: [10,20] and `<0`
        #expect(try D.summary("Nights ran between 10 and 20 degrees below zero.") == ["between 10 and 20 degrees below zero=[-20,-10] degree"])
        #expect(try D.summary("Lows of 10-20 degrees below zero are due.") == ["10-20 degrees below zero=[-20,-10] degree"])
        // unchanged: a range from below zero to above it, and a range whose ends are signed
        #expect(try D.summary("Readings ran from 2 degrees below zero to 5 above.") == ["from 2 degrees below zero to 5=[-2,5] degree"])
        #expect(try D.summary("It was between -5 and -10 degrees.") == ["between -5 and -10 degrees=[-10,-5] degree"])
    }

    @Test func perMilleDividesABareFirstEndToo() throws {
        // numbers31: 3% and 0.5% (the first end took the unit without its division);
        // base 4a2f616: [3,5] with no unit
        #expect(try D.summary("Between 3 and 5 per mille of voters moved.") == ["Between 3 and 5 per mille=[0.3,0.5]%"])
        #expect(try D.summary("The rate is 3-5‰ this year.") == ["3-5‰=[0.3,0.5]%"])
        #expect(try D.summary("The levy is 2 or 3 per mille of the value.") == ["2=0.2%", "3 per mille=0.3%"])
        // unchanged: a percent shared the same way
        #expect(try D.summary("The levy is 2 or 3 percent of the value.") == ["2=2%", "3 percent=3%"])
    }

    @Test func aSpacedHyphenBeforeASignAfterANumberIsARange() throws {
        // numbers31: $40 and -$50; base 4a2f616: the range
        #expect(try D.summary("Fares were $40 -$50 in May.") == ["$40 -$50=[40,50] USD"])
        // still negative: a minus after a word or at the start
        #expect(try D.summary("Costs swung from -$5 to $8 a share.") == ["from -$5 to $8=[-5,8] USD"])
        #expect(try D.summary("-$20 was the balance.") == ["-$20=-20 USD"])
    }
}
