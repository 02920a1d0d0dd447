/// Numbers that are part of a name or a label, not quantities: a number before a ticker
/// (`3M <MMM>`), a title-case number word in a name (`Boston Five`), a number labelled by
/// capitals (`NAB 12`) or after a name as its model (`Ariane 4 launches`), an ordinal that
/// names a kind (`third party`), a capitalised `First` before
/// a capitalised word (`First Brands`, `First City`; but `First Quarter`, `First Meeting` stay
/// positions),
/// a number before `series` (`the 400 series`, `7 Series`), and a number after a label word
/// written with a capital or fused to a letter (`Seat 11A`, `Gate B12`, `Flight 370`,
/// `Route 66`, `Section 11`).
extension MentionReader {
    /// Label words whose number is an identifier: written with a capital (`Flight 370`), or
    /// in any case before a number fused to a letter (`seat 11A`).
    static let labelWords: WordSet = [
        "seat", "gate", "row", "room", "flight", "platform", "terminal", "route", "highway", "interstate", "suite",
        "section", "article", "chapter", "exhibit", "schedule", "appendix", "annex", "amendment", "proposition",
        "clause", "paragraph", "title", "pier", "berth", "ward", "precinct", "district", "channel", "track", "bay",
        "lane", "apartment", "apt", "locker", "cell", "form", "rule", "bus", "train", "tier", "series", "model", "unit",
        "units", "type", "version", "block", "local", "phase",
    ]

    /// Label words of a report's parts and a list's places, which name the whole number after
    /// them written with a capital when no unit follows it (`Table 4`, `Figure 2`, `Note 12`,
    /// `Item 7`, `Page 3`, `No. 5`; not a title-case headline's `Jobs Figure 2.3 Mln`).
    static let partLabels: WordSet = ["table", "figure", "fig.", "note", "item", "page", "no."]

    /// Words after a capitalised `First` that keep it a position (`First Meeting`, `First Round`).
    static let eventWords: Set<String> = [
        "meeting", "conference", "congress", "session", "annual", "round", "edition", "anniversary", "summit", "forum",
        "festival", "games", "place", "prize", "division", "class", "half", "quarter", "time", "stage", "phase", "test",
        "step", "part", "chapter", "game", "leg", "day", "week", "year", "season", "episode", "volume", "book",
    ]

    /// Last words of the comparators a year-shaped number may follow (`more than 1500`,
    /// `at least 2000`): only after these, `up to` and `in excess of`, `upwards of`, `a
    /// maximum of` is `modifierBefore` asked (years follow `to` and `of` all the time).
    static let boundEnds: WordSet = ["than", "least", "most", "over", "under", "above", "below", "exceeding"]

    /// Whether `over` at piece `index` is a preposition that the word or amount before it
    /// takes, not the comparator "more than": right after a mention (`6 bln dlrs over three
    /// years`, `a rise of 5 pct over 1985`: a span of time, a base of comparison), or after a
    /// head of `overHeads` (`control over one of the nation's largest airlines`, `a dispute
    /// over two cargoes`, `took over three banks`). `just over`, `well over` stay bounds.
    func isPrepositionOver(at index: Int) -> Bool {
        // Over 240 mln bushels: a capital opens a sentence, where over bounds; in a title-case
        // headline it follows its head (Mexico Takes Over Two Small Banks)
        guard index > 0, !startsParagraph(index) else { return false }
        let head = index - 1 >= floor && Self.overHeads.contains(lowercased(index - 1))
        guard text[pieces[index].start] == UInt8(ascii: "o") else { return head }
        return index == floor || head
    }

    /// Words that take `over` as their preposition or particle: nouns of control, dispute,
    /// concern and comparison, and verbs whose particle it is (take, hand, turn, roll, carry
    /// over) or that spread a sum over a time (reschedule, repay, spread, payable over).
    static let overHeads: Set<String> = {
        var words: Set<String> = [
            "control", "power", "powers", "authority", "influence", "sovereignty", "jurisdiction", "sway", "grip",
            "dispute", "disputes", "row", "rows", "quarrel", "wrangle", "wrangling", "talks", "negotiations",
            "differences", "disagreement", "disagreements", "conflict", "battle", "fight", "feud", "clash", "clashes",
            "war", "struggle", "standoff", "stalemate", "boycott", "protest", "protests", "concern", "concerns",
            "worries", "uncertainty", "anger", "victory", "lead", "edge", "advantage", "premium", "improvement",
            "payable", "repayable", "take", "takes", "taking", "took", "taken", "spread", "spreading", "spreads",
            "carry", "carries", "carried", "carrying", "repay", "repays", "repaid", "repaying",
        ]
        // regular verbs: a particle's (hand over) or a sum spread over a time's (rescheduled over)
        for stem in ["hand", "turn", "roll", "reschedule", "stretch", "amortize", "amortise", "phase", "disburse", "preside",
            "prevail"]
        {
            let silentE = stem.hasSuffix("e")
            words.insert(stem)
            words.insert(stem + (stem.hasSuffix("h") ? "es" : "s"))
            words.insert(stem + (silentE ? "d" : "ed"))
            words.insert((silentE ? String(stem.dropLast()) : stem) + "ing")
        }
        return words
    }()

    /// Whether the word `before` piece `index` may end a comparator (cheap: one look-up, two
    /// for `to` and `of`).
    func mayBeBounded(_ index: Int, before: String) -> Bool {
        if Self.boundEnds.contains(before) { return true }
        guard before == "to" || before == "of", let earlier = precedingWord(index - 1) else { return false }
        return before == "to" ? earlier == "up" : ["excess", "upwards", "maximum", "minimum"].contains(earlier)
    }

    /// Whether `phrase`, with nothing fused before it, names something rather than counts it.
    /// Cheap for most numbers: lengths are compared before any word is made.
    @inline(__always)
    func isName(_ phrase: NumberPhrase) -> Bool {
        let first = phrase.first
        if phrase.end < pieces.count, isTickerAfter(phrase.end) { return true }  // 3M <MMM>: a company's name
        if phrase.end < pieces.count, pieces[phrase.end].end - pieces[phrase.end].start == 6,
            lowercased(phrase.end) == "series", let numeral = pieces[first].numeral,
            !numeral.hasSeparators, phrase.end == first + 1, !isSeriesLetter(phrase.end + 1)
        {
            return true  // the 400 series, the 7 Series: a model line; 25,000 Series B warrants are a count
        }
        if phrase.end < pieces.count, case .ordinal(let rank)? = pieces[phrase.end - 1].word, rank <= 7,
            isKindOrdinal(rank, before: phrase.end, first: first)
        {
            return true  // third parties, the Third World, second-hand, a sixth sense: a kind, not a position
        }
        if phrase.form == .ordinal, phrase.end == first + 1, phrase.value.double == 1, pieces[first].word != nil,
            isTitleCase(first), phrase.end < pieces.count, isTitleCase(phrase.end), pieces[phrase.end].word == nil,
            !Self.timeWords.contains(lowercased(phrase.end)), !Self.eventWords.contains(lowercased(phrase.end)),
            !isMonth(phrase.end)
        {
            // First Brands, First City Bancorp: a company's name; but a headline in title case
            // (Nepal Gets First Female Leader) keeps its ordinals
            let company = (phrase.end + 1..<min(pieces.count, phrase.end + 4)).contains { Self.companyWords.contains(lowercased($0)) }
            if company || !isTitleCaseAround(first, phrase.end) { return true }
        }
        if isCapitalFirstOfAName(phrase) { return true }  // FIRST TENNESSEE <FTEN>, FIRST BOSTON INC
        if phrase.end == first + 1, phrase.form == .cardinal, pieces[first].word != nil, isTitleCase(first),
            isCapitalisedNumberName(first)
        {
            return true  // Boston Five chairman, Trump's One Big Beautiful Bill Act
        }
        if isGroupOfNumber(first) { return true }  // the Group of Seven, the Group of 77
        if isPointLabel(first) { return true }  // clause point five, section point two
        if isNumberLabel(phrase) { return true }  // wore number 23, the number 7 shirt
        if isVersionAfterProduct(phrase) { return true }  // iOS 17.2, Android 14.1, Bluetooth 5.3
        if isSeriesLabel(phrase) { return true }  // band two, units one and two, phase 1
        // the byte checks first: most numbers have neither a capitalised word before nor a letter fused after
        guard pieces[first].numeral != nil, first > 0 else { return false }
        let labelLength = pieces[first - 1].end - pieces[first - 1].start
        if phrase.end == first + 1, labelLength <= 7, text[pieces[first - 1].start] &- UInt8(ascii: "A") < 26,
            isIndexName(before: first)
        {
            return true  // FTSE 100, S&P 500, Fortune 500
        }
        if phrase.end == first + 1, (2...5).contains(labelLength), !pieces[first].attached, isCapitalWord(first - 1),
            isUppercaseCode(first) || labelLength >= 3 && isVariantNumber(first)
        {
            return true  // NAB 12, RRIM 725, SMR 20, DPS 7000: a grade, clone or model; the 737 MAX 9
        }
        if phrase.end == first + 1, labelLength >= 3, !pieces[first].attached, isTitleCase(first - 1) || isCamelCaseName(first - 1),
            isModelAfterName(first)
        {
            return true  // Ariane 4 launches, an Intel 80386-based computer, the Motorola 68020 chip, the iPhone 16 sold
        }
        guard (2...12).contains(labelLength) else { return false }
        if phrase.end == first + 1, phrase.end < pieces.count, labelLength >= 3, text[pieces[first].end] == UInt8(ascii: "-"),
            isLetterCode(after: first),
            isTitleCase(first - 1) || isCapitalWord(first - 1)
        {
            return true  // Mission 51-L, Route 9-A, STS 41-B: a designation with a letter, no quantity
        }
        let fusedLetter = phrase.end < pieces.count && pieces[phrase.end].attached && isWordPiece(phrase.end)
        let labelled = fusedLetter || isTitleCase(first - 1)
        // section 14 of the act, article 50 of the treaty: a law's part, in any case
        guard labelled || isOfAnArticle(at: phrase.end), let label = precedingWord(first) else { return false }
        guard labelled else { return Self.legalLabels.contains(label) }
        if Self.labelWords.contains(label) { return true }
        guard Self.partLabels.contains(label), phrase.end == first + 1, let numeral = pieces[first].numeral,
            !numeral.hasPoint, !numeral.hasSeparators
        else { return false }
        return unit(after: phrase) == nil
    }

