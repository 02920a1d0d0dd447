/// A temperature scale written as a spaced capital letter after a number (`35 C`, `95 F`,
/// `77 K`). Fused to a number a capital C or F is a temperature anyway (`41C`); spaced, the
/// letter is too often something else in news (a grade, a class, `C-130`, `$300 K`), so it is
/// read as a temperature only where the sentence speaks of one: a word of heat, cold or
/// weather shortly before the number or right after the letter.
extension MentionReader {
    /// The temperature right after `phrase`, if the piece there is a lone `C`, `F` or `K`
    /// with a temperature word around it, and where it ends.
    func spacedTemperature(after phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        let start = phrase.end
        let piece = pieces[start]
        guard phrase.form == .cardinal, !piece.attached, piece.end - piece.start == 1 else { return nil }
        let name: String
        switch text[piece.start] {
        case UInt8(ascii: "C"): name = "celsius"
        case UInt8(ascii: "F"): name = "fahrenheit"
        case UInt8(ascii: "K"): name = "kelvin"
        // lower-cased wire (`lows of -12 c`): the small letter, where nothing before is capitalised
        case UInt8(ascii: "c") where isLowercaseWire(before: phrase.first) && !isCentsInWire(phrase.first, end: start + 1):
            name = "celsius"
        case UInt8(ascii: "f") where isLowercaseWire(before: phrase.first): name = "fahrenheit"
        default: return nil
        }
        let end = start + 1
        // C-130, F-16, K-9, C's: a name, not a scale; 300 K units: thousands
        if end < pieces.count, pieces[end].attached, !Self.temperatureClosers.contains(lowercased(end)) { return nil }
        if name == "kelvin" && !endsKelvin(end) { return nil }
        if name != "kelvin" && countsNoun(end) { return nil }  // 40 C batteries: a grade or size before a noun
        guard speaksOfTemperature(before: phrase.first, after: end) else { return nil }
        return (UnitTable.Unit(kind: .temperature, name: name), end)
    }

    /// `20 degrees below zero`, `5C below zero`: a temperature read from zero down is that far
    /// below it, so the words join the mention and negate its value. Not a temperature already
    /// signed (`minus 5 degrees below zero` says it twice and stays as written), nor `below
    /// freezing` or `below normal`, which measure from another point. A scale named after the
    /// words is the degree's (`296 degrees below zero Fahrenheit`). Asked at temperatures only.
    func readBelowZero(_ quantity: inout Quantity) {
        let end = quantity.end
        guard end + 1 < pieces.count, !pieces[end].attached, isWord(end, "below"), isWord(end + 1, "zero"),
            end + 2 >= pieces.count || !(pieces[end + 2].attached && isWordPiece(end + 2)),
            quantity.phrase.value.double > 0
        else { return }
        quantity.phrase.value = quantity.phrase.value.negated
        quantity.end = end + 2
        // 296 degrees below zero Fahrenheit: the scale named after the words is the degree's
        guard quantity.unit?.name == "degree", end + 2 < pieces.count, !pieces[end + 2].attached else { return }
        if isWord(end + 2, "fahrenheit") {
            quantity.unit = UnitTable.Unit(kind: .temperature, name: "fahrenheit")
        } else if isWord(end + 2, "celsius") || isWord(end + 2, "centigrade") {
            quantity.unit = UnitTable.Unit(kind: .temperature, name: "celsius")
        } else {
            return
        }
        quantity.end = end + 3
    }

    /// Whether a bare number stands before `below zero` (`it hit 10 below zero`, `40 below zero
    /// at dawn`): a temperature in degrees that far below zero, as `10 degrees below zero` is;
    /// the words alone made a stray bound `below 0` beside a positive count (numbers32). A whole
    /// or decimal count in digits or words, not a year, an ordinal or a signed number. Asked at
    /// numbers with no unit: a length test on the next piece first.
    func isBareBelowZero(_ quantity: Quantity) -> Bool {
        let end = quantity.end
        guard end + 1 < pieces.count, pieces[end].end - pieces[end].start == 5, !pieces[end].attached, isWord(end, "below"),
            isWord(end + 1, "zero"), quantity.phrase.form == .cardinal, quantity.phrase.value.double > 0,
            quantity.phrase.value.double < 1000
        else { return false }
        return end + 2 >= pieces.count || !(pieces[end + 2].attached && isWordPiece(end + 2))
    }

    /// `77 K` where the sentence speaks of temperature: the number without the `K` the phrase
    /// read as its thousands, so that the letter is read as the kelvin. Before a noun the `K`
    /// stays thousands (`cold weather cut sales to 300 K units`), and so does money's (`$300 K`).
    func unscaledKelvin(_ phrase: NumberPhrase) -> NumberPhrase {
        let last = phrase.end - 1
        guard phrase.hasScale, last > phrase.first, pieces[last - 1].numeral != nil, !pieces[last].attached,
            pieces[last].end - pieces[last].start == 1, text[pieces[last].start] == UInt8(ascii: "K"), endsKelvin(last + 1),
            speaksOfTemperature(before: phrase.first, after: phrase.end)
        else { return phrase }
        var unscaled = phrase
        unscaled.end = last
        unscaled.value = phrase.value / NumberValue(1000)
        unscaled.hasScale = false
        return unscaled
    }

