import Testing

@testable import GlossNumbers

/// Numbers inside names and labels are no quantities; number-unit adjectives written with
/// spaced hyphens, and `half a` before a unit, are measures.
@Suite struct MentionReaderNamesTests {
    @Test func aCapitalisedFirstBeforeANameIsPartOfIt() throws {
        for name in ["Brands", "City", "Boston", "Chicago", "Union", "Interstate", "Republic", "Capital"] {
            for frame in ["after the First \(name) collapse", "First \(name) said on Monday", "shares of First \(name) rose"] {
                #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
            }
        }
    }

    @Test func aFirstBeforeATimeOrEventStaysAPosition() throws {
        for word in ["Quarter", "Half", "Meeting", "Round", "Annual", "Time"] {
            #expect(try NumberDetectorTests.mentions("the First \(word) was long").map(\.kind) == [.ordinal], "\(word)")
        }
        #expect(try NumberDetectorTests.mentions("the first city to do so").map(\.kind) == [.ordinal])
        #expect(try NumberDetectorTests.mentions("FIRST BRANDS SAYS").map(\.kind) == [.ordinal])
    }

    @Test func aNumberBeforeSeriesIsAModelLine() throws {
        for number in [3, 7, 400, 737] {
            for frame in ["The \(number) series sold well", "the new \(number) Series car"] {
                #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
            }
        }
    }

    @Test func aNumberAfterALabelIsAnIdentifier() throws {
        for label in MentionReader.labelWords.sorted() {
            let capital = label.prefix(1).uppercased() + label.dropFirst()
            #expect(try NumberDetectorTests.mentions("he went to \(capital) 12 later").isEmpty, "\(capital)")
            #expect(try NumberDetectorTests.mentions("he went to \(label) 11A later").isEmpty, "\(label)")
        }
        // a label in lower case before plain digits is a count: the route 66 signs stay as they are
        #expect(try NumberDetectorTests.summary("it has 12 rooms") == ["12=12"])
    }

    @Test func aYenForSomethingIsALonging() throws {
        for after in ["for", "to"] {
            #expect(try NumberDetectorTests.mentions("he had a yen \(after) travel").isEmpty)
        }
        #expect(try NumberDetectorTests.summary("the yen fell") == ["yen=JPY"])
        #expect(try NumberDetectorTests.summary("it cost 100 yen for lunch") == ["100 yen=100 JPY"])
    }

    @Test func spacedHyphenAdjectivesAreMeasures() throws {
        let units: [(String, String)] = [
            ("cent", "12 cent"), ("dollar", "12 USD"), ("mile", "12 mile"), ("ton", "12 ton"), ("inch", "12 inch"),
            ("kilometre", "12 kilometer"), ("litre", "12 liter"), ("percent", "12%"), ("acre", "12 acre"),
        ]
        for (word, normalized) in units {
            for frame in ["a 12 - \(word) rise", "the 12 - \(word) limit ."] {
                let found = try NumberDetectorTests.mentions(frame)
                #expect(found.map(\.normalized) == [normalized], "\(frame)")
            }
        }
        // a number after the hyphen is still a range
        #expect(try NumberDetectorTests.summary("it was 5 - 10 miles") == ["5 - 10 miles=[5,10] mile"])
    }

    @Test func halfABeforeAUnitIsHalfOfIt() throws {
        #expect(try NumberDetectorTests.summary("it rose half a percent") == ["half a percent=0.5%"])
        #expect(try NumberDetectorTests.summary("a walk of half a mile") == ["half a mile=0.5 mile"])
        #expect(try NumberDetectorTests.summary("half a million people") == ["half a million=500000"])
    }
}
