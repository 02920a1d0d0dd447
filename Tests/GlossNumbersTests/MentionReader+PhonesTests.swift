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

    @Test func numbersThatAreNoPhoneStayAsTheyWere() throws {
        // too few digits, a decimal, no space, a bracket without a local number after it
        #expect(try NumberDetectorTests.summary("rates of 0.5 and 0.75 pct").count == 2)
        #expect(try NumberDetectorTests.summary("a score of 05 points").count == 1)
        #expect(try NumberDetectorTests.summary("sales (212) were up") == ["212=212"])
        #expect(try NumberDetectorTests.summary("up 0 to 3 pct").count == 2)  // as before: a change, then a level
    }
}
