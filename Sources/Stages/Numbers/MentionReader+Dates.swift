/// Dates and times among the numbers: a day next to a month name is part of a date, not a
/// quantity (`April 27`, `27 April`, `MARCH 3`, `Pay July One`), a number before `a.m.`,
/// `p.m.` or a time zone is a time (`4.15 P.M.`, `1500 GMT`), and a four-digit number after a
/// date's day or a possessive is its year (`March 31, 1987`, `its 1986 dividend`); years
/// joined by a hyphen are a span of years (`1982-84`, `1986-87`, `1982-1986`).
extension MentionReader {
    /// Month names and their abbreviations, lowercase (with the abbreviations' full stop).
    static let months = WordSet({
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        let short = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        return Set(names + short + short.map { $0 + "." })
    }())

    /// Month names that are common words too (`may`, `march`): months only when capitalised.
    static let monthWords: Set<String> = ["may", "march", "mar"]

    /// `months` and `monthWords` looked up by bytes (`lowercaseValue`).
    static let monthBytes = ByteSet(keys: months)
    static let monthWordBytes = ByteSet(keys: monthWords)

    /// Whether piece `index` is a month name.
    func isMonth(_ index: Int) -> Bool {
        guard index >= 0 && index < pieces.count, lowercaseValue(index, in: Self.monthBytes) != nil else { return false }
        if lowercaseValue(index, in: Self.monthWordBytes) != nil {
            let first = text[pieces[index].start]
            return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") && !isMonthWordInOtherSense(index)
        }
        return true
    }

    /// Whether the capitalised `May`, `March` or `Mar` at `index` is no month: the holiday
    /// (`May Day`), or, in capitals, `MAY` the modal of a capitals headline, which a word
    /// follows that no date is followed by (`SHARES SEEN UP 2-3 MAY RISE`; a date's month is
    /// followed by a day or year, punctuation, the end or a word of `afterMonthWords`:
    /// `TALKS ON 4-5 MAY IN GENEVA`). `MARCH` and `MAR` in capitals stay months (`2ND QTR
    /// MARCH ONE NET`, `LOADING 15 MAR ROTTERDAM`): a table's dates, where the verb seldom
    /// follows a number.
    private func isMonthWordInOtherSense(_ index: Int) -> Bool {
        let next = index + 1
        // a number after it is its day (2ND QTR MARCH ONE, MAY TWO NET)
        guard next < pieces.count, isWordPiece(next), pieces[next].word == nil else { return false }
        if isWord(next, "day") || isWord(next, "days") { return true }
        let second = text[pieces[index].start + 1]
        guard second &- UInt8(ascii: "A") < 26 else { return false }  // May, March: the month
        // only MAY is a modal: `15 MAR LOADING`, `1 MARCH SHIPMENT` keep their month
        guard pieces[index].end - pieces[index].start == 3, second == UInt8(ascii: "A"), text[pieces[index].start + 2] == UInt8(ascii: "Y")
        else { return false }
        return !lowercased(next, isIn: Self.afterMonthWords)
    }

    /// Words a date's month in a capitals headline may be followed by.
    static let afterMonthWords: WordSet = [
        "in", "on", "at", "and", "or", "to", "for", "from", "of", "with", "after", "before", "by", "until", "through",
        "as", "when", "while", "amid", "despite", "versus", "vs", "the", "a", "an", "talks", "meeting", "vote",
        // nouns a date qualifies that are no verb a modal takes (OPEC SETS 15 MAY DEADLINE)
        "deadline", "summit", "election", "elections", "poll", "polls", "referendum", "session", "conference",
        "hearing", "auction", "shipment", "shipments", "delivery", "deliveries", "loading", "expiry", "maturity",
        "payment", "payments", "deadlines",
    ]

