/// Readings found by the seventh probe set (genres the wire sets hold least: sports, legal
/// notices, recipes, shopping and finance tables): `pounds` paid as a wage, a fine or a
/// price; a spaced `g` before `of` (`3.5 g of fat`); and a section of an act in lower case
/// (`section 14 of the act`). Each is asked only on its own trigger, after the unit or label
/// word has been matched, so the common path pays nothing.
extension MentionReader {
    /// Words before an amount of `pounds` that make it money: paying, earning, costing, fining.
    static let poundMoneyWords: Set<String> = [
        "paid", "pay", "pays", "paying", "earn", "earns", "earned", "earning", "earnings", "cost", "costs", "costing",
        "fined", "fine", "fines", "fee", "fees", "spent", "spend", "spends", "owed", "owe", "owes", "charged", "charge",
        "charges", "priced", "price", "salary", "wage", "wages", "donated", "raised", "worth", "bail", "damages",
    ]

    /// Nouns of paying that `pound` in the singular qualifies as money (`a ten-pound fine`, `a
    /// five-pound note`, `a 10 pound charge`); a weight qualifies what weighs it (`a ten-pound
    /// turkey`).
    static let paymentNouns: Set<String> = [
        "fine", "fines", "fee", "fees", "note", "notes", "coin", "coins", "charge", "charges", "levy", "penalty",
        "payment", "payments", "bet", "bribe", "donation", "voucher", "vouchers", "ticket", "tickets", "prize", "bonus",
        "discount", "refund", "tip", "surcharge", "subscription", "stake", "bill", "bills", "banknote", "banknotes",
    ]

    /// Words before `pounds` that make it a weight even before a wage's time (`lose two pounds
    /// a week`).
    static let poundWeightWords: Set<String> = [
        "lose", "loses", "lost", "losing", "gain", "gains", "gained", "gaining", "weigh", "weighs", "weighed",
        "weighing", "shed", "sheds", "shedding", "heavier", "lighter",
    ]

    /// Times a wage or a rent is paid by, after `a`, `an` or `per` (`350,000 pounds a week`);
    /// not `day`, `hour` or `head`, by which weights are eaten, processed and gained too (`eats
    /// 2 pounds a day`, `500 pounds per hour`, `1,150 pounds per head`).
    static let paymentTimes: Set<String> = ["week", "month", "year", "annum", "night"]

    /// Whether `pounds` ending before piece `end`, after `phrase`, is money by its context:
    /// a wage's time after it (`350,000 pounds a week`, `per annum`) or a word of paying,
    /// costing or fining before the amount (`fined 500 pounds`, `costs 30 pounds`); never
    /// after a word of weight (`lost 20 pounds a month`).
    func isPoundMoney(_ phrase: NumberPhrase, end: Int) -> Bool {
        // a ten-pound fine, a five-pound note: the singular before a noun of payment
        // (not one of something, which weighs: `a 500-pound charge of dynamite`)
        if end < pieces.count, isWord(end - 1, "pound"), Self.paymentNouns.contains(lowercased(end)),
            end + 1 >= pieces.count || !isWord(end + 1, "of")
        {
            return true
        }
        let before = precedingWord(phrase.first) ?? ""
        guard !Self.poundWeightWords.contains(before) else { return false }
        if end + 1 < pieces.count, isWord(end, "a") || isWord(end, "an") || isWord(end, "per"), Self.paymentTimes.contains(lowercased(end + 1)) {
            return true
        }
        return Self.poundMoneyWords.contains(before) || isPassiveOfPaying(after: end)
    }

    /// Participles that make an amount of `pounds` money when they are said of it in the
    /// passive: it was raised, paid, given or taken as money (`2,000 pounds was raised`, `500
    /// pounds were stolen`). `lost`, `shed` and `gained` are left out: they are said of weight
    /// (`20 pounds were lost`).
    static let passiveOfPaying: WordSet = [
        "raised", "paid", "donated", "collected", "pledged", "stolen", "awarded", "owed", "invested", "spent",
        "charged", "earned", "won", "lent", "loaned", "borrowed", "embezzled", "refunded", "granted", "wagered",
        "bet", "deposited", "withdrawn", "transferred", "laundered", "handed", "offered", "demanded", "claimed",
    ]