    /// Whether piece `index` is a label word of `labelWords` or `partLabels` in any case
    /// (`clause`, `section`, `paragraph`, `item`).
    func isLabelWord(_ index: Int) -> Bool {
        isWordPiece(index) && (lowercased(index, isIn: Self.labelWords) || lowercased(index, isIn: Self.partLabels))
    }

    /// Whether the number words at `first` follow a label word and `point` (`Read clause point
    /// five.`, `See section point two`, `paragraph point four`): the part's number said aloud,
    /// a label as `Section 5` is, not a decimal (numbers28; `The gap is point five.` stays 0.5).
    @inline(__always)
    func isPointLabel(_ first: Int) -> Bool {
        guard first >= 2, case .point? = pieces[first - 1].word, pieces[first].word != nil else { return false }
        return isLabelWord(first - 2)
    }

    /// Whether `phrase` is a whole number after the word `number` in lower case, as `No. 10`
    /// and `Number 10` are labels (`wore number 23`, `the number 7 shirt`, `the number 2
    /// seed`; numbers28): no unit, word of time or `of` after it (`the number 3 times`, `raise
    /// the number 5 percent` stay quantities).
    @inline(__always)
    func isNumberLabel(_ phrase: NumberPhrase) -> Bool {
        let first = phrase.first
        // the word's length and first byte before anything else
        guard first > 0, pieces[first - 1].end - pieces[first - 1].start == 6, text[pieces[first - 1].start] == UInt8(ascii: "n"),
            phrase.end == first + 1, isWord(first - 1, "number"), let numeral = pieces[first].numeral, numeral.form == .plain,
            !numeral.hasSeparators, !numeral.hasPoint, !numeral.isSigned, !pieces[first].attached
        else { return false }
        if phrase.end < pieces.count {
            let next = lowercased(phrase.end)
            guard !Self.timeWords.contains(next), next != "of", next != "to", next != "-" else { return false }
        }
        return unit(after: phrase) == nil
    }

    /// Whether `phrase` is a dotted version number after the name of a piece of software or
    /// a standard: digits with a point alone, after a word of `productNames` or a word of
    /// three letters or more that starts in lower case and ends in a capital `OS` (`iOS`,
    /// `macOS`, `iPadOS`; not the firms `eBay`, `iRobot`, whose prices tables print after
    /// the name). A whole number is a version too after the name written as a name, in title
    /// case or as an `OS` is, in sentence-case text (`Windows 11 is out`, `Python 3 users`,
    /// `iOS 18`: numbers26's leftover, read as 11); after the word in lower case or in a
    /// capitals headline it stays a number (`cleaned the windows 3 times`, `WINDOWS 11 SALES`).
    /// One with a unit after it is a quantity (`Android 71.7%`, `iPhone 6.1-inch`).
    func isVersionAfterProduct(_ phrase: NumberPhrase) -> Bool {
        let first = phrase.first
        guard first > 0, phrase.end == first + 1, let numeral = pieces[first].numeral else { return false }
        let (start, end) = (pieces[first - 1].start, pieces[first - 1].end)
        guard (2...10).contains(end - start) else { return false }
        // a whole number: the bytes of the name's case first, a capital then a small letter or
        // a closing `OS` (most numbers stop here)
        if !numeral.hasPoint {
            guard text[start] &- UInt8(ascii: "A") < 26 && text[start + 1] &- UInt8(ascii: "a") < 26
                || text[end - 1] == UInt8(ascii: "S") && text[end - 2] == UInt8(ascii: "O")
            else { return false }
        }
        guard !numeral.isSigned, !numeral.hasSeparators, !pieces[first].attached, isWordPiece(first - 1) else { return false }
        let system = isOperatingSystemName(first - 1)
        guard system || lowercased(first - 1, isIn: Self.productNames) else { return false }
        guard numeral.hasPoint || isSentenceCase(around: first) else { return false }
        // a share or a measure of the product is a quantity: `Android 71.7%`, `iPhone 6.1-inch`
        guard phrase.end < pieces.count else { return true }
        if pieces[phrase.end].attached && NumberNotation.fusesOn(text[pieces[phrase.end].start]) { return false }
        return unit(after: phrase) == nil
    }

    /// Whether piece `index` is an operating system's name in camel case: letters only, three
    /// or more, the first in lower case and the last two `OS` (`iOS`, `macOS`, `watchOS`;
    /// `ex-Miami 103.00N` in a price table and `eBay 45.23` are no product).
    private func isOperatingSystemName(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start >= 3, text[piece.start] &- UInt8(ascii: "a") < 26,
            text[piece.end - 2] == UInt8(ascii: "O"), text[piece.end - 1] == UInt8(ascii: "S")
        else { return false }
        return (piece.start + 1..<piece.end).allSatisfy { (text[$0] | 0x20) &- UInt8(ascii: "a") < 26 }
    }

    /// Software and standards that news names with a version number after them.
    static let productNames: WordSet = [
        "ios", "android", "windows", "ubuntu", "debian", "fedora", "linux", "firefox", "python", "php", "perl", "kotlin",
        "bluetooth", "usb", "html", "http", "wifi", "photoshop",
    ]

    /// Nouns that make a fixed compound with an ordinal, by the ordinal, in which it names a
    /// kind and not a position in a series: the lexicalised ordinal compounds of WordNet 3.0
    /// (nouns and adjectives) whose gloss names no place in an order (`third party`, `Third
    /// World`, `second hand`, `third-hand` (WordNet's `thirdhand`), `second nature`, `fifth
    /// column`, `sixth sense`, `first aid`, `first lady`, `second-rate`), and `third country` (EU usage for a state outside the Union,
    /// the same outsider sense of `third` as `third party`). Left out are compounds a text also
    /// uses as positions (`first class` of applicants, `first person` to do it, `second best`
    /// year, `first world` share index); plurals are listed where the compound takes one, and the
    /// forms of WordNet's verb `second-guess`, which a hyphenated ordinal reaches since its word
    /// is read apart (`third-party`, `second-guessing`).
    static let kindOrdinals: [Int: Set<String>] = [
        1: ["aid", "lady", "hand", "rate"],
        2: ["hand", "nature", "thought", "thoughts", "wind", "fiddle", "sight", "rate", "string", "guess", "guesses", "guessed",
            "guessing"],
        3: ["party", "parties", "world", "country", "countries", "rate", "hand"],
        4: ["estate"],
        5: ["column", "columnist", "columnists"],
        6: ["sense"],
        7: ["heaven"],
    ]