    /// Whether `quantity` is the day of a date: a whole number from 1 to 31 alone (digits, at
    /// most two, ordinal digits such as `31st`, or a capitalised number word), with a month
    /// name right before or after it.
    func isDayOfMonth(_ quantity: Quantity) -> Bool {
        let phrase = quantity.phrase
        // a day in ordinal digits is a date's too: May 31st, 3rd March
        let ordinalDigits = phrase.form == .ordinal && pieces[phrase.first].numeral != nil
        guard quantity.unit == nil, quantity.first == phrase.first, phrase.form == .cardinal || ordinalDigits, !phrase.hasScale,
            phrase.value.isInteger, (1...31).contains(phrase.value.double)
        else { return false }
        if let numeral = pieces[phrase.first].numeral {
            guard phrase.end == phrase.first + 1, !numeral.hasSeparators, !numeral.isSigned, numeral.leadingDigits <= 2
            else { return false }
        } else {
            // a lowercase word is a day only where the clause ends (on April three, ...)
            let first = text[pieces[phrase.first].start]
            let capital = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
            let clauseEnds = phrase.end >= pieces.count || tokens[pieces[phrase.end].token].kind == .punctuation
            // or after on, by, until... and the month: paid on July one to holders
            let dated = phrase.first >= 2 && Self.dayPrepositions.contains(lowercased(phrase.first - 2))
            guard capital || clauseEnds || dated else { return false }
        }
        let before = phrase.first - 1
        return (before >= 0 && (isMonth(before) || isAbbreviatedMonth(endingAt: before)) && !pieces[phrase.first].attached
            && !countsAfterDatedMonth(phrase))
            || isMonth(phrase.end) || isSecondDay(phrase.first)
    }

    /// Whether the number `phrase`, right after a month, counts the lowercase word after it
    /// because the month has its day before it (`On 14 March 12 ships left`, `by 3 May 40
    /// firms`): a date names its day once (numbers30). The day must stand alone before the
    /// month: not the end of a span of dates (`February 27-July 7 shipment`, `March 31-April 2
    /// meeting`: the number is the second month's day) nor a month's own day (`MARCH 7 March 7
    /// end`). `March 12 ships` with no day before the month, and a number at the clause's end
    /// (`on 14 March 12.`), stay the date's.
    private func countsAfterDatedMonth(_ phrase: NumberPhrase) -> Bool {
        let month = phrase.first - 1
        guard month >= 2, phrase.end < pieces.count, isWordPiece(phrase.end),
            text[pieces[phrase.end].start] &- UInt8(ascii: "a") < 26, !pieces[month].attached, !pieces[month - 1].attached,
            let day = pieces[month - 1].numeral, day.value.isInteger, (1...31).contains(day.value.double), day.leadingDigits <= 2,
            !day.hasSeparators, !isMonth(month - 2), !["-", "–", "to", "and", "through"].contains(lowercased(month - 2))
        else { return false }
        return true
    }

    /// Whether piece `index` is the full stop of a month's abbreviation that the tokeniser
    /// split off (`dec. 3`, `sept. 14` in lower-cased wire; `Dec.` stays one token).
    func isAbbreviatedMonth(endingAt index: Int) -> Bool {
        guard index >= 1, pieces[index].attached, pieces[index].end - pieces[index].start == 1,
            text[pieces[index].start] == UInt8(ascii: "."), (3...4).contains(pieces[index - 1].end - pieces[index - 1].start)
        else { return false }
        return lowercased(index - 1, isIn: Self.monthAbbreviations) && isMonth(index - 1)
    }

    /// The months' abbreviations that are no month's full name (`june.` ends a sentence).
    static let monthAbbreviations: WordSet = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Whether a range of whole numbers from 1 to 31 in digits of one or two, rising, has a
    /// month name right after its high end: days of that month (`4-5 May`, `12 to 14 March`),
    /// as `May 4-5` is.
    func isDaysBeforeMonth(_ draft: Draft) -> Bool {
        guard let high = draft.high, draft.end < pieces.count, draft.first.unit == nil, high.isInteger, high.double <= 31,
            let low = pieces[draft.first.first].numeral, draft.first.phrase.end == draft.first.first + 1, low.leadingDigits <= 2,
            !low.hasSeparators, !low.isSigned, draft.value.isInteger, draft.value.double >= 1, draft.value.double < high.double
        else { return false }
        return isMonth(draft.end)
    }

    /// Words before a month that make a lowercase number word after it its day.
    static let dayPrepositions: Set<String> = ["on", "by", "until", "till", "since", "before", "after", "from", "effective"]

    /// `April 27 and 28`, `March 3 or 4`, `May 7-9`: a day after a date's day and a joining
    /// word.
    func isSecondDay(_ index: Int) -> Bool {
        guard index >= 3, ["and", "or", "to", "-"].contains(lowercased(index - 1)), let day = pieces[index - 2].numeral,
            day.value.isInteger, (1...31).contains(day.value.double), day.leadingDigits <= 2
        else { return false }
        return isMonth(index - 3)
    }

