import Testing

@testable import GlossNumbers

/// numbers14's rules outside `MentionReader+Typos`, one test per phenomenon that the ninth
/// probe set (Chat) and review21's leftovers found short: numbers chained with `and` that are
/// two numbers, `penny` named as written, a code fused to an amount only as the tables write
/// it, and the rupee's `Rs` fused to a short amount.
@Suite struct ChatRulesTests {
    typealias D = NumberDetectorTests

    @Test func aScaleAfterAndThatRepeatsTheLastOneStartsAnotherNumber() throws {
        // base 90092f7: [] (one hundred and two hundred read as 10200)
        #expect(try D.summary("Pick a number between one hundred and two hundred.")
            == ["between one hundred and two hundred=[100,200]"])
        #expect(try D.summary("between one thousand and two thousand people")
            == ["between one thousand and two thousand=[1000,2000]"])
        #expect(try D.summary("between three hundred and five hundred") == ["between three hundred and five hundred=[300,500]"])
        #expect(try D.summary("between a million and two million") == ["between a million and two million=[1000000,2000000]"])
        #expect(try D.summary("one hundred and two hundred") == ["one hundred=100", "two hundred=200"])
        // a smaller scale, or none, joins: one number
        let joined = [
            ("one hundred and twenty thousand", "120000"), ("one thousand and five hundred", "1500"),
            ("two thousand and nineteen", "2019"), ("a hundred and one", "101"), ("one million and two hundred thousand", "1200000"),
            ("three hundred and forty-five", "345"), ("one hundred and twenty five thousand", "125000"),
        ]
        for (text, value) in joined {
            #expect(try D.summary("they counted \(text) ballots") == ["\(text)=\(value)"], "\(text)")
        }
    }

    @Test func aRepeatedScaleBehindAHundredAfterAndStartsAnotherNumber() throws {
        // final39 (numbers14's rule read only the first scale word, the hundred): 300000, 500000,
        // 1.2 bn dollars, 201000
        #expect(try D.summary("Pick a number between one hundred thousand and two hundred thousand.")
            == ["between one hundred thousand and two hundred thousand=[100000,200000]"])
        #expect(try D.summary("between two hundred thousand and three hundred thousand people")
            == ["between two hundred thousand and three hundred thousand=[200000,300000]"])
        let raised = try D.mentions("They raised between five hundred million and seven hundred million dollars.")
        #expect(raised.map { $0.normalized } == ["[500000000,700000000] USD"])
        #expect(try D.summary("one thousand and two hundred thousand") == ["one thousand=1000", "two hundred thousand=200000"])
        // a smaller scale behind the hundred, or none, still joins
        let joined = [
            ("one hundred thousand and two hundred", "100200"), ("one million and two hundred thousand", "1200000"),
            ("two million and three hundred", "2000300"),
        ]
        for (text, value) in joined {
            #expect(try D.summary("they counted \(text) ballots") == ["\(text)=\(value)"], "\(text)")
        }
    }

    @Test func pennyIsNamedAsWritten() throws {
        // base 90092f7: one penny named pence
        #expect(try D.mentions("It is one penny cheaper.").first?.unit == "penny")
        #expect(try D.mentions("It cost 3 pennies.").first?.unit == "penny")
        #expect(try D.mentions("Can I borrow 50 pence?").first?.unit == "pence")
        #expect(try D.mentions("a rise of 5p a litre").first?.unit == "pence")
        // with pounds, the minor unit joins the amount as before
        #expect(try D.summary("it costs 2 pounds and 1 penny") == ["2 pounds and 1 penny=2.01 GBP"])
    }

    @Test func aFusedCodeIsWrittenAsTheTablesWriteIt() throws {
        // base 90092f7: ["Try5m=5000000 TRY"]
        #expect(try D.mentions("Try5m of rope").allSatisfy { $0.currency == nil })
        #expect(try D.mentions("Eur5m or so").allSatisfy { $0.currency == nil })
        #expect(try D.summary("revenue of USD1.2bn") == ["USD1.2bn=1200000000 USD"])
        #expect(try D.summary("a lira deal of TRY5m") == ["TRY5m=5000000 TRY"])
        #expect(try D.summary("a profit of SFr2.7bn for the half") == ["SFr2.7bn=2700000000 CHF"])
        #expect(try D.summary("a loss of US$1.2bn") == ["US$1.2bn=1200000000 USD"])
        // signs that are no ISO code keep any case, as before
        #expect(try D.summary("It costs Rs.50 crore.") == ["Rs.50 crore=500000000 INR"])
        #expect(try D.summary("a bill of rs.500") == ["rs.500=500 INR"])
        #expect(try D.summary("pay Bs.20 now") == ["Bs.20=20 VES"])
    }

    @Test func theRupeesRsFusedToAShortAmount() throws {
        // base 90092f7: []
        #expect(try D.summary("The scheme costs Rs5 crore.") == ["Rs5 crore=50000000 INR"])
        #expect(try D.summary("a grant of Rs8 lakh") == ["Rs8 lakh=800000 INR"])
        #expect(try D.summary("It costs Rs50 crore.") == ["Rs50 crore=500000000 INR"])
        #expect(try D.summary("a fee of Rs5") == ["Rs5=5 INR"])
        // other two-letter words fused to a digit stay codes
        #expect(try D.mentions("the Bs5 model").allSatisfy { $0.currency == nil })
    }
}