    /// Heads of `kindOrdinals` that are kinds only when fused by a hyphen (`second-rate`,
    /// `second-string`; a `third rate cut` is the third cut).
    static let hyphenOnlyKinds: Set<String> = ["rate", "string"]

    /// Whether the ordinal `rank` ending before piece `head` makes a compound of
    /// `kindOrdinals` with it (the head right after, or after a fused hyphen): `the third
    /// country to sign` counts countries, so a singular `country` after `the` is a position.
    func isKindOrdinal(_ rank: Int, before head: Int, first: Int) -> Bool {
        guard let heads = Self.kindOrdinals[rank] else { return false }
        var noun = head
        let hyphen = lowercased(head) == "-" && pieces[head].attached && head + 1 < pieces.count && pieces[head + 1].attached
        if hyphen { noun += 1 }
        // second-rate in one word: the hyphen is no piece, the word after it starts right after it
        let fused = hyphen || pieces[head].start == pieces[head - 1].end + 1 && text[pieces[head - 1].end] == UInt8(ascii: "-")
        let word = lowercased(noun)
        guard heads.contains(word), fused || !Self.hyphenOnlyKinds.contains(word) else { return false }
        return word != "country" || precedingWord(first) != "the"
    }

    /// Whether the number word at `index`, written in title case, is part of a name: English
    /// writes a number word with a capital only at a sentence's start, in a headline in title
    /// case, or in a name. So a title-case number word that opens no sentence, stands in
    /// sentence-case text (`isSentenceCase`), and has a title-case word right before or after
    /// it (no month, day or time word) is in a name: `Boston Five chairman`, `Trump's One Big
    /// Beautiful Bill Act`, `the Big Three automakers`, `the Boston Five Cents Savings Bank`.
    func isCapitalisedNumberName(_ index: Int) -> Bool {
        guard index > 0, !opensSentence(index) else { return false }
        let nameBefore = isTitleCase(index - 1) && !isTimeOrMonth(index - 1)
        let nameAfter = index + 1 < pieces.count && isTitleCase(index + 1) && !isTimeOrMonth(index + 1)
            && !Self.eventWords.contains(lowercased(index + 1))
        return (nameBefore || nameAfter) && isSentenceCase(around: index)
    }

    /// Whether piece `index` is a month, a day of the week or a word of time, in full or
    /// abbreviated (`March Five`, `Day One`, `Six Mths` stay dates and counts).
    private func isTimeOrMonth(_ index: Int) -> Bool {
        let word = lowercased(index)
        return isMonth(index) || Self.timeWords.contains(word) || Self.timeAbbreviations.contains(word)
    }

    /// Abbreviated words of time, as earnings tables write them (`Six Mths`, `Nine Mos`).
    static let timeAbbreviations: Set<String> = ["mths", "mth", "mos", "mo", "wks", "wk", "yrs", "yr", "qtrs", "qtr", "hrs", "hr"]

    /// Whether the number at `first` follows `Group of` with a capital G inside a sentence:
    /// the name of a body of states (the Group of Seven, Group of Five, Group of 77), not a
    /// count (`A group of 10 banks`). In capitals only the sizes of such bodies (`groupSizes`),
    /// and not after an article (`BANK GROUP OF 12 LENDERS`, `A GROUP OF 10 BANKS`).
    func isGroupOfNumber(_ first: Int) -> Bool {
        // bytes first: this runs for every number
        guard first >= 2, pieces[first - 2].end - pieces[first - 2].start == 5, text[pieces[first - 2].start] == UInt8(ascii: "G"),
            pieces[first - 1].end - pieces[first - 1].start == 2, text[pieces[first - 1].start] | 0x20 == UInt8(ascii: "o"),
            text[pieces[first - 1].start + 1] | 0x20 == UInt8(ascii: "f"), lowercased(first - 2) == "group", !opensSentence(first - 2)
        else { return false }
        guard pieces[first].numeral != nil || isTitleCase(first) || isCapitalWord(first) else { return false }
        // in capitals the capital G says nothing: only the bodies' own sizes name one
        guard text[pieces[first - 1].start] == UInt8(ascii: "O"), text[pieces[first - 1].start + 1] == UInt8(ascii: "F") else { return true }
        // A GROUP OF 10 BANKS: an article makes it a count
        guard first < 3 || !(isWord(first - 3, "a") || isWord(first - 3, "an")),
            let size = NumberPhrase.parse(pieces, at: first, text: text)?.value, size.isInteger
        else { return false }
        return Self.groupSizes.contains(Int(size.double))
    }

    /// The sizes of the bodies of states named `Group of N` (G2, G3, G5, G6, G7, G8, G10, G15,
    /// G20, G24, G30, G33, G77), which a headline in capitals names too (`GROUP OF SEVEN
    /// MEETS`); any other size there counts (`BANK GROUP OF 12 LENDERS`).
    static let groupSizes: Set<Int> = [2, 3, 5, 6, 7, 8, 10, 15, 20, 24, 30, 33, 77]

    /// Nouns that name a member of a series by the number right after them, in any case and
    /// in words or digits: `in band two`, `units one and two`, `phase 1`, `tier one`.
    static let seriesLabels: WordSet = [
        "band", "bands", "unit", "units", "zone", "zones", "phase", "phases", "stage", "stages", "tier", "tiers",
        "reactor", "reactors", "type",
    ]

    /// `seriesLabels` looked up by bytes (`lowercaseValue`).
    static let seriesLabelBytes = ByteSet(keys: seriesLabels)