    /// Whether the four-digit number at piece `index` follows a date's day and comma
    /// (`March 31, 1987`).
    func followsDayOfMonth(_ index: Int) -> Bool {
        guard index >= 3, lowercased(index - 1) == ",", let day = pieces[index - 2].numeral,
            day.value.isInteger, (1...31).contains(day.value.double), day.leadingDigits <= 2
        else { return false }
        return isMonth(index - 3)
    }

    /// Possessives and determiners before a year that modifies a noun (`its 1986 dividend`,
    /// `their 1987 budget`); only for years from 1900 to 2099, which counts that size rarely are.
    static let possessives: Set<String> = ["its", "their", "his", "her", "our", "this", "that", "whose", "your", "my"]

    /// Nouns of business reporting a year from 1900 modifies (`1986 results`, `1985 yr`,
    /// `the record 1987 levels`): the number before them is a year, not a count.
    static let yearNouns: Set<String> = [
        "year", "yr", "results", "result", "levels", "level", "budget", "budgets", "figure", "figures", "earnings",
        "profit", "profits", "sales", "season", "crop", "crops", "output", "production", "target", "targets",
        "forecast", "forecasts", "estimate", "estimates", "quota", "quotas", "fiscal", "annual", "first", "second",
        "third", "fourth", "financial", "net", "revenue", "revenues", "growth", "inflation", "deficit", "surplus",
        "imports", "exports", "harvest", "plan", "plans", "period", "quarter", "half", "shr", "qtr", "qtrs", "turnover",
        "income", "loss", "losses", "dividend", "dividends", "volume", "volumes", "rate", "rates", "expenses", "peak",
        "price", "prices", "shortfall", "total", "totals",
    ]

    /// Laws, agreements and votes a year from 1900 names (`under a 1985 farm bill provision`,
    /// `a 1986 pact`, `1988 TAX CUTS`): the number before them is a year. Apart from
    /// `yearNouns` because a label's number stays a name before them (`PL 480 agreement`).
    static let lawNouns: Set<String> = [
        "farm", "tax", "bill", "law", "laws", "act", "accord", "agreement", "pact", "treaty", "election", "elections",
    ]

    /// The last year of a span of years written with a hyphen and no space, or with
    /// `between … and`: `1982-84`, `1986-87` (the second year by its last two digits, in the
    /// first one's century), `1982-1986`, `between 1981 and 1985`; both ends plain whole
    /// numbers, the first four digits from 1800 to 2099, the span from one year to thirty, no
    /// unit. Nil otherwise (`1995-01` is a month, `1987-12`
    /// no span, `1500-2000 tonnes` an amount).
    func yearSpanEnd(_ first: Quantity, _ second: Quantity) -> NumberValue? {
        guard first.unit == nil, second.unit == nil, first.phrase.end == first.phrase.first + 1,
            second.phrase.end == second.phrase.first + 1, let low = pieces[first.phrase.first].numeral,
            let high = pieces[second.phrase.first].numeral, isYearDigits(low, at: first.phrase.first),
            high.form == .plain, !high.hasSeparators, !high.hasPoint, !high.isSigned
        else { return nil }
        let lowYear = Int(low.value.double)
        let digits = pieces[second.phrase.first].end - pieces[second.phrase.first].start
        let highYear: Int
        switch digits {
        case 2 where text[pieces[second.phrase.first].start] != UInt8(ascii: "0"):
            highYear = lowYear - lowYear % 100 + Int(high.value.double)
        case 4 where isYearDigits(high, at: second.phrase.first):
            highYear = Int(high.value.double)
        default:
            return nil
        }
        guard (1...30).contains(highYear - lowYear) else { return nil }
        return NumberValue(highYear)
    }

    /// Whether `numeral` at piece `index` is four plain digits from 1800 to 2099.
    private func isYearDigits(_ numeral: Numeral, at index: Int) -> Bool {
        guard numeral.form == .plain, !numeral.hasSeparators, !numeral.hasPoint, !numeral.isSigned,
            pieces[index].end - pieces[index].start == 4
        else { return false }
        return (1800...2099).contains(numeral.value.double)
    }

    /// Words before `to` or `at` that make the number after them an index level, not a year
    /// (`rose 12.5 points to 1844`, `fell 3 pts at 1902`).
    static let levelWords: Set<String> = ["points", "point", "pts", "pt"]

