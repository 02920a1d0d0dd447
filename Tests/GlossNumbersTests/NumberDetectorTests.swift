import Foundation
import GlossCore
import Testing

@testable import GlossNumbers
import GlossText

/// Each phenomenon of the numbers stage on sentences written for these tests, and the seed's
/// quantities with their modifiers.
@Suite struct NumberDetectorTests {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/000_fb4e75e7260c85f4.txt").path

    /// The mentions of `text`, tokenised.
    static func mentions(_ text: String) throws -> [NumberMention] {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        try NumberDetector().process(&document)
        return document[NumberLayer.self]?.mentions ?? []
    }

    /// The one mention of `text`, with the text it covers.
    static func only(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (NumberMention, String) {
        let found = try mentions(text)
        try #require(found.count == 1, "\(text): \(found.map(\.normalized))", sourceLocation: sourceLocation)
        let mention = found[0]
        let covered = String(decoding: Array(text.utf8)[mention.span.range], as: UTF8.self)
        return (mention, covered)
    }

    /// `(covered text, normalized)` of each mention of `text`.
    static func summary(_ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        return try mentions(text).map { "\(String(decoding: bytes[$0.span.range], as: UTF8.self))=\($0.normalized)" }
    }

    @Test func digitsWithSeparatorsDecimalsAndSigns() throws {
        #expect(try Self.summary("It had 1,234,567 rows") == ["1,234,567=1234567"])
        #expect(try Self.summary("a town of 1 234 people") == ["1 234=1234"])
        #expect(try Self.summary("a loan of 12,34,567 units") == ["12,34,567=1234567"])
        #expect(try Self.summary("a rate of .08 and 3.5") == [".08=0.08", "3.5=3.5"])
        #expect(try Self.summary("fell to -5 then minus 7") == ["-5=-5", "minus 7=-7"])
    }

    @Test func anExponentTooLongForAnyIntegerIsNoMultiplier() throws {
        // Each of these trapped (integer overflow) before the exponent was bounded per digit.
        for text in ["It cost 5e9999999999999999999 dollars.", "5E99999999999999999999999999999", "1e31 and 2e30"] {
            _ = try Self.mentions(text)
        }
        #expect(try Self.mentions("It cost 5e9999999999999999999 dollars.").allSatisfy { $0.normalized != "5e9999999999999999999" })
        #expect(try Self.summary("a 2e3 run").first?.hasSuffix("=2000") == true)
    }

    @Test func fractions() throws {
        #expect(try Self.summary("add 1/2 cup") == ["1/2 cup=0.5 cup"])
        #expect(try Self.summary("add ½ cup") == ["½ cup=0.5 cup"])
        #expect(try Self.summary("two-thirds of voters") == ["two-thirds=0.666666666666667"])
        #expect(try Self.summary("half of them") == ["half=0.5"])
        #expect(try Self.summary("wait 2 3/4 hours") == ["2 3/4=2.75"])
        #expect(try Self.summary("one and a half hours") == ["one and a half=1.5"])
    }

    @Test func numbersInWordsAndMixedForms() throws {
        #expect(try Self.summary("two hundred and fifty-two sheep") == ["two hundred and fifty-two=252"])
        #expect(try Self.summary("a dozen eggs") == ["a dozen=12"])
        #expect(try Self.summary("nought remains") == ["nought=0"])
        #expect(try Self.summary("3 hundred and 21 ships") == ["3 hundred and 21=321"])
        #expect(try Self.summary("3.5 million people") == ["3.5 million=3500000"])
        #expect(try Self.summary("half a million people") == ["half a million=500000"])
        #expect(try Self.summary("1,674.5 million tonnes")[0].hasPrefix("1,674.5 million tonnes=1674500000"))
        #expect(try Self.summary("5bn in debt, 2mil in cash, 10 bln in bonds, 10k fans") == [
            "5bn=5000000000", "2mil=2000000", "10 bln=10000000000", "10k=10000",
        ])
        #expect(try Self.summary("one two") == ["one=1", "two=2"])
    }

    @Test func aCapitalScaleEndsASentence() throws {
        #expect(try Self.summary("The fund holds 40M.") == ["40M=40000000"])
        #expect(try Self.summary("Sales hit 3MM. Then fell.") == ["3MM=3000000"])
    }

    @Test func ordinals() throws {
        #expect(try Self.summary("the third time") == ["third=3"])
        #expect(try Self.summary("the 21st century") == ["21st=21"])
        #expect(try Self.summary("the twenty-first century") == ["twenty-first=21"])
        let (mention, covered) = try Self.only("the second to last page")
        #expect(covered == "second to last")
        #expect(mention.kind == .ordinal)
        #expect(mention.relativeTo == "end")
        #expect(mention.normalized == "end-1")
        #expect(try Self.summary("the penultimate round") == ["penultimate=end-1"])
        #expect(try Self.summary("last year and next week").isEmpty)  // dates, not positions
    }

    @Test func percentagesAreWholeWords() throws {
        #expect(try Self.summary("100% sure") == ["100%=100%"])
        #expect(try Self.summary("rose 50 per cent") == ["50 per cent=50%"])
        #expect(try Self.summary("up 2 percentage points")[0] == "2 percentage points=2 percentage point")
        #expect(try Self.summary("in recent weeks 5 recent cases") == ["5=5"])
    }

    @Test func unitWordsWithoutANumberAreMentionsWithoutAValue() throws {
        #expect(try Self.summary("The dollar slid against the yen on Friday.") == ["dollar=USD", "yen=JPY"])
        #expect(try Self.summary("Give the reading in Fahrenheit, not in degrees Celsius.") == [
            "Fahrenheit=fahrenheit", "degrees Celsius=celsius",
        ])
        let (percent, covered) = try Self.only("Only a tiny percentage voted.")
        #expect(covered == "percentage")
        #expect(percent.kind == .percent && percent.value == nil)
        #expect(try Self.summary("What share, in per cent, was that?") == ["per cent=%"])
        #expect(try Self.mentions("sold by the metric ton")[0].kind == .dimension)
        // the unit after a number stays the number's; a second one stands alone
        #expect(try Self.summary("paid 30 euros, in euros") == ["30 euros=30 EUR", "euros=EUR"])
        // words that also mean something else are no mention without a number
        #expect(try Self.mentions("a pound of flesh, a bit late, tie the knot, the parking meter").isEmpty)
        #expect(try Self.mentions("the euro zone and sterling work").isEmpty)
        #expect(try Self.mentions("a bachelor's degree, on foot, in the yard").isEmpty)
        // nor a name
        #expect(try Self.mentions("They met at Mile High Stadium with the Dollar Shave Club.").isEmpty)
        #expect(try Self.summary("Dollar slides. It fell in Celsius terms.") == ["Dollar=USD", "Celsius=celsius"])
        // nor part of a longer word
        #expect(try Self.mentions("the milestones and dollarization").isEmpty)
    }

    @Test func aCodeInMillionsAndAScaleAfterACode() throws {
        #expect(try Self.mentions("a deal worth MEUR 12")[0].value?.description == "12000000")
        #expect(try Self.mentions("losses of 4.5 MGBP")[0].value?.description == "4500000")
        #expect(try Self.summary("they paid 40 EUR billion for it")[0].hasPrefix("40 EUR billion=40000000000"))
        #expect(try Self.mentions("40 USD thousand")[0].value?.description == "40000")
    }

    @Test func bareCentsAfterAndEndAClause() throws {
        #expect(try Self.mentions("The bill came to 20 dollars and 40.")[0].value?.description == "20.4")
        #expect(try Self.mentions("priced at three dollars and ten")[0].value?.description == "3.1")
        // a count after `and` that goes on is no cents
        #expect(try Self.mentions("20 dollars and 40 apples")[0].value?.description == "20")
    }

    @Test func unitWordsBeyondASCIIMatchInAnyCase() throws {
        // a cased letter beyond ASCII is lowercased as Unicode says, a symbol or dash as it is
        #expect(try Self.mentions("paid 30 BOLÍVARES")[0].currency == "VES")
        #expect(try Self.summary("rose to 5 °C — then 4 ° F") == ["5 °C=5 celsius", "4 ° F=4 fahrenheit"])
        #expect(try Self.summary("weighs 20 (kg) net") == ["20 (kg)=20 kilogram"])
    }

    @Test func minorUnitsOfOtherCurrencies() throws {
        #expect(try Self.summary("a coffee at 2 euros and 40 cents") == ["2 euros and 40 cents=2.4 EUR"])
        #expect(try Self.summary("stamps at £1 20p") == ["£1 20p=1.2 GBP"])
        #expect(try Self.summary("2 pounds sterling and 5 pence") == ["2 pounds sterling and 5 pence=2.05 GBP"])
        #expect(try Self.summary("a ticket for three yuan and four mao two.")[0] == "three yuan and four mao two=3.42 CNY")
        #expect(try Self.summary("it cost 7 rupees and 50 paise") == ["7 rupees and 50 paise=7.5 INR"])
    }

    @Test func twoDigitsRightAfterACurrencyWordAreItsCents() throws {
        #expect(try Self.mentions("with 12 USD 75 extra")[0].value?.description == "12.75")
        #expect(try Self.mentions("it is 4 dollars 05 now")[0].value?.description == "4.05")
        // not after a sign before the number, not with a unit of its own, not three digits
        #expect(try Self.mentions("$4 25 times")[0].value?.description == "4")
        #expect(try Self.summary("8 euros 60 yen") == ["8 euros=8 EUR", "60 yen=60 JPY"])
        #expect(try Self.mentions("4 dollars 250 people")[0].value?.description == "4")
    }

    @Test func moneyWithISOCodes() throws {
        let (money, covered) = try Self.only("It cost $1.2bn last year.")
        #expect(covered == "$1.2bn")
        #expect(money.kind == .money)
        #expect(money.currency == "USD")
        #expect(money.value?.description == "1200000000")
        #expect(money.value?.exact != nil)
        #expect(try Self.mentions("paid US$ 75.3 million")[0].value?.description == "75300000")
        #expect(try Self.mentions("paid €5")[0].currency == "EUR")
        #expect(try Self.mentions("paid £3")[0].currency == "GBP")
        #expect(try Self.mentions("paid ¥9")[0].currency == "JPY")
        #expect(try Self.mentions("paid Rs 40")[0].currency == "INR")
        #expect(try Self.mentions("paid 40 euros")[0].currency == "EUR")
        #expect(try Self.mentions("paid 30 bolívares")[0].currency == "VES")
        #expect(try Self.summary("costs 3 dollars 50 cents.") == ["3 dollars 50 cents=3.5 USD"])
    }

    @Test func unambiguousUnits() throws {
        #expect(try Self.summary("ran 10 km and 3 miles") == ["10 km=10 kilometer", "3 miles=3 mile"])
        #expect(try Self.summary("weighs 5 kg") == ["5 kg=5 kilogram"])
        #expect(try Self.summary("a 10-gallon tank") == ["10-gallon=10 gallon"])
        #expect(try Self.summary("it was 41C on Monday") == ["41C=41 celsius"])
        #expect(try Self.summary("it was 5°C and 70 °F") == ["5°C=5 celsius", "70 °F=70 fahrenheit"])
        #expect(try Self.summary("it rose 14.7c a share") == ["14.7c=14.7 cent"])  // cents, not celsius
        #expect(try Self.summary("a man 40 years old") == ["40 years old=40 year"])
        #expect(try Self.mentions("a man 40 years old")[0].kind == .age)
        #expect(try Self.summary("he is 5 ft 2 in") == ["5 ft 2 in=5.16666666666667 foot"])
    }

    @Test func aLengthPerTimeIsASpeed() throws {
        #expect(try Self.summary("light runs 300,000 kilometres per second") == ["300,000 kilometres per second=300000 kilometer per second"])
        #expect(try Self.summary("a drift of 3 cm/day and 8m/s") == ["3 cm/day=3 centimeter per day", "8m/s=8 meter per second"])
        // per something else, or per with no time after, stays a length (a volume after it is
        // fuel economy, `CompoundUnits`: 40 miles per gallon)
        #expect(try Self.summary("40 miles per gallon") == ["40 miles per gallon=40 mile per gallon"])
        #expect(try Self.summary("12 feet per person") == ["12 feet=12 foot"])
    }

    @Test func rangesAreNotScores() throws {
        let (range, covered) = try Self.only("between 10,000 and 15,000 people")
        #expect(covered == "between 10,000 and 15,000")
        #expect(range.isRange)
        #expect(range.normalized == "[10000,15000]")
        #expect(try Self.summary("10-20 apples") == ["10-20=[10,20]"])
        #expect(try Self.summary("aged 10-20") == ["aged 10-20=[10,20] year"])
        #expect(try Self.summary("10 to 20 percent") == ["10 to 20 percent=[10,20]%"])
        let (score, text) = try Self.only("they won 2-1 at home")
        #expect(text == "2-1")
        #expect(score.kind == .score)
        #expect(!score.isRange)
        #expect(try Self.summary("more than 10 and less than 20") == ["more than 10 and less than 20=(10,20)"])
    }

    @Test func modifiersAndComparators() throws {
        let cases: [(String, String, NumberMention.Comparator)] = [
            ("nearly 50 dead", "nearly", .less), ("about 20 cars", "about", .approximately),
            ("some 30 people", "some", .approximately), ("an estimated 5,000 fans", "an estimated", .approximately),
            ("more than 200 people", "more than", .greater), ("at least 7 dead", "at least", .greaterOrEqual),
            ("up to 9 years", "up to", .lessOrEqual), ("fewer than 12 boats", "fewer than", .less),
        ]
        for (text, modifier, comparator) in cases {
            let (mention, _) = try Self.only(text)
            #expect(mention.modifier == modifier, "\(text)")
            #expect(mention.comparator == comparator, "\(text)")
        }
        #expect(try Self.summary("100 or more people") == ["100 or more=>=100"])
        #expect(try Self.summary("keep it =<12") == ["=<12=<=12"])
        #expect(try Self.summary("at ≥ 3 now") == ["≥ 3=>=3"])
    }

    @Test func newsWireForms() throws {
        #expect(try Self.summary("averaged one mln bpd") == ["one mln bpd=1000000 barrel per day"])
        #expect(try Self.summary("on approximately three mln dlrs of debt") == ["approximately three mln dlrs=~3000000 USD"])
        #expect(try Self.summary("notes at 11-3/4 pct") == ["11-3/4 pct=11.75%"])
        #expect(try Self.summary("imports for 1987/88 rose") == [])
        #expect(try Self.summary("a 100 mln U.S. Dollar facility") == ["100 mln U.S. Dollar=100000000 USD"])
        #expect(try Self.summary("in the second quarter of").allSatisfy { !$0.hasPrefix("quarter") })
    }

    @Test func newsWireFormsFromTheSecondSample() throws {
        #expect(try Self.summary("a loss of 55-65 mln dlrs") == ["55-65 mln dlrs=[55000000,65000000] USD"])
        #expect(try Self.summary("between 5 and 10 billion") == ["between 5 and 10 billion=[5000000000,10000000000]"])
        #expect(try Self.summary("from 10 to 20 million") == ["from 10 to 20 million=[10000000,20000000]"])
        #expect(try Self.summary("PLASTI-LINE INC <SIGN.O> 1ST QTR NET").first == "1ST=1")
        #expect(try Self.summary("provisions of 480 mln marks") == ["480 mln marks=480000000 mark"])
        #expect(try Self.summary("ISSUES 40 MLN SFR NOTES") == ["40 MLN SFR=40000000 CHF"])
        #expect(try Self.summary("milled 22.6 mln short tons") == ["22.6 mln short tons=22600000 short ton"])
        #expect(try Self.mentions("bonds due 2005 of")[0].kind == .year)
    }

    @Test func newsWireFormsFromTheThirdSample() throws {
        #expect(try Self.summary("surpluses of a half mln tonnes") == ["a half mln tonnes=500000 metric ton"])
        #expect(try Self.summary("sold about one-half of it") == ["about one-half=~0.5"])
        #expect(try Self.summary("rose from 156 mln bolivars in 1985 to 204 mln bolivars").contains { $0.hasPrefix("1985 to") } == false)
    }

    @Test func lastBeforeAMonthIsADate() throws {
        #expect(try Self.mentions("it became public last November").isEmpty)
        #expect(try Self.summary("Shr 29 cts vs 12 cts") == ["29 cts=29 cent", "12 cts=12 cent"])
    }

    @Test func boundsOnAnOrdinalAfterThe() throws {
        #expect(try Self.summary("A place greater than the third but less than the ninth.") == ["greater than the third but less than the ninth=(3,9)"])
        let (bound, covered) = try Self.only("It placed no lower than the 12th.")
        // no lower than: at least (the grammar of BoundWords reads the negation)
        #expect(covered == "no lower than the 12th")
        #expect(bound.comparator == .greaterOrEqual && bound.kind == .ordinal)
        // before a noun the words compare what the ordinal names
        #expect(try Self.mentions("sales were higher than the second quarter")[0].comparator == nil)
        #expect(try Self.mentions("just the third")[0].comparator == nil)
    }

    @Test func orEqualToClosesABoundAndExceedBounds() throws {
        let closed = try Self.mentions("a rent above 900 or equal to that")
        #expect(closed.count == 1 && closed[0].comparator == .greaterOrEqual)
        #expect(try Self.mentions("a load under 12 or equal to it")[0].comparator == .lessOrEqual)
        // followed by a number, the words bound that number
        #expect(try Self.mentions("above 900 or equal to 950").count == 2)
        #expect(try Self.mentions("sales exceeded 40 units")[0].comparator == .greater)
        #expect(try Self.mentions("bids surpassing 7 bn")[0].comparator == .greater)
    }

    @Test func yearsDecadesAndFiscalYears() throws {
        #expect(try Self.mentions("the Act of 1798 says")[0].kind == .year)
        #expect(try Self.mentions("in the 1990s")[0].kind == .decade)
        let (fiscal, covered) = try Self.only("profit in fiscal 2021 rose")
        #expect(covered == "fiscal 2021")
        #expect(fiscal.kind == .year)
        #expect(fiscal.unit == "fiscal year")
        #expect(try Self.mentions("2000 people came")[0].kind == .number)
    }

    @Test func whatIsNoQuantity() throws {
        #expect(try Self.mentions("call 555-123-4567 now").isEmpty)
        #expect(try Self.mentions("SCP-173 escaped").isEmpty)
        #expect(try Self.mentions("the F-Series trucks").isEmpty)
        #expect(try Self.mentions("version v2.3.1 ships").isEmpty)
        #expect(try Self.mentions("a 4G phone").isEmpty)
        #expect(try Self.mentions("the one you mentioned").isEmpty)
        #expect(try Self.mentions("dated 1995-01").isEmpty)
    }

    @Test func theSeedsQuantitiesWithTheirModifiers() throws {
        let text = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let bytes = Array(text.utf8)
        let found = try Self.mentions(text).map { (String(decoding: bytes[$0.span.range], as: UTF8.self), $0) }
        func mention(_ covered: String) -> NumberMention? { found.first { $0.0 == covered }?.1 }
        let venezuelans = try #require(mention("252"))
        #expect(venezuelans.kind == .number && venezuelans.value?.description == "252")
        #expect(try #require(mention("100%")).kind == .percent)
        let nearly = try #require(mention("nearly 50"))
        #expect(nearly.comparator == .less && nearly.value?.description == "50")
        let moreThan = try #require(mention("more than 200"))
        #expect(moreThan.comparator == .greater && moreThan.value?.description == "200")
        #expect(try #require(mention("1798")).kind == .year)
        let three = try #require(mention("only three"))
        #expect(three.modifier == "only" && three.comparator == .equal && three.value?.description == "3")
    }

    @Test func layerIsWrittenAsJSON() throws {
        var document = Document(id: "t", text: "about $5 and 10-20 km")
        try Tokenizer().process(&document)
        try NumberDetector().process(&document)
        let layer = try #require(document[NumberLayer.self])
        var writer = JSONWriter()
        let context = JSONContext(characters: ScalarOffsetIndex(text: document.text), offsets: OffsetMap())
        layer.writeJSON(to: &writer, context: context)
        let json = String(decoding: writer.bytes, as: UTF8.self)
        #expect(json.contains("\"kind\":\"money\""))
        #expect(json.contains("\"currency\":\"USD\""))
        #expect(json.contains("\"comparator\":\"~\""))
        #expect(json.contains("\"high\":\"20\""))
        #expect(json.contains("\"span\":[0,8]"))  // about $5
    }
}

