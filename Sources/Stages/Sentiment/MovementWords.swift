import Foundation

/// The words of quantity movement in economic news and of the quantities that move, for
/// `MovementRule`: "costs rose", "cut 500 jobs", "a fall in unemployment", "higher prices".
///
/// A movement's tone is mostly not the word's own: a rise is good news when profits rise and bad
/// news when costs do (`MovementRule` keeps a word's own rating only when it says the same more
/// strongly, "weaken"). So each movement word has a direction, and each quantity a tone from
/// whose side of an economy's ledger it stands on, written from economic knowledge (what a
/// household, firm or government counts as a burden or as a gain), not from any rated set:
///
/// - costs, liabilities and hardship (tone -1): what a reader bears, so its rise is bad news;
/// - income, output and welfare (tone +1): what a reader earns or makes, so its rise is good news.
///
/// Quantities whose tone depends on who reads (interest rates, taxes, the dollar, imports,
/// government spending, house prices) are in neither list.
///
/// The movement words and more quantities come from WordNet 3.0 (`movement_words.txt`, built
/// by `scripts/build-movement-words.py`): every verb and noun under the senses of increase and
/// decrease (rise, grow, climb; fall, decline, drop; raise; reduce, cut, lower), all levels,
/// whose most frequent sense (SemCor's counts, all parts of speech) is that one — not
/// "include", "set", "content", "split" — and not under WordNet's development by natural growth
/// ("mature", "ripen", "evolve": "bonds maturing" move no quantity), or whose lemma the hand
/// lists hold ("plunge"),
/// with their forms and derived nouns, and the nouns whose most frequent sense lies under a
/// cost, loss, debt or hardship (bad), an income, output or employment (good), or a security
/// (asset: "debenture"; with `assets`).
enum MovementWords {
    /// What a word does in a movement clause; a word may have several roles.
    struct Role: OptionSet, Sendable, Hashable {
        let rawValue: UInt32
        /// The movement is upward ("rose", "raise", "higher", "increase").
        static let up = Role(rawValue: 1 << 0)
        /// The movement is downward ("fell", "cut", "lower", "decline").
        static let down = Role(rawValue: 1 << 1)
        /// A verb whose subject is what moves ("profits rose", passives "costs were cut").
        static let subject = Role(rawValue: 1 << 2)
        /// A verb whose object, or an adjective whose noun, is what moves ("cut costs", "higher prices").
        static let object = Role(rawValue: 1 << 3)
        /// A noun of movement: what moves follows "in"/"of" or stands just before ("a rise in costs", "job cuts").
        static let noun = Role(rawValue: 1 << 4)
        /// A quantity of income, output or welfare.
        static let good = Role(rawValue: 1 << 5)
        /// A quantity of cost, liability or hardship.
        static let bad = Role(rawValue: 1 << 6)
        /// A measure named by the word before it ("the unemployment rate", "the price index").
        static let measure = Role(rawValue: 1 << 7)
        /// An amount or a preposition of amount after a movement verb ("pct", "by", "to", "from").
        static let amount = Role(rawValue: 1 << 8)
        /// A word between a subject and its verb that does not end the noun phrase's reach:
        /// auxiliaries and adverbs of degree or time ("have risen", "fell sharply").
        static let between = Role(rawValue: 1 << 9)
        /// A word that ends a verb's object or a movement noun's complement ("cut costs by …").
        static let stop = Role(rawValue: 1 << 10)
        /// A security whose price is a gain to its holder: "share prices", "prices for bonds"
        /// (`assets` and WordNet's securities in `movement_words.txt`).
        static let asset = Role(rawValue: 1 << 11)
        /// A verb of sudden or sharp movement that moves its subject with no amount after it
        /// ("shares plunged", "costs soared"): WordNet defines its sense as steep or sudden.
        static let steep = Role(rawValue: 1 << 12)
        /// "price(s)": a burden to whoever pays it, unless an asset's ("share prices").
        static let price = Role(rawValue: 1 << 13)
        /// An adverb of steep degree after a movement verb, which marks its movement sense as
        /// an amount does ("profits fell sharply", "costs rose dramatically"; `degrees`).
        static let degree = Role(rawValue: 1 << 14)
        /// "record": before a high or a low it names a quantity's new extreme ("a record low").
        static let record = Role(rawValue: 1 << 15)
        /// A high or a low after "record": an extreme reached in its direction (with `up` or
        /// `down`), whose tone is the quantity's ("unemployment hit a record low" is good news).
        static let extreme = Role(rawValue: 1 << 16)
        /// A preposition that may open a phrase inside a subject, between the quantity and
        /// its verb ("the deficit with the world narrowed", "exports to Japan rose").
        static let preposition = Role(rawValue: 1 << 17)
        /// A word of forecast that raises its infinitive's subject ("exports are forecast to
        /// rise", "costs are expected to fall", "output is set to grow").
        static let forecast = Role(rawValue: 1 << 18)
        /// A movement word whose most frequent noun sense is a time ("fall": autumn; from
        /// `movement_words.txt`): after a word of time reference it names that time ("next fall").
        static let time = Role(rawValue: 1 << 19)
        /// A word that refers a time noun to a point in time ("next", "last", "this"; `timeReferences`).
        static let timeReference = Role(rawValue: 1 << 20)
        /// A word that ends in a single "s" ("fears", "declines", "rises"; not "loss"): a plural
        /// noun or a verb's third person singular, which do not agree (`MovementRule`: "fears of
        /// dollar declines" holds the noun "declines", not a verb whose subject is "fears").
        static let sForm = Role(rawValue: 1 << 21)
        /// A verb of thriving (`thrivings`): what thrives is well off, so with no quantity
        /// for its subject the movement is good news ("small firms are thriving").
        static let thriving = Role(rawValue: 1 << 22)
        /// A word that names a price index just before "index" with no price word (`priceIndexNames`:
        /// "the wholesale index", "the crude materials index"): the index measures prices.
        static let priceIndexName = Role(rawValue: 1 << 23)
    }

