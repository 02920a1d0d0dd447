/// The constants and word lists of VADER's rules (Hutto & Gilbert, ICWSM 2014), as published
/// in `vaderSentiment` 3.3.2. What they do is in `ValenceRules`.
enum VaderRules {
    /// A booster's share of a rating point (empirically derived by VADER's authors).
    static let boost = 0.293
    /// What an ALL-CAPS word adds in a mixed-case text.
    static let capsBoost = 0.733
    /// What a negation multiplies a valence by.
    static let negation = -0.74
    /// What each `!` adds (at most four count).
    static let exclamation = 0.292
    /// What each `?` adds when there are two or three; more add `questionCap`.
    static let question = 0.18
    static let questionCap = 0.96
    /// The `alpha` of `compound = x / sqrt(x² + alpha)`.
    static let alpha = 15.0

    /// Words that negate the valence of a word up to three words after them (as do words
    /// with `n't` in them).
    static let negations = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
        "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
        "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't",
        "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh",
        "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont",
        "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    /// Degree adverbs that raise the intensity of the word they precede.
    static let boosters = [
        "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
        "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
        "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
        "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
        "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
        "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
        "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
    ]

    /// Degree adverbs that lower it ("kind of" and the other two-word ones are phrases).
    static let dampeners = [
        "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal", "marginally",
        "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sorta",
        "sortof", "sort-of",
    ]

    /// Two-word dampeners, which lower a word two or three words after them.
    static let dampenerPhrases = [["just", "enough"], ["kind", "of"], ["sort", "of"]]

    /// Phrases with lexicon words whose meaning is not the sum of their words: the valence of
    /// the phrase replaces that of its lexicon word.
    static let specialCases: [([String], Double)] = [
        (["the", "shit"], 3), (["the", "bomb"], 3), (["bad", "ass"], 1.5), (["bus", "stop"], 0),
        (["yeah", "right"], -2), (["kiss", "of", "death"], -1.5), (["to", "die", "for"], 3),
        (["beating", "heart"], 3.5),
    ]
}
