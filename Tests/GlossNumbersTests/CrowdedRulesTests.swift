import Testing

@testable import GlossNumbers

/// numbers15's rules, one test per phenomenon that the tenth probe set (Crowded) and
/// review24's leftovers found short: one comma group spaced on both sides in pre-tokenised
/// text, `kmh`, a bit rate's key written with a capital `B` as bytes, a fused ISO code all in
/// lower case, a title-case headline's link word after a fused `st`, and a hundred in a
/// range's low end in words under the high end's scale.
@Suite struct CrowdedRulesTests {
    typealias D = NumberDetectorTests

    @Test func oneSpacedCommaGroupIsAGroupedNumberWhereNoListGoesOn() throws {
        // base f2fc98a: ["5=5", "000=0"], ["€ 1=1 EUR", "200=200"], ["1=1", "200 miles=200 mile"]
        #expect(try D.summary("a crowd of 5 , 000 attended the rally .") == ["5 , 000=5000"])
        #expect(try D.summary("fares start at € 1 , 200 a head .") == ["€ 1 , 200=1200 EUR"])
        #expect(try D.mentions("the pipeline runs 1 , 200 miles .").map(\.normalized) == ["1200 mile"])
        #expect(try D.summary("it has 12 , 500 staff") == ["12 , 500=12500"])
        #expect(try D.summary("rooms 1 , 250") == ["1 , 250=1250"])
        // lists stay apart: a comma or `and`/`or` and a number after the group, a comma before the lead
        for text in ["rooms 1 , 250 and 300 were let .", "seats 5 , 10 , 250 .", "rooms 1 , 250 , 30 .", "lots 2 , 300 or 4 ."] {
            #expect(try D.mentions(text).allSatisfy { ($0.value?.double ?? 0) < 1000 }, "\(text)")
        }
        // two grouped numbers joined by `and` are no list (numbers15's first version refused the
        // group before `and` and a number: ["1=1", "000=0", "2 , 000=2000"])
        #expect(try D.summary("between 1 , 000 and 2 , 000 people came .") == ["between 1 , 000 and 2 , 000=[1000,2000]"])
        #expect(try D.mentions("between 1 , 250 and 1 , 500 euros .").map(\.normalized) == ["[1250,1500] EUR"])
        // a date's day before it
        #expect(try D.mentions("on may 5 , 300 people died .").allSatisfy { $0.value?.double != 5300 })
        #expect(try D.mentions("on May 5 , 300 people died .").allSatisfy { $0.value?.double != 5300 })
        // review27: a month's point before the day, or a time's, score's or fraction's mark before
        // the lead (final40 read 5300, 12500, 30200 and [3,1200])
        for text in ["on nov . 5 , 300 troops arrived .", "due dec. 12 , 500 bonds were sold .",
                     "at 10 : 30 , 200 people gathered .", "won 3 - 1 , 200 fans watched .", "a 3 / 4 , 500 split"] {
            #expect(try D.mentions(text).allSatisfy { max($0.value?.double ?? 0, $0.high?.double ?? 0) < 1000 }, "\(text)")
        }
        #expect(try D.mentions("at 10 : 30 about 5 , 000 people came .").last?.value?.double == 5000)
        // a lead of four digits, or a signed or decimal lead, is no group's lead
        #expect(try D.mentions("in 2019 , 500 people").allSatisfy { $0.value?.double != 2019500 })
        #expect(try D.mentions("a 1.5 , 250 split").allSatisfy { $0.value?.double != 1500.25 })
        // edges: the group is the last piece; nothing after the comma
        #expect(try D.summary("5 , 000") == ["5 , 000=5000"])
        #expect(try D.summary("5 ,") == ["5=5"])
    }

    @Test func kmhIsKilometresPerHour() throws {
        // base f2fc98a: []
        #expect(try D.mentions("Winds reached 110 kmh overnight.").map(\.normalized) == ["110 kilometer per hour"])
        #expect(try D.mentions("a 50kmh limit").first?.unit == "kilometer per hour")
    }

