import Testing

@testable import GlossNumbers

/// numbers23's rules, one test per phenomenon: what the sixteenth probe set (Tails: the tails of
/// issue 18's phenomena) and the fifteenth's leftovers found short (the spoken `oh` of a decimal,
/// list numbers, labels of a document's parts, `Age:` keys, minor units from WordNet). Each test's
/// first expectations are inputs the base (a340181) read otherwise, as its comments say; the rest
/// must not change.
@Suite struct TailsRulesTests {
    typealias D = NumberDetectorTests

    @Test func theSpokenOhAfterPointIsAZeroBeforeADigit() throws {
        // base a340181: 1000 and 5; 4%; 3 and 7
        #expect(try D.summary("The index closed at one thousand point oh five.") == ["one thousand point oh five=1000.05"])
        #expect(try D.summary("Turnout was sixty-two point oh four percent.") == ["sixty-two point oh four percent=62.04%"])
        #expect(try D.summary("It read three point oh oh seven.") == ["three point oh oh seven=3.007"])
        // unchanged: `oh` with no digit after it, an interjection, `zero` and `nought`
        #expect(try D.summary("Version two point oh shipped.") == ["two=2"])
        #expect(try D.summary("Oh, two point five, he said.") == ["two point five=2.5"])
        #expect(try D.summary("Rates fell to nought point five.") == ["nought point five=0.5"])
        #expect(try D.summary("It grew zero point zero two.") == ["zero point zero two=0.02"])
    }

    @Test func aListNumberOpeningALineIsALabel() throws {
        // base a340181: the numbers 1 and 2
        #expect(try D.summary("1. Open the lid.") == [])
        #expect(try D.summary("It met yesterday.\n2. The ministers agreed.") == [])
        #expect(try D.summary("Steps:\n3. Close the lid.") == [])
        // unchanged: a line the wire wrapped mid-sentence, a decimal, a number inside a line
        #expect(try D.summary("It owns\n16. The rest is sold.") == ["16=16"])
        #expect(try D.summary("It rose 2. The rest fell.") == ["2=2"])
        #expect(try D.summary("1.5 The figure rose.").first == "1.5=1.5")
    }

    @Test func theCitedPartsOfADocumentAreLabels() throws {
        // base a340181: 4 (the range's low end), [3,5], 12, 3
        #expect(try D.summary("See pages 4-6 of the filing.") == [])
        #expect(try D.summary("Read chapters 3 to 5 before Monday.") == [])
        #expect(try D.summary("See clauses 4-6 of the deal.") == [])
        #expect(try D.summary("The claim is set out on p. 12 of the report.") == [])
        #expect(try D.summary("The story is on page 3 today.") == [])
        // numbers24: a range of parts not cited names them too (one convention for ranges of parts)
        #expect(try D.summary("Pages 10 through 20 are missing.") == [])
        // unchanged: counts of parts, a unit after the number
        #expect(try D.summary("The report runs to 300 pages.") == ["300=300"])
        #expect(try D.summary("The book has 12 chapters.") == ["12=12"])
        #expect(try D.summary("on page 3 kg of flour") == ["3 kg=3 kilogram"])
        #expect(try D.summary("the verses 39,269 a year earlier") == ["39,269=39269"])
    }

    @Test func aListsNextItemIsALabelThoughItsLineEndsNoSentence() throws {
        // review53: the items after the first were numbers (their line before ends in a word)
        #expect(try D.summary("Agenda:\n1. Budget\n2. Staffing\n3. Any other business") == [])
        // unchanged: a number one less on a line that is no list's, a wrapped date
        #expect(try D.summary("It owns 15 stores in\n16. The rest are leased.") == ["15=15", "16=16"])
        #expect(try D.summary("It owns\n16. The rest is sold.") == ["16=16"])
    }

    @Test func aPartLabelLeavesAQuantityAndTheVerbPage() throws {
        // review53: a range after a cited plural label with a unit or a scale word after it, and
        // `page` the verb, had lost their quantities
        #expect(try D.summary("Crews resurfaced the road in sections 5 to 10 km long.") == ["5 to 10 km=[5,10] kilometer"])
        #expect(try D.summary("It ran on pages 2 and 3 million readers saw it.").last == "3 million=3000000")
        #expect(try D.summary("Nurses page 3 doctors a night.") == ["3=3"])
        #expect(try D.summary("The system can page 50 engineers at once.") == ["50=50"])
        // unchanged: page cited, at a sentence's end, before `of`
        #expect(try D.summary("Turn to page 4.") == [])
        #expect(try D.summary("The story is on page 3 today.") == [])
        #expect(try D.summary("It is page 7 of the filing.") == [])
        // review53: an abbreviation's range not cited was split, its second end a number
        #expect(try D.summary("(Kemp 2006, pp. 261–262)") == ["2006=2006"])
        #expect(try D.summary("See Kemp 2006, p. 12-14.") == ["2006=2006"])
    }

