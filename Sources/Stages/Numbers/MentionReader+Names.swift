/// Numbers that are part of a name or a label, not quantities: a capitalised `First` before
/// a capitalised word (`First Brands`, `First City`; but `First Quarter`, `First Meeting` stay
/// positions),
/// a number before `series` (`the 400 series`, `7 Series`), and a number after a label word
/// written with a capital or fused to a letter (`Seat 11A`, `Gate B12`, `Flight 370`,
/// `Route 66`, `Section 11`).
extension MentionReader {
    /// Label words whose number is an identifier: written with a capital (`Flight 370`), or
    /// in any case before a number fused to a letter (`seat 11A`).
    static let labelWords: Set<String> = [
        "seat", "gate", "row", "room", "flight", "platform", "terminal", "route", "highway", "interstate", "suite",
        "section", "article", "chapter", "exhibit", "schedule", "appendix", "annex", "amendment", "proposition",
        "clause", "paragraph", "title", "pier", "berth", "ward", "precinct", "district", "channel", "track", "bay",
        "lane", "apartment", "apt", "locker", "cell", "form", "rule", "bus", "train", "tier",
    ]

    /// Words after a capitalised `First` that keep it a position (`First Meeting`, `First Round`).
    static let eventWords: Set<String> = [
        "meeting", "conference", "congress", "session", "annual", "round", "edition", "anniversary", "summit", "forum",
        "festival", "games", "place", "prize", "division", "class", "half", "quarter", "time", "stage", "phase", "test",
        "step", "part", "chapter", "game", "leg", "day", "week", "year", "season", "episode", "volume", "book",
    ]

    /// Last words of the comparators a year-shaped number may follow (`more than 1500`,
    /// `at least 2000`): only after these, `up to` and `in excess of`, `upwards of`, `a
    /// maximum of` is `modifierBefore` asked (years follow `to` and `of` all the time).
    static let boundEnds: Set<String> = ["than", "least", "most", "over", "under", "above", "below", "exceeding"]

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
        if phrase.end < pieces.count, pieces[phrase.end].end - pieces[phrase.end].start == 6,
            lowercased(phrase.end) == "series", let numeral = pieces[first].numeral,
            !numeral.hasSeparators, phrase.end == first + 1, !isSeriesLetter(phrase.end + 1)
        {
            return true  // the 400 series, the 7 Series: a model line; 25,000 Series B warrants are a count
        }
        if phrase.end < pieces.count, case .ordinal(3)? = pieces[phrase.end - 1].word,
            ["party", "parties", "world"].contains(lowercased(phrase.end))
        {
            return true  // third parties, the Third World: a kind, not a position
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
        // the byte checks first: most numbers have neither a capitalised word before nor a letter fused after
        guard pieces[first].numeral != nil, first > 0 else { return false }
        let labelLength = pieces[first - 1].end - pieces[first - 1].start
        if phrase.end == first + 1, labelLength <= 7, text[pieces[first - 1].start] &- UInt8(ascii: "A") < 26,
            isIndexName(before: first)
        {
            return true  // FTSE 100, S&P 500, Fortune 500
        }
        guard (2...12).contains(labelLength) else { return false }
        let fusedLetter = phrase.end < pieces.count && pieces[phrase.end].attached && isWordPiece(phrase.end)
        guard fusedLetter || isTitleCase(first - 1), let label = precedingWord(first) else { return false }
        return Self.labelWords.contains(label)
    }

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
    /// comma and before a modal or a verb in `-s` is the generic pronoun.
    func isGenericOne(_ index: Int) -> Bool {
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

    /// `12 - cent`, `six - mile`: a number-unit adjective as pre-tokenised text writes it, a
    /// hyphen with a space either side, then a unit of money, measure or percent.
    func unitAfterSpacedHyphen(_ phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        let hyphen = phrase.end
        guard hyphen + 1 < pieces.count, !pieces[hyphen].attached, !pieces[hyphen + 1].attached,
            pieces[hyphen].end - pieces[hyphen].start == 1, text[pieces[hyphen].start] == UInt8(ascii: "-"),
            pieces[hyphen + 1].numeral == nil, pieces[hyphen + 1].word == nil
        else { return nil }
        var shifted = phrase
        shifted.end = hyphen + 1
        guard let found = unit(after: shifted), [.money, .dimension, .percent].contains(found.unit.kind) else { return nil }
        return found
    }

    /// `half a percent`, `half a mile`, `half a dollar`: `half`, an article, then
    /// a unit of money, measure or percent.
    func unitAfterArticle(_ phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        guard phrase.form == .fraction, phrase.hasWords, phrase.end + 1 < pieces.count, case .article? = pieces[phrase.end].word,
            case .half? = pieces[phrase.end - 1].word
        else { return nil }
        var shifted = phrase
        shifted.end += 1
        guard let found = unit(after: shifted), [.money, .dimension, .percent].contains(found.unit.kind) else { return nil }
        return found
    }
}