    /// Costs, liabilities and hardship: their rise is bad news, their fall good news.
    static let burdens = [
        // costs and prices paid
        "cost", "costs", "expense", "expenses", "charges", "bill", "bills", "price", "prices", "inflation",
        "tariffs", "deflator",
        // the price indices' abbreviations, which name the index themselves: "the CPI rose 0.4 pct"
        // (review97; `priceIndexNames` reads them only before "index")
        "cpi", "ppi", "wpi", "rpi", "hicp",
        // liabilities and losses
        "loss", "losses", "deficit", "deficits", "debt", "debts", "liabilities", "borrowing", "arrears",
        "writedowns", "provisions",
        // hardship
        "unemployment", "unemployed", "jobless", "joblessness", "layoffs", "redundancies", "claims",
        "bankruptcies", "insolvencies", "defaults", "delinquencies", "foreclosures", "poverty", "homelessness",
        "crime", "casualties", "deaths", "fatalities", "toll", "shortage", "shortages",
        // strain
        "volatility", "uncertainty", "tensions", "fears", "worries", "concerns", "risk", "risks", "pressure",
        "pressures",
    ]

    /// Income, output and welfare: their rise is good news, their fall bad news.
    static let gains = [
        // income
        "profit", "profits", "earnings", "income", "incomes", "revenue", "revenues", "sales", "turnover",
        "dividend", "dividends", "margin", "margins", "surplus", "wages", "salaries", "savings", "reserves", "assets",
        // output and trade
        "output", "production", "productivity", "growth", "gdp", "economy", "exports", "orders", "bookings",
        "demand", "investment", "investments",
        // work
        "jobs", "job", "employment", "payrolls", "hiring",
        // confidence and asset values
        "confidence", "shares", "stocks", "equities",
    ]

    /// Measures named by the word before them: "the unemployment rate" is unemployment.
    static let measures = [
        "rate", "rates", "level", "levels", "figure", "figures", "number", "numbers", "index", "indices", "indexes",
        "total", "count", "ratio", "volume", "volumes",
    ]

    /// Amounts and prepositions of amount that mark a verb's movement sense ("rose 5 pct", "fell to",
    /// "rose to a record"), and "than" after "more"/"less" ("fell less than expected": still a fall).
    static let amounts = [
        "pct", "percent", "per", "points", "point", "billion", "million", "bln", "mln", "by", "to", "from", "than",
    ]

