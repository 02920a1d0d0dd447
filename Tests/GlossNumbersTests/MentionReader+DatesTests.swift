import Testing

@testable import GlossNumbers

/// A day next to a month name is a date, not a quantity; a year after a date's day or a
/// possessive is a year. Generated over every month name and day.
@Suite struct MentionReaderDatesTests {
    static let fullNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let shortNames = ["Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

    /// The byte look-ups hold exactly the month names and time markers the string sets list.
    @Test func byteSetsHoldTheStringSets() {
        #expect(MentionReader.monthBytes.count == MentionReader.months.count)
        #expect(MentionReader.monthWordBytes.count == MentionReader.monthWords.count)
        #expect(MentionReader.timeMarkerBytes.count == MentionReader.timeMarkers.count)
        for month in MentionReader.months { #expect(MentionReader.monthBytes.contains(month), "\(month)") }
        for word in MentionReader.monthWords { #expect(MentionReader.monthWordBytes.contains(word), "\(word)") }
        for marker in MentionReader.timeMarkers { #expect(MentionReader.timeMarkerBytes.contains(marker), "\(marker)") }
    }

    @Test func capitalisedMonthWordsAloneAreMonths() throws {
        #expect(try NumberDetectorTests.mentions("the meeting on March 3 was short").isEmpty)
        #expect(try NumberDetectorTests.mentions("the meeting on MARCH 3 was short").isEmpty)
        #expect(try !NumberDetectorTests.mentions("they march 3 miles").isEmpty)
        #expect(try NumberDetectorTests.mentions("it ends at 4 P.M. today").isEmpty)
    }

    @Test func everyDayAfterEveryMonthIsNoQuantity() throws {
        for month in Self.fullNames + Self.shortNames + Self.fullNames.map({ $0.uppercased() }) {
            for day in 1...31 {
                let text = "the meeting on \(month) \(day) was short"
                #expect(try NumberDetectorTests.mentions(text).isEmpty, "\(text)")
            }
        }
    }

    @Test func everyDayBeforeEveryMonthIsNoQuantity() throws {
        for month in Self.fullNames {
            for day in [1, 9, 10, 27, 31] {
                let text = "signed on \(day) \(month) in Paris"
                #expect(try NumberDetectorTests.mentions(text).isEmpty, "\(text)")
            }
        }
    }

    @Test func capitalisedDaysInWordsAreDates() throws {
        for (month, day) in [("March", "Three"), ("July", "One"), ("April", "Twenty-one")] {
            #expect(try NumberDetectorTests.mentions("Pay \(month) \(day) Record June").isEmpty)
        }
        // lowercase words after a month are counts: in March three companies
        #expect(try NumberDetectorTests.summary("In March three companies left") == ["three=3"])
    }

    @Test func whatIsNoDayStaysAQuantity() throws {
        // a day has at most two digits and is at most 31; may and march are verbs in lowercase
        #expect(try NumberDetectorTests.summary("by April 32 units") == ["32=32"])
        #expect(try NumberDetectorTests.summary("sales may 5 pct rise") == ["5 pct=5%"])
        #expect(try NumberDetectorTests.summary("they march 20 miles") == ["20 miles=20 mile"])
        #expect(try NumberDetectorTests.mentions("the 3rd of May").map(\.kind) == [.ordinal])
        #expect(try NumberDetectorTests.summary("March 5 mln dlrs") == ["5 mln dlrs=5000000 USD"])
    }

    @Test func theYearAfterADateIsAYear() throws {
        for month in Self.fullNames {
            let found = try NumberDetectorTests.mentions("between \(month) 31, 1987 and now")
            #expect(found.map(\.kind) == [.year], "\(month)")
        }
    }

    @Test func aYearAfterAPossessiveIsAYear() throws {
        for word in MentionReader.possessives.sorted() {
            for year in [1901, 1986, 2024] {
                let found = try NumberDetectorTests.mentions("to adjust \(word) \(year) final dividend")
                #expect(found.map(\.kind) == [.year], "\(word) \(year)")
            }
        }
        // before 1900 a count stays a count: their 1200 employees
        #expect(try NumberDetectorTests.mentions("their 1200 employees").map(\.kind) == [.number])
        // past 2100 a level is no year: a new high of 2188
        #expect(try NumberDetectorTests.mentions("a new high of 2188 versus 2179").map(\.kind) == [.number, .number])
    }

    /// A year before a law, an agreement or a vote is a year, whatever the article before it
    /// (`under a 1985 farm bill provision`, `1986 TAX REFUND`).
    @Test func aYearBeforeAYearNounIsAYear() throws {
        for noun in MentionReader.lawNouns.sorted() {
            for frame in ["under a 1985 \(noun) provision", "DETAILS 1986 \(noun.uppercased()) REFUND"] {
                #expect(try NumberDetectorTests.mentions(frame).map(\.kind) == [.year], "\(frame)")
            }
        }
        #expect(try NumberDetectorTests.mentions("a 1500 farm workers strike").map(\.kind) == [.number])
        // a label's number stays a name: an existing PL 480 agreement
        #expect(try NumberDetectorTests.mentions("under an existing PL 480 agreement").isEmpty)
        #expect(try NumberDetectorTests.mentions("payments under 1987 farm programs").map(\.kind) == [.year])
    }
}

/// A number before `a.m.`, `p.m.` or a time zone is a clock time, not a quantity.
@Suite struct MentionReaderTimesTests {
    @Test func everyTimeMarkerMakesATime() throws {
        // a.m and p.m without their last stop are split by the tokeniser (the coverage's tokens keep them)
        for marker in MentionReader.timeMarkers.sorted() where marker != "a.m" && marker != "p.m" {
            for number in ["4.15", "10", "1500"] {
                let text = "he arrives at \(number) \(marker.uppercased()) in Tokyo"
                #expect(try NumberDetectorTests.mentions(text).isEmpty, "\(text)")
            }
        }
        #expect(try NumberDetectorTests.summary("he paid 10 dollars at noon") == ["10 dollars=10 USD"])
    }

    @Test func aYearAfterAPeriodWordIsAYear() throws {
        for period in MentionReader.periodWords.sorted() {
            for year in [1986, 1987, 2025] {
                let found = try NumberDetectorTests.mentions("the first \(period) \(year) results came in")
                #expect(found.filter { $0.kind == .year }.map { $0.value?.double } == [Double(year)], "\(period) \(year)")
            }
        }
        // before 1900 a count stays a count
        #expect(try NumberDetectorTests.mentions("in the quarter 1500 tonnes came").filter { $0.kind == .year }.isEmpty)
    }

    @Test func aMonthBeforeAnOldNumberMakesNoYear() throws {
        #expect(try NumberDetectorTests.mentions("May 1255 ASK Jul 1285 ASK").map(\.kind) == [.number, .number])
        #expect(try NumberDetectorTests.mentions("since July 1985 prices").map(\.kind) == [.year])
    }
}

/// A year from 1900 before a noun of reporting, or after `Month,`, is a year.
@Suite struct MentionReaderYearNounTests {
    @Test func everyYearNounMakesAYear() throws {
        for noun in MentionReader.yearNouns.sorted() {
            // the year comes first (first, quarter, half are mentions of their own after it)
            #expect(try NumberDetectorTests.mentions("NOTE: 1985 \(noun) was weak").first?.kind == .year, "\(noun)")
        }
        #expect(try NumberDetectorTests.mentions("in August, 1986 when it bought").map(\.kind) == [.year])
        // before 1900, and before other words, a number stays a count
        #expect(try NumberDetectorTests.mentions("NOTE: 1850 results").map(\.kind) == [.number])
        #expect(try NumberDetectorTests.mentions("they hired 1986 people").map(\.kind) == [.number])
    }
}

/// Second days (`April 27 and 28`), year spans with one digit (`1986/7`), the pronoun `one`
/// after an article and an adjective.
@Suite struct MentionReaderDateSpansTests {
    @Test func aSecondDayIsADate() throws {
        for joiner in ["and", "or", "to"] {
            #expect(try NumberDetectorTests.mentions("in Osaka on April 27 \(joiner) 28 for the meeting").isEmpty, "\(joiner)")
        }
    }

    @Test func aYearSpanIsNoFraction() throws {
        for span in ["1986/7", "1986/87", "1999/00"] {
            // no fraction such as 1986/7 = 283.7
            let values = try NumberDetectorTests.mentions("for the whole of \(span), they said").compactMap { $0.value?.double }
            #expect(values.allSatisfy { $0 < 1 || $0 > 1000 }, "\(span)")
        }
    }

    @Test func oneAfterAnAdjectiveIsAPronoun() throws {
        for text in ["it is not a safe one.", "including a large one on drugs", "the big one, they said"] {
            #expect(try NumberDetectorTests.mentions(text).isEmpty, "\(text)")
        }
        #expect(try NumberDetectorTests.mentions("a mere one percent").count == 1)
        #expect(try NumberDetectorTests.mentions("one of the worst").count == 1)
    }
}

/// Index levels, bounds and periods that a year-shaped number does not make a year.
@Suite struct MentionReaderYearContextTests {
    @Test func aLevelAfterPointsToIsNoYear() throws {
        for word in MentionReader.levelWords.sorted() {
            for level in [1844, 1902, 2050] {
                let found = try NumberDetectorTests.mentions("the index rose 12 \(word) to \(level).")
                #expect(found.map(\.kind) == [.number, .number], "\(word) \(level)")
            }
        }
        #expect(try NumberDetectorTests.mentions("it was put off to 1987.").map(\.kind) == [.year])
    }

    @Test func aYearBeforeAReportingNounOfTheWireIsAYear() throws {
        for noun in ["qtr", "turnover", "income", "loss", "dividend"] {
            #expect(try NumberDetectorTests.mentions("it had 1986 \(noun) of five mln").map(\.kind).first == .year, "\(noun)")
        }
    }

    @Test func aBoundedNumberIsNoYear() throws {
        for bound in ["more than", "less than", "at least", "up to"] {
            let found = try NumberDetectorTests.mentions("they sold \(bound) 1500.")
            #expect(found.map(\.kind) == [.number], "\(bound)")
        }
    }

    @Test func aYearAsAWholeIsAYear() throws {
        for year in [1986, 2025] {
            #expect(try NumberDetectorTests.mentions("although \(year) as a whole was good").map(\.kind) == [.year])
        }
    }

    @Test func aYearBeforeAPeriodWordMakesItAPeriod() throws {
        for determiner in ["LAST", "last", "the", "NEXT"] {
            for period in ["QUARTER", "quarter", "half"] {
                let found = try NumberDetectorTests.mentions("in the \(determiner) 1986 \(period) profit")
                #expect(found.map(\.kind) == [.year], "\(determiner) 1986 \(period)")
            }
        }
    }

    @Test func aPeriodOfAYearIsNoFraction() throws {
        for determiner in ["last", "next", "previous", "the"] {
            for period in ["quarter", "half"] {
                let found = try NumberDetectorTests.mentions("in the \(determiner) \(period) of 1986.")
                #expect(found.map(\.kind) == [.year], "\(determiner) \(period)")
            }
        }
        #expect(try NumberDetectorTests.summary("that half of it is theirs") == ["half=0.5"])
    }

    @Test func aLowercaseDayWordAfterAPrepositionAndMonthIsADate() throws {
        for preposition in MentionReader.dayPrepositions.sorted() {
            for month in ["July", "March", "Dec"] {
                let text = "to be paid \(preposition) \(month) one to holders"
                #expect(try NumberDetectorTests.mentions(text).isEmpty, "\(text)")
            }
        }
        #expect(try NumberDetectorTests.summary("In March three companies left") == ["three=3"])
    }

    @Test func aLowercaseDayWordEndingAClauseIsADate() throws {
        for month in MentionReaderDatesTests.fullNames {
            for day in ["three", "twenty-one"] {
                #expect(try NumberDetectorTests.mentions("on \(month) \(day), the firm said").isEmpty, "\(month) \(day)")
            }
        }
    }

    /// A day in ordinal digits beside a month is a date's day, for every day and month.
    @Test func anOrdinalDayBesideAMonthIsADate() throws {
        let suffix = { (day: Int) -> String in
            if (11...13).contains(day % 100) { return "th" }
            return [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        }
        for month in ["January", "May", "Sept.", "December"] {
            for day in [1, 2, 3, 11, 22, 31] {
                #expect(try NumberDetectorTests.mentions("he died on \(month) \(day)\(suffix(day)) at home").isEmpty, "\(month) \(day)")
                #expect(try NumberDetectorTests.mentions("on the \(day)\(suffix(day)) \(month) it fell").isEmpty, "\(day) \(month)")
            }
        }
        #expect(try NumberDetectorTests.mentions("the 31st day").map(\.kind) == [.ordinal])
    }
}

/// Years joined by a hyphen are one span of years (`1982-84`, `1986-87`, `1982-1986`), never
/// a year and a plain number.
@Suite struct MentionReaderYearSpanTests {
    @Test func everyAbbreviatedSpanIsOneSpanOfYears() throws {
        for first in stride(from: 1901, through: 2090, by: 7) {
            // a last year written 01 to 09 reads as a month (1995-01): no span
            for length in [1, 2, 5, 9] where first % 100 + length <= 99 && (first + length) % 100 >= 10 {
                let last = first + length
                let written = "\(first)-\(String(format: "%02d", last % 100))"
                let found = try NumberDetectorTests.mentions("output in the \(written) period fell")
                #expect(found.count == 1, "\(written)")
                #expect(found.first?.kind == .year, "\(written)")
                #expect(found.first?.value?.double == Double(first) && found.first?.high?.double == Double(last), "\(written)")
            }
        }
    }

    @Test func fullSpansAreSpansOfYearsToo() throws {
        for (first, last) in [(1982, 1986), (1999, 2000), (2020, 2025), (1901, 1930)] {
            let found = try NumberDetectorTests.mentions("spending for \(first)-\(last) will rise")
            #expect(found.map(\.kind) == [.year], "\(first)-\(last)")
            #expect(found.first?.high?.double == Double(last), "\(first)-\(last)")
        }
        #expect(try NumberDetectorTests.summary("the deficit for fiscal 1986-87 rose") == ["fiscal 1986-87=[1986,1987] fiscal year"])
    }

    @Test func whatIsNoSpanOfYearsStaysAsItWas() throws {
        // a month (a leading zero), a second number below the first's last digits, more than thirty years, a unit
        #expect(try NumberDetectorTests.mentions("in 1995-01 it fell").isEmpty)
        #expect(try NumberDetectorTests.mentions("the 1987-12 table").allSatisfy { $0.kind != .year || $0.high == nil })
        #expect(try NumberDetectorTests.mentions("from 1900-1990 rows").allSatisfy { $0.kind != .year })
        #expect(try NumberDetectorTests.summary("1500-2000 tonnes were sold") == ["1500-2000 tonnes=[1500,2000] metric ton"])
        #expect(try NumberDetectorTests.summary("between 1981 and 1985 they planted") == ["between 1981 and 1985=[1981,1985]"])
        #expect(try NumberDetectorTests.mentions("between 1981 and 1985 they planted").map(\.kind) == [.year])
        #expect(try NumberDetectorTests.summary("prices of 5.63-65 dlrs") == ["5.63-65 dlrs=[5.63,5.65] USD"])
    }
}

/// A year after a preposition that bounds too (`below 1985 levels`): the year of a noun, no bound.
@Suite struct MentionReaderYearAfterBoundTests {
    @Test func aYearBeforeAYearNounOrPossessiveIsNoBound() throws {
        for (text, covered) in [
            ("Output was still well below 1985 levels.", "1985"), ("a rise over 1986 sales", "1986"),
            ("profits were 5.9 pct above 1985's 67 mln", "1985"), ("Inflation was under 1987's rate.", "1987"),
        ] {
            let found = try NumberDetectorTests.mentions(text).filter { $0.kind == .year }
            #expect(found.count == 1 && found[0].comparator == nil, "\(text)")
            #expect(found.first.map { String(decoding: Array(text.utf8)[$0.span.range], as: UTF8.self) } == covered)
        }
    }

    @Test func aRoundHundredOrABareNumberStaysABound() throws {
        #expect(try NumberDetectorTests.summary("INDEX DROPS UNDER 2000 LEVEL") == ["UNDER 2000=<2000"])
        #expect(try NumberDetectorTests.summary("It fell below 1985 today.") == ["below 1985=<1985"])
    }
}

/// A report's clock stamp in a capitals headline is a time (`NYSE 1100 ACTIVES`).
@Suite struct MentionReaderReportStampTests {
    @Test func aStampBeforeAReportWordOrADateIsATime() throws {
        for text in ["NASDAQ 1600 ACTIVES", "TOKYO BULLION 1430 FIX", "PARIS BOURSE 1100 CLOSE - MAY 4", "OSLO MONEY 0915 - JUNE 3"] {
            #expect(try NumberDetectorTests.mentions(text).allSatisfy { $0.value?.double ?? 0 < 32 }, "\(text)")
        }
    }

    @Test func countsAndPricesStay() throws {
        for text in ["FIRM HIRES 1200 WORKERS", "SALES TOP 1500 UNITS", "NASDAQ 1675 ACTIVES", "Nasdaq 1600 actives"] {
            #expect(try NumberDetectorTests.mentions(text).count == 1, "\(text)")
        }
    }
}

/// A year before a currency name that qualifies a noun, and days before a month name.
@Suite struct MentionReaderYearsAndDaysTests {
    /// A year before a currency name that qualifies a noun is a year, not money (`the 1997
    /// Thai baht crisis`), generated over currency names and nouns; an amount before a
    /// preposition, a verb or punctuation, and a round hundred, stay money.
    @Test func aYearBeforeACurrencyNameBeforeANounIsNoMoney() throws {
        for name in ["Thai baht", "Japan yen", "Mexican peso", "rupee", "Swiss franc"] {
            for noun in ["crisis", "weakness", "devaluation", "peg"] {
                let found = try NumberDetectorTests.mentions("Since the 1997 \(name) \(noun) began, banks failed.")
                // (a currency word with no number is a mention without a value, by convention)
                #expect(found.filter { $0.value != nil }.allSatisfy { $0.kind != .money }, "\(name) \(noun)")
            }
            for after in ["for each", "was paid", ".", "a month", "worth of goods"] {
                let found = try NumberDetectorTests.mentions("They paid 1997 \(name) \(after)")
                #expect(found.first?.kind == .money, "\(name) \(after)")
            }
            #expect(try NumberDetectorTests.mentions("It printed 2000 \(name) notes.").first?.kind == .money, "\(name)")
        }
    }

    /// A name fused to the number by a hyphen, or written in a plural, qualifies no noun: the
    /// number before it is an amount (`a 1500-rupee fine`, `paid 1450 pesos cash`), while a
    /// singular name that is its own plural still reads as a year's modifier (`baht`, `yen`).
    @Test func aHyphenatedOrPluralNameAfterAYearIsMoney() throws {
        for text in ["a 1500-rupee fine angered drivers.", "He paid 1450 pesos cash.", "She won 1950 euros cash.",
            "It sold at 1250 dlrs fob.", "Farmers got 1850 rupees extra.", "a 1250-peso fee angered drivers."]
        {
            #expect(try NumberDetectorTests.mentions(text).first?.kind == .money, "\(text)")
        }
        for text in ["the 1997 baht crisis began.", "the 1998 yen rally ended.", "the 1992 lira devaluation hurt."] {
            let found = try NumberDetectorTests.mentions(text)
            #expect(found.filter { $0.value != nil }.allSatisfy { $0.kind != .money }, "\(text)")
        }
    }

    /// A rising range of days with a month name after it is a date (`4-5 May`), generated
    /// over every month name; a range before another word, or a count of more than 31, stays.
    @Test func aRangeOfDaysBeforeAMonthIsADate() throws {
        for month in MentionReaderDatesTests.fullNames + MentionReaderDatesTests.shortNames {
            for range in ["4-5", "12 to 14", "30-31"] {
                #expect(try NumberDetectorTests.mentions("Talks ran on \(range) \(month) in Rome.").isEmpty, "\(range) \(month)")
            }
        }
        #expect(try NumberDetectorTests.mentions("They hired 4-5 people.").count == 1)
        #expect(try NumberDetectorTests.mentions("They hired 20-40 March recruits.").count == 1)
    }
}