    /// Whether a passive of paying follows `pounds` ending before piece `end`: a form of `be`
    /// (`was`, `were`, `is`, `are`, `has been`, `have been`, `had been`, `will be`), then a
    /// participle of `passiveOfPaying` (`2,000 pounds was raised`). Not a weight said to move
    /// (`2,000 pounds was lifted`) nor one lost (`20 pounds were lost`).
    private func isPassiveOfPaying(after end: Int) -> Bool {
        var next = end
        guard next < pieces.count, !pieces[next].attached else { return false }
        if isWord(next, "was") || isWord(next, "were") || isWord(next, "is") || isWord(next, "are") {
            next += 1
        } else if isWord(next, "has") || isWord(next, "have") || isWord(next, "had") || isWord(next, "will") {
            guard next + 1 < pieces.count, isWord(next + 1, "been") || isWord(next + 1, "be") else { return false }
            next += 2
        } else {
            return false
        }
        if next < pieces.count, isWord(next, "being") { next += 1 }  // is being raised
        guard next < pieces.count, lowercased(next, isIn: Self.passiveOfPaying) else { return false }
        return !(isWord(next, "raised") && isLifted(after: next + 1))
    }

    /// Whether the words after `raised` (from piece `index`) say a weight was lifted, not money
    /// gathered: a direction of lifting next (`raised off the ground`, `raised up`, `raised
    /// onto the deck`), or `by` and lifting gear within three words (`raised by the jack`, `by a
    /// crane`); numbers32. Money raised by people or for a cause stays (`raised by donors`,
    /// `raised for the hospital`). Asked only after `pounds` and a passive `raised`.
    private func isLifted(after index: Int) -> Bool {
        guard index < pieces.count else { return false }
        if lowercased(index, isIn: Self.liftDirections) { return true }
        guard isWord(index, "by") else { return false }
        for k in (index + 1)..<min(pieces.count, index + 4) where lowercased(k, isIn: Self.liftingGear) { return true }
        return false
    }

    /// Words of a direction of lifting after `raised`.
    static let liftDirections: WordSet = ["up", "off", "onto", "aloft", "overhead", "above", "into", "upward", "upwards", "clear"]

    /// Machines and gear that lift a load (`raised by the jack`, `by a crane`).
    static let liftingGear: WordSet = [
        "jack", "jacks", "crane", "cranes", "hoist", "hoists", "winch", "winches", "pulley", "pulleys", "forklift",
        "forklifts", "lever", "levers", "derrick", "derricks", "hydraulics", "ram", "rams", "lift", "lifts", "block",
        "tackle", "cable", "cables", "rope", "ropes", "chain", "chains", "balloon", "balloons", "helicopter",
    ]

    /// Whether the one-letter unit at piece `start` is a gram written apart from its number
    /// and followed by `of` (`3.5 g of fat`, `12 g of sugar`), as SI and food labels write it;
    /// elsewhere a one-letter symbol is read only fused (`5 g` alone may be anything).
    func isSpacedGramBeforeOf(_ phrase: NumberPhrase, _ start: Int, end: Int, unit: UnitTable.Unit) -> Bool {
        guard unit.name == "gram", pieces[start].end - pieces[start].start == 1,
            text[pieces[start].start] == UInt8(ascii: "g"), end < pieces.count,
            !Self.legalLabels.contains(precedingWord(phrase.first) ?? "")  // section 5 g of the code
        else { return false }
        return isWord(end, "of")
    }