    /// Words before a series label that make it a plain noun, the number after it a count
    /// (`at that stage two banks`, `in the first round two players`).
    static let beforePlainNoun: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "each", "every", "its", "their", "his", "her", "our", "your",
        "first", "second", "third", "last", "next", "final", "one", "another", "any", "no",
    ]

    /// Whether `phrase` is the label of a member of a series: a whole number below a hundred,
    /// without a scale, a unit or a hyphen after it (`grade 2-3`, `STAGE ONE-DAY STRIKE`), right
    /// after a series label (`seriesLabels`) or after labels of the same list written the same
    /// way (`units one and two`, `bands 1, 2 and 3`; not `type 2 and three Zaire`), in the same
    /// paragraph; not after an article or a determiner, where the noun ends a phrase and the
    /// number counts what follows.
    func isSeriesLabel(_ phrase: NumberPhrase) -> Bool {
        var label = phrase.first - 1
        // bytes first: a label word has four to eight letters, a join one to three
        guard label >= 0, phrase.form == .cardinal, !phrase.hasScale, pieces[label].end - pieces[label].start <= 8,
            phrase.value.isInteger, phrase.value.double < 100
        else { return false }
        let digits = pieces[phrase.first].numeral != nil
        // at most eight items back (`units 1, 2, 3, 4, 5, 6 and 7`): a longer run of numbers
        // is a table, not a list of labels
        for _ in 0..<8 {
            guard label >= 2, isListJoin(label), digits ? pieces[label - 1].numeral != nil : pieces[label - 1].word != nil else { break }
            label -= 2
        }
        guard (4...8).contains(pieces[label].end - pieces[label].start), lowercaseValue(label, in: Self.seriesLabelBytes) != nil,
            phrase.end >= pieces.count || text[pieces[phrase.end - 1].end] != UInt8(ascii: "-"),
            unit(after: phrase) == nil, !breaksParagraph(label, phrase.first)
        else { return false }
        if let numeral = pieces[phrase.first].numeral, numeral.hasSeparators || numeral.hasPoint || numeral.isSigned { return false }
        guard label > 0 else { return true }
        if lowercased(label - 1, isIn: Self.beforePlainNoun) { return false }
        // `sold 400 units 20 days ago`, `three units two of them idle`: after a number a plural
        // label is the noun it counts, and the next number counts something else
        let plural = text[pieces[label].end - 1] | 0x20 == UInt8(ascii: "s")
        return !(plural && (pieces[label - 1].numeral != nil || pieces[label - 1].word?.startsNumber == true))
    }

    /// Whether piece `index` joins the items of a list: `and`, `or`, a comma.
    func isListJoin(_ index: Int) -> Bool {
        isComma(index) || isWord(index, "and") || isWord(index, "or")
    }

    /// Whether piece `index` opens a sentence, a paragraph or a quotation: the text's first
    /// piece, or after `.`, `!`, `?`, `:`, an opening quote or bracket, an abbreviation's full
    /// stop (`Ltd. One tranche`), or a paragraph break (a headline's end).
    func opensSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        if isSentenceStart(index) || Self.clauseOpeners.contains(lowercased(index - 1)) { return true }
        return text[pieces[index - 1].end - 1] == UInt8(ascii: ".") || startsParagraph(index)
    }

    /// Whether a blank line, or a line break and an indent, comes before piece `index`: a
    /// paragraph starts there (a wire story's body after its headline).
    func startsParagraph(_ index: Int) -> Bool {
        var k = pieces[index - 1].end
        let end = pieces[index].start
        while k < end && text[k] != UInt8(ascii: "\n") { k += 1 }
        guard k + 1 < end else { return false }
        return Self.isBlank(text[k + 1])
    }

    /// Whether `byte` is a space, a tab or a line break (`\n`, `\r`).
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static let clauseOpeners: Set<String> = [":", "\"", "“", "‘", "'", "(", "[", "-", "—", "–"]

    /// Words a title-case headline writes in lower case (articles, conjunctions, short
    /// prepositions): a lower-case word that is none of these marks sentence-case text.
    static let headlineMinorWords: WordSet = [
        "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs", "from",
        "into", "via", "per", "up", "off", "out", "over",
    ]

    /// Whether a word of two letters or more (not the `s` of a possessive) within eight pieces
    /// of `index`, in its paragraph, starts with a lower-case letter and is no
    /// `headlineMinorWords`: text in sentence case, where a capital marks a name, not a
    /// headline in title case or in capitals (nor the story after a headline).
    func isSentenceCase(around index: Int) -> Bool {
        var k = index - 1
        while k >= max(0, index - 8) && !startsParagraph(k + 1) {
            if isLowercaseWord(k) { return true }
            k -= 1
        }
        k = index + 1
        while k < min(pieces.count, index + 9) && !startsParagraph(k) {
            if isLowercaseWord(k) { return true }
            k += 1
        }
        return false
    }

    /// Whether piece `index` is a word of two letters or more that starts in lower case and
    /// is no `headlineMinorWords`.
    private func isLowercaseWord(_ index: Int) -> Bool {
        guard pieces[index].end - pieces[index].start >= 2, isWordPiece(index) else { return false }
        let letter = text[pieces[index].start]
        return letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") && !lowercased(index, isIn: Self.headlineMinorWords)
    }

    /// Whether the whole number at `index`, after a word of two to five capitals, is a code
    /// that the capitals label (`NAB 12`, `RRIM 725`, `SMR 20`, `DPS 7000`, `ETA 10`): in
    /// sentence-case text (a headline in capitals writes every word so), the capitals no
    /// word of the table's own (`VS`, `NET`, a month) and after no capitals or figure (a row),
    /// the number plain and no year (`GKN 1986 pretax profit`), and nothing after it that makes
    /// it an amount: no unit or scale, no range or change (`GMK 30 to 8.50`), no figure or
    /// bracket (`SHG 110 (108)`), no year noun or word of time (`FY 1988 budget`, `US 30 year
    /// bonds`).
    func isUppercaseCode(_ index: Int) -> Bool {
        guard let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasSeparators, !numeral.hasPoint,
            !numeral.isSigned, !(pieces[index].end - pieces[index].start == 4 && (1900...2099).contains(numeral.value.double)),
            !isCapitalWord(index - 2), !(index >= 2 && pieces[index - 2].numeral != nil),
            !isMonth(index - 1), !Self.capitalTableWords.contains(lowercased(index - 1))
        else { return false }
        let end = index + 1
        if end < pieces.count {
            // USDA 7-state, 100-mln-dlr: a number-noun adjective, an amount
            guard !(pieces[end].attached && isWordPiece(end)), text[pieces[index].end] != UInt8(ascii: "-") else { return false }
            let next = lowercased(end)
            guard pieces[end].numeral == nil, pieces[end].word == nil || next == "and" || next == "or",
                !Self.rangeWords.contains(next), !Self.timeWords.contains(next), !Self.yearNouns.contains(next),
                !isClockTime(before: end)
            else { return false }
            // KRS 21 and PPN 2058: a list of codes; 10 and 20, 5 or 6: two figures
            if next == "and" || next == "or", end + 1 < pieces.count, pieces[end + 1].numeral != nil || pieces[end + 1].word != nil {
                return false
            }
            let phrase = NumberPhrase(first: index, end: end, value: numeral.value, form: .cardinal, hasWords: false, hasScale: false)
            guard unit(after: phrase) == nil else { return false }
        }
        return isSentenceCase(around: index)
    }

    /// Whether the whole number at `index`, after a name in title case or camel case, is a model,
    /// a version or a mission of it (`Ariane 4 launches`, `Intel 80386-based`, `Motorola 68020
    /// chip`, `Mazda 626 saloon`, `the iPhone 16 sold`, `Apollo 13 turned back`): the number
    /// plain and no year, the name no month, day or word of time, nor a table's word (`Div 50
    /// won`), and a lower-case word right after the number that makes no amount of it (no unit,
    /// scale, word of time, year noun, `points`, verb of change, word of degree, nor a word a
    /// headline writes in lower case; `Fujitsu 14 additional chips` stays a count), in
    /// sentence-case text (`the Nikkei 7 rose` stays a level). How the name is decided, by the
    /// word before it (numbers28):
    /// - after any other word (a determiner, a possessive, a figure, a preposition, another
    ///   capitalised word, a verb of one object), the name is a name (`the Boeing 777 carried`,
    ///   `of Ariane 4 launches`);
    /// - after a verb that takes two objects (`told Congress 40 banks`, `sent Taylor 500
    ///   letters`; `ditransitiveVerbs`) or a capitalised preposition that opens the sentence (`In
    ///   Boston 3 schools closed`), the capitalised word is the verb's first object or the place
    ///   of the clause, and the number counts the plural noun after it; before any other word it
    ///   stays a name (`bought Boeing 767 aircraft`, `said Systems 4 provides`);
    /// - a name that opens the sentence is one only when it is no word of `sentenceOpeners`
    ///   (`About 150 staff`, `Some 300 were hurt`, `The 24 nations`) and a verb follows the
    ///   number: a past form in `-ed`, an auxiliary or a modal (`Apollo 13 turned back`,
    ///   `Artemis 3 was delayed`, `Voyager 1 is far away`, `Artemis 2 will carry`); before a noun
    ///   it stays a count, as an imperative's is (`Add 3 eggs`, `Press 1 for help`, `Pixel 9
    ///   owners` too, left).
    /// A country's figure in a table (`Brazil 150, Argentina 200`) and a poll's share (`Labour
    /// 40 pct`) stay numbers.
    func isModelAfterName(_ index: Int) -> Bool {
        let end = index + 1
        guard end < pieces.count, let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasSeparators,
            !numeral.hasPoint, !numeral.isSigned, !(pieces[index].end - pieces[index].start == 4 && (1900...2099).contains(numeral.value.double)),
            pieces[end].word == nil, pieces[end].numeral == nil, isWordPiece(end)
        else { return false }
        // the byte tests first: most numbers after a capitalised word open no name's
        let lowerAfter = text[pieces[end].start] &- UInt8(ascii: "a") < 26
        // a word of one or two letters is no model's noun, suffix or verb of the name's but `is`
        // (`Voyager 1 is`): two byte tests spare the rest for `in`, `to`, `of` (review79)
        let afterLength = pieces[end].end - pieces[end].start
        guard afterLength >= 3 || afterLength == 2 && text[pieces[end].start] == UInt8(ascii: "i") && text[pieces[end].start + 1] | 0x20 == UInt8(ascii: "s")
        else { return false }
        guard lowerAfter || isModelSuffix(end), !isTimeOrMonth(index - 1), !isTimeOrMonth(end) else { return false }
        if opensSentence(index - 1) {
            // Apollo 13 turned back, Artemis 3 was delayed; not About 150 staff, Add 3 eggs
            guard lowerAfter, !lowercased(index - 1, isIn: Self.sentenceOpeners), !isSentenceAdverb(index - 1) else { return false }
            let next = lowercased(end)
            // a plural verb keeps the name: a team's or a band's takes one (`Schalke 04 were
            // beaten`, `Maroon 5 are touring`: review85), and `Police 5 were hurt` is left
            guard isVerbAfterName(next), !Self.changeVerbs.contains(next), !Self.capitalTableWords.contains(lowercased(index - 1))
            else { return false }
            let phrase = NumberPhrase(first: index, end: end, value: numeral.value, form: .cardinal, hasWords: false, hasScale: false)
            return unit(after: phrase) == nil && isSentenceCase(around: index)
        }
        let next = lowercased(end)
        let verbAfter = lowerAfter && isVerbAfterName(next) && !Self.changeVerbs.contains(next)
            && !Self.capitalTableWords.contains(lowercased(index - 1))
        guard verbAfter || (isLowercaseWord(end) || isModelSuffix(end)) && pieces[end].end - pieces[end].start >= 3 else { return false }
        // Intel 80386-based: a participle takes the model as its base; Heron Cay 610-site counts sites
        if text[pieces[index].end] == UInt8(ascii: "-") && !next.hasSuffix("ed") && next != "compatible" { return false }
        guard !Self.yearNouns.contains(next), !Self.levelWords.contains(next), !Self.rangeWords.contains(next),
            verbAfter || !Self.capitalTableWords.contains(next), !Self.changeVerbs.contains(next), !Self.degreeWords.contains(next),
            !Self.capitalTableWords.contains(lowercased(index - 1))
        else { return false }
        // told Congress 40 banks, In Boston 3 schools: the object or the place, then a count
        if isPluralNoun(end), index >= 2, isObjectOrPlace(index - 2) { return false }
        let phrase = NumberPhrase(first: index, end: end, value: numeral.value, form: .cardinal, hasWords: false, hasScale: false)
        return unit(after: phrase) == nil && isSentenceCase(around: index)
    }

    /// Whether piece `index`, before a capitalised word, makes that word an object or a place
    /// rather than a name's head: a verb that takes two objects (`told`, `gave`, `owes`:
    /// `ditransitiveVerbs`; `said Systems 4 provides` keeps the name), or a capitalised
    /// preposition that opens the sentence (`In`).
    /// A label noun written with a capital (`For Level 2 stations`, `In Phase 2 trials`, `to
    /// Route 66 drivers`) is the name's head whatever comes before it (review79: `rankLabels`,
    /// `labelWords`, `seriesLabels`, `partLabels`).
    private func isObjectOrPlace(_ index: Int) -> Bool {
        guard isWordPiece(index), pieces[index].numeral == nil, pieces[index].word == nil, !isRankOrLabel(index + 1)
        else { return false }
        if text[pieces[index].start] &- UInt8(ascii: "a") < 26 { return Self.ditransitiveVerbs.contains(lowercased(index)) }
        return opensSentence(index) && lowercased(index, isIn: Self.headlineMinorWords)
    }

    /// Whether piece `index` is a label noun in any case: a rank (`Level 2`, `Grade 5`,
    /// `Category 4`) or a word of `labelWords`, `seriesLabels` or `partLabels`.
    private func isRankOrLabel(_ index: Int) -> Bool {
        guard index < pieces.count, isWordPiece(index) else { return false }
        return lowercased(index, isIn: Self.rankLabels) || isLabelWord(index) || lowercaseValue(index, in: Self.seriesLabelBytes) != nil
    }

    /// Nouns of a rank in a graded scale, which name the step by the number after them
    /// (`Level 2 chargers`, `Grade 5 pupils`, `Category 4 storms`, `Class 3 drugs`).
    static let rankLabels: WordSet = ["level", "levels", "grade", "grades", "category", "class", "step", "rank", "degree"]

    /// The forms of the English verbs that take an indirect object before a direct one (`gave
    /// Apple 30 days`, `owes Barclays 30 payments`): the dative verbs of giving, sending,
    /// telling, paying and showing. Not the verbs whose one object is most often the thing
    /// itself, a product with its model (`bought Boeing 737 jets`, `sold Airbus 320 planes`,
    /// `got Pixel 7 phones`, `won Formula 1 races`: buy, sell, get, win, bring, leave, save,
    /// read, write, throw, pass, mail, feed; review79).
    static let ditransitiveVerbs: Set<String> = {
        var forms: Set<String> = [
            "gave", "given", "sent", "told", "paid", "showed", "shown", "lent", "taught", "owed", "handed", "offered",
            "granted", "awarded", "promised", "charged", "allowed", "denied", "cost", "wished", "fined", "asked",
        ]
        for stem in ["give", "send", "tell", "pay", "show", "lend", "teach", "owe", "hand", "offer", "grant", "award", "promise",
            "charge", "allow", "deny", "wish", "fine", "ask"]
        {
            let silentE = stem.hasSuffix("e")
            let sibilant = stem.hasSuffix("sh") || stem.hasSuffix("ss") || stem.hasSuffix("ch")
            forms.insert(stem)
            forms.insert(stem == "deny" ? "denies" : stem + (sibilant ? "es" : "s"))
            forms.insert((silentE ? String(stem.dropLast()) : stem) + "ing")
        }
        return forms
    }()

    /// Whether `word` (lowercase), after a name's number, is a verb: a past form in `-ed`, an
    /// auxiliary or a modal (`turned`, `was`, `will`).
    private func isVerbAfterName(_ word: String) -> Bool {
        Self.auxiliaries.contains(word) || Self.irregularPasts.contains(word)
            || word.count >= 4 && word.hasSuffix("ed") && !word.hasSuffix("eed")
    }

    /// The simple past of the English irregular verbs (those whose past is not in `-ed`), but
    /// for the forms that are nouns or numbers' words too (`found`, `left`, `saw`, `bit`):
    /// `Falcon 9 flew`, `Apollo 12 went`.
    static let irregularPasts: Set<String> = [
        "arose", "awoke", "became", "began", "bent", "blew", "bore", "broke", "brought", "built", "burnt", "bought",
        "caught", "chose", "clung", "came", "crept", "dealt", "dug", "dove", "drew", "dreamt", "drank", "drove",
        "dwelt", "ate", "fed", "felt", "fought", "fled", "flung", "flew", "forbade", "forgot", "forgave", "froze",
        "got", "gave", "went", "ground", "grew", "hung", "heard", "hid", "held", "hurt", "kept", "knelt", "knew",
        "laid", "led", "lent", "lay", "lit", "lost", "made", "meant", "met", "paid", "proved", "quit", "rode", "rang",
        "ran", "said", "sought", "sold", "sent", "shook", "shone", "shot", "showed", "shrank", "shut", "sang", "sank",
        "sat", "slept", "slid", "slung", "spoke", "sped", "spent", "spun", "split", "spread", "sprang", "stood",
        "stole", "stuck", "stung", "struck", "strove", "swore", "swept", "swam", "swung", "took", "taught", "tore",
        "told", "thought", "threw", "trod", "understood", "woke", "wore", "wove", "wept", "won", "wound", "wrote",
    ]

    /// Whether piece `index` is a plural noun in lower case: a word in `-s` (not `-ss`, `-us`,
    /// `-is`) of four letters or more, or an irregular plural (`people`, `staff`, `children`).
    private func isPluralNoun(_ index: Int) -> Bool {
        guard isWordPiece(index), text[pieces[index].start] &- UInt8(ascii: "a") < 26 else { return false }
        let word = lowercased(index)
        if Self.irregularPlurals.contains(word) { return true }
        return word.count >= 4 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// The plural forms of `be` (numbers30), after which a capitalised word and a hyphened pair
    /// of numbers are a label's range (`Pages 100-120 were missing`), no model's variant
    /// (`isVariantAfterName`). After a single number they keep the name (`isModelAfterName`): a
    /// team or a band takes a plural verb in British English (`Schalke 04 were beaten`, `Maroon
    /// 5 are touring`: review85).
    static let pluralVerbs: Set<String> = ["were", "are"]

    /// Whether `first-second`, fused by a hyphen, is a model and its variant after a capitalised
    /// name, no range (`The Boeing 737-800 was delayed`, `an Airbus 330-200 landed`): a name's
    /// number of three digits or more, plain, the variant after the hyphen, and a verb after it
    /// (a past form in `-ed`, an auxiliary or a modal but for `were`/`are`, as `isModelAfterName`
    /// asks of a name before a verb), in sentence-case text (numbers30). A word that opens the
    /// sentence as a closed-class word is no name (`Some 200-300 were hurt`, `The 300-400 sold`),
    /// nor a month or a table's label; a range before a noun, a unit or figures stays one
    /// (`White Corn 200-220` in a price row, `Model 300-400 units`).
    func isVariantAfterName(_ first: Quantity, _ second: Quantity) -> Bool {
        let name = first.first - 1
        let end = second.end
        guard first.unit == nil, second.unit == nil, name >= floor, name >= 0, end < pieces.count,
            first.phrase.end == first.phrase.first + 1, second.phrase.end == second.phrase.first + 1,
            let a = pieces[first.phrase.first].numeral, a.form == .plain, !a.hasPoint, !a.hasSeparators, !a.isSigned,
            a.leadingDigits >= 3, isWordPiece(name), text[pieces[name].start] &- UInt8(ascii: "A") < 26,
            isWordPiece(end), text[pieces[end].start] &- UInt8(ascii: "a") < 26, !isTimeOrMonth(name)
        else { return false }
        let next = lowercased(end)
        guard isVerbAfterName(next) || isRoundVariant(a, second, name: name) && !Self.auxiliaries.contains(next),
            !Self.changeVerbs.contains(next), !Self.pluralVerbs.contains(next), !Self.capitalTableWords.contains(lowercased(name))
        else { return false }
        if opensSentence(name), lowercased(name, isIn: Self.sentenceOpeners) || isSentenceAdverb(name) { return false }
        return isSentenceCase(around: first.phrase.first)
    }

    /// Whether the high end of `a-second` is a variant's round hundred after a model's number
    /// that is no round figure (`737-800`, `737-900`, `321-200` after a name): a range's ends are
    /// written alike (`300-400`, `250-300`: a low end of tens), a model's number and its variant
    /// are not, so before a noun too the pair is a name (`Boeing 737-800 jets`; numbers32). The
    /// name a word in title case of three letters or more: a grade's letters in a price row are
    /// no maker (`Milling M-D 395-400 unch`).
    private func isRoundVariant(_ a: Numeral, _ second: Quantity, name: Int) -> Bool {
        guard pieces[name].end - pieces[name].start >= 3, !pieces[name].attached,
            text[pieces[name].start + 1] &- UInt8(ascii: "a") < 26, text[pieces[name].start + 2] &- UInt8(ascii: "a") < 26,
            let b = pieces[second.phrase.first].numeral, b.form == .plain, !b.hasPoint, !b.hasSeparators, !b.isSigned,
            b.leadingDigits == a.leadingDigits
        else { return false }
        let low = a.value.double
        let high = b.value.double
        return high > low && high.truncatingRemainder(dividingBy: 100) == 0 && low.truncatingRemainder(dividingBy: 10) != 0
    }

    /// Auxiliaries and modals, which a name's number may stand before as the sentence's subject.
    static let auxiliaries: Set<String> = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "must",
        "should", "shall", "does", "did",
    ]

    /// Plurals not in `-s` that a count stands before.
    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "staff", "police", "personnel", "cattle", "sheep", "fish", "feet", "teeth",
        "mice", "geese", "deer", "data", "media", "crew", "troops",
    ]

    /// English closed-class words (determiners, quantifiers, pronouns, prepositions,
    /// conjunctions, and the adverbs of approximation and degree) that open a sentence before a
    /// count and are no name (`About 150 staff`, `Some 300 were hurt`, `Only 3 were found`).
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "some", "any", "all", "both", "each", "every", "another",
        "other", "such", "many", "few", "several", "most", "more", "less", "fewer", "no", "only", "just", "about",
        "around", "roughly", "approximately", "nearly", "almost", "over", "under", "above", "below", "exactly",
        "fully", "barely", "perhaps", "maybe", "at", "in", "on", "by", "for", "with", "after", "before", "since",
        "until", "from", "of", "to", "into", "within", "between", "among", "during", "through", "against", "beyond",
        "near", "without", "and", "but", "or", "so", "then", "now", "here", "there", "we", "they", "he", "she", "it",
        "you", "i", "his", "her", "its", "their", "our", "my", "your", "top", "up", "down", "plus", "minus", "last",
        "next", "past", "total", "still", "yet", "even", "also", "once", "if", "when", "while", "as", "than", "per",
        "via", "including", "excluding", "what", "which", "who", "where", "why", "how", "same", "first",
    ]

    /// Whether piece `index` is an adverb that opens a sentence before a count used as its
    /// subject (`Yesterday 40 were hurt`, `Overall 12 were arrested`, `Officially 300 were
    /// killed`; review79): a word in `-ly` of four letters or more, or one of `sentenceAdverbs`.
    private func isSentenceAdverb(_ index: Int) -> Bool {
        let (start, end) = (pieces[index].start, pieces[index].end)
        if end - start >= 4, text[end - 2] | 0x20 == UInt8(ascii: "l"), text[end - 1] | 0x20 == UInt8(ascii: "y") { return true }
        return lowercased(index, isIn: Self.sentenceAdverbs)
    }

    /// English adverbs not in `-ly` that open a sentence (of time, place, sum and linking), before
    /// which a number is a count, not a name's model (`Meanwhile 20 were injured`, `Later 4 died`).
    static let sentenceAdverbs: WordSet = [
        "yesterday", "today", "tonight", "tomorrow", "meanwhile", "meantime", "earlier", "later", "afterwards",
        "afterward", "thereafter", "already", "again", "ever", "soon", "sometimes", "often", "elsewhere", "overall",
        "altogether", "together", "combined", "worldwide", "nationwide", "statewide", "countrywide", "overseas",
        "abroad", "otherwise", "instead", "likewise", "besides", "moreover", "furthermore", "however", "therefore",
        "thus", "hence", "indeed", "nonetheless", "nevertheless",
    ]

    /// Whether piece `index`, after a model's number, is a variant's name in capitals (`the Boeing
    /// 737 MAX`, `a Mazda 626 GLX`): three to five capitals, spaced, and a lower-case word after it
    /// (a headline in capitals writes every word so; `isModelAfterName` asks sentence case too),
    /// or the variant's own number of one or two digits and then a lower-case word (`the Boeing
    /// 737 MAX 9 was grounded`: `isVariantNumber`, numbers29).
    private func isModelSuffix(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard (3...5).contains(piece.end - piece.start), !piece.attached, isCapitalWord(index), index + 1 < pieces.count else { return false }
        if isLowercaseWord(index + 1) { return true }
        let number = index + 1
        guard number + 1 < pieces.count, pieces[number].end - pieces[number].start <= 2, !pieces[number].attached,
            let numeral = pieces[number].numeral, numeral.form == .plain, !numeral.isSigned
        else { return false }
        return isLowercaseWord(number + 1)
    }

    /// Whether the whole number at `index` is hyphened to one capital letter that ends the token
    /// (`51-L`, `9-A`, `41-B`): a designation's, as a mission's, a route's or a flight's, after
    /// a capitalised name (numbers29). A lower-case letter (`a 2-l bottle`) or more letters
    /// (`a 3-D film`, `the 10-K`: one capital then nothing, but no name before) are left to
    /// the rest of the reader; so is a letter before the number (`B-52`).
    @inline(never)
    func isLetterCode(after index: Int) -> Bool {
        let letter = index + 1
        guard letter < pieces.count, let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasPoint,
            !numeral.isSigned, !numeral.hasSeparators, text[pieces[index].end] == UInt8(ascii: "-"),
            pieces[letter].start == pieces[index].end + 1, pieces[letter].end - pieces[letter].start == 1,
            text[pieces[letter].start] &- UInt8(ascii: "A") < 26
        else { return false }
        return letter + 1 == pieces.count || pieces[letter + 1].start > pieces[letter].end
    }

    /// Whether the number at `first` is a variant's number after a model's and its variant's
    /// name in capitals (the `9` of `the Boeing 737 MAX 9 was grounded`; numbers29): the model's
    /// number after a name in title or camel case (`isModelAfterName`), whose suffix is the
    /// capitals before this number. `NAB 12`, `the SMR 20 grade` are `isUppercaseCode`'s.
    @inline(never)
    func isVariantNumber(_ first: Int) -> Bool {
        guard first >= 3, first - 3 >= floor, pieces[first - 2].numeral != nil, isModelSuffix(first - 1) else { return false }
        let model = first - 2
        guard pieces[model - 1].end - pieces[model - 1].start >= 3, !pieces[model].attached,
            isTitleCase(model - 1) || isCamelCaseName(model - 1)
        else { return false }
        return isModelAfterName(model)
    }

    /// Whether a Reuters ticker in angle brackets (`<MMM>`) follows piece `index - 1`: the
    /// number before it ends a company's name (`3M <MMM>`).
    func isTickerAfter(_ index: Int) -> Bool {
        guard index + 1 < pieces.count, pieces[index].end - pieces[index].start == 1, text[pieces[index].start] == UInt8(ascii: "<")
        else { return false }
        return isCapitalWord(index + 1) || isSeriesLetter(index + 1)
    }

    /// Capital words of tables and headlines that a figure follows as itself (`VS 12`,
    /// `NET 5`, `UP 3`, `LAST 20`), lowercase.
    static let capitalTableWords: Set<String> = [
        "vs", "net", "shr", "shrs", "qtr", "up", "off", "down", "unch", "last", "at", "to", "of", "in", "by", "on", "for",
        "and", "or", "the", "no", "nos", "fy", "pct", "avg", "rev", "revs", "loss", "profit", "sales", "were", "was",
        "is", "are", "from", "about", "over", "under", "ops", "oper", "div", "dividend", "record", "payable", "year",
        "years", "yr", "yrs", "mths", "qtrs", "week", "weeks", "wks",
    ]

    /// Words after a number that join it to another (a range or a change, a bracketed
    /// figure): the number is an amount.
    private static let rangeWords: Set<String> = ["to", "-", "(", "/", "through", "thru", "%", "pct", "vs", "versus"]

    /// Stock indices and ranked lists named by how many members they have, by their name's
    /// word before the number (lowercase), with those sizes: `FTSE 100`, `S&P 500`, `Nikkei
    /// 225`, `Russell 2000`, `Fortune 500`. The number names the index, not a quantity; an
    /// index level after it (`FTSE 100 tops 10,000`) stays a number.
    static let indexSizes: [String: Set<Int>] = [
        "ftse": [100, 250, 350], "s&p": [100, 400, 500, 600, 1500], "nasdaq": [100], "russell": [1000, 2000, 3000],
        "nikkei": [225, 300, 500], "dax": [30, 40], "cac": [40], "ibex": [35], "stoxx": [50, 600], "asx": [20, 50, 200, 300],
        "tsx": [60], "nifty": [50, 100], "sensex": [30], "kospi": [200], "topix": [100, 500], "mdax": [50], "sdax": [70],
        "tecdax": [30], "smi": [20], "aex": [25], "omx": [30], "omxs": [30], "bel": [20], "psi": [20], "atx": [20],
        "wig": [20, 30], "fortune": [500, 1000], "forbes": [400, 2000],
    ]

    /// Every size of `indexSizes`.
    static let allIndexSizes: Set<Int> = indexSizes.values.reduce(into: Set<Int>()) { $0.formUnion($1) }

    /// Whether `word` (lowercase) names an index of `size` members (`ftse` 100), `p` standing
    /// for S&P as a tokeniser splits it.
    static func isIndexSize(_ word: String, _ size: Int) -> Bool {
        indexSizes[word == "p" ? "s&p" : word]?.contains(size) == true
    }

    /// Whether the plain number at `index` follows an index's name written with a capital
    /// (`FTSE 100`, `S&P 500`, `S and P 500`, `Fortune 500`) and is one of its sizes.
    @inline(never)
    func isIndexName(before index: Int) -> Bool {
        let label = pieces[index - 1]
        guard (1...7).contains(label.end - label.start), text[label.start] &- UInt8(ascii: "A") < 26,
            let numeral = pieces[index].numeral, numeral.form == .plain, !numeral.hasSeparators, !numeral.hasPoint,
            (2...4).contains(pieces[index].end - pieces[index].start)
        else { return false }
        // the size first, from the digits, with no string made: most numbers after a capitalised word are no index's size
        var size = 0
        for k in pieces[index].start..<pieces[index].end { size = size * 10 + Int(text[k] &- UInt8(ascii: "0")) }
        guard size % 5 == 0, Self.allIndexSizes.contains(size) else { return false }
        let word = lowercased(index - 1)
        guard Self.isIndexSize(word, size) else { return false }
        guard word == "p" else { return true }
        // S&P, S & P, S and P: the S two pieces before, after & or and
        guard index >= 3, ["&", "and"].contains(lowercased(index - 2)), lowercased(index - 3) == "s" else {
            return index >= 2 && lowercased(index - 2) == "s&"
        }
        return true
    }

    /// Whether `FIRST` in capitals opens a company's name in a capitals headline: a capital
    /// word after it that is no time, event or table word, then within three pieces a ticker
    /// (`FIRST TENNESSEE <FTEN> SETS DIVIDEND`, `FIRST CHICAGO <FNB>`) or a word that ends a
    /// company's name (`FIRST BOSTON INC`, `FIRST REPUBLICBANK CORP`). `FIRST QTR NET` and
    /// `FIRST BRANDS SAYS` (nothing marks a company) keep the ordinal; a company word counts
    /// only before any preposition and not after a possessive or a table word (`CHINA'S FIRST
    /// JOINT VENTURE BANK`, `BANK IS FIRST DANISH BANK`, `FIRST RAID IN NICARAGUAN CAPITAL`).
    private func isCapitalFirstOfAName(_ phrase: NumberPhrase) -> Bool {
        let first = phrase.first
        guard phrase.form == .ordinal, phrase.end == first + 1, phrase.value.double == 1, pieces[first].word != nil,
            pieces[first].end - pieces[first].start == 5, isCapitalWord(first), phrase.end < pieces.count,
            isCapitalWord(phrase.end)
        else { return false }
        let next = lowercased(phrase.end)
        guard !Self.timeWords.contains(next), !Self.eventWords.contains(next), !Self.capitalTableWords.contains(next),
            !isMonth(phrase.end)
        else { return false }
        // CHINA'S FIRST JOINT VENTURE BANK, DANSKE BANK IS FIRST DANISH BANK: after a possessive
        // or a table word (is, the, of…), a position
        let before = first > 0 ? lowercased(first - 1) : ""
        var plainName = !["'s", "\u{2019}s"].contains(before) && !Self.capitalTableWords.contains(before)
        for index in phrase.end + 1..<min(pieces.count, phrase.end + 4) {
            if isTickerAfter(index) { return true }
            let word = lowercased(index)
            // FIRST RAID IN NICARAGUAN CAPITAL: a company word after a preposition ends no name
            if Self.capitalTableWords.contains(word) { plainName = false }
            if plainName && isCapitalWord(index) && Self.companyWords.contains(word) { return true }
        }
        return false
    }

    /// Words that end a company's name (`First Boston Corp`, `First City Bancorporation`).
    static let companyWords: Set<String> = [
        "corp", "corporation", "inc", "co", "bancorp", "bancorporation", "bank", "bancshares", "financial", "federal",
        "national", "savings", "group", "holdings", "ltd", "plc", "trust", "capital", "fidelity", "american",
    ]

    /// Whether a title-case word stands within three pieces before `start` or after `end`:
    /// a headline in title case, where a capital says nothing of a name.
    func isTitleCaseAround(_ start: Int, _ end: Int) -> Bool {
        // days and months are written with a capital anywhere
        func headline(_ index: Int) -> Bool { isTitleCase(index) && !Self.timeWords.contains(lowercased(index)) }
        for index in max(0, start - 3)..<start where headline(index) && !isSentenceStart(index) { return true }
        for index in (end + 1)..<min(pieces.count, end + 4) where headline(index) { return true }
        return false
    }

    /// Whether piece `index` opens a sentence: the text's first piece, or after `.`, `!`, `?`.
    private func isSentenceStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = lowercased(index - 1)
        return before == "." || before == "!" || before == "?"
    }

    /// Whether piece `index` is a single capital letter (`A` of `Series A` shares).
    func isSeriesLetter(_ index: Int) -> Bool {
        guard index < pieces.count, pieces[index].end - pieces[index].start == 1 else { return false }
        let letter = text[pieces[index].start]
        return letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z")
    }

    /// Whether piece `index` is a word written with a capital then lower case (`Brands`, not
    /// `BRANDS` or `brands`).
    func isTitleCase(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start >= 2, isWordPiece(index) else { return false }
        let a = text[piece.start]
        let b = text[piece.start + 1]
        return a >= UInt8(ascii: "A") && a <= UInt8(ascii: "Z") && b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")
    }

    /// Whether piece `index` is a name in camel case: four letters or more, the first in lower
    /// case and the second a capital (`iPhone`, `iPad`, `eBay`), as brands write their names.
    @inline(__always)
    func isCamelCaseName(_ index: Int) -> Bool {
        let (start, end) = (pieces[index].start, pieces[index].end)
        // one small letter, then a capital: two byte tests for most words
        guard end - start >= 4, text[start + 1] &- UInt8(ascii: "A") < 26, text[start] &- UInt8(ascii: "a") < 26 else { return false }
        for k in start + 2..<end where text[k] | 0x20 &- UInt8(ascii: "a") >= 26 { return false }
        return isWordPiece(index)
    }

    /// `a yen for travel`, `a yen to write`: yen after an article and before `for` or `to`
    /// is a longing, not money.
    func isLonging(_ index: Int, end: Int) -> Bool {
        guard index > 0, end < pieces.count, lowercased(index) == "yen" else { return false }
        let before = lowercased(index - 1)
        let after = lowercased(end)
        return (before == "a" || before == "the") && (after == "for" || after == "to")
    }
}