    /// Whether the number at piece `index` follows `to` or `at` after one of `levelWords`.
    func isLevel(_ index: Int) -> Bool {
        guard index >= 2, pieces[index - 1].end - pieces[index - 1].start == 2, ["to", "at"].contains(lowercased(index - 1))
        else { return false }
        return Self.levelWords.contains(lowercased(index - 2))
    }

    /// Words after a number that make it a clock time, lowercase.
    static let timeMarkers: Set<String> = [
        "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet",
        "hrs", "o'clock",
    ]

    /// `timeMarkers` looked up by bytes (`lowercaseValue`).
    static let timeMarkerBytes = ByteSet(keys: timeMarkers)

    /// Whether piece `index` is one of `timeMarkers`: the number before it is a time.
    func isClockTime(before index: Int) -> Bool {
        guard index < pieces.count, pieces[index].end - pieces[index].start <= 7 else { return false }
        return lowercaseValue(index, in: Self.timeMarkerBytes) != nil
    }

    /// Whether `first-second`, fused by a hyphen, is a clock time with a hyphen for its point,
    /// as British copy writes one (`Doors open at 7-30`, `until 10-45 on Friday`): an hour of one
    /// or two digits up to 23, then two digits of minutes up to 59, after a preposition of time
    /// (`clockPrepositions`), and then a time marker (`10-15 pm`), or minutes of `00` or above
    /// twice the hour (a range's ends are of one order: `at 10-15.`, `at 20-25 on Monday` stay
    /// ranges) and no word a quantity is followed by: the text's end, punctuation or a word of
    /// `clockFollowers`. `at 10-15 knots`, `by 10-15 pct`, `from 10-15 minutes`, `at 7-30
    /// people` stay ranges.
    func isHyphenatedClockTime(_ first: Quantity, _ second: Quantity) -> Bool {
        let (hourAt, minutesAt) = (first.first, second.first)
        guard first.unit == nil, second.unit == nil, first.end == hourAt + 1, second.end == minutesAt + 1,
            pieces[hourAt].end - pieces[hourAt].start <= 2, pieces[minutesAt].end - pieces[minutesAt].start == 2,
            let hour = pieces[hourAt].numeral, let minutes = pieces[minutesAt].numeral, hour.form == .plain,
            minutes.form == .plain, !hour.hasPoint, !hour.isSigned, !minutes.hasPoint, !minutes.isSigned,
            hour.value.double <= 23, minutes.value.double <= 59,
            let before = precedingWord(hourAt), Self.clockPrepositions.contains(before)
        else { return false }
        let next = second.end
        if next < pieces.count, isWordPiece(next), isClockTime(before: next) { return true }  // 10-15 pm
        // a range's ends are of one order (`put the toll at 10-15.`, `quoted at 12-15 in late
        // trading`, `peak at 20-25 on Monday`): only minutes of 00 or above twice the hour,
        // which no range of like amounts has, make a time without a marker
        guard minutes.value.double == 0 || minutes.value.double > 2 * hour.value.double else { return false }
        guard next < pieces.count, isWordPiece(next) else { return true }
        return lowercased(next, isIn: Self.clockFollowers)
    }