    /// Whether the one-letter symbol of the watt, volt or ampere (`W`, `V`, `A`), spaced after
    /// `phrase` at piece `start`, is that unit: where the sentence speaks of electric power (a
    /// word of `electricWords` up to eight pieces before the number or four after the letter),
    /// the number has no scale word, the letter stands on the number's line and counts no other
    /// plural noun after it, and no number or title-case word follows it (`The charger delivers
    /// 65 W`, `a 12 V battery`, `a 13 A fuse`, `12 V DC`; not `5 A grades`, a longitude's `40 W`,
    /// `Group 5 A`, a headline's `DEFICIT 78 MLN V 93 MLN`, where `V` is versus, nor the article
    /// that opens the next paragraph: `ON APRIL 10` / `A Brazilian delegation`). A spaced
    /// one-letter symbol is otherwise a grade, a class or a compass point, as the temperature
    /// letters are (`MentionReader+Temperature`).
    func isSpacedElectricSymbol(_ phrase: NumberPhrase, _ start: Int, end: Int, unit: UnitTable.Unit) -> Bool {
        guard pieces[start].end - pieces[start].start == 1, phrase.form == .cardinal, !phrase.hasScale else { return false }
        switch text[pieces[start].start] {
        case UInt8(ascii: "W"), UInt8(ascii: "V"), UInt8(ascii: "A"): break
        default: return false
        }
        guard unit.name == "watt" || unit.name == "volt" || unit.name == "ampere",
            !(pieces[start - 1].end..<pieces[start].start).contains(where: { text[$0] == 0x0A })
        else { return false }
        if isClauseOpenerOrCompassPoint(phrase, start, end: end) { return false }
        if end < pieces.count {
            if pieces[end].attached && isWordPiece(end) { return false }  // 5 A-levels
            if pieces[end].numeral != nil || pieces[end].word != nil { return false }  // 78 MLN V 93 MLN
            if isTitleCase(end) { return false }  // 10 A Brazilian delegation
            if isLowercasePlural(end) && !lowercased(end, isIn: Self.electricWords) { return false }  // 5 A grades
        }
        return speaks(of: Self.electricWords, before: phrase.first, back: 8, after: end, ahead: 4)
    }

    /// Whether the spaced capital letter at piece `start` after `phrase` is no symbol but the
    /// article `A` that opens a new clause after a year (`In 2005 A power cut hit the city`, `fell
    /// in 1987 A decline`: four digits from 1800 to 2099 after a preposition of time; a `W` or `V`
    /// there is no article: `sold in 2000 W power ratings` is watts) or a compass point (`12 W
    /// longitude`: `W` before `longitude` or `meridian`; not before `of`, which news writes after
    /// a power: `100 W of power`). Out of line: asked only of a spaced `W`, `V` or `A` after a number.
    @inline(never)
    private func isClauseOpenerOrCompassPoint(_ phrase: NumberPhrase, _ start: Int, end: Int) -> Bool {
        if text[pieces[start].start] == UInt8(ascii: "A"), let numeral = pieces[phrase.first].numeral,
            phrase.end == phrase.first + 1, numeral.form == .plain,
            !numeral.hasSeparators, !numeral.hasPoint, pieces[phrase.first].end - pieces[phrase.first].start == 4,
            (1800...2099).contains(numeral.value.double), phrase.first > floor,
            lowercased(phrase.first - 1, isIn: Self.timePrepositions)
        {
            return true
        }
        return text[pieces[start].start] == UInt8(ascii: "W") && end < pieces.count && lowercased(end, isIn: Self.compassHeads)
    }

    /// Prepositions of time before a year that a clause may follow without a comma (`In 2005 A`).
    static let timePrepositions: WordSet = ["in", "since", "until", "till", "during", "before", "after"]

    /// Words after a spaced `W` that make it west (`12 W longitude`, `40 W meridian`).
    static let compassHeads: WordSet = ["longitude", "meridian"]

