import Testing

@testable import GlossNumbers

/// A unit or currency written once after the last of coordinated amounts belongs to each of
/// them (`90 mln and 58 mln Swiss francs`), when nothing but the coordination stands between.
@Suite struct MentionReaderSharedUnitTests {
    /// (kind, unit, currency, value) of each mention of `text`.
    private func read(_ text: String) throws -> [String] {
        try NumberDetectorTests.mentions(text).map { mention in
            "\(mention.kind) \(mention.unit ?? "-") \(mention.currency ?? "-") \(mention.value.map { "\($0.double)" } ?? "-")"
        }
    }

    @Test func theFirstOfTwoAmountsTakesTheUnitOfTheLast() throws {
        for join in ["and", "or", "AND", ", and"] {
            let found = try read("losses of 90 mln \(join) 58 mln Swiss francs were booked")
            #expect(found == ["money swiss franc CHF 90000000.0", "money swiss franc CHF 58000000.0"], "\(join)")
            let dollars = try read("it paid 1.5 billion \(join) 2.25 billion dlrs in cash")
            #expect(dollars.allSatisfy { $0.hasPrefix("money dollar USD") } && dollars.count == 2, "\(join): \(dollars)")
        }
        for (unit, kind) in [("pct", "percent"), ("percent", "percent"), ("%", "percent"), ("km", "dimension"),
            ("kilograms", "dimension"), ("tonnes", "dimension"), ("yen", "money"), ("stg", "money")]
        {
            for join in ["and", "or"] {
                let spaced = unit == "%" ? "" : " "
                let found = try NumberDetectorTests.mentions("a rise of 5 \(join) 10\(spaced)\(unit) was seen")
                #expect(found.count == 2 && found[0].kind == found[1].kind && found[0].unit == found[1].unit, "\(unit) \(join)")
                #expect(found.first.map { "\($0.kind)" } == kind, "\(unit) \(join)")
            }
        }
    }

    /// An ISO code before the first of coordinated amounts is each one's, as a sign is.
    @Test func aCodeOpeningAListIsEachAmountsToo() throws {
        #expect(try read("fees of USD 5 and 10 were set") == ["money united states dollar USD 5.0", "money united states dollar USD 10.0"])
        #expect(try read("fines of GBP 20, 30 or 40 at most").count == 3)
        #expect(try read("it costs USD 5 and 10 people came") == ["money united states dollar USD 5.0", "number - - 10.0"])
    }

    /// A scale after the last of two amounts that a sign or code opens is the first's too.
    @Test func aScaleAfterTheLastOfSignedAmountsIsTheFirstsToo() throws {
        for join in ["and", "or"] {
            #expect(try read("bids of $5 \(join) 10 mln were made") == ["money dollar USD 5000000.0", "money dollar USD 10000000.0"])
            #expect(try read("fees of €2 \(join) 3 billion") == ["money euro EUR 2000000000.0", "money euro EUR 3000000000.0"])
        }
        #expect(try read("fees of USD 5 and 10 mln") == ["money united states dollar USD 5000000.0", "money united states dollar USD 10000000.0"])
        // a count after the scale, a first above the second's count, or no sign: as before
        #expect(try read("it paid $5 and 10 mln people came") == ["money dollar USD 5.0", "number - - 10000000.0"])
        #expect(try read("it paid $50 and 10 mln") == ["money dollar USD 50.0", "number - - 10000000.0"])
        #expect(try read("it paid 5 and 10 mln") == ["number - - 5.0", "number - - 10000000.0"])
    }

    @Test func everyAmountOfAListTakesIt() throws {
        for text in ["at 5, 10 and 15 pct", "at 5, 10 or 15 pct", "at 5, 10, 12, and 15 pct"] {
            let found = try NumberDetectorTests.mentions(text)
            #expect(found.allSatisfy { $0.kind == .percent } && found.count >= 3, "\(text)")
        }
        // `, or` right after an amount restates it (`1.5 mln, or 3.1 pct`), but in a list it joins the last
        #expect(try read("at 5, 10, or 15 pct") == ["percent % - 5.0", "percent % - 10.0", "percent % - 15.0"])
        #expect(try read("rose 1.5 mln, or 3.1 pct") == ["number - - 1500000.0", "percent % - 3.1"])
        // a comma alone is no coordination
        #expect(try read("with 5, 10 pct of it") == ["number - - 5.0", "percent % - 10.0"])
    }

    @Test func aScaleWrittenOnceIsSharedToo() throws {
        #expect(try read("spend 3 and 4 billion dollars") == ["money dollar USD 3000000000.0", "money dollar USD 4000000000.0"])
        #expect(try read("spend 3 or 4 mln dlrs") == ["money dollar USD 3000000.0", "money dollar USD 4000000.0"])
        // a first amount bigger than the second's count keeps its own value, and is then unlike it
        #expect(try read("spend 300 and 4 mln dlrs") == ["number - - 300.0", "money dollar USD 4000000.0"])
    }

    @Test func fromAHigherToALowerAmountSharesTheUnit() throws {
        #expect(try read("cut from 12 to 8 pct") == ["percent % - 12.0", "percent % - 8.0"])
        #expect(try read("lowered 7.75 to 7.5 pct") == ["percent % - 7.75", "percent % - 7.5"])
    }

