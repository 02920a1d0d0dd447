import Testing

@testable import GlossNumbers

/// `MentionReader+Typos`: units fused to a number that are a typo's letters or part of a
/// compound (review21's leftovers), and the data rates the ninth probe set (Chat) found short.
@Suite struct MentionReaderTyposTests {
    typealias D = NumberDetectorTests

    @Test func aFusedStBeforeACapitalisedWordIsNoStone() throws {
        // base 90092f7: ["17st=17 stone"]
        for text in ["Walk 17st Street to the park.", "on 42st Avenue", "the 19st Century", "at 3st James Road"] {
            #expect(try D.mentions(text).allSatisfy { $0.unit != "stone" }, "\(text)")
        }
        // stones stay: before a number, a stop, a lowercase word
        #expect(try D.summary("The boxer came in at 15st 10lb.") == ["15st=15 stone", "10lb=10 pound"])
        #expect(try D.summary("The lock weighs 19st.") == ["19st=19 stone"])
        #expect(try D.summary("He lost 2st in a year.") == ["2st=2 stone"])
        #expect(try D.summary("a 17st lock forward") == ["17st=17 stone"])
    }

    @Test func aFusedInAfterAYearOrBeforeAnArticleIsThePreposition() throws {
        // base 90092f7: ["2020in=2020 inch"]
        for text in ["It opened in 2020in Berlin.", "In 2019in total we sold more.", "Report 5in the series", "He won 3in a row",
            "We met 2in this town"]
        {
            #expect(try D.mentions(text).allSatisfy { $0.unit != "inch" }, "\(text)")
        }
        // the number fused to letters that are no unit is a code, as before numbers13 read `in`
        #expect(try D.mentions("It opened in 2020in Berlin.").isEmpty)
        // inches stay
        #expect(try D.summary("The jeans have a 34in waist.") == ["34in=34 inch"])
        #expect(try D.summary("a 65in television") == ["65in=65 inch"])
        #expect(try D.mentions("He is 6ft 2in tall.").allSatisfy { $0.unit == "foot" })
        #expect(try D.summary("a 12in pizza") == ["12in=12 inch"])
    }

    @Test func theRandsScaleJoinedToANounIsNoRand() throws {
        // base 90092f7: 2 billion ZAR
        #expect(try D.mentions("The R2 billion-dollar deal collapsed.").allSatisfy { $0.currency != "ZAR" })
        #expect(try D.mentions("an R5 million-euro fund").allSatisfy { $0.currency != "ZAR" })
        // the rand with a scale stays
        #expect(try D.summary("a budget of R2.3 billion for housing") == ["R2.3 billion=2300000000 ZAR"])
        #expect(try D.summary("Eskom needs R254 billion.") == ["R254 billion=254000000000 ZAR"])
        #expect(try D.summary("Shoprite lifted profit to R5.7bn.") == ["R5.7bn=5700000000 ZAR"])
    }

    @Test func aLetterSignAfterATitleIsAName() throws {
        // base 90092f7: ["Kz 5=5 AOA"]
        for text in ["Dr Kz 5 said so.", "Mr Rp 15 arrived.", "Prof. Kz 12 wrote it", "Ms TSh 3 left"] {
            #expect(try D.mentions(text).allSatisfy { $0.currency == nil }, "\(text)")
        }
        #expect(try D.summary("Safaricom earned KSh 62.1bn.") == ["KSh 62.1bn=62100000000 KES"])
        #expect(try D.summary("a fare of Rp 15,000") == ["Rp 15,000=15000 IDR"])
        #expect(try D.summary("Dr Smith paid Kz 500.") == ["Kz 500=500 AOA"])
    }

    @Test func dataSizesPerSecondAreRates() throws {
        // base 90092f7: ["100 megabits=100 megabit"]
        let rates = [
            ("Is 100 megabits per second fast?", "megabit per second"), ("a link of 10 gigabits per second", "gigabit per second"),
            ("it copies 200 megabytes per second", "megabyte per second"), ("at 56 kilobits per second", "kilobit per second"),
            ("some 9600 bits per second", "bit per second"), ("reads 3 gigabytes a second", "gigabyte per second"),
            ("a 5 kilobytes per second trickle", "kilobyte per second"),
            ("2 terabits per second of traffic", "terabit per second"), ("10 mebibytes per second", "mebibyte per second"),
        ]
        for (text, unit) in rates {
            #expect(try D.mentions(text).first?.unit == unit, "\(text)")
        }
        // a size with another time is an allowance; the abbreviations keep their readings
        #expect(try D.mentions("The plan gives you 5 gigabits a month.").first?.unit == "gigabit")
        #expect(try D.mentions("a 100 Mbps line").first?.unit == "megabit per second")
        #expect(try D.mentions("a 64 gigabyte phone").first?.unit == "gigabyte")
    }
}