    /// Words of electric power and the things that draw or supply it, which a spaced `W`, `V`
    /// or `A` after a number measures (not `current` nor `led`, which news writes of accounts and
    /// of leaders: `current account`, `led by`).
    static let electricWords: WordSet = [
        "power", "powered", "powerful", "charger", "chargers", "charging", "charge", "adapter", "adapters", "adaptor",
        "adaptors", "battery", "batteries", "bulb", "bulbs", "lamp", "lamps", "motor", "motors", "output",
        "outputs", "rated", "rating", "supply", "supplies", "socket", "sockets", "fuse", "fuses", "circuit", "circuits",
        "voltage", "wattage", "amperage", "electric", "electrical", "electricity", "mains", "plug", "plugs",
        "usb", "solar", "inverter", "inverters", "generator", "generators", "consumption", "heater", "heaters",
        "appliance", "appliances", "amplifier", "amplifiers", "transformer", "transformers", "kettle", "microwave",
        "psu", "wiring", "breaker", "breakers", "draws", "consumes",
    ]

    /// Words that number the parts of a law, a treaty or a rule book.
    static let legalLabels: Set<String> = [
        "section", "subsection", "article", "chapter", "clause", "paragraph", "schedule", "annex", "appendix",
        "exhibit", "amendment", "title", "rule", "regulation", "part", "recital",
    ]

    /// Whether `of` and an article or a demonstrative come at piece `index` (`section 14 of
    /// the act`, `article 50 of this treaty`): what makes a lower-case label's number a part's.
    func isOfAnArticle(at index: Int) -> Bool {
        guard index + 1 < pieces.count, isWord(index, "of") else {
            return false
        }
        guard ["the", "this", "that", "its", "their", "a", "an"].contains(lowercased(index + 1)) else { return false }
        // the title 3 of the last 4 years, 2 of the 3 exams: a count of a whole, no part's number
        guard index + 2 < pieces.count else { return true }
        if Self.countOfWholeWords.contains(lowercased(index + 2)) { return false }
        return pieces[index + 2].numeral == nil || pieces[index + 2].end - pieces[index + 2].start >= 4
    }

    /// Words after `of the` that make the number before a count of a whole (`3 of the last 4`).
    static let countOfWholeWords: Set<String> = ["last", "past", "previous", "next"]

    /// Words of a market before a price move (`natural gas futures 5 c`): a small `c` after
    /// the number is cents there, even where weather is spoken of.
    static let marketWords: Set<String> = [
        "futures", "future", "contract", "contracts", "price", "prices", "shares", "share", "stock", "stocks",
        "crude", "gasoline", "bushel", "cents", "cent",
    ]

    /// Whether the small `c` ending before piece `end` is cents in lower-cased wire: `a` or
    /// `per` after it (`5 c a share`, `3 c a gallon`), or a word of `marketWords` among the
    /// four pieces before the number at `first` (`gas futures 5 c as temperatures soar`).
    func isCentsInWire(_ first: Int, end: Int) -> Bool {
        if end < pieces.count, isWord(end, "a") || isWord(end, "per") {
            // highs of 30 c a day earlier: a time after `a` is no unit a price is quoted by
            return end + 1 >= pieces.count || !Self.priceTimeWords.contains(lowercased(end + 1))
        }
        return (max(floor, first - 4)..<first).contains { Self.marketWords.contains(lowercased($0)) }
    }

    /// Whether the small `m` fused after `phrase` is millions of what follows, not metres: a
    /// decimal number (`1.2m`, as British copy writes millions), then a lowercase plural noun
    /// right after or after one lowercase word (`1.2m visitors`, `1.2m replica shirts`, and the
    /// plurals without `-s` of `irregularCountedInMillions`: `1.2m people`, `20m cattle`). A
    /// length is seldom decimal before a plural count (`the 400m hurdles` is whole).
    ///
    /// The low end of a range whose ends are both written so shares the high end's reading
    /// (`2.1m to 2.4m units`, `between 2.1m and 2.4m visitors`, `2.1m–2.4m units`), as a
    /// scale after a range's high end is every end's, and so with a hyphen in one word (`2.1m-2.4m
    /// units`, split by `NumberPiece.appendFusedRange`).
    ///
    /// Out of line: `readMoneyScale` calls it on its rare path (a bare `m` after a number), and
    /// inlined there it made every call of that function dearer.
    @inline(never)
    func isMillionsOfACount(_ phrase: NumberPhrase) -> Bool {
        guard phrase.end == phrase.first + 1 else { return false }
        return isMillionsOfACount(numberAt: phrase.first)
    }