    /// Where a time of day said in words ends, when `minutes` opens one (numbers29): `a quarter`,
    /// `quarter` or `half`, or a whole number of minutes in words from one to twenty-nine, then
    /// `past`, then an hour (one to twelve, in words or digits, `noon`, `midnight`): `a quarter
    /// past nine`, `half past ten`, `twenty past six`; or `a quarter` or `quarter` then `to` and
    /// the hour (`a quarter to eight`), not after `by` or a verb of change (`cut by a quarter to
    /// eight`, `rose a quarter to eight` are a change and a level). The hour must end the clause
    /// or stand before a time marker or a word of `clockFollowers` or `when` (`a quarter to
    /// eight when she called`); before any other word the figures are amounts (`a quarter to
    /// eight percent`, `half past ten years` stays). Asked only of a number in words; the length
    /// of the piece after it first.
    func timeOfDayEnd(_ minutes: Quantity) -> Int? {
        let link = minutes.end
        guard link + 1 < pieces.count else { return nil }
        let linkLength = pieces[link].end - pieces[link].start
        guard linkLength == 4 || linkLength == 2, isWordPiece(link), minutes.unit == nil else { return nil }
        let value = minutes.phrase.value.double
        let fraction = minutes.phrase.form == .fraction && (value == 0.25 || value == 0.5)
        if linkLength == 4 {
            guard isWord(link, "past"), fraction || minutes.phrase.form == .cardinal && minutes.phrase.value.isInteger && (1...29).contains(value)
            else { return nil }
        } else {
            guard isWord(link, "to"), fraction, value == 0.25 else { return nil }
            if minutes.first > floor, let before = precedingWord(minutes.first), before == "by" || Self.changeVerbs.contains(before) {
                return nil
            }
        }
        let hour = link + 1
        if let numeral = pieces[hour].numeral {
            guard numeral.form == .plain, !numeral.hasPoint, !numeral.isSigned, !numeral.hasSeparators,
                (1...12).contains(numeral.value.double)
            else { return nil }
        } else if case .unit(let word)? = pieces[hour].word {
            guard (1...12).contains(word) else { return nil }
        } else if case .tens? = pieces[hour].word {
            return nil
        } else {
            guard isWord(hour, "noon") || isWord(hour, "midnight") else { return nil }
        }
        let after = hour + 1
        guard after < pieces.count, isWordPiece(after) else { return after }
        if isClockTime(before: after) || lowercased(after, isIn: Self.clockFollowers) || isWord(after, "when") { return after }
        return nil
    }

    /// Whether piece `link`, after a number in words, may be the `past` or `to` of a time of day
    /// (`timeOfDayEnd`): its length and first letter only, asked at the call so that the common
    /// number in words pays two byte tests, not a call with its quantity copied (review83:
    /// callgrind on reut2-000, `timeOfDayEnd` and its call line 124K instructions for 2,080
    /// calls). Requires `link` a piece index or the end; accepts a superset of `timeOfDayEnd`'s.
    @inline(__always)
    func mayLinkTimeOfDay(_ link: Int) -> Bool {
        guard link + 1 < pieces.count else { return false }
        let piece = pieces[link]
        let length = piece.end - piece.start
        let letter = text[piece.start] | 0x20
        return length == 4 && letter == UInt8(ascii: "p") || length == 2 && letter == UInt8(ascii: "t")
    }

    /// Whether the plain number at piece `index` is the hour or the minutes of a clock time
    /// that pre-tokenised text writes with a spaced colon (`opens at 10 : 30 on monday`): an
    /// hour of one or two digits up to 23, the colon a piece of its own spaced from both, then
    /// two digits of minutes up to 59, after a preposition of time (`clockPrepositions`) or
    /// before a time marker (`10 : 30 pm`), as `isHyphenatedClockTime` asks: a ratio's `3 : 1`,
    /// `mixed 1 : 50`, a score's `won 21 : 15`, a vote's `15 : 10 against` and `by 12 : 30 in
    /// favour`, a map's `at 1 : 25 , 000` stay numbers (`isCountAfterMinutes`); the
    /// seconds of `at 10 : 30 : 15` stay a number. Unspaced `10:30` is one token the reader
    /// never sees as two numbers.
    func isSpacedClockTime(_ index: Int) -> Bool {
        if index + 2 < pieces.count, isSpacedColon(index + 1), isClock(hour: index, minutes: index + 2) { return true }
        return index >= 2 && isSpacedColon(index - 1) && isClock(hour: index - 2, minutes: index)
    }

    private func isSpacedColon(_ index: Int) -> Bool {
        let piece = pieces[index]
        return piece.end - piece.start == 1 && text[piece.start] == UInt8(ascii: ":") && !piece.attached
            && index + 1 < pieces.count && !pieces[index + 1].attached
    }

    private func isClock(hour: Int, minutes: Int) -> Bool {
        guard pieces[hour].end - pieces[hour].start <= 2, pieces[minutes].end - pieces[minutes].start == 2,
            let h = pieces[hour].numeral, let m = pieces[minutes].numeral, h.form == .plain, m.form == .plain,
            !h.hasPoint, !h.isSigned, !m.hasPoint, !m.isSigned, h.value.double <= 23, m.value.double <= 59,
            text[pieces[minutes].start] &- UInt8(ascii: "0") < 6
        else { return false }
        // as a hyphen's clock time: after a preposition of time or before a time marker (a score
        // `won 21 : 15`, a ratio `mixed 1 : 50`, a vote `was 15 : 10` stay numbers)
        if isClockTime(before: minutes + 1) { return true }
        return hour > 0 && Self.clockPrepositions.contains(lowercased(hour - 1)) && !isCountAfterMinutes(hour: hour, minutes)
    }