    /// Whether piece `index`, right after a spaced `K`, lets the letter be the kelvin: the
    /// text's end, punctuation that may touch it, or a word that a measurement ends before (a
    /// preposition, a conjunction, a temperature word: `cooled to 77 K in the lab`). Any other
    /// word is what a `K` of thousands counts (`300 K units`, `500 K last year`).
    private func endsKelvin(_ index: Int) -> Bool {
        guard index < pieces.count else { return true }
        let word = lowercased(index)
        if Self.temperatureClosers.contains(word) { return true }
        return !pieces[index].attached && (Self.kelvinFollowers.contains(word) || Self.temperatureWords.contains(word))
    }

    /// Whether piece `index`, right after a spaced `C` or `F`, is a plural noun the number
    /// counts (`40 C batteries`, `30 F tonnes`): a lowercase word of four letters or more
    /// ending in `s` (not `ss`, `us`, `is`), no temperature word or verb.
    private func countsNoun(_ index: Int) -> Bool {
        guard index < pieces.count, !pieces[index].attached, isWordPiece(index) else { return false }
        let piece = pieces[index]
        let length = piece.end - piece.start
        guard length >= 4, text[piece.start] &- UInt8(ascii: "a") < 26, text[piece.end - 1] == UInt8(ascii: "s"),
            !"sui".utf8.contains(text[piece.end - 2])
        else { return false }
        let word = lowercased(index)
        return !Self.temperatureWords.contains(word) && !Self.verbsAfterTemperature.contains(word)
            && !Self.periodsOfWeather.contains(word)
    }

    /// Whether the text is lower-cased news wire around piece `first`: the sentence before
    /// it (up to eight pieces) has a word and no capital letter at the start of any piece.
    private func isLowercaseWire(before first: Int) -> Bool {
        var words = 0
        var k = first - 1
        while k >= max(0, first - 8) {
            if isSentenceStop(k) { break }
            let byte = text[pieces[k].start]
            if byte &- UInt8(ascii: "A") < 26 { return false }
            if byte &- UInt8(ascii: "a") < 26 { words += 1 }
            k -= 1
        }
        return words > 0
    }

    /// Periods a temperature describes rather than counts (`temperatures of 40 C nights`).
    private static let periodsOfWeather: WordSet = [
        "days", "nights", "mornings", "afternoons", "evenings", "weekends", "weeks", "months", "summers", "winters",
        "springs", "autumns", "highs", "lows", "readings", "extremes",
    ]

    /// Verbs in `s` a temperature is the subject of (`95 F seems mild`).
    private static let verbsAfterTemperature: WordSet = [
        "seems", "feels", "looks", "means", "makes", "remains", "stays", "hits", "tops", "marks", "sets", "brings",
        "comes", "goes", "gives", "keeps", "kills", "helps", "lets", "turns", "rises", "falls", "drops", "reads",
    ]

    /// Words a measurement in kelvins is followed by: prepositions, conjunctions, an opening bracket.
    private static let kelvinFollowers: Set<String> = [
        "in", "at", "on", "for", "to", "from", "by", "with", "within", "inside", "under", "below", "above", "during",
        "and", "or", "but", "while", "when", "where", "(", "[",
    ]

    /// Whether a temperature word stands in the sentence up to eight pieces before `first` or
    /// up to three pieces from `after`.
    private func speaksOfTemperature(before first: Int, after: Int) -> Bool {
        speaks(of: Self.temperatureWords, before: first, back: 8, after: after, ahead: 3)
    }

    /// Whether a word of `words` stands in the sentence up to `back` pieces before `first` or up
    /// to `ahead` pieces from `after` (no sentence stop between): the context the unit letters
    /// and words that are something else too ask for (`35 C`, `2 teslas`).
    func speaks(of words: WordSet, before first: Int, back: Int, after: Int, ahead: Int) -> Bool {
        var k = first - 1
        while k >= max(0, first - back) {
            if isSentenceStop(k) { break }
            if lowercased(k, isIn: words) { return true }
            k -= 1
        }
        for k in after..<min(pieces.count, after + ahead) {
            if isSentenceStop(k) { break }
            if lowercased(k, isIn: words) { return true }
        }
        return false
    }

    /// Punctuation that may touch the letter: `35 C.`, `95 F,`, `(77 K)`.
    private static let temperatureClosers: Set<String> = [".", ",", ";", ":", ")", "]", "!", "?", "/"]

    /// Words that make a number with a scale letter a temperature: heat and cold, the weather,
    /// the scales' names, and what raises or lowers a temperature.
    static let temperatureWords: WordSet = [
        "temperature", "temperatures", "temp", "temps", "thermometer", "thermometers", "mercury", "celsius", "fahrenheit",
        "centigrade", "kelvin", "degree", "degrees", "heat", "heatwave", "hot", "hotter", "hottest", "warm", "warmer",
        "warmest", "warming", "cold", "colder", "coldest", "cool", "cooler", "coolest", "cooled", "cooling", "chill",
        "chilled", "freeze", "freezes", "freezing", "froze", "frozen", "frost", "thaw", "boil", "boils", "boiling",
        "boiled", "melt", "melts", "melting", "heated", "heating", "weather", "forecast", "forecasts", "high", "highs",
        "low", "lows", "overnight", "daytime", "cryogenic", "oven", "ovens", "bake", "baked", "fever",
    ]
}