    /// `isMillionsOfACount` for the one-piece decimal at piece `number`; `orLowEnd` also reads it
    /// as a range's low end from its high end. A high end is read on its own (`orLowEnd` false),
    /// so a chain of ends (`1.1m to 1.2m to …`) costs one check per end, not n² checks n calls
    /// deep.
    private func isMillionsOfACount(numberAt number: Int, orLowEnd: Bool = true) -> Bool {
        let letter = number + 1
        guard let numeral = pieces[number].numeral, letter + 1 < pieces.count, text[pieces[letter].start] == UInt8(ascii: "m"),
            pieces[letter].attached || numeral.hasPoint && !pieces[letter + 1].attached && isLowercasePlural(letter + 1)  // 5.4 m customers
        else { return false }
        if pieces[letter].attached && isPerPeriodCompound(after: letter) { return true }  // a 3m-a-year deal
        guard numeral.hasPoint || isWholeMillions(number) else { return false }
        guard !pieces[letter + 1].attached else { return orLowEnd && isLowEndOfMillions(letter) }  // 2.1m–2.4m units
        if pieces[letter].attached && isRestatedInMillions(numeral, at: letter + 1) { return true }  // 3.2m (3,200,000)
        if isLowercasePlural(letter + 1) { return isCountedInMillions(letter + 1, whole: !numeral.hasPoint) }
        if lowercased(letter + 1, isIn: Self.irregularCountedInMillions) { return true }  // 1.2m people, 20m cattle
        guard letter + 2 < pieces.count, isWordPiece(letter + 1), text[pieces[letter + 1].start] &- UInt8(ascii: "a") < 26,
            !Self.dimensionAdjectives.contains(lowercased(letter + 1))
        else { return false }
        return isLowercasePlural(letter + 2) && isCountedInMillions(letter + 2, whole: !numeral.hasPoint)
            || lowercased(letter + 2, isIn: Self.irregularCountedInMillions)  // 1.2m young people
            || (orLowEnd && isLowEndOfMillions(letter))  // 2.1m to 2.4m units
    }

    /// Whether hyphens fuse `a` (or `per`) and a calendar period to the `m` at piece `letter`
    /// (`3m-a-year`, `1.5m-a-month`, `2m-per-season`): an amount's rate, as pay and fees are
    /// written, so millions, not metres; a length a year is spaced (`retreats 3m a year`).
    private func isPerPeriodCompound(after letter: Int) -> Bool {
        guard letter + 2 < pieces.count, isHyphened(letter + 1), isHyphened(letter + 2),
            ["a", "an", "per"].contains(lowercased(letter + 1))
        else { return false }
        return Self.calendarPeriods.contains(lowercased(letter + 2))
    }

    /// Whether piece `index` follows the piece before it after a single hyphen (the
    /// tokeniser keeps no piece for a hyphen inside a word: `3m-a-year` is `3`, `m`, `a`, `year`).
    private func isHyphened(_ index: Int) -> Bool {
        let before = pieces[index - 1].end
        return pieces[index].start == before + 1 && text[before] == UInt8(ascii: "-")
    }

    /// The periods a rate of pay or spending is given per.
    static let calendarPeriods: Set<String> = ["year", "month", "week", "day", "season", "quarter", "game", "match"]

