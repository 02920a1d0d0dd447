import Testing

@testable import GlossNumbers

/// A quote whose high end gives only its last decimals (`5.63-65`), generated over lows and
/// decimal counts; a range whose high end is a number of its own is left as it is.
@Suite struct MentionReaderQuotesTests {
    @Test func theHighEndTakesTheLowsLeadingDigits() throws {
        for (whole, decimals) in [(5, 2), (0, 2), (12, 3), (1, 4), (99, 2)] {
            for lowDigits in [10, 25, 63] {
                let low = "\(whole)." + String(lowDigits) + String(repeating: "0", count: decimals - 2)
                let highDigits = String(lowDigits + 5) + String(repeating: "0", count: decimals - 2)
                let found = try NumberDetectorTests.mentions("BILLS SEEN AT \(low)-\(highDigits) PCT")
                try #require(found.count == 1, "\(low)-\(highDigits)")
                let expected = Double("\(whole).\(highDigits)")!
                #expect(found[0].value?.double == Double(low)!, "\(low)-\(highDigits)")
                #expect(found[0].high?.double == expected, "\(low)-\(highDigits)")
            }
        }
    }

    @Test func rangesWithAWholeHighEndStay() throws {
        #expect(try NumberDetectorTests.summary("rates of 1.5-2 pct") == ["1.5-2 pct=[1.5,2]%"])
        #expect(try NumberDetectorTests.summary("rates of 2.5-7 pct") == ["2.5-7 pct=[2.5,7]%"])
        // a space before the high end makes it a number of its own
        #expect(try NumberDetectorTests.summary("from 5.63 - 65 units").first?.contains("65]") == true)
        // fewer digits than decimals: 5.63-7 is a range to 7
        #expect(try NumberDetectorTests.summary("rates 5.63-7 pct") == ["5.63-7 pct=[5.63,7]%"])
    }
}

/// `rose X to Y`: a change, then the level reached, when Y is over ten times X.
@Suite struct MentionReaderChangeTests {
    @Test func aChangeThenALevelIsTwoMentions() throws {
        for verb in MentionReader.changeVerbs.sorted() {
            let found = try NumberDetectorTests.mentions("loans \(verb) 1.13 billion dlrs to 217.28 billion dlrs")
            #expect(found.count == 2 && found.allSatisfy { $0.high == nil }, "\(verb)")
        }
        // a span of estimates stays a range
        #expect(try NumberDetectorTests.mentions("prices rose 5 to 10 pct").first?.high?.double == 10)
        #expect(try NumberDetectorTests.mentions("between 1.13 billion and 217.28 billion dlrs").first?.high != nil)
    }

    @Test func theVerbLastIsNoOrdinal() throws {
        for text in ["the trend will not last.", "rains normally last between May and July", "it may last for years"] {
            #expect(try NumberDetectorTests.mentions(text).isEmpty, "\(text)")
        }
        #expect(try NumberDetectorTests.mentions("in the last nine months").first?.kind == .ordinal)
    }
}

/// Model numbers joined by a hyphen (`757-200`) are no range and no quantity.
@Suite struct MentionReaderModelNumberTests {
    @Test func modelNumbersAreSkipped() throws {
        for (a, b) in [(757, 200), (737, 400), (747, 100), (320, 200), (5000, 100)] {
            let found = try NumberDetectorTests.mentions("five Boeing \(a)-\(b) planes")
            let numbers = found.compactMap { $0.value?.double }
            #expect(!numbers.contains(Double(a)) && !numbers.contains(Double(b)), "\(a)-\(b)")
        }
        // spans of years and ranges upwards stay
        let season = try NumberDetectorTests.mentions("the 1986-87 season")
        #expect(!season.isEmpty)
        let range = try NumberDetectorTests.mentions("100-200 people")
        #expect(range.first?.high?.double == 200)
    }
}

/// A quote table's bid and asked prices (`12450B 12500A`) are prices, not billions or amperes.
@Suite struct MentionReaderBidAskTests {
    @Test func bidAndAskLettersAreNoScaleOrUnit() throws {
        for (bid, ask) in [("12450", "12500"), ("6.55", "6.60"), ("98", "99")] {
            let found = try NumberDetectorTests.mentions("JAN8 \(bid)B \(ask)A 12455 MAR8")
            #expect(found.allSatisfy { $0.kind == .number && ($0.value?.double ?? 0) < 1e6 }, "\(bid)B \(ask)A")
        }
        // a billion and an ampere elsewhere stay
        #expect(try NumberDetectorTests.summary("a $5B deal") == ["$5B=5000000000 USD"])
        #expect(try NumberDetectorTests.mentions("a 13A fuse").first?.unit == "ampere")
    }
}