    /// Whether what follows the minutes of a spaced colon makes its two numbers a count: after
    /// a 1, a spaced comma and three digits, the thousands of a scale's ratio, which puts 1
    /// first (`at 1 : 25 , 000 scale`; not `at 9 : 45 , 300 protesters marched`), or after `by`
    /// the words of a vote (`by 12 : 30 in favour`, `by 12 : 30 against`; not `kicks off at 7 :
    /// 45 against Leeds`).
    @inline(never)
    private func isCountAfterMinutes(hour: Int, _ minutes: Int) -> Bool {
        let next = minutes + 1
        guard next < pieces.count else { return false }
        if original(next) == ",", next + 1 < pieces.count, let group = pieces[next + 1].numeral, group.form == .plain,
            pieces[next + 1].end - pieces[next + 1].start == 3
        {
            return pieces[hour].numeral?.value.double == 1
        }
        guard lowercased(hour - 1) == "by" else { return false }
        if lowercased(next) == "against" { return true }
        guard lowercased(next) == "in", next + 1 < pieces.count else { return false }
        return ["favour", "favor"].contains(lowercased(next + 1))
    }

    /// Whether `point` at piece `index` opens a decimal with no whole part said (`the needle
    /// read point seven five`): two digit words at least follow it, or one that ends the clause
    /// or comes before a percent word (`the gap is point five.`, `rose point two percent`), and
    /// no article or determiner stands before it (`at this point three banks`, `the point two
    /// men made` name a moment or an argument; one digit word before any other word is no
    /// decimal: `a point two people raised`), nor a label word (`clause point five`, `section
    /// point two`: a part's number, which `isPointLabel` keeps from being a quantity). `PhraseReader`
    /// reads it.
    @inline(never)
    func isLeadingPoint(_ index: Int) -> Bool {
        guard index + 1 < pieces.count, case .unit(let a)? = pieces[index + 1].word, a < 10 else { return false }
        let twoDigits: Bool
        if index + 2 < pieces.count, case .unit(let b)? = pieces[index + 2].word, b < 10 { twoDigits = true } else { twoDigits = false }
        guard twoDigits || index + 2 == pieces.count || lowercased(index + 2, isIn: Self.afterLonePointDigit) else { return false }
        guard index > 0, index - 1 >= floor else { return true }
        if case .article? = pieces[index - 1].word { return false }
        if pieces[index - 1].word != nil || pieces[index - 1].numeral != nil { return false }  // one point five: read from `one`
        return !lowercased(index - 1, isIn: Self.pointDeterminers) && !isLabelWord(index - 1)
    }

    /// What may follow `point` and a single digit word for them to be a decimal (`point five.`,
    /// `point two percent`, `point five per cent`): a clause's end or a percent word.
    static let afterLonePointDigit: WordSet = [".", ",", ";", "!", "?", ")", "%", "percent", "pct", "per", "percentage"]

    /// Words before `point` that make it a noun (a moment, a place, an argument).
    static let pointDeterminers: WordSet = [
        "the", "this", "that", "these", "those", "each", "every", "any", "some", "no", "which", "what", "whose", "one",
        "his", "her", "its", "our", "their", "my", "your", "same", "another", "other", "match", "set", "game", "break",
        "boiling", "melting", "freezing", "starting", "turning", "high", "low", "focal", "vantage", "talking", "selling",
        "strong", "weak", "main", "key", "sticking",
    ]

    /// Prepositions a clock time follows (`at 7-30`, `until 10-45`).
    static let clockPrepositions: Set<String> = ["at", "until", "till", "til", "by", "before", "after", "from"]