    /// Whether a bracket at piece `open` restates `numeral` millions in full (`3.2m (3,200,000)
    /// children`): the fused `m` is the scale the bracket spells out, not metres.
    private func isRestatedInMillions(_ numeral: Numeral, at open: Int) -> Bool {
        guard open + 2 < pieces.count, pieces[open].end - pieces[open].start == 1, text[pieces[open].start] == UInt8(ascii: "("),
            let restated = pieces[open + 1].numeral, restated.form == .plain, restated.hasSeparators, !restated.hasPoint
        else { return false }
        return restated.value.double == NumberPhrase.scaled(numeral.value, by: 6).double
    }

    /// Whether the whole number at piece `number`, with a fused `m` after it, may be millions:
    /// one to three digits with no separator (`200m precarious workers`, `20m customers`, `10m
    /// barrels`; a count of more is written with `bn`), and no article, determiner or possessive
    /// before it, which names a race or a thing by its length (`the 100m hurdles`, `her 400m
    /// runners`, `a 10m yacht`), nor a count, which counts things of that length (`two 10m
    /// masts`, `3 20m boats`).
    private func isWholeMillions(_ number: Int) -> Bool {
        guard let numeral = pieces[number].numeral, numeral.form == .plain, !numeral.hasSeparators,
            pieces[number].end - pieces[number].start <= 3
        else { return false }
        guard number > floor, let before = precedingWord(number) else { return true }
        if pieces[number - 1].numeral != nil { return false }
        if case .unit? = pieces[number - 1].word { return false }
        if case .tens? = pieces[number - 1].word { return false }
        return !Self.determinersBeforeLength.contains(before)
    }

    /// Whether the lowercase plural at piece `index` is counted in millions after a number and a
    /// fused `m`: not a noun a length measures (`nounsMeasuredInMetres`). After a whole number,
    /// whose `m` is as often a length of the thing (`20m cliffs`, `30m pipes`, `50m cables`),
    /// only a unit of measure, money or time (`5m tonnes`, `10m barrels`, `66m years`: no length is
    /// measured in metres and tonnes at once) or what news counts in millions (`countedInMillions`, the
    /// plurals the corpora write after a number and `mln`/`million`/`bn`, generated by
    /// `scripts/build-counted-in-millions.py`: shares, warrants, contracts, farmers, customers), never a
    /// noun of racing.
    private func isCountedInMillions(_ index: Int, whole: Bool) -> Bool {
        let noun = lowercased(index)
        guard whole else { return !Self.nounsMeasuredInMetres.contains(noun) }
        if Self.racingNouns.contains(noun) { return false }
        return Self.countedInMillions.contains(noun) || Self.durationPlurals.contains(noun)
            || UnitTable.suffixBytes[noun].map { !UnitTable.lengths.contains($0.name) } == true
    }

    /// The plurals of `UnitTable.unitsOfTime` (a duration is no dimension here, so the unit
    /// tables do not hold them), which no length qualifies: `66m years ago` is millions of
    /// years, as `5m tonnes` is of tonnes.
    static let durationPlurals = WordSet(Set(UnitTable.unitsOfTime.map(\.plural)))