    @Test func aBitRatesKeyWithACapitalBIsBytesPerSecond() throws {
        // base f2fc98a: megabit per second, gigabit per second
        #expect(try D.mentions("The drive reads at 500 MB/s.").first?.unit == "megabyte per second")
        #expect(try D.mentions("a 3 GB/s link").first?.unit == "gigabyte per second")
        #expect(try D.mentions("copies at 40 KB/s").first?.unit == "kilobyte per second")
        #expect(try D.mentions("it moves 200 MBps").first?.unit == "megabyte per second")
        // lower case and a small b stay bits
        #expect(try D.mentions("a 100 Mb/s line").first?.unit == "megabit per second")
        #expect(try D.mentions("a 100 mb/s line").first?.unit == "megabit per second")
        #expect(try D.mentions("a 20 Mbps plan").first?.unit == "megabit per second")
        #expect(try D.mentions("a 20 mbps plan").first?.unit == "megabit per second")
        #expect(try D.mentions("a 10 Gbit/s port").first?.unit == "gigabit per second")
        #expect(try D.mentions("a 9600 bps modem").first?.unit == "bit per second")
        // review27: a key all in capitals keeps no case (final40: megabyte, gigabyte per second)
        #expect(try D.mentions("BROADBAND AT 100 MBPS").first?.unit == "megabit per second")
        #expect(try D.mentions("FIBRE SPEEDS OF 1 GBPS").first?.unit == "gigabit per second")
        #expect(try D.mentions("SSD READS AT 500 MB/S").first?.unit == "megabit per second")
        #expect(try D.mentions("a 10 GBps port").first?.unit == "gigabyte per second")
    }

    @Test func aFusedCodeAllInLowerCaseIsMoney() throws {
        // base f2fc98a: [] for each
        #expect(try D.summary("it was usd5 each") == ["usd5=5 USD"])
        #expect(try D.summary("paid eur50 for it") == ["eur50=50 EUR"])
        #expect(try D.summary("it was gbp20 then") == ["gbp20=20 GBP"])
        // mixed case and the codes that are lower-case words stay out
        for text in ["Try5m of rope", "Eur5m or so", "Gbp5 each", "try5m of rope", "rub2 it in", "a cad5 file"] {
            #expect(try D.mentions(text).allSatisfy { $0.currency == nil }, "\(text)")
        }
        #expect(try D.summary("a lira deal of TRY5m") == ["TRY5m=5000000 TRY"])
    }

    @Test func aTitleCaseLinkWordAfterAFusedStKeepsTheStone() throws {
        // base f2fc98a: ["10st=10"] (read as a street's ordinal)
        #expect(try D.summary("Man Loses 10st In A Year") == ["10st=10 stone"])
        #expect(try D.mentions("Boxer Sheds 2st For The Fight").first?.unit == "stone")
        // a capitalised name after it is still no stone
        for text in ["Walk 17st Street to the park.", "on 42st Avenue", "at 3st James Road"] {
            #expect(try D.mentions(text).allSatisfy { $0.unit != "stone" }, "\(text)")
        }
    }

    @Test func aHundredInARangesLowEndInWordsTakesTheHighEndsScale() throws {
        // base f2fc98a: [100,200000]
        #expect(try D.summary("between one hundred and two hundred thousand")
            == ["between one hundred and two hundred thousand=[100000,200000]"])
        #expect(try D.mentions("from two hundred to three hundred million dollars").map(\.normalized)
            == ["[200000000,300000000] USD"])
        // a low end above the high end's count keeps its own value
        #expect(try D.summary("from five hundred to two thousand") == ["from five hundred to two thousand=[500,2000]"])
        #expect(try D.summary("between one hundred and two hundred") == ["between one hundred and two hundred=[100,200]"])
    }
}
