import Testing

@testable import GlossNumbers

/// Every comparator form the grammar makes, before and after the number.
@Suite struct BoundWordsTests {
    static func bound(_ text: String) throws -> NumberMention.Comparator? {
        try NumberDetectorTests.mentions(text).first?.comparator
    }

    @Test func everyGeneratedFormBeforeTheNumber() throws {
        for (phrase, comparator) in BoundWords.before {
            #expect(try Self.bound("it was \(phrase) 40 units") == UnitTable.modifiers[phrase], "\(phrase)")
            _ = comparator
        }
    }

    @Test func everyGeneratedFormAfterTheNumber() throws {
        for (phrase, comparator) in BoundWords.after where comparator != .equal {
            #expect(try Self.bound("it was 40 \(phrase) today") == UnitTable.postModifiers[phrase], "\(phrase)")
        }
    }

    @Test func directions() throws {
        #expect(try Self.bound("higher or equal than 9") == .greaterOrEqual)
        #expect(try Self.bound("lower or equal to 9") == .lessOrEqual)
        #expect(try Self.bound("no fewer than 9") == .greaterOrEqual)
        #expect(try Self.bound("not more than 9") == .lessOrEqual)
        #expect(try Self.bound("equal to or greater than 9") == .greaterOrEqual)
        #expect(try Self.bound("9 and above") == .greaterOrEqual)
        #expect(try Self.bound("9 or lower") == .lessOrEqual)
        #expect(try Self.bound("18 and up") == .greaterOrEqual)
        #expect(try Self.bound("3 at most") == .lessOrEqual)
    }

    @Test func halfOpenRanges() throws {
        let mention = try #require(NumberDetectorTests.mentions("more than 10 and less than or equal to 20").first)
        #expect(mention.normalized == "(10,20]")
        let closed = try #require(NumberDetectorTests.mentions("at least 10 but below 20").first)
        #expect(closed.normalized == "[10,20)")
    }

    @Test func aBoundBeforeMoreBoundWordsWaits() throws {
        // "and less" is not a bound here: "less or equal than" bounds thirty-five
        #expect(try NumberDetectorTests.mentions("larger than twenty and less or equal than thirty five").first?.normalized == "(20,35]")
    }

    @Test func longestKeys() {
        #expect(UnitTable.longestModifier >= 5)
        #expect(UnitTable.longestPostModifier >= 3)
    }

    /// Every sign Unicode has for the two inclusive relations, and `=>` beside `=<`.
    @Test func comparisonSigns() throws {
        for sign in ["≥", "⩾", "≧", ">=", "=>"] { #expect(try Self.bound("scores \(sign) 14 pass") == .greaterOrEqual, "\(sign)") }
        for sign in ["≤", "⩽", "≦", "<=", "=<"] { #expect(try Self.bound("scores \(sign) 14 pass") == .lessOrEqual, "\(sign)") }
    }

    /// `=>` after a number is an arrow from it to the next (`1 => 2`), no bound; after a word
    /// it is still "at least".
    @Test func anArrowAfterANumberIsNoBound() throws {
        for text in ["step 1 => 2 units", "version two => 5 users", "from 10 => 20 days"] {
            #expect(try NumberDetectorTests.mentions(text).allSatisfy { $0.comparator == nil }, "\(text)")
        }
        #expect(try Self.bound("scores => 14 pass") == .greaterOrEqual)
    }

    /// A bound after the number stays one before `to` and a verb; before `to` and a number it
    /// waits for the number (`18 and up to 25`).
    @Test func aBoundAfterTheNumberBeforeToAndAVerb() throws {
        for (words, comparator) in [("and above", NumberMention.Comparator.greaterOrEqual), ("or under", .lessOrEqual),
            ("or more", .greaterOrEqual), ("or less", .lessOrEqual)]
        {
            #expect(try Self.bound("You need a score of 14 \(words) to qualify.") == comparator, "\(words)")
        }
        #expect(try NumberDetectorTests.mentions("aged 18 and up to 25").last?.value?.double == 25)
    }

    /// A unit written once after the second of two joined bounds is the first's too.
    @Test func joinedBoundsShareTheUnitAfterThem() throws {
        let mention = try #require(NumberDetectorTests.mentions("Loads greater than 4 and at most 9 tonnes pass.").first)
        #expect(mention.normalized.hasPrefix("(4,9]"))
        #expect(mention.kind == .dimension && mention.unit == "metric ton")
        let money = try #require(NumberDetectorTests.mentions("bids above 5 but under $8 won").first)
        #expect(money.kind == .money && money.value?.double == 5 && money.high?.double == 8 && money.lowOpen && money.highOpen)
    }

    /// A bare number below the count of the scale after the second bound shares that scale,
    /// as in `between 5 and 10 mln`; a number at or above it keeps its own value.
    @Test func joinedBoundsShareTheScaleAfterThem() throws {
        let scaled = try #require(NumberDetectorTests.mentions("Loans of at least 5 and at most 10 mln dlrs.").first)
        #expect(scaled.kind == .money && scaled.value?.double == 5e6 && scaled.high?.double == 1e7)
        let own = try #require(NumberDetectorTests.mentions("bids of more than 5,000 and less than 1 mln dlrs").first)
        #expect(own.kind == .money && own.value?.double == 5_000 && own.high?.double == 1e6)
        let both = try #require(NumberDetectorTests.mentions("more than 5 mln and less than 10 mln dlrs").first)
        #expect(both.value?.double == 5e6 && both.high?.double == 1e7)
    }

    @Test func upwardsOnwardsAndExcess() throws {
        #expect(try Self.bound("from 10 upwards") == .greaterOrEqual)
        #expect(try Self.bound("ages 12 and onwards") == .greaterOrEqual)
        #expect(try Self.bound("in excess of 40 units") == .greater)
        #expect(try Self.bound("upwards of 40 units") == .greater)
        #expect(try Self.bound("not exceeding 40 units") == .lessOrEqual)
        #expect(try Self.bound("at or above 40 units") == .greaterOrEqual)
    }
}

/// Every way of saying "or equal" with every comparative, both orders.
@Suite struct BoundWordsEqualFormsTests {
    @Test func everyEqualFormWithEveryComparative() throws {
        for equal in BoundWords.equalForms {
            for word in BoundWords.greaterComparatives {
                for phrase in ["\(word) or \(equal)", "\(word) than or \(equal)", "\(equal) or \(word) than"] {
                    let found = try NumberDetectorTests.mentions("it is \(phrase) 12 now")
                    #expect(found.map(\.normalized) == [">=12"], "\(phrase)")
                }
            }
            for word in BoundWords.lessComparatives {
                let found = try NumberDetectorTests.mentions("it is \(word) than or \(equal) 12 now")
                #expect(found.map(\.normalized) == ["<=12"], "\(word) \(equal)")
            }
        }
    }

    /// `up to` after a verb of movement says where a figure went, not a bound; after other
    /// words it stays `at most`.
    @Test func upToAfterAVerbOfMovementIsNoBound() throws {
        for verb in MentionReader.upVerbs.sorted() {
            let text = "the rate \(verb) up to 7 pct"
            #expect(try NumberDetectorTests.mentions(text).map(\.normalized) == ["7%"], "\(text)")
        }
        #expect(try NumberDetectorTests.mentions("loans of up to 7 pct").map(\.normalized) == ["<=7%"])
    }
}