extension MentionReader {
    /// `current levels`, `the previous two years`, `LAST HIGH LOW`: `current` and `previous`
    /// before a count or a plural noun describe a set (`the next 3 books`, `the last three
    /// years` stay relative ordinals, as the specs read them); `last` before a price column names
    /// the last traded price; neither is a position (`the previous page`, `a current student`
    /// and `the previous ones` stay positions).
    func isAdjectiveRelative(at index: Int) -> Bool {
        guard index + 1 < pieces.count else { return false }
        let word = lowercased(index)
        let next = lowercased(index + 1)
        if word == "current" || word == "previous" {
            if next == "one" { return false }  // the previous one
            if word == "current" && Self.currentCompounds.contains(next) { return true }  // the current account
            if isTitleCase(index + 1) && !isTitleCase(index) { return true }  // the current Finance Minister
            if pieces[index + 1].numeral != nil || PhraseReader.isNumberStart(pieces[index + 1].word) { return true }
            return isWordPiece(index + 1) && next != "ones" && next.count > 3 && next.hasSuffix("s") && !next.hasSuffix("ss")
        }
        return word == "last" && Self.priceColumns.contains(next)
    }

    /// Nouns that make a fixed term with `current`, where it picks no position: `current
    /// account` (of a balance of payments or a bank), `current assets`, `current affairs`.
    static let currentCompounds: Set<String> = [
        "account", "accounts", "assets", "liabilities", "affairs", "events", "ratio", "yield", "yields", "prices",
    ]

