import Testing

@testable import GlossNumbers

/// Areas, volumes and speeds generated over every length and time, in every spelling.
@Suite struct CompoundUnitsTests {
    @Test func everyLengthSquaredCubedAndPerTimeIsAUnit() throws {
        for length in CompoundUnits.lengths {
            let plural = length.words.first { $0.hasSuffix("s") || $0 == "feet" } ?? length.words[0]
            for (prefix, name) in [("square", "square"), ("sq", "square"), ("cubic", "cubic"), ("cu", "cubic")] {
                let text = "an area of 40 \(prefix) \(plural) here"
                #expect(try NumberDetectorTests.summary(text) == ["40 \(prefix) \(plural)=40 \(name) \(length.name)"], "\(text)")
            }
            for time in CompoundUnits.times {
                for joiner in ["per", "an", "a"] where !(joiner == "a" && time.name == "hour") && !(joiner == "an" && time.name != "hour") {
                    let text = "it went 60 \(plural) \(joiner) \(time.name) today"
                    let expected = "60 \(plural) \(joiner) \(time.name)=60 \(length.name) per \(time.name)"
                    #expect(try NumberDetectorTests.summary(text) == [expected], "\(text)")
                }
            }
        }
    }

    @Test func symbolsOverTimeSymbolsWithOrWithoutSpaces() throws {
        for (symbol, name) in [("km", "kilometer"), ("m", "meter"), ("mi", "mile"), ("ft", "foot")] {
            for time in ["h", "s"] {
                let full = time == "h" ? "hour" : "second"
                for written in ["\(symbol)/\(time)", "\(symbol) / \(time)"] {
                    let found = try NumberDetectorTests.mentions("a speed of 30 \(written) , they said")
                    #expect(found.map(\.normalized) == ["30 \(name) per \(full)"], "\(written)")
                }
            }
        }
    }

    @Test func everyDegreeWordBeforeEveryScaleSpelling() throws {
        for degree in ["degree", "degrees", "deg", "degs"] {
            for (word, normalized) in [("celsius", "celsius"), ("celcius", "celsius"), ("centigrade", "celsius"), ("fahrenheit", "fahrenheit"), ("farenheit", "fahrenheit")] {
                let found = try NumberDetectorTests.mentions("it was 25 \(degree) \(word) today")
                #expect(found.map(\.normalized) == ["25 \(normalized)"], "\(degree) \(word)")
            }
        }
    }

    @Test func customaryMeasuresOfNews() throws {
        let cases = [
            ("it grew 40 million bushels", "40000000 bushel"), ("output of 1.5 mln bpd", "1500000 barrel per day"),
            ("they drank 2 pints", "2 pint"), ("it is 5 light years away", "5 light year"),
            ("100 troy ounces of gold", "100 troy ounce"), ("a 3.2 ghz chip", "3.2 gigahertz"),
            ("a 100 MHz signal", "100 megahertz"),
        ]
        for (text, normalized) in cases {
            #expect(try NumberDetectorTests.mentions(text).map(\.normalized) == [normalized], "\(text)")
        }
        // barrels a day stay barrels
        #expect(try NumberDetectorTests.summary("500,000 barrels a day") == ["500,000 barrels=500000 barrel"])
    }
}

/// Areas with `sq.` and the hyphenated adjective (`a 2,000-square-foot house`).
@Suite struct CompoundUnitsSpellingTests {
    @Test func abbreviatedAndHyphenatedAreas() throws {
        #expect(try NumberDetectorTests.summary("The flat has 40 sq. feet of storage.") == ["40 sq. feet=40 square foot"])
        #expect(try NumberDetectorTests.summary("a 2,000-square-foot house") == ["2,000-square-foot=2000 square foot"])
        #expect(try NumberDetectorTests.summary("a 30-cubic-metre tank") == ["30-cubic-metre=30 cubic meter"])
    }

    @Test func qtIsNoQuart() throws {
        #expect(try NumberDetectorTests.mentions("JADMAC INC 3RD QT JAN 31 LOSS").allSatisfy { $0.unit != "quart" })
    }
}