    @Test func nothingElseMayStandBetween() throws {
        for text in ["rose 5 in March and 10 pct in April", "sold 5 and bought 10 pct", "in 1986 and 5 pct in 1987",
            "rose 5 and then 10 pct", "on March 5 and 10 pct later"]
        {
            let found = try NumberDetectorTests.mentions(text)
            #expect(found.filter { $0.kind == .percent }.count == 1, "\(text)")
        }
        // an amount restated in another unit, a rate against one unit: unlike amounts
        for text in ["a credit of 1,408,000, or 31 cts per share", "against 120,000 or 2.8 pct of the workforce",
            "up from 30.9 billion, or 4.5 billion dlrs", "fix the rate at 35 to one U.S. dollar", "pegged at 7.80 to one U.S. dollar", "end-February 1986 and 21.66 pct"]
        {
            #expect(try NumberDetectorTests.mentions(text).first?.kind == .number, "\(text)")
        }
        // an amount with its own unit, a sign before the last, an ordinal: no sharing
        #expect(try read("5 pct and 10 dlrs") == ["percent % - 5.0", "money dollar USD 10.0"])
        #expect(try read("gave 5 and $10 each") == ["number - - 5.0", "money dollar USD 10.0"])
        #expect(try NumberDetectorTests.mentions("the 5th and 10 pct").first?.kind == .ordinal)
    }

    @Test func aParagraphBreakEndsTheCoordination() throws {
        // two headlines or paragraphs: the second's unit is not the first's
        for text in ["SALES UP 5\n\nAND 10 PCT", "profit rose 5\n\nand 10 pct fell", "at 5,\n\n10 and 15 pct",
            "cut 12\n \nto 8 pct", "at 5\n\n, 10 and 15 pct"]
        {
            #expect(try NumberDetectorTests.mentions(text).first?.kind == .number, "\(text)")
        }
        // a line wrapped inside a paragraph still coordinates
        #expect(try NumberDetectorTests.mentions("profit rose 5\nand 10 pct").first?.kind == .percent)
    }

    @Test func rangesKeepTheirReading() throws {
        #expect(try read("between 3 and 4 billion dollars") == ["money dollar USD 3000000000.0"])
        #expect(try read("5 to 10 pct") == ["percent % - 5.0"])
    }
}

/// A sign written once before the first of coordinated amounts is each one's; an Oxford comma
/// before `or` ends a list; a clause of change ends before the next clause's subject.
@Suite struct MentionReaderSharedSignTests {
    private func read(_ text: String) throws -> [String] { try NumberDetectorTests.summary(text) }

    @Test func aSignBeforeTheFirstIsShared() throws {
        #expect(try read("Tickets cost $5 and 10 at the door.") == ["$5=5 USD", "10=10 USD"])
        #expect(try read("The fine is £20 or 30.") == ["£20=20 GBP", "30=30 GBP"])
        #expect(try read("Bids of €4, 6 and 8 were made.") == ["€4=4 EUR", "6=6 EUR", "8=8 EUR"])
        #expect(try read("sold at $40, 45, and 50 each") == ["$40=40 USD", "45=45 USD", "50=50 USD"])
    }

    @Test func aSharedSignTakesNoCentsAfter() throws {
        // at a clause's end `6 and 8` would read as 6 dollars 8 cents
        #expect(try read("Bids were $4, 6 and 8.") == ["$4=4 USD", "6=6 USD", "8=8 USD"])
        #expect(try read("paid $5, 3 and 2") == ["$5=5 USD", "3=3 USD", "2=2 USD"])
    }

    @Test func aCountOrAnUnlikeAmountKeepsItsOwn() throws {
        #expect(try read("It costs $5 and 10 people came.") == ["$5=5 USD", "10=10"])
        #expect(try read("paid $5 and 900 more") == ["$5=5 USD", "900=900"])
        #expect(try read("paid $5 mln and 10 at once") == ["$5 mln=5000000 USD", "10=10"])
        #expect(try read("5 dlrs and 10 at once") == ["5 dlrs=5 USD", "10=10"])
    }

    @Test func anOxfordCommaBeforeOrEndsAList() throws {
        #expect(try read("Rates of 5, 10, or 15 pct") == ["5=5%", "10=10%", "15 pct=15%"])
        #expect(try read("rose by 30,000, or 4 pct, in May") == ["30,000=30000", "4 pct=4%"])
        #expect(try read("In 1986, 120,000, or 2.8 pct, left") == ["1986=1986", "120,000=120000", "2.8 pct=2.8%"])
    }

    @Test func aClauseOfChangeEndsBeforeTheNextSubject() throws {
        #expect(try read("Shares rose 5 and 10 pct of the stock changed hands") == ["5=5", "10 pct=10%"])
        #expect(try read("Output fell 3 and 20 pct of the plants were idle") == ["3=3", "20 pct=20%"])
        #expect(try read("Prices fell 3 and 4 pct of the total, respectively") == ["3=3%", "4 pct=4%"])
        #expect(try read("Holders of 5 and 10 pct of the stock voted") == ["5=5%", "10 pct=10%"])
    }

    @Test func aRangeEndsAtABlankLine() throws {
        #expect(try NumberDetectorTests.mentions("COSTS 5\n\nTO 10 PCT").map(\.high) == [nil, nil])
        #expect(try NumberDetectorTests.mentions("costs rose 5\nto 10 pct").map(\.high?.double) == [10])
    }
}
