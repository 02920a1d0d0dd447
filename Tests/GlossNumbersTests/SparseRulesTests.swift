import Testing

@testable import GlossNumbers

/// numbers24's rules, one test per phenomenon: what the seventeenth probe set (Sparse: the
/// phenomena the sixteen earlier sets hold least) and the Tails and Layouts sets' leftovers found
/// short. Each test's first expectations are inputs the base (f037dc0) read otherwise, as its
/// comments say; the rest must not change.
@Suite struct SparseRulesTests {
    typealias D = NumberDetectorTests

    @Test func minorUnitsFromWordNetsGlossesAndIrregularPlurals() throws {
        // base f037dc0: plain numbers (tiyin has no part link in WordNet, only a gloss; the
        // plurals are WordNet's noun.exc; the lira's centesimo was left out beside the hand list)
        #expect(try D.summary("It cost 500 tiyin.") == ["500 tiyin=500 tiyin"])
        #expect(try D.summary("The coin is worth 20 stotinki.") == ["20 stotinki=20 stotinka"])
        #expect(try D.summary("It was 80 centesimi.") == ["80 centesimi=80 centesimo"])
        #expect(try D.summary("The coin was worth 20 lepta.") == ["20 lepta=20 lepton"])
        #expect(try D.summary("It cost 2 lire and 50 centesimi.") == ["2 lire and 50 centesimi=2.5 lira"])
        // unchanged: the particle, whose singular has other senses; the hand list's own words
        #expect(try D.summary("Physicists saw 20 leptons.") == ["20=20"])
        #expect(try D.summary("It cost 3 dinars 500 fils.").first == "3 dinars 500 fils=3.5 dinar")
        #expect(CurrencyCatalog.wordNetMinorPlurals["stotinka"]?.contains("stotinki") == true)
        #expect(CurrencyCatalog.wordNetMinorSingulars["lepta"] == "lepton")
        #expect(CurrencyCatalog.minorByHead["lira"]?.map(\.word).contains("centesimo") == true)
        #expect(CurrencyCatalog.minorByHead["som"]?.contains { $0.word == "tiyin" && $0.parts == 100 } == true)
        // review59: a plural the gazetteer lists as a name is left out, as a singular is (`makuta`,
        // the likuta's plural, is a given name: a capitalised unit after a number reads as money)
        #expect(CurrencyCatalog.wordNetMinorPlurals["likuta"] == nil)
        // review59: an irregular plural of a word with other senses only when the monetary sense's
        // gloss counts in it (`100 lepta equal 1 drachma`); `agorae` is the marketplace's plural
        #expect(CurrencyCatalog.wordNetMinorSingulars["agorae"] == nil)
        #expect(try D.summary("Athens had two agorae.") == ["two=2"])
        #expect(try D.summary("The 2 Makuta brothers came.") == ["2=2"])
        // a minor unit that is a major one too is left out (the Turkmen manat's `tenge`)
        #expect(CurrencyCatalog.wordNetMinorUnits["manat"]?.contains { $0.word == "tenge" } == false)
    }

    @Test func aHeadKeptOutAsANameIsNoNameInItsPlural() throws {
        // base f037dc0: 40 (zaire, a country), `schilling` with no code (a surname)
        #expect(try D.summary("The bank expects a loss of 40 zaires a day.") == ["40 zaires=40 ZRZ"])
        #expect(try D.summary("It lost 700 mln schillings last year.") == ["700 mln schillings=700000000 ATS"])
        #expect(try D.summary("It cost 30 balboas.") == ["30 balboas=30 PAB"])
        // unchanged: the names themselves
        #expect(try D.summary("The Zaires were late.") == [])
        #expect(try D.summary("Mr Schillings said so.") == [])
    }

    @Test func aSpacedColonBetweenAnHourAndItsMinutesIsAClockTime() throws {
        // base f037dc0: 10 and 30
        #expect(try D.summary("the meeting opens at 10 : 30 on monday .") == [])
        #expect(try D.summary("it ended at 10 : 30 : 15 .") == ["15=15"])
        #expect(try D.summary("trains leave 9 : 45 pm daily .") == [])
        // unchanged: a ratio, minutes past 59, and (review59) a score, a ratio or a vote with two
        // digits after the colon but no preposition of time before nor time marker after
        #expect(try D.summary("the ratio was 3 : 1 .") == ["3=3", "1=1"])
        #expect(try D.summary("the score was 24 : 75 .") == ["24=24", "75=75"])
        #expect(try D.summary("the match ended 21 : 15 in the third set .") == ["21=21", "15=15", "third=3"])
        #expect(try D.summary("mix the fuel 1 : 50 with oil .") == ["1=1", "50=50"])
        #expect(try D.summary("the council voted 15 : 10 against .") == ["15=15", "10=10"])
    }