/// A long text is read in windows cut at sentence ends: the mentions are those of each
/// sentence read alone, and a window never cuts a number that the tokeniser split.
@Suite struct NumberDetectorWindowTests {
    @Test func aLongTextFindsEveryMentionOfEverySentence() throws {
        let sentence = "Sales rose 5% to $3.2 million, from 2.5 million euros, in 12 stores. "
        let alone = try NumberDetectorTests.mentions(sentence)
        let count = 1_000
        let mentions = try NumberDetectorTests.mentions(String(repeating: sentence, count: count))
        #expect(mentions.count == alone.count * count)
        let width = sentence.utf8.count
        for (index, mention) in mentions.enumerated() {
            let first = alone[index % alone.count]
            let shift = width * (index / alone.count)
            #expect(mention.span == Span(start: Int(first.span.start) + shift, end: Int(first.span.end) + shift))
            #expect(mention.normalized == first.normalized)
        }
    }

    @Test func aWindowIsCutOnlyAfterASentenceEndWithNoNumberBeside() throws {
        let text = String(repeating: "a b. ", count: 2_000) + "it is 32 . 99 % now. " + String(repeating: "c d. ", count: 2_000)
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        let tokens = document.tokens
        let cuts = document.withTextBytes { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                var cuts: [Int] = []
                var start = 0
                while start < tokens.count {
                    start = NumberDetector.windowEnd(from: start, tokens: tokens, text: bytes.baseAddress!)
                    cuts.append(start)
                }
                return cuts
            }
        }
        #expect(cuts.count > 1)
        for cut in cuts.dropLast() {
            #expect(tokens[cut - 1].kind == .punctuation)
            #expect(tokens[cut - 2].kind != .number && tokens[cut].kind != .number)
        }
        #expect(cuts.last == tokens.count)
    }

    /// A two-digit decade joined to a four-digit one takes its century: `the 1920s and 30s`.
    @Test func aShortDecadeAfterAFullOneTakesItsCentury() throws {
        for (full, short) in [(1920, 30), (1880, 90), (2000, 10)] {
            for joint in ["and", "or", ","] {
                let text = "in the \(full)s \(joint) \(short)s"
                let decades = try NumberDetectorTests.mentions(text).filter { $0.kind == .decade }.map(\.normalized)
                #expect(decades == ["\(full)", "\(full / 100 * 100 + short)"], "\(text)")
            }
        }
        #expect(try NumberDetectorTests.mentions("people in their 30s").map(\.normalized) == ["30"])
    }
}