    /// Column words of a market table after `last` (the last traded price).
    static let priceColumns: Set<String> = [
        "high", "low", "close", "open", "bid", "ask", "offer", "chg", "change", "sett", "settle", "vol", "volume", "trade",
    ]

    /// `when one finds`, `, one can see`, `and one must`: `one` after a conjunction or a
    /// comma and before a modal or a verb in `-s` is the generic pronoun; so is `one` in the
    /// reciprocal `one another`.
    func isGenericOne(_ index: Int) -> Bool {
        if index + 1 < pieces.count, lowercased(index + 1) == "another" { return true }
        guard index > 0, index + 1 < pieces.count, Self.beforeGenericOne.contains(lowercased(index - 1)),
            isWordPiece(index + 1)
        else { return false }
        let next = lowercased(index + 1)
        if Self.modals.contains(next) { return true }
        return next.count > 3 && next.hasSuffix("s") && !next.hasSuffix("ss") && pieces[index + 1].word == nil
            && Self.verbEndings.contains { next.hasSuffix($0) }
    }

    static let beforeGenericOne: Set<String> = [",", "if", "when", "unless", "as", "that", "where", "because", "and", "but", "so"]
    static let modals: Set<String> = [
        "can", "could", "would", "should", "must", "might", "may", "will", "cannot", "shall", "needs",
    ]
    /// Endings of the third person singular that plural nouns rarely have (`continues`, `finds`,
    /// `sees`, `gets`, `says`).
    static let verbEndings = ["ues", "nds", "ees", "ets", "ays", "ks", "ds", "ts", "ps"]