    /// Words a clock time is followed by and a range of numbers is not: a day, a time of day, a
    /// link to the next clause or time.
    static let clockFollowers: WordSet = [
        "on", "in", "and", "or", "to", "until", "till", "tonight", "today", "tomorrow", "sharp", "this", "next", "every",
        "each", "daily", "nightly", "onwards", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words of a market report in a capitals headline that a clock time stands before
    /// (`NYSE 1100 ACTIVES`, `GOLD 1500 FIX`), lowercase (the headline writes them in capitals).
    static let reportWords: WordSet = ["actives", "fix", "fixing", "close", "closing", "opening", "highlights"]

    /// Whether `quantity` is the clock stamp of a report in a capitals headline: four plain
    /// digits that read as a time of day (`0847`, `1530`), after a word in capitals, and
    /// before a report word (`reportWords`) or before a spaced hyphen and a month in capitals
    /// (`EXCHS 1400 - APR 7`). `FIRM HIRES 1200 WORKERS` stays a count.
    func isReportStamp(_ quantity: Quantity) -> Bool {
        let index = quantity.first
        guard quantity.unit == nil, quantity.phrase.end == index + 1, index > 0, index + 1 < pieces.count,
            pieces[index].end - pieces[index].start == 4, let numeral = pieces[index].numeral, numeral.form == .plain,
            !numeral.hasSeparators, !numeral.hasPoint, !numeral.isSigned, isCapitalWord(index - 1)
        else { return false }
        let clock = Int(numeral.value.double)
        guard clock / 100 <= 23, clock % 100 <= 59 else { return false }
        let next = index + 1
        if isCapitalWord(next) { return lowercased(next, isIn: Self.reportWords) }
        return next + 1 < pieces.count && original(next) == "-" && !pieces[next].attached && isCapitalWord(next + 1) && isMonth(next + 1)
    }
}

extension MentionReader {
    /// Whether a currency name after `phrase` (pieces `start..<end`) is a noun's modifier and
    /// the number before it a year: a bare four-digit number from 1900 to 2099, not a round
    /// hundred (`2000 rupee notes` are money), before a name written in words whose last word
    /// is in lower case, then a lower-case word that no amount of money is followed by, a noun
    /// the name qualifies (`the 1997 Thai baht crisis`, `Since 2013 Japan yen weakness`; not
    /// `1997 Thai baht for each`, `1950 pesos were paid`). A noun's modifier is a separate word
    /// in the singular, so a name fused by a hyphen (`a 1500-rupee fine`) or written in a
    /// plural of its own (`paid 1450 pesos cash`, `1250 dlrs fob`) stays money.
    func isYearBeforeCurrencyName(_ phrase: NumberPhrase, unit: UnitTable.Unit, start: Int, end: Int) -> Bool {
        guard end < pieces.count, phrase.end == phrase.first + 1, start == phrase.end, !pieces[start].attached,
            isWordPiece(start), let numeral = pieces[phrase.first].numeral,
            numeral.form == .plain, !numeral.hasSeparators, !numeral.hasPoint, !numeral.isSigned, numeral.leadingDigits == 4
        else { return false }
        let year = phrase.value.double
        guard (1900...2099).contains(year), year.truncatingRemainder(dividingBy: 100) != 0,
            isWordPiece(end - 1), isLowercaseLetter(pieces[end - 1].start), isWordPiece(end), isLowercaseLetter(pieces[end].start),
            !isPluralName(end - 1, of: unit)
        else { return false }
        let next = lowercased(end)
        return !Self.afterAmount.contains(next) && !Self.finiteVerbs.contains(next) && !Self.afterMoney.contains(next)
    }

    /// Whether piece `index`, the last word of a currency's name as written, is a plural: it
    /// ends in `s` and is not the last word of the unit's name (`pesos`, `rupees`, `dlrs`; not
    /// `baht`, `yen`, nor `lats`, a singular).
    private func isPluralName(_ index: Int, of unit: UnitTable.Unit) -> Bool {
        guard text[pieces[index].end - 1] | 0x20 == UInt8(ascii: "s") else { return false }
        return lowercased(index) != CurrencyCatalog.lastWord(of: unit.name)
    }

    /// Lower-case words that follow an amount of money in news besides `afterAmount` and
    /// `finiteVerbs`: what it is worth, how often it is paid, comparisons.
    static let afterMoney: WordSet = [
        "of", "worth", "more", "less", "apiece", "annually", "monthly", "yearly", "daily", "weekly", "higher", "lower",
        "up", "down", "into", "over", "under", "as", "that", "which", "who", "were", "are", "is", "was", "be", "being",
        "been", "plus", "minus", "instead", "only", "then", "now", "since", "until", "through", "toward", "towards",
    ]

    private func isLowercaseLetter(_ offset: Int) -> Bool {
        text[offset] &- UInt8(ascii: "a") < 26
    }
}
