/// The words of quantity movement in economic news and of the quantities that move, for
/// `MovementRule`: "costs rose", "cut 500 jobs", "a fall in unemployment", "higher prices".
///
/// A movement word carries no tone of its own: a rise is good news when profits rise and bad
/// news when costs do. So each movement word has a direction, and each quantity a tone from
/// whose side of an economy's ledger it stands on, written from economic knowledge (what a
/// household, firm or government counts as a burden or as a gain), not from any rated set:
///
/// - costs, liabilities and hardship (tone -1): what a reader bears, so its rise is bad news;
/// - income, output and welfare (tone +1): what a reader earns or makes, so its rise is good news.
///
/// Quantities whose tone depends on who reads (interest rates, taxes, the dollar, imports,
/// government spending, house prices) are in neither list.
enum MovementWords {
    /// What a word does in a movement clause; a word may have several roles.
    struct Role: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
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
        /// Stock, share or bond before "price(s)": an asset's price, whose rise is a gain.
        static let asset = Role(rawValue: 1 << 11)
    }

    /// Verbs of increase whose subject is what increases (all forms).
    static let rising = [
        "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing", "grow",
        "grows", "grew", "grown", "growing", "climb", "climbs", "climbed", "climbing", "gain", "gains", "gained",
        "gaining", "jump", "jumps", "jumped", "jumping", "surge", "surges", "surged", "surging", "soar", "soars",
        "soared", "soaring", "advance", "advances", "advanced", "advancing", "swell", "swells", "swelled",
        "swollen", "widen", "widens", "widened", "widening", "mount", "mounts", "mounted", "mounting", "spike",
        "spiked", "rocket", "rocketed", "balloon", "ballooned", "double", "doubled", "triple", "tripled",
        "quadrupled", "expand", "expands", "expanded", "expanding", "accelerate", "accelerated", "accelerating",
        "rebound", "rebounds", "rebounded", "deepen", "deepens", "deepened", "deepening", "rallied",
    ]

    /// Verbs of decrease whose subject is what decreases (all forms).
    static let falling = [
        "fall", "falls", "fell", "fallen", "falling", "decline", "declines", "declined", "declining", "drop",
        "drops", "dropped", "dropping", "decrease", "decreases", "decreased", "decreasing", "dip", "dips", "dipped",
        "slip", "slips", "slipped", "slide", "slides", "slid", "sink", "sinks", "sank", "sunk", "plunge",
        "plunges", "plunged", "plunging", "plummet", "plummets", "plummeted", "tumble", "tumbles", "tumbled",
        "slump", "slumps", "slumped", "shrink", "shrinks", "shrank", "shrunk", "shrinking", "contracted", "narrow",
        "narrows", "narrowed", "narrowing", "ease", "eases", "eased", "easing", "dwindle", "dwindled", "diminish",
        "diminished", "retreat", "retreated", "sag", "sagged", "slow", "slows", "slowed", "slowing", "decelerated",
        "halved", "cooled", "cut", "reduced", "lowered", "slashed", "trimmed", "shed",
    ]

    /// Verbs of increase whose object is what increases, and adjectives of a larger amount.
    /// Not "lift": with a barrier as its object it removes it ("lift tariffs", "lift a ban").
    static let raising = [
        "raise", "raises", "raised", "raising", "boost", "boosts", "boosted", "boosting", "hike", "hiked", "increase", "increased", "increasing", "expand", "expanded",
        "double", "doubled", "higher", "rising", "growing", "mounting", "soaring", "surging", "widening",
        "deepening",
    ]

    /// Verbs of decrease whose object is what decreases, and adjectives of a smaller amount.
    static let lowering = [
        "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered",
        "lowering", "slash", "slashes", "slashed", "slashing", "trim", "trims", "trimmed", "trimming", "curb",
        "curbs", "curbed", "curbing", "lessen", "lessened", "halve", "halved", "pare", "pared", "shed", "sheds",
        "shedding", "eliminate", "eliminated", "narrowed", "falling", "declining", "decreasing", "shrinking",
        "dwindling", "slowing", "easing",
    ]

    /// Nouns of increase.
    static let rises = [
        "rise", "rises", "increase", "increases", "growth", "gain", "gains", "jump", "surge", "climb", "hike",
        "hikes", "rebound", "upturn", "upswing", "spike", "expansion", "acceleration",
    ]

    /// Nouns of decrease.
    static let falls = [
        "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "decreases", "cut", "cuts",
        "reduction", "reductions", "dip", "slump", "plunge", "slide", "contraction", "slowdown", "downturn",
        "cutback", "cutbacks",
    ]

    /// Costs, liabilities and hardship: their rise is bad news, their fall good news.
    static let burdens = [
        // costs and prices paid
        "cost", "costs", "expense", "expenses", "charges", "bill", "bills", "price", "prices", "inflation",
        "tariffs",
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
        "rate", "rates", "level", "levels", "figure", "figures", "number", "numbers", "index", "total", "count",
        "ratio", "volume", "volumes",
    ]

    /// Amounts and prepositions of amount that mark a verb's movement sense ("rose 5 pct", "fell to").
    static let amounts = [
        "pct", "percent", "per", "points", "point", "billion", "million", "bln", "mln", "by", "to", "from",
    ]

    /// Auxiliaries and adverbs that may stand between a quantity and its verb or after the verb.
    static let between = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "did", "do", "does",
        "also", "again", "further", "sharply", "slightly", "steadily", "marginally", "modestly", "strongly",
        "substantially", "significantly", "considerably", "rapidly", "dramatically", "only", "already", "all",
        "both", "each", "somewhat", "slowly", "quickly", "steeply", "more", "less",
    ]

    /// Words that end a verb's object or a movement noun's complement.
    static let stops = [
        "by", "to", "from", "in", "of", "for", "on", "at", "with", "and", "or", "but", "than", "as", "after",
        "before", "because", "while", "which", "that", "who", "since", "over", "during",
    ]

    /// Words before "price(s)" that make it an asset's price.
    static let assets = ["share", "shares", "stock", "stocks", "bond", "bonds", "equity"]

    /// Each movement word with its roles.
    static var roles: [(String, Role)] {
        let lists: [([String], Role)] = [
            (rising, [.up, .subject]), (falling, [.down, .subject]), (raising, [.up, .object]),
            (lowering, [.down, .object]), (rises, [.up, .noun]), (falls, [.down, .noun]), (burdens, .bad),
            (gains, .good), (measures, .measure), (amounts, .amount), (between, .between), (stops, .stop),
            (assets, .asset),
        ]
        var roles: [(String, Role)] = []
        for (words, role) in lists { roles += words.map { ($0, role) } }
        return roles
    }
}
