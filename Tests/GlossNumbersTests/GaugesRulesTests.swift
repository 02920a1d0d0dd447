import Testing

@testable import GlossNumbers

/// numbers26's rules, one test per phenomenon: what the nineteenth probe set (Gauges: measures
/// and bounds) and the last stop's leftovers found short. Each test's first expectations are
/// inputs the base (4350c8f) read otherwise, as its comments say; the rest must not change.
@Suite struct GaugesRulesTests {
    typealias D = NumberDetectorTests

    static func noMention(_ text: String) throws -> Bool { try D.mentions(text).isEmpty }

    @Test func theDecibelByNameAndSymbol() throws {
        // base 4350c8f: `dB` a decibyte, `decibels` no unit
        #expect(try D.summary("The alarm is 5 dB louder.") == ["5 dB=5 decibel"])
        #expect(try D.summary("Sound levels hit 95dB in the hall.") == ["95dB=95 decibel"])
        #expect(try D.summary("The jets reached 110 decibels at take-off.") == ["110 decibels=110 decibel"])
        #expect(try D.summary("A 120-decibel siren sounded.") == ["120-decibel=120 decibel"])
        #expect(try D.summary("It is one decibel below the limit.") == ["one decibel=1 decibel"])
        // the bel takes deci only, and its bare name is a name (`Bel Air`)
        #expect(MetricUnits.names["decibel"]?.symbol == "dB")
        #expect(MetricUnits.names["kilobel"] == nil && MetricUnits.names["bel"] == nil)
        #expect(try D.summary("They own 10 Bel Air homes.") == ["10=10"])
        // unchanged: `DB` in capitals is no symbol, bytes and bits apart
        #expect(try D.summary("The file is 5 MB and the link 5 Mb/s.") == ["5 MB=5 megabyte", "5 Mb/s=5 megabit per second"])
    }

    /// Bytes and bits take the prefixes from kilo up, by name and by symbol; none below (a
    /// decibyte, a millibit, a centibyte is no size anyone states), generated over the prefixes.
    @Test func bytesAndBitsTakeNoSubUnitPrefix() {
        for prefix in MetricUnits.prefixes {
            for (name, symbol) in [("byte", "B"), ("bit", "b")] {
                let named = MetricUnits.names[prefix.name + name + "s"]
                if prefix.power < 3 {
                    #expect(named == nil, "\(prefix.name)\(name)")
                    #expect(MetricUnits.symbols[prefix.symbol + symbol]?.name.hasSuffix(name) != true, "\(prefix.symbol)\(symbol)")
                } else {
                    #expect(named?.name == prefix.name + name, "\(prefix.name)\(name)")
                }
            }
        }
        #expect(MetricUnits.symbols["GB"]?.name == "gigabyte" && MetricUnits.symbols["kb"]?.name == "kilobit")
        #expect(MetricUnits.symbols["dB"]?.name == "decibel")
    }

    @Test func perCentHyphenedToItsNumber() throws {
        // base 4350c8f: nothing (`per-cent` was no spelling of the percent)
        #expect(try D.summary("They bought a 25-per-cent stake.") == ["25-per-cent=25%"])
        #expect(try D.summary("A 4.5-per-cent rise was agreed.") == ["4.5-per-cent=4.5%"])
        // unchanged
        #expect(try D.summary("A 10-percent rise was approved.") == ["10-percent=10%"])
        #expect(try D.summary("Rents rose 4 per cent.") == ["4 per cent=4%"])
    }

    @Test func aHalfOrQuarterHyphenedToAUnitLeavesTheArticle() throws {
        // base 4350c8f: the article read into the measure (`a half-mile`), which an adjective
        // before its noun leaves out, as `a 12-foot boat` does
        #expect(try D.summary("They walked a half-mile path to the lake.") == ["half-mile=0.5 mile"])
        #expect(try D.summary("A quarter-inch crack appeared.") == ["quarter-inch=0.25 inch"])
        // unchanged: `dozen` is a number word (`a half-dozen`), a spaced half is the article's
        #expect(try D.summary("They sold a half-dozen eggs.") == ["a half-dozen=6"])
        #expect(try D.summary("We walked a half mile.") == ["a half mile=0.5 mile"])
        #expect(try D.summary("It has a half-life of 8 days.") == ["8=8"])
        #expect(try D.summary("a 12-foot boat") == ["12-foot=12 foot"])
        // review70: where the compound is the noun, the article stays, as with a spaced half
        #expect(try D.summary("A half-inch of rain fell.") == ["A half-inch=0.5 inch"])
        #expect(try D.summary("They drove a half-mile.") == ["a half-mile=0.5 mile"])
    }