    /// Auxiliaries and adverbs that may stand between a quantity and its verb or after the verb.
    static let between = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "did", "do", "does",
        "also", "again", "further", "sharply", "slightly", "steadily", "marginally", "modestly", "strongly",
        "substantially", "significantly", "considerably", "rapidly", "dramatically", "only", "already", "all",
        "both", "each", "somewhat", "slowly", "quickly", "steeply", "more", "less",
    ]

    /// Adverbs of steep degree that mark a verb's movement sense with no amount after it
    /// ("sales declined sharply"): each says the quantity moved by much, which only a quantity
    /// does ("rose sharply" is a rise; "fell in love" has no such adverb). Milder ones
    /// ("slightly", "modestly") stay only `between`: "sank slowly" may be a ship.
    static let degrees = [
        "sharply", "steeply", "dramatically", "significantly", "substantially", "considerably", "markedly",
        "strongly", "rapidly",
    ]

    /// A quantity's extremes and their direction, read after "record" (`MovementRule`).
    static let extremes: [(String, Role)] = [
        ("high", [.up, .extreme]), ("highs", [.up, .extreme]), ("low", [.down, .extreme]), ("lows", [.down, .extreme]),
    ]

    /// Words that end a verb's object or a movement noun's complement.
    static let stops = [
        "by", "to", "from", "in", "of", "for", "on", "at", "with", "and", "or", "but", "than", "as", "after",
        "before", "because", "while", "which", "that", "who", "since", "over", "during",
    ]

    /// Prepositions that open a phrase qualifying a subject's quantity ("the deficit with the
    /// world", "confidence in the recovery", "exports to Japan"): `MovementRule` reads the
    /// quantity before such a phrase as its verb's subject.
    static let prepositions = ["in", "of", "with", "for", "on", "at", "to", "from", "over", "among", "across"]

    /// Words of forecast before "to" and a verb of movement, whose subject is the verb's
    /// ("exports are forecast to jump", "inflation is likely to ease"): `MovementRule` reads
    /// past them to the quantity. Not "unlikely": it says the movement will not happen
    /// ("nickel prices are unlikely to rise"), and the rule has no reading of that.
    static let forecasts = [
        "expected", "forecast", "projected", "predicted", "estimated", "likely", "set", "poised",
        "seen", "due", "tipped", "bound", "continuing", "continue", "continues", "continued", "seems", "seem",
        "appears", "appear",
    ]

    /// Words that place a time noun in time ("next fall", "last fall", "this fall", "early
    /// fall"): a movement word that is also a time (`Role.time`) is that time after one of them,
    /// unless "in", "of" or "by" follows ("this fall in prices" is a fall).
    static let timeReferences = ["next", "last", "this", "early", "late", "every", "each"]

    /// The verbs of WordNet 3.0's thrive v1 ("grow vigorously": boom, thrive, flourish) and
    /// prosper v1 ("make steady progress; be at the high point in one's career or reign":
    /// prosper, thrive, flourish, boom), their single words with their forms. They move their
    /// subject up as "grow" does ("costs are booming" is bad news), and what thrives, when it is
    /// no quantity, is well off: "the region's farms prospered". `movement_words.txt` lists
    /// some of them under increase already; this adds the rest and the role. Of "boom", only
    /// the forms that are verbs alone: "boom" and "booms" are nouns and an interjection too.
    static let thrivings = [
        "thrive", "thrives", "thrived", "thriving", "throve", "thriven", "flourish", "flourishes", "flourished",
        "flourishing", "prosper", "prospers", "prospered", "prospering", "boomed", "booming",
    ]

    /// Securities whose price is a gain to their holder ("share prices", "prices of bonds");
    /// `movement_words.txt` adds WordNet's. An index is one too when no quantity names it
    /// (`MovementRule`): "the Nikkei index climbed to a record high" is a market's stock index,
    /// "the price index" a measure of prices (a measure first, `measures`).
    static let assets = ["share", "shares", "stock", "stocks", "bond", "bonds", "equity", "index", "indices", "indexes"]

    /// The words that name the price indices statistics offices publish, when they stand just
    /// before "index" with no price word: consumer (the CPI), producer (the PPI, and its stages of
    /// processing, "crude materials" and "intermediate materials"), wholesale, import and export
    /// (price indices of trade), and the indices' abbreviations (CPI, PPI, WPI, RPI, HICP).
    /// `MovementRule` reads such an index as prices, a burden, not as a market's: "the crude
    /// materials index climbed" is bad news, as "the price index climbed" is. The GDP deflator,
    /// a price measure with no "index", is among `burdens`.
    static let priceIndexNames = [
        "consumer", "consumers", "producer", "producers", "wholesale", "import", "export", "materials", "cpi", "ppi",
        "wpi", "rpi", "hicp",
    ]

    /// The words of a price, whose tone turns on whether an asset's price is meant.
    static let prices = ["price", "prices"]

    /// Each word with its roles: the directions and quantities of `movement_words.txt`
    /// (`shippedText`), the quantities above and the function words.
    static var roles: [(String, Role)] { roles(from: shippedText) }

    /// Each word with its roles: the directions and quantities of `text` (lines of
    /// `movement_words.txt`), the quantities above and the function words.
    static func roles(from text: String) -> [(String, Role)] {
        let lists: [([String], Role)] = [
            (burdens, .bad), (gains, .good), (measures, .measure), (amounts, .amount), (between, .between),
            (stops, .stop), (assets, .asset), (prices, .price), (degrees, .degree), (["record"], .record),
            (prepositions, .preposition), (forecasts, .forecast), (timeReferences, .timeReference),
            (thrivings, [.up, .subject, .thriving]), (priceIndexNames, .priceIndexName),
        ]
        var roles = read(text) + extremes
        for (words, role) in lists { roles += words.map { ($0, role) } }
        return roles.map { word, role in (word, endsInSingleS(word) ? role.union(.sForm) : role) }
    }

    /// Whether `word` ends in one "s" after a letter other than "s", "u" or "i" ("costs",
    /// "rises"; not "loss", "bonus", "crisis"): the ending of a plural noun or of a verb's
    /// third person singular (`Role.sForm`).
    /// Read from the word's end, with no copy of its bytes (the lexicon asks it of every listed word).
    static func endsInSingleS(_ word: String) -> Bool {
        var letters = word.utf8.reversed().makeIterator()
        guard letters.next() == UInt8(ascii: "s"), let before = letters.next() else { return false }
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    /// The words of movement and the quantities `scripts/build-movement-words.py` draws from
    /// WordNet 3.0, as shipped in the bundle ("" when the file is missing: `SentimentLexicon.bundled`
    /// reports that).
    static let shippedText: String = {
        guard let url = Bundle.module.url(forResource: "movement_words", withExtension: "txt", subdirectory: "Resources")
        else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The roles of each line `word TAB role,role… TAB origin` of `text` (`#` lines are
    /// comments; lines end as `LexiconText`'s do); a role is "up"/"down" with "subject",
    /// "object", "noun" or "steep", "good"/"bad", "asset", or "time". Read as UTF-8 bytes with
    /// `LexiconText`'s line and field walk: splitting the `String` by `Character` cost ~76M
    /// instructions a process for the 1,300-line file, and `split` on its bytes (an array per
    /// line and per field) ~12M.
    static func read(_ text: String) -> [(String, Role)] {
        var text = text
        return text.withUTF8 { bytes in
            var roles: [(String, Role)] = []
            LexiconText.forEachLine(bytes) { line in
                guard bytes[line.lowerBound] != UInt8(ascii: "#") else { return }
                let tab = LexiconText.firstIndex(of: UInt8(ascii: "\t"), in: bytes, line)
                guard tab < line.upperBound else { return }
                let fieldEnd = LexiconText.firstIndex(of: UInt8(ascii: "\t"), in: bytes, (tab + 1)..<line.upperBound)
                // The second field's names, between commas and spaces.
                var role = Role(rawValue: 0)
                var name = tab + 1
                while name < fieldEnd {
                    var nameEnd = name
                    while nameEnd < fieldEnd && bytes[nameEnd] != UInt8(ascii: ",") && bytes[nameEnd] != UInt8(ascii: " ") { nameEnd += 1 }
                    if nameEnd > name {
                        let named = String(decoding: UnsafeBufferPointer(rebasing: bytes[name..<nameEnd]), as: UTF8.self)
                        if let known = names[named] { role.formUnion(known) }
                    }
                    name = nameEnd + 1
                }
                if !role.isEmpty { roles.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<tab]), as: UTF8.self), role)) }
            }
            return roles
        }
    }

    /// The role names of `movement_words.txt`.
    private static let names: [String: Role] = [
        "up": .up, "down": .down, "subject": .subject, "object": .object, "noun": .noun, "steep": .steep, "good": .good,
        "bad": .bad, "asset": .asset, "time": .time,
    ]
}