    /// Articles, determiners and possessives before a length that names a race or a thing.
    static let determinersBeforeLength: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "whose",
    ]

    /// Plurals of racing and swimming that a distance before them names (`400m runners`).
    static let racingNouns: Set<String> = [
        "hurdles", "runners", "sprinters", "swimmers", "races", "heats", "finals", "semifinals", "events", "relays",
        "dashes", "medals", "titles", "records", "times", "athletes", "specialists", "champions", "intervals", "repeats",
        "splits", "laps", "rowers", "starts",
    ]

    /// Whether the fused `m` at piece `letter` ends a range's low end whose high end is written
    /// the same way and is millions of a count.
    private func isLowEndOfMillions(_ letter: Int) -> Bool {
        guard pieces[letter].end == pieces[letter].start + 1, let highEnd = highEndOfRange(afterLowEndLetter: letter),
            highEnd + 1 < pieces.count, pieces[highEnd + 1].end == pieces[highEnd + 1].start + 1
        else { return false }
        return isMillionsOfACount(numberAt: highEnd, orLowEnd: false)
    }

    /// The piece of a range's high end after the low end's fused letter at `letter`: `to`,
    /// `and` or `or` spaced, or an en dash fused on both sides, then a number (`2.1m to
    /// 2.4m`, `2.1m–2.4m`); nil when no range goes on there.
    private func highEndOfRange(afterLowEndLetter letter: Int) -> Int? {
        let connector = letter + 1
        guard connector + 1 < pieces.count, pieces[connector + 1].numeral != nil else { return nil }
        if isEnDash(connector) || isHyphenOfFusedRange(connector) { return pieces[connector + 1].attached ? connector + 1 : nil }
        guard !pieces[connector].attached, !pieces[connector + 1].attached,
            isWord(connector, "to") || isWord(connector, "and") || isWord(connector, "or")
        else { return nil }
        return connector + 1
    }

    /// Whether piece `index` is an en dash (U+2013) fused to the piece before it.
    private func isEnDash(_ index: Int) -> Bool {
        let piece = pieces[index]
        return piece.attached && piece.end - piece.start == 3 && text[piece.start] == 0xE2 && text[piece.start + 1] == 0x80
            && text[piece.start + 2] == 0x93
    }

    /// Plurals a length in metres qualifies rather than a count: the nouns of a dimension
    /// (`2.4m lengths`, `widths`) and the sea's and weather's heights (`1.5m waves`, `swells`,
    /// `surges`, `drifts`), which are measured, never counted in millions.
    static let nounsMeasuredInMetres: Set<String> = [
        "lengths", "widths", "heights", "depths", "waves", "swells", "seas", "surges", "tides", "drifts", "snowdrifts",
    ]

    /// Words that name the dimension a length measures (`1.5m high walls`, `2.4m long
    /// planks`): after them the plural is what is measured, not a count in millions.
    static let dimensionAdjectives: Set<String> = [
        "high", "long", "wide", "tall", "deep", "thick", "thin", "broad", "square", "cubic", "across",
    ]

    /// Whether the singular unit word `cup` or `stone` at piece `start`, after a whole number
    /// of two or more, qualifies the lower-case plural noun after it (`5 cup goals`, `3 cup
    /// finals`, `3 stone lions`): a competition or a material, no measure, since two cups of
    /// a thing are `2 cups` and a weight in stone stands before no plural noun.
    func isAttributiveUnitWord(_ unit: UnitTable.Unit, _ phrase: NumberPhrase, start: Int, end: Int) -> Bool {
        guard unit.name == "cup" || unit.name == "stone", end == start + 1, end < pieces.count,
            pieces[start].end - pieces[start].start == unit.name.utf8.count, !pieces[end].attached,
            phrase.value.isInteger, phrase.value.double >= 2
        else { return false }
        return isLowercasePlural(end)
    }

    /// Whether `carat` after `phrase`, ending before piece `end`, is a purity of gold, CLDR's
    /// `karat`, not the mass `carat`: a whole number from 1 to 24 before `gold`, a colour of
    /// gold (`18 carat white gold`), or another such purity (`14 carat and 18 carat gold`).
    func isPurityOfGold(_ phrase: NumberPhrase, end: Int) -> Bool {
        guard phrase.value.isInteger, (1...24).contains(phrase.value.double) else { return false }
        var index = end
        if index + 2 < pieces.count, isWord(index, "and") || isWord(index, "or"), pieces[index + 1].numeral != nil,
            isWord(index + 2, "carat") || isWord(index + 2, "carats")
        {
            index += 3
        }
        if index < pieces.count, Self.goldColours.contains(lowercased(index)) { index += 1 }
        return index < pieces.count && lowercased(index) == "gold"
    }

    /// Words between a purity and `gold`.
    static let goldColours: Set<String> = ["white", "yellow", "rose", "red", "green", "pink", "solid", "pure"]

    /// Times after `a` or `per` that a temperature may precede (`30 c a day earlier`).
    static let priceTimeWords: Set<String> = ["day", "week", "month", "year", "hour", "night", "decade"]
}