    /// `12 - cent`, `six - mile`, `19 - year - old`: a number-unit adjective as pre-tokenised
    /// text writes it, a hyphen with a space either side, then a unit of money, measure,
    /// percent or age.
    func unitAfterSpacedHyphen(_ phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        let hyphen = phrase.end
        guard hyphen + 1 < pieces.count, !pieces[hyphen].attached, !pieces[hyphen + 1].attached,
            pieces[hyphen].end - pieces[hyphen].start == 1, text[pieces[hyphen].start] == UInt8(ascii: "-"),
            pieces[hyphen + 1].numeral == nil, pieces[hyphen + 1].word == nil
        else { return nil }
        var shifted = phrase
        shifted.end = hyphen + 1
        guard let found = unit(after: shifted), [.money, .dimension, .percent, .age].contains(found.unit.kind) else { return nil }
        return found
    }

    /// `one full percentage point`, `two additional tonnes`, `five extra dollars`: a word of
    /// degree (`degreeWords`) between a number and its unit of money, measure or percent; and a
    /// lowercase participle before a measure (`60 mln harvested acres`, `5 mln planted hectares`).
    func unitAfterDegreeWord(_ phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        let index = phrase.end
        guard index + 1 < pieces.count, (4...12).contains(pieces[index].end - pieces[index].start), pieces[index].word == nil,
            mayBeDegreeOrParticiple(index)
        else { return nil }
        let word = lowercased(index)
        let degree = Self.degreeWords.contains(word)
        let participle = word.hasSuffix("ed") && word.count >= 5 && text[pieces[index].start] &- UInt8(ascii: "a") < 26
        guard degree || participle else { return nil }
        var shifted = phrase
        shifted.end = index + 1
        guard let found = unit(after: shifted), (degree ? [.money, .dimension, .percent] : [.dimension]).contains(found.unit.kind)
        else { return nil }
        return found
    }

