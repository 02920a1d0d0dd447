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
        // a headline in title case keeps its ordinals; a company word after the name does not
        for headline in ["Nepal Gets First Female Leader After Protest", "Japan Set for First Female Prime Minister", "The First Three Weeks of the Year"] {
            #expect(try NumberDetectorTests.mentions(headline).map(\.kind).contains(.ordinal), "\(headline)")
        }
        for company in ["Corp", "Inc", "Bancorp", "Bank"] {
            #expect(try NumberDetectorTests.mentions("Shares of First Boston \(company) Rose").isEmpty, "\(company)")
        }
    }

    @Test func aNumberBeforeSeriesIsAModelLine() throws {
        for number in [3, 7, 400, 737] {
            for frame in ["The \(number) series sold well", "the new \(number) Series car"] {
                #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
            }
        }
    }

    @Test func aCountOfSeriesLetteredSharesStaysACount() throws {
        for letter in ["A", "B", "C"] {
            #expect(try NumberDetectorTests.summary("it issued 25,000 series \(letter) warrants") == ["25,000=25000"])
            #expect(try NumberDetectorTests.summary("it issued 500 Series \(letter) shares") == ["500=500"])
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

    @Test func currentAndPreviousBeforeANounAreNoPositions() throws {
        for word in ["current", "previous"] {
            for noun in ["levels", "two years", "prices", "three months", "10 days"] {
                #expect(try NumberDetectorTests.mentions("around \(word) \(noun) today").allSatisfy { $0.kind != .ordinal }, "\(word) \(noun)")
            }
            for noun in ["one", "page", "version", "ones", "business"] {
                #expect(try NumberDetectorTests.mentions("the \(word) \(noun)").map(\.kind) == [.ordinal], "\(word) \(noun)")
            }
        }
        for column in MentionReader.priceColumns.sorted() {
            #expect(try NumberDetectorTests.mentions("MTH LAST \(column.uppercased()) LOW").isEmpty, "\(column)")
        }
        #expect(try NumberDetectorTests.mentions("delete last sentence").map(\.kind) == [.ordinal])
        for word in ["last", "next"] {
            #expect(try NumberDetectorTests.mentions("the \(word) one").map(\.kind) == [.ordinal], "\(word) one")
        }
    }

    @Test func theGenericOneIsAPronoun() throws {
        for before in [",", "if", "when", "and", "but"] {
            for verb in MentionReader.modals.sorted() + ["continues", "finds", "sees", "gets"] {
                #expect(try NumberDetectorTests.mentions("reserves\(before == "," ? "" : " ")\(before) one \(verb) more").isEmpty, "\(before) \(verb)")
            }
        }
        #expect(try NumberDetectorTests.summary("and one of them left") == ["one=1"])
        #expect(try NumberDetectorTests.summary("if one shareholder sells") == ["one=1"])
    }

    @Test func countryDollarsOfTheWire() throws {
        for (country, code) in [("Canadian", "CAD"), ("Australian", "AUD"), ("Hong Kong", "HKD"), ("New Zealand", "NZD"), ("Singapore", "SGD")] {
            let found = try NumberDetectorTests.mentions("it shipped 2.48 billion \(country) dlrs worth")
            #expect(found.map { $0.currency ?? "" } == [code], "\(country)")
        }
    }

    @Test func reviewedKindsAndTitles() throws {
        for phrase in ["from third parties", "a third party", "the Third World"] {
            #expect(try NumberDetectorTests.mentions(phrase).isEmpty, "\(phrase)")
        }
        #expect(try NumberDetectorTests.mentions("the third round").map(\.kind) == [.ordinal])
        for title in ["Finance Minister", "Chairman", "President"] {
            #expect(try NumberDetectorTests.mentions("said the current \(title) of it").isEmpty, "\(title)")
        }
        #expect(try NumberDetectorTests.mentions("made to First Interstate Trading Co and paid").isEmpty)
        #expect(try NumberDetectorTests.summary("TO RAISE 300 MLN LUX FRANCS") == ["300 MLN LUX FRANCS=300000000 LUF"])
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

    /// Every index of `indexSizes`, with each of its sizes, is a name written with a capital,
    /// and only at those sizes.
    @Test func anIndexNamedByItsSizeIsNoQuantity() throws {
        for (name, sizes) in MentionReader.indexSizes {
            let written = name == "s&p" ? "S&P" : name.prefix(1).uppercased() + name.dropFirst()
            for size in sizes {
                for frame in ["the \(written) \(size) rose", "the \(written.uppercased()) \(size) index fell"] {
                    #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
                }
            }
            // a level after the index, or a size it does not have, stays a number
            #expect(try NumberDetectorTests.summary("the \(written) 7 rose") == ["7=7"], "\(written)")
        }
        for frame in ["S and P 500 futures", "S & P 500 futures"] {
            #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
        }
        #expect(try NumberDetectorTests.summary("FTSE 100 tops 10,000") == ["10,000=10000"])
    }

    @Test func currentInAFixedTermPicksNoPosition() throws {
        for noun in MentionReader.currentCompounds.sorted() {
            #expect(try NumberDetectorTests.mentions("the current \(noun) widened").isEmpty, "\(noun)")
        }
        #expect(try NumberDetectorTests.mentions("look at the current page").map(\.kind) == [.ordinal])
    }
}
