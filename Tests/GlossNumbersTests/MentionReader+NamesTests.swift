import Testing

@testable import GlossNumbers

/// Numbers inside names and labels are no quantities; number-unit adjectives written with
/// spaced hyphens, and `half a` before a unit, are measures.
@Suite struct MentionReaderNamesTests {
    /// The Group of Seven (Five, Ten, 77…) is a body's name, in words or digits, in any case of
    /// its number; a lowercase or sentence-opening group counts.
    @Test func aNumberAfterGroupOfIsAName() throws {
        for number in ["Seven", "Five", "Ten", "Eight", "Twenty", "77", "24", "SEVEN"] {
            for frame in ["the Group of \(number) met in Paris", "ministers of the Group of \(number) (G-7) said"] {
                #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
            }
        }
        #expect(try NumberDetectorTests.mentions("a group of seven banks").map(\.value?.double) == [7])
        #expect(try NumberDetectorTests.mentions("Group of 10 banks agree to lend").map(\.value?.double) == [10])
    }

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

    /// In a capitals headline, `FIRST` opens a company's name when a ticker or a company word
    /// follows the name; a time, event or table word after it, or nothing marking a company,
    /// keeps the ordinal.
    @Test func aCapitalFirstBeforeATickerOrCompanyWordIsAName() throws {
        for name in ["TENNESSEE", "CHICAGO", "UNION REAL ESTATE"] {
            for tail in ["<FTEN> SETS DIVIDEND", "CORP SAYS", "BANCORP <FMB.O> NET", "NATIONAL BANK CUTS RATE"] {
                let headline = "FIRST \(name) \(tail)"
                #expect(try NumberDetectorTests.mentions(headline).allSatisfy { $0.kind != .ordinal }, "\(headline)")
            }
        }
        for headline in ["FIRST QTR NET <ABC> ROSE", "FIRST HALF PROFIT AT ACME CORP", "FIRST MEETING OF BANK CORP",
            "FIRST BRANDS SAYS", "FIRST JANUARY TRADE AT ACME INC", "CHINA'S FIRST JOINT VENTURE BANK REPORTS",
            "REBELS CARRY OUT FIRST RAID IN THE CAPITAL", "ACME BANK IS FIRST DUTCH BANK TO ISSUE CDS"]
        {
            #expect(try NumberDetectorTests.mentions(headline).first?.kind == .ordinal, "\(headline)")
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

/// Ordinals that name a kind, not a position (`kindOrdinals`), title-case number words in
/// names, codes labelled by capitals, and `over` as a preposition.
@Suite struct MentionReaderKindsAndCodesTests {
    static let ordinalWords = [1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"]

    @Test func everyKindOrdinalIsNoPosition() throws {
        for (rank, heads) in MentionReader.kindOrdinals {
            let ordinal = Self.ordinalWords[rank]!
            for head in heads.sorted() {
                let written = MentionReader.hyphenOnlyKinds.contains(head) ? "\(ordinal)-\(head)" : "\(ordinal) \(head)"
                let found = try NumberDetectorTests.mentions("they spoke of \(written) matters today")
                #expect(found.allSatisfy { $0.kind != .ordinal }, "\(written)")
            }
        }
    }

    @Test func theSameWordsAsPositionsStayOrdinals() throws {
        #expect(try NumberDetectorTests.mentions("Vietnam was the third country to sign").map(\.kind) == [.ordinal])
        #expect(try NumberDetectorTests.mentions("it was the first country to act").map(\.kind) == [.ordinal])
        #expect(try NumberDetectorTests.mentions("a third rate cut is due").map(\.kind) != [])
        #expect(try NumberDetectorTests.mentions("in the third quarter it rose").map(\.kind) == [.ordinal])
        #expect(try NumberDetectorTests.mentions("the second class of pupils").map(\.kind) == [.ordinal])
    }

    @Test func aTitleCaseNumberWordInANameIsNoCount() throws {
        for number in ["One", "Two", "Three", "Five", "Nine", "Ten"] {
            for frame in [
                "the Boston \(number) chairman said the bank would grow", "shares of \(number) Oaks Direct rose sharply",
                "the Detroit Big \(number) makers said on Monday", "power from Mayo Unit \(number) was cut",
            ] {
                #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
            }
        }
    }

    @Test func aTitleCaseNumberWordOpeningASentenceOrInAHeadlineCounts() throws {
        #expect(try NumberDetectorTests.summary("Five people were hurt on Monday.") == ["Five=5"])
        #expect(try NumberDetectorTests.summary("it ended. Five Japanese banks bought it") == ["Five=5"])
        #expect(try NumberDetectorTests.summary("bought by Acme Ltd. One tranche is of five years") == ["One=1", "five=5"])
        #expect(try NumberDetectorTests.summary("\"Five of them left,\" he said") == ["Five=5"])
        #expect(try NumberDetectorTests.summary("Why Five Banks Fell On Monday") == ["Five=5"])
        #expect(try NumberDetectorTests.summary("The U.S.’s Two Foremost Allies Are on Good Terms") == ["Two=2"])
        #expect(try NumberDetectorTests.summary("GIANTS WIN IN BATTLE\n\nThree Japanese rating agencies said so") == ["Three=3"])
        // a time word after it: a count of a period, as tables write it
        #expect(try NumberDetectorTests.summary("vs 13.7 mln Six Mths Shr 85 cts") == ["13.7 mln=13700000", "Six=6", "85 cts=85 cent"])
        #expect(try NumberDetectorTests.mentions("paid on March Five to holders").isEmpty)
    }

    @Test func aNumberLabelledByCapitalsIsACode() throws {
        for label in ["NAB", "RRIM", "SMR", "PDP", "ZEBRA", "PL"] {
            for number in [11, 20, 480, 725, 7820] {
                for frame in ["clones such as \(label) \(number), he said", "the new \(label) \(number) will sell well"] {
                    #expect(try NumberDetectorTests.mentions(frame).isEmpty, "\(frame)")
                }
            }
        }
        #expect(try NumberDetectorTests.mentions("planted KRS 21 and PPN 2444 in the north").isEmpty)
    }

    @Test func aNumberAfterCapitalsThatIsAnAmountStays() throws {
        // a change and the level reached, a figure in brackets, a unit or a scale
        #expect(try NumberDetectorTests.summary("shares in GMK 30 to 8.50 fell") == ["30=30", "8.50=8.5"])
        #expect(try NumberDetectorTests.summary("the grade SHG 110 (108) was quoted") == ["110=110", "108=108"])
        #expect(try NumberDetectorTests.summary("and Deminex AG 10 pct of it") == ["10 pct=10%"])
        #expect(try NumberDetectorTests.summary("owes the IMF 450 mln dlrs in arrears") == ["450 mln dlrs=450000000 USD"])
        // a year; a number-noun adjective; a table's own capitals; a headline in capitals
        #expect(try NumberDetectorTests.summary("said GKN 1986 pretax profit rose") == ["1986=1986"])
        #expect(try NumberDetectorTests.summary("after the USDA 7-state report came out") == ["7=7"])
        #expect(try NumberDetectorTests.summary("net income VS 12 dlrs a year ago") == ["12 dlrs=12 USD"])
        #expect(try NumberDetectorTests.summary("ACME VOTES 3 FOR 2 SPLIT\n\nAcme said its board voted") == ["3=3", "2=2"])
    }

    @Test func aNumberAfterANameAsItsModelIsNoCount() throws {
        for (name, number, noun) in [("Ariane", 4, "launches"), ("Motorola", 68020, "chip"), ("Mazda", 626, "saloon"), ("Boeing", 747, "jets")] {
            #expect(try NumberDetectorTests.mentions("they bought three \(name) \(number) \(noun) last year").map(\.kind) == [.number], "\(name)")
        }
        #expect(try NumberDetectorTests.mentions("a PC using an Intel 80386-based chip").isEmpty)
        #expect(try NumberDetectorTests.mentions("prices for the Series 6000-II workstations").isEmpty)
        #expect(try NumberDetectorTests.mentions("3M <MMM> ACQUIRES A UNIT").isEmpty)
        // a figure in a table, a poll's share, a level, a score
        #expect(try NumberDetectorTests.summary("Brazil 150, Argentina 200 and Labour 40 pct") == ["150=150", "200=200", "40 pct=40%"])
        #expect(try NumberDetectorTests.summary("the Conservative Party 13 points ahead") == ["13=13"])
        #expect(try NumberDetectorTests.summary("the Nikkei 7 rose") == ["7=7"])
        // a word opening a sentence, a table's word, a word of degree after the number
        for opener in ["About", "Some", "Only", "The", "Another"] {
            #expect(try NumberDetectorTests.mentions("it ended. \(opener) 150 people came").count == 1, "\(opener)")
        }
        #expect(try NumberDetectorTests.summary("CALENDAR 1986 Div 150 won vs 140 won") != [])
        #expect(try NumberDetectorTests.summary("would give Fujitsu 14 additional chips") == ["14=14"])
        // a number-noun adjective counts its noun (Heron Cay 610-site); a participle takes a model (80386-based)
        #expect(try NumberDetectorTests.summary("and the Heron Cay 610-site adult community") == ["610=610"])
        #expect(try NumberDetectorTests.mentions("a Motorola 68020-equipped board").isEmpty)
    }

    @Test func aPercentThenAScaledNumberIsNoRange() throws {
        #expect(try NumberDetectorTests.summary("ahead by 24.6 pct to 24.42 billion from") == ["24.6 pct=24.6%", "24.42 billion=24420000000"])
        #expect(try NumberDetectorTests.summary("up 5 pct to 12 mln") == ["5 pct=5%", "12 mln=12000000"])
        #expect(try NumberDetectorTests.summary("rates of 5 to 7 pct") == ["5 to 7 pct=[5,7]%"])
    }

    @Test func overAfterAHeadOrAnAmountIsAPreposition() throws {
        for head in ["control", "dispute", "talks", "authority", "took", "handed", "rescheduled", "payable", "spread"] {
            let found = try NumberDetectorTests.mentions("they saw \(head) over one of the largest airlines")
            #expect(found.map(\.comparator) == [nil], "\(head)")
        }
        for amount in ["25 billion dlrs", "7.5 pct", "300 mln stg"] {
            let found = try NumberDetectorTests.mentions("it would cost \(amount) over five years, he said")
            #expect(found.count == 2 && found[1].comparator == nil && found[1].value?.double == 5, "\(amount)")
        }
        #expect(try NumberDetectorTests.mentions("an improvement over 1985, it said").map(\.kind) == [.year])
        #expect(try NumberDetectorTests.mentions("a rise of 5 pct over 1985, it said").map(\.kind) == [.percent, .year])
    }

    @Test func overOpeningANumberIsMoreThan() throws {
        for text in ["over 40 pct of voters", "just over 5 pct", "it has over 200 staff", "BU\n\nOver 240 mln bushels of grain"] {
            #expect(try NumberDetectorTests.mentions(text).last?.comparator == .greater, "\(text)")
        }
        #expect(MentionReader.overHeads.contains("rescheduling") && MentionReader.overHeads.contains("handed"))
    }
}

/// A word of degree between a number and its unit (`one full percentage point`).
@Suite struct MentionReaderDegreeWordTests {
    @Test func everyDegreeWordKeepsTheUnit() throws {
        for word in MentionReader.degreeWords.sorted() {
            #expect(try NumberDetectorTests.mentions("a spread of one \(word) percentage point over Libor").map(\.kind) == [.percent], "\(word)")
            #expect(try NumberDetectorTests.mentions("it sold two \(word) tonnes today").map(\.unit) == ["metric ton"], "\(word)")
        }
        // no unit after the word: the number alone
        #expect(try NumberDetectorTests.summary("two full years later") == ["two=2"])
    }
}

/// `over` after its head in a title-case headline, and the reciprocal `one another`.
@Suite struct MentionReaderHeadlineOverTests {
    @Test func titleCaseOverAfterItsHeadIsNoBound() throws {
        #expect(try NumberDetectorTests.summary("Mexico Takes Over Two Small Local Banks") == ["Two=2"])
        #expect(try NumberDetectorTests.summary("Company Takes Over Three Rivals") == ["Three=3"])
        #expect(try NumberDetectorTests.summary("Over 240 mln bushels were sold.") == ["Over 240 mln bushels=>240000000 bushel"])
        #expect(try NumberDetectorTests.summary("Prices Rise Over 20 Pct") == ["Over 20 Pct=>20%"])
    }

    @Test func oneAnotherIsAPronoun() throws {
        #expect(try NumberDetectorTests.mentions("They helped one another.").isEmpty)
        #expect(try NumberDetectorTests.summary("He bought one more.") == ["one=1"])
    }
}

/// A lowercase participle between a number and its measure.
@Suite struct MentionReaderParticipleTests {
    @Test func aParticipleBeforeAMeasure() throws {
        #expect(try NumberDetectorTests.summary("Farmers left 60 mln harvested acres.") == ["60 mln harvested acres=60000000 acre"])
        #expect(try NumberDetectorTests.summary("a crop of 5 mln planted hectares") == ["5 mln planted hectares=5000000 hectare"])
        // not before money, nor capitalised
        #expect(try NumberDetectorTests.summary("it paid 5 mln needed dlrs").first?.hasPrefix("5 mln=") == true)
    }
}

/// A number after a series label names a member (`band two`, `units one and two`) and takes no
/// unit written after it; after an article or determiner the noun ends a phrase and the number counts.
@Suite struct MentionReaderSeriesLabelTests {
    @Test func aNumberAfterASeriesLabelIsNoQuantity() throws {
        for label in ["band", "Units", "phase", "tier", "zone", "stage", "reactor"] {
            for number in ["one", "two", "three", "1", "2"] {
                let found = try NumberDetectorTests.summary("it took 40 mln stg in \(label) \(number) and 12 pct of the rest")
                #expect(found == ["40 mln stg=40000000 GBP", "12 pct=12%"], "\(label) \(number): \(found)")
            }
        }
        #expect(try NumberDetectorTests.summary("Units one and two produced 40,000 tonnes") == ["40,000 tonnes=40000 metric ton"])
        #expect(try NumberDetectorTests.summary("bands 1, 2 and 3 took 9 pct") == ["9 pct=9%"])
        // a list of up to eight members after one label (`units 1, 2, 3, 4, 5, 6 and 7`)
        for count in 2...8 {
            let list = (1..<count).map(String.init).joined(separator: ", ") + " and \(count)"
            #expect(try NumberDetectorTests.summary("units \(list) took 9 pct") == ["9 pct=9%"], "\(list)")
        }
    }

    @Test func theLabelListEndsAtAnAmount() throws {
        #expect(try NumberDetectorTests.summary("in band one and two mln stg in band two") == ["two mln stg=2000000 GBP"])
        #expect(try NumberDetectorTests.summary("the unit paid two mln dlrs") == ["two mln dlrs=2000000 USD"])
        #expect(try NumberDetectorTests.summary("each unit one pct larger") == ["one pct=1%"])
        // a range or a compound after it, another list, a count after the label's number
        #expect(try NumberDetectorTests.summary("Yield grade 2-3 beef") == ["2-3=[2,3]"])
        #expect(try NumberDetectorTests.mentions("WORKERS STAGE ONE-DAY STRIKE").count == 1)
        #expect(try NumberDetectorTests.summary("20 of type 2 and three of type 3") == ["20=20", "three=3"])
        #expect(try NumberDetectorTests.summary("Unit 4, one of two reactors") == ["one=1", "two=2"])
        #expect(try NumberDetectorTests.summary("in band\ntwo at 9 pct") == ["9 pct=9%"])
        #expect(try NumberDetectorTests.summary("String Band\n\ntwo left hands") == ["two=2"])
    }

    @Test func afterADeterminerTheNumberCounts() throws {
        for text in ["In the first round two players withdrew", "At that stage two banks pulled out", "in each zone two teams"] {
            #expect(try NumberDetectorTests.mentions(text).filter { $0.kind != .ordinal }.map(\.value?.double) == [2], "\(text)")
        }
    }

    @Test func afterACountedPluralTheNumberCounts() throws {
        #expect(try NumberDetectorTests.summary("it sold 400 units 20 of them abroad") == ["400=400", "20=20"])
        #expect(try NumberDetectorTests.summary("three units two of which are idle") == ["three=3", "two=2"])
        #expect(try NumberDetectorTests.summary("In 1986 phase two began").count == 1)
    }
}

/// In a headline in capitals `GROUP OF N` is a body's name only for the sizes such bodies have.
@Suite struct MentionReaderGroupInCapitalsTests {
    @Test func onlyTheBodiesSizesAreNames() throws {
        for text in ["BANK GROUP OF 12 LENDERS SIGNS LOAN", "TALKS BY GROUP OF 25 BANKS END", "FUND GROUP OF NINE FIRMS FORMED",
            "TALKS WITH A GROUP OF 10 BANKS"]
        {
            #expect(try NumberDetectorTests.mentions(text).count == 1, "\(text)")
        }
        for text in ["MINISTERS OF GROUP OF SEVEN MEET", "U.S. URGES GROUP OF FIVE ACTION", "TALKS OF GROUP OF 77 END"] {
            #expect(try NumberDetectorTests.mentions(text).isEmpty, "\(text)")
        }
        #expect(try NumberDetectorTests.mentions("the Group of 12 met").isEmpty)
    }
}
