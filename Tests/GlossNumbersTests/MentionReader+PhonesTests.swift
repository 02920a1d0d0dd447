import Testing

@testable import GlossNumbers

/// Telephone numbers written with spaces or an area code in brackets are no quantities.
@Suite struct MentionReaderPhonesTests {
    @Test func spacedGroupsLedByATrunkZeroOrACountryCodeAreAPhoneNumber() throws {
        for phone in ["0800 555 0199", "020 7946 0958", "0161 496 0000", "01632 960 983", "+44 20 7946 0958", "+1 212 555 0147"] {
            #expect(try NumberDetectorTests.mentions("Call \(phone) for details.").isEmpty, "\(phone)")
            #expect(try NumberDetectorTests.summary("Call \(phone) or pay 5 pct.") == ["5 pct=5%"], "\(phone)")
        }
    }

    @Test func aBracketedAreaCodeBeforeAHyphenatedNumberIsAPhoneNumber() throws {
        #expect(try NumberDetectorTests.mentions("For tickets call (212) 555-0147.").isEmpty)
        #expect(try NumberDetectorTests.summary("call (415) 555-2671 about the 3 cars") == ["3=3"])
    }

    /// An area code or exchange led by 0 or 1 is no North American number: the bracket holds
    /// a count and the hyphen a range (`(300) 100-1000`).
    @Test func aGroupLedByZeroOrOneIsNoAreaCodeOrExchange() throws {
        #expect(try NumberDetectorTests.summary("Crews (300) 100-1000 each") == ["300=300", "100-1000=[100,1000]"])
        #expect(try NumberDetectorTests.summary("rows (120) 555-0147").first == "120=120")
        for lead in ["2", "5", "9"] {
            #expect(try NumberDetectorTests.mentions("Call (\(lead)12) \(lead)55-0147 now.").isEmpty, "\(lead)")
        }
    }

    @Test func numbersThatAreNoPhoneStayAsTheyWere() throws {
        // too few digits, a decimal, no space, a bracket without a local number after it
        #expect(try NumberDetectorTests.summary("rates of 0.5 and 0.75 pct").count == 2)
        #expect(try NumberDetectorTests.summary("a score of 05 points").count == 1)
        #expect(try NumberDetectorTests.summary("sales (212) were up") == ["212=212"])
        #expect(try NumberDetectorTests.summary("up 0 to 3 pct").count == 2)  // as before: a change, then a level
    }

    /// A lone `0` leads no telephone number (a trunk zero leads an area code: `020`, `0800`):
    /// a run of numbers after a zero stays numbers.
    @Test func aLoneZeroLeadsNoPhoneNumber() throws {
        #expect(try NumberDetectorTests.summary("The table showed 0 150 200 300 and 400.").count == 5)
        #expect(try NumberDetectorTests.summary("Scores: 0 12 34 56 78 were logged.").count == 5)
    }

    /// A signed number spaced in thousands is a quantity (as before the phone rule).
    @Test func aSignedNumberInSpacedThousandsIsNoPhoneNumber() throws {
        #expect(try NumberDetectorTests.summary("Output was +125 000 000 tonnes.") == ["+125 000 000 tonnes=125000000 metric ton"])
    }

    /// A run of zero-led groups far longer than a telephone number is read in time linear in
    /// its length: the walk stops past fifteen digits (it went to the run's end from every
    /// numeral, 22 s for 80,000 groups in a release build, 0.3 s without the rule).
    @Test func aLongRunOfZeroLedGroupsIsReadInLinearTime() throws {
        let run = Array(repeating: "00", count: 60_000).joined(separator: " ")
        var count = 0
        let elapsed = try ContinuousClock().measure { count = try NumberDetectorTests.mentions("Rows \(run) end.").count }
        #expect(count > 0)
        #expect(elapsed < .seconds(30), "\(elapsed)")
    }
}