    @Test func pointOpensADecimalBeforeTwoDigitWords() throws {
        // base f037dc0: seven and five
        #expect(try D.summary("The needle read point seven five on the dial.") == ["point seven five=0.75"])
        #expect(try D.summary("It read point seven five percent.") == ["point seven five percent=0.75%"])
        // unchanged: one digit word before another word, a determiner before `point` (numbers27:
        // one digit word that ends the clause or stands before a percent word is a decimal too,
        // `It read point five.`: TalliesRulesTests)
        #expect(try D.summary("It read point five times.") == ["five=5"])
        #expect(try D.summary("It read point five.") == ["point five=0.5"])
        #expect(try D.summary("At this point two five banks failed.") == ["two=2", "five=5"])
        #expect(try D.summary("The point two men made was good.") == ["two=2"])
        #expect(try D.summary("At this point three banks failed.") == ["three=3"])
    }

    @Test func aComparatorAfterTheNounACountCounts() throws {
        // base f037dc0: plain numbers
        #expect(try D.summary("Towns of 5,000 residents or fewer get aid.") == ["5,000 residents or fewer=<=5000"])
        #expect(try D.summary("Firms with 20 staff or fewer are exempt.") == ["20 staff or fewer=<=20"])
        #expect(try D.summary("It sold 10,000 shares or more.") == ["10,000 shares or more=>=10000"])
        // unchanged: `and` (no comparator), a unit's own comparator, a number word after the year
        #expect(try D.summary("Groups of 40 people and above all others.") == ["40=40"])
        #expect(try D.summary("Loans of 20 dollars or more.") == ["20 dollars or more=>=20 USD"])
        #expect(try D.summary("In 1990 two or more firms failed.") == ["1990=1990", "two or more=>=2"])
        #expect(try D.summary("He has 5 cars or a truck.") == ["5=5"])
    }

    @Test func layoutsLeftovers() throws {
        // base f037dc0: 10668 a number; 3.2 metres; -17
        #expect(try D.summary("The jet cruised at 35,000 ft (10,668 m).") == ["35,000 ft=35000 foot", "10,668 m=10668 meter"])
        #expect(try D.summary("The charity fed 3.2m (3,200,000) children.") == ["3.2m=3200000", "3,200,000=3200000"])
        #expect(try D.summary("- 17 arrests were made") == ["17=17"])
        // unchanged: a bracket after no measure, a restatement that is no million, a unit after the
        // dash at the text's start, the spec's mixed number
        #expect(try D.summary("The fund is (5 m)") == ["5=5"])
        #expect(try D.summary("The charity fed 3.2m (3,100,000) children.") == ["3.2m=3.2 meter", "3,100,000=3100000"])
        #expect(try D.summary("- 5 degrees at dawn") == ["- 5 degrees=-5 degree"])
        #expect(try D.summary("- 1 4/5") == ["- 1 4/5=-1.8"])
    }

    @Test func aModelsVariantInCapitalsKeepsTheModelAName() throws {
        // base f037dc0: 737, 626
        #expect(try D.summary("The Boeing 737 MAX was grounded.") == [])
        #expect(try D.summary("The Mazda 626 GLX costs more.") == [])
        // unchanged: a code after the number, a headline in capitals, nothing after the capitals
        #expect(try D.summary("Sales of Brazil 150 USD were seen.") == ["150 USD=150 USD"])
        #expect(try D.summary("THE BOEING 737 MAX WAS GROUNDED") == ["737=737"])
        #expect(try D.summary("The Boeing 737 MAX.") == ["737=737"])
    }

    @Test func aRangeOfADocumentsPartsNamesThemCitedOrNot() throws {
        // base f037dc0: [10,20] (the range was a label only when cited)
        #expect(try D.summary("Pages 10 through 20 are missing.") == [])
        #expect(try D.summary("the powers are reciprocity clauses 183 to 186.") == [])
        // unchanged: a unit after the range, a count of pages, a scale word
        #expect(try D.summary("Pages 10 to 20 km long.") == ["10 to 20 km=[10,20] kilometer"])
        #expect(try D.summary("The report runs to 300 pages.") == ["300=300"])
        #expect(try D.summary("chapters 3 and 4 million readers.") == ["3=3", "4 million=4000000"])
    }
}