    @Test func anAgeKeyMakesItsNumberAnAge() throws {
        // base a340181: plain numbers
        #expect(try D.summary("Age: 42 years") == ["42 years=42 year"])
        #expect(try D.summary("Age at death | 81 years") == ["81 years=81 year"])
        #expect(try D.summary("age: 7 months") == ["7 months=7 month"])
        #expect(try D.summary("Name: Ann\nAge: 42") == ["42=42 year"])
        // unchanged: another key, a key inside a line, an age the words give; a title's key
        // and `aged` (review53: these were ages)
        #expect(try D.summary("Rate: 42 years") == ["42=42"])
        #expect(try D.summary("Age of Empires: 4 expansions are out.") == ["4=4"])
        #expect(try D.summary("Aged care: 5 things to know") == ["5=5"])
        #expect(try D.summary("Age pension: 2 million claim it.") == ["2 million=2000000"])
        #expect(try D.summary("Age: 42\nHeight: 180 cm") == ["42=42 year", "180 cm=180 centimeter"])
        #expect(try D.summary("He is 42 years old.") == ["42 years old=42 year"])
    }

    @Test func minorUnitsComeFromWordNet() throws {
        // base a340181: plain numbers (the hand list had no ngwee, haler, tetri)
        #expect(try D.summary("A mango sells for 50 ngwee.") == ["50 ngwee=50 ngwee"])
        #expect(try D.summary("Matches cost 10 haler in Prague.") == ["10 haler=10 haler"])
        #expect(try D.summary("It cost 5 kwacha and 50 ngwee.") == ["5 kwacha and 50 ngwee=5.5 kwacha"])
        #expect(try D.summary("Bread is 20 tetri dearer.") == ["20 tetri=20 tetri"])
        // unchanged: the hand list's heads, and words that are more than a coin
        #expect(try D.summary("It cost 3 dinars 500 fils.").first == "3 dinars 500 fils=3.5 dinar")
        #expect(try D.summary("Iron ore rose 5 pct.") == ["5 pct=5%"])
        // review53: names the gazetteer holds were money (`chon` of the won, `mongo` of the tugrik)
        #expect(try D.summary("The 2 Chon brothers won.") == ["2=2"])
        #expect(try D.summary("Aid reached 3 Mongo villages.") == ["3=3"])
        #expect(CurrencyCatalog.wordNetMinorUnits["rial"]?.contains { $0.word == "dinar" } == false)
        #expect(CurrencyCatalog.minorByHead["kwacha"]?.contains { $0.word == "ngwee" && $0.parts == 100 } == true)
        #expect(CurrencyCatalog.minorByHead["dollar"]?.map(\.word) == ["cent"])
        #expect(CurrencyCatalog.wordNetMinorUnits.values.joined().allSatisfy { $0.word.count >= 4 })
    }

    @Test func fuelEconomyTakesToTheAndA() throws {
        // base a340181: 40 miles, and `gallon` a unit word alone; 15 kilometres and `litre`
        #expect(try ReportsRulesTests.units("the car does 40 miles to the gallon .") == ["mile per gallon"])
        #expect(try ReportsRulesTests.units("It does 15 kilometres a litre.") == ["kilometer per liter"])
        // unchanged: `per`, and a price a gallon
        #expect(try ReportsRulesTests.units("It gets 52 miles per gallon.") == ["mile per gallon"])
        #expect(try ReportsRulesTests.units("Petrol is $3 a gallon.") == ["dollar", "gallon"])
    }

    @Test func durationPluralsAreTheUnitsOfTime() throws {
        #expect(MentionReader.durationPlurals.contains("years") && MentionReader.durationPlurals.contains("centuries"))
        #expect(UnitTable.timeUnits["days"] == "day" && UnitTable.timeUnits["h"] == "hour" && UnitTable.timeUnits["weeks"] == nil)
        #expect(UnitTable.timeUnits.count == 16)
    }
}