    @Test func anISOCodeAfterAScaledAmount() throws {
        // base 4350c8f: kilograms (`kgs`)
        #expect(try D.summary("Exports reached 840 mln KGS last year.") == ["840 mln KGS=840000000 KGS"])
        #expect(try D.summary("Reserves rose to 2.5 billion KGS in May.") == ["2.5 billion KGS=2500000000 KGS"])
        // unchanged: in capitals (wire headlines write kilograms so), without a scale, in lower case
        #expect(try D.summary("EXPORTS REACHED 840 MLN KGS") == ["840 MLN KGS=840000000 kilogram"])
        #expect(try D.summary("The sack held 50 KGS of rice.") == ["50 KGS=50 kilogram"])
        #expect(try D.summary("Output was 3 mln kgs last year.") == ["3 mln kgs=3000000 kilogram"])
    }

    @Test func aMixedCaseSignAfterTheAmount() throws {
        // base 4350c8f: feet
        #expect(try D.summary("The pension rose by 6,000 Ft a month.") == ["6,000 Ft=6000 HUF"])
        #expect(try D.summary("A bus ticket is 450 Ft in the city.") == ["450 Ft=450 HUF"])
        // unchanged: feet in lower case, and in a title-case headline
        #expect(try D.summary("The wall is 6,000 ft long.") == ["6,000 ft=6000 foot"])
        #expect(try D.summary("Man Climbs 6,000 Ft Peak") == ["6,000 Ft=6000 foot"])
        // review70: a word of a length's dimension after the sign keeps feet
        #expect(try D.summary("He is 6 Ft tall.") == ["6 Ft=6 foot"])
        #expect(try D.summary("The tower is 300 Ft high and 20 Ft wide.") == ["300 Ft=300 foot", "20 Ft=20 foot"])
        #expect(CurrencyCatalog.mixedCaseSigns["Ft"] == "HUF")
        #expect(CurrencyCatalog.writtenSigns["Ft"] == nil)  // before an amount: `Ft Worth`
    }

    @Test func aDashBeforePointsThatAreCounted() throws {
        // base 4350c8f: -3 (numbers25 read every `- 3 points` at the text's start as a change)
        #expect(try D.summary("- 3 points were scored in the half.") == ["3=3"])
        #expect(try D.summary("- 12 points came from the bench.") == ["12=12"])
        // unchanged: a word of change, `at` or `to`, or nothing after the points keeps the sign
        #expect(try D.summary("- 3 points lower was the close.") == ["- 3=-3"])
        #expect(try D.summary("- 3 points at 1844.") == ["- 3=-3", "1844=1844"])
        #expect(try D.summary("- 3 points") == ["- 3=-3"])
        #expect(try D.summary("- 17 arrests were made.") == ["17=17"])
    }

    @Test func prefixedSignsThatAbbreviateTheCurrencyInEnglish() {
        // base 4350c8f: `KA$` the Canadian dollar, `MZ$` the Mexican peso, `KB$` the East
        // Caribbean dollar (CLDR's Ga and Nigerian Pidgin names for the countries)
        for sign in ["ka$", "mz$", "kb$"] { #expect(CurrencyCatalog.symbols[sign] == nil, "\(sign)") }
        // unchanged: the prefixes of the code, the country's code, or its English name
        for (sign, code) in [
            ("tt$", "TTD"), ("jm$", "JMD"), ("bds$", "BBD"), ("rd$", "DOP"), ("uk£", "GBP"), ("gb£", "GBP"), ("si$", "SBD"),
            ("ca$", "CAD"), ("mx$", "MXN"), ("ec$", "XCD"), ("nt$", "TWD"), ("kr₩", "KRW"),
        ] {
            #expect(CurrencyCatalog.symbols[sign]?.currency == code, "\(sign)")
        }
    }

    @Test func aShortNumberOneDials() throws {
        // base 4350c8f: a number
        #expect(try D.summary("Call 999 for help.") == [])
        #expect(try D.summary("In an emergency, dial 911.") == [])
        #expect(try D.summary("Patients were calling 111 instead.") == [])
        #expect(try D.summary("Dial 112; help comes.") == [])
        #expect(try Self.noMention("call 555-123-4567 now"))  // a hyphened number stays `identifierEnd`'s
        // unchanged: counts after the verb, short numbers, numbers after other verbs
        #expect(try D.summary("He called 100 times.") == ["100=100"])
        #expect(try D.summary("They call 3 witnesses.") == ["3=3"])
        #expect(try D.summary("The firm calls 250 mln shares.") == ["250 mln=250000000"])
        #expect(try D.summary("They sent 999 letters.") == ["999=999"])
        #expect(try D.summary("Sep calls 1281 170 6") == ["1281=1281", "170=170", "6=6"])  // an options table's row
        // review70: a bound after the number makes it a count, though `at`, `or` and `and` may follow a dialled number
        #expect(try D.summary("They called 300 at least.") == ["300 at least=>=300"])
        #expect(try D.summary("We will call 150 at the most.") == ["150 at the most=<=150"])
        #expect(try D.summary("She called 911 at once.") == [])
        // the coverage tool names what the stage leaves out
        #expect(NumberCoverage.reason("999", before: "Call", after: "for") == .phone)
        #expect(NumberCoverage.reason("100", before: "called", after: "times") == nil)
        #expect(NumberCoverage.reason("1281", before: "calls", after: "170") == nil)
    }
}