    /// Adjectives of degree that stand between a number and its unit.
    static let degreeWords: WordSet = ["full", "whole", "additional", "extra", "further", "more"]

    /// Whether piece `index` may be a word of `degreeWords` or a lowercase participle, by two
    /// bytes, before any string is made: a degree word's first letter is f, w, a, e or m in any
    /// case (no letter beyond ASCII lowercases to one), and a participle starts with a-z and
    /// ends in `d` or `D` (its lowercase form ends in `ed`). This runs after most numbers that
    /// no unit follows; the string test after it decides.
    @inline(__always)
    func mayBeDegreeOrParticiple(_ index: Int) -> Bool {
        let first = text[pieces[index].start]
        if first &- UInt8(ascii: "a") < 26 && text[pieces[index].end - 1] | 0x20 == UInt8(ascii: "d") { return true }
        switch first | 0x20 {
        case UInt8(ascii: "f"), UInt8(ascii: "w"), UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "m"): return true
        default: return false
        }
    }

    /// `half a percent`, `half a mile`, `half a dollar`: `half`, an article, then a unit of
    /// money, measure or percent; and any fraction in words with `of` and an article before
    /// the unit (`a quarter of a percentage point`, `a fifth of a percent`, `three quarters of
    /// a mile`).
    func unitAfterArticle(_ phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        guard phrase.form == .fraction, phrase.hasWords, phrase.end + 1 < pieces.count else { return nil }
        var article = phrase.end
        if isWord(article, "of") {
            article += 1
            guard article + 1 < pieces.count else { return nil }
        } else {
            guard case .half? = pieces[phrase.end - 1].word else { return nil }
        }
        guard case .article? = pieces[article].word else { return nil }
        var shifted = phrase
        shifted.end = article + 1
        guard let found = unit(after: shifted), [.money, .dimension, .percent].contains(found.unit.kind) else { return nil }
        return found
    }
}
