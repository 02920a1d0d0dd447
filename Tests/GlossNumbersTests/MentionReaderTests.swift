import Testing

@testable import GlossNumbers

/// The reader's guard on ISO codes that are words too (`ALL`, `MAD`, `BOB`, `BYR` for buyer):
/// money beside a number in prose, never alone, in capitals, or before a counted noun.
@Suite struct MentionReaderTests {
    static func money(_ text: String) throws -> NumberMention? {
        try NumberDetectorTests.mentions(text).first { $0.kind == .money }
    }

    static let wordCodes = CurrencyCatalog.codes.filter(\.value.isWordCode).map(\.key).sorted()

    @Test func everyWordCodeBesideANumberInProse() throws {
        #expect(Self.wordCodes.count >= 30)
        for code in Self.wordCodes {
            #expect(try Self.money("It cost 500 \(code) in all.")?.currency == code, "\(code)")
            #expect(try Self.money("It cost \(code) 20.")?.currency == code, "\(code)")
            #expect(try Self.money("It cost \(code) 12.50 each.")?.currency == code, "\(code)")
            #expect(try Self.money("It cost \(code) 3 million in all.")?.value?.double == 3e6, "\(code)")
        }
    }

    @Test func noWordCodeAloneInCapitalsOrBeforeACount() throws {
        for code in Self.wordCodes {
            #expect(try NumberDetectorTests.mentions("He was \(code) at all of us.").isEmpty, "\(code)")
            #expect(try Self.money("\(code) 5 solutions are wrong.") == nil, "\(code)")
            #expect(try Self.money("THEY PAID 40 \(code) TODAY") == nil, "\(code)")
            #expect(try Self.money("THE \(code) 10 SONGS") == nil, "\(code)")
        }
        // the spec's own: a name or a word before a count
        #expect(try Self.money("I tried to call Bob 3 times already.") == nil)
        #expect(try Self.money("He has lost his pen 7 times since Monday.") == nil)
        // a commodity table's buyer and seller
        #expect(try Self.money("LA PALLICE APR/MAY 129.50 BYR. DUNKIRK APR 129.50 PAID.") == nil)
        #expect(try Self.money("Feed barley - dlvd ROUEN APR/MAY 118.50 BYR/119 SLR.") == nil)
    }

    @Test func theGuardReadsCapitalWords() throws {
        let cases: [(String, Bool)] = [("It cost 5 MAD today", true), ("It cost 5 MAD TODAY", false), ("COST 5 MAD today", false)]
        for (text, money) in cases { #expect(try (Self.money(text) != nil) == money, "\(text)") }
    }
}

/// Ranges of money with the sign on both ends, and a change then the level it reached.
@Suite struct MentionReaderRangeWritingTests {
    @Test func moneyWithTheSignOnBothEndsIsOneRange() throws {
        #expect(try NumberDetectorTests.summary("Households earning between $50,000 and $100,000 spend less.")
            == ["between $50,000 and $100,000=[50000,100000] USD"])
        #expect(try NumberDetectorTests.summary("Tickets cost €20 to €30 each.") == ["€20 to €30=[20,30] EUR"])
        // different signs stay two amounts
        #expect(try NumberDetectorTests.summary("It cost $20 to €30.").count == 2)
    }

    /// A mixed number in words ends a range after a cardinal, spaced or hyphenated; in digits
    /// it does not, as stock prices write a change then the level (`up 2 to 12-1/2`).
    @Test func aMixedNumberInWordsEndsARange() throws {
        #expect(try NumberDetectorTests.summary("from two to three-and-a-half times") == ["from two to three-and-a-half=[2,3.5]"])
        #expect(try NumberDetectorTests.summary("between one and two and a half years") == ["between one and two and a half=[1,2.5]"])
        #expect(try NumberDetectorTests.summary("GROWTH OF FOUR TO FIVE-AND-A-HALF TIMES") == ["FOUR TO FIVE-AND-A-HALF=[4,5.5]"])
        #expect(try NumberDetectorTests.mentions("The stock was up 2 to 12-1/2.").allSatisfy { $0.high == nil })
    }

    @Test func aChangeWrittenWithItsOwnUnitOrAsStockFractionsIsNoRange() throws {
        for (text, expected) in [
            ("The shares climbed 3-3/8 to 31-3/8 by midday.", ["3-3/8=3.375", "31-3/8=31.375"]),
            ("The stock was up 11-5/8 to 29-3/8.", ["11-5/8=11.625", "29-3/8=29.375"]),
            ("Net fell 1.17 billion dlrs to 4.63 billion dlrs.", ["1.17 billion dlrs=1170000000 USD", "4.63 billion dlrs=4630000000 USD"]),
            ("Shares rose 49p to 237p.", ["49p=49 GBX", "237p=237 GBX"]),
        ] {
            let found = try NumberDetectorTests.mentions(text)
            #expect(found.count == 2 && found.allSatisfy { $0.high == nil }, "\(text): \(expected)")
        }
        // a bare change before a unit stays a range
        #expect(try NumberDetectorTests.summary("profits rose 5 to 10 pct") == ["5 to 10 pct=[5,10]%"])
    }

    @Test func aWordCodeBeforeAnAmountTakesAPrepositionAfterIt() throws {
        #expect(try NumberDetectorTests.summary("The ticket cost KES 40 at the gate.") == ["KES 40=40 KES"])
        #expect(try NumberDetectorTests.summary("KES 1,000 per month is the fee.") == ["KES 1,000=1000 KES"])
        // a word in capitals for emphasis before a count stays no money
        #expect(try NumberDetectorTests.mentions("ALL 5 solutions are wrong.").allSatisfy { $0.kind != .money })
    }

    @Test func aCodeOpeningATableRowLabelsThatRow() throws {
        let found = try NumberDetectorTests.summary("AMSTERDAM FIXING\n     US    2.0560\n     DM    112.845\n")
        #expect(found == ["2.0560=2.056", "DM    112.845=112.845 DEM"])
    }
}
