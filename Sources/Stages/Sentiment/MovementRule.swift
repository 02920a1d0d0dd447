/// A clause rule of economic news: a movement word takes the tone of what moves.
///
/// "Costs rose" is bad news and "profits rose" good, "cut costs" good and "cut jobs" bad: a
/// movement's tone is its direction times the tone of the quantity that moves
/// (`MovementWords`: costs, liabilities and hardship -1; income, output and welfare +1). The
/// movement words are WordNet's verbs and nouns of increase and decrease, through their most
/// frequent sense, and the hand lists' (`movement_words.txt`:
/// "plummeted", "skyrocketed", "rallied", "a slump in"), so the rule knows every direction
/// word, not only those met in text.
/// The quantity is found by a light reading of the clause, no parts of speech:
///
/// ```
///   subject: a verb of movement ......... the word just before it, past auxiliaries,
///     adverbs and a forecast with "to" ("net profit has risen 5 pct", "costs were cut
///     by …", "the economy has slowed", "exports are forecast to jump"), or the one
///     before a prepositional phrase there ("the deficit with the world narrowed",
///     "exports to Japan rose")
///   object:  a verb of raising or lowering, an adjective of amount
///     ............ the first quantity in the next four words, before a preposition
///     ("cut 500 jobs", "raised its dividend", "lower oil prices")
///   noun:    a noun of movement ......... the quantity just before it ("job cuts"), or
///     after "in"/"of" ("a rise in unemployment", "the fall of profits")
/// ```
/// A quantity is a measure named by the word before it too ("the unemployment rate"),
/// the head of "X of Y" ("sales of cars"), and the price of an asset (a security: "share
/// prices", "prices for bonds") is a gain to its holder, while other prices are costs.
/// The movement word's valence becomes direction × tone × `weight` (× -0.74 when negated,
/// as VADER negates), in place of its own rating ("rose" +0.77 in the news lexicon), unless
/// its own says the same more strongly ("weaken … growth", "weaken" -1.8). A rated
/// quantity keeps its own rating when the movement goes its way ("losses widened", "profits
/// rose") and is negated as VADER negates (× -0.74) when it goes against it: "profits fell" is no
/// praise of profits, "losses narrowed" no gloom (since 2026-12-07, sentnews23; before, "Profits
/// fell." read positive from VADER's "profits" +1.9). A verb followed by an amount,
/// "by", "to" or "from" (an adverb or two between), a steep verb ("shares plunged",
/// `MovementWords.Role.steep`) or one an adverb of steep degree follows ("profits fell
/// sharply", `MovementWords.Role.degree`) reads its subject first; any other verb of movement
/// reads its object first and its subject after ("higher costs cut profits": the profits
/// move), so a listed quantity moves with no amount too ("profits fell.", "the deficit
/// narrowed"; since 2026-12-06, sentnews16). A high or low after "record" takes the tone of
/// the quantity before it ("unemployment hit a record low" is good news, "costs at record
/// highs" bad; `MovementWords.Role.extreme`); the quantity lists keep other senses out ("fell
/// in love", "rose to power", "cut the ribbon"). "no" or "without" in the three words before
/// the subject reverses its movement as a negation between them does ("no wage increase", "no
/// one expects prices to rise"; not the adverb "no longer"), and a movement word that is also a time names that time
/// after "next", "last", "this" ("takes effect next fall"; `MovementWords.Role.time`; since
/// 2026-12-06, sentnews17).
///
/// Cost: O(words) per sentence: one pass over the words' roles; in a sentence with a movement
/// word, each such word looks at most five words either side.
struct MovementRule: Sendable, Hashable {
    /// The size of a movement's valence: what a quantity's rise or fall says.
    var weight: Double

    /// The rule the calibrated scorer applies. The weight was chosen among 0.01–3 on the
    /// news proxy's dev half (r flat from 0.01 to 0.5, falling above) with leave-one-domain-out
    /// r on the three rated sets as the tie-break (rising with the weight); see `docs/accuracy.md`.
    static let shipped = MovementRule(weight: 0.5)

    typealias Words = UnsafeBufferPointer<SentimentWord>

    /// Gives each movement word of `words` that finds its quantity the movement's tone.
    ///
    /// Inlined, so that the sentences with no movement word (most) cost the caller one pass
    /// over the roles and no call that takes the whole lexicon.
    @inline(__always)
    func apply(_ words: Words, lexicon: SentimentLexicon, to valences: inout [Double]) {
        guard weight != 0, let first = firstMovement(words) else { return }
        give(words, from: first, lexicon: lexicon, to: &valences)
    }

    /// `apply` from the first movement word, at `first`, on.
    private func give(_ words: Words, from first: Int, lexicon: SentimentLexicon, to valences: inout [Double]) {
        for i in first..<words.count {
            let roles = role(words[i], lexicon)
            guard !roles.isDisjoint(with: [.up, .down]) else { continue }
            if roles.contains(.time) && namesTime(words, i, lexicon) { continue }
            var found: Found? = nil
            // a verb marked as a movement reads its subject first; any other, its object first
            let marked = roles.contains(.subject) && (roles.contains(.steep) || marksAmount(words, after: i, lexicon))
            if marked { found = subject(words, of: i, lexicon) }
            if found == nil && roles.contains(.object) { found = object(words, of: i, lexicon) }
            if found == nil && roles.contains(.subject) && !marked { found = subject(words, of: i, lexicon) }
            if found == nil && roles.contains(.noun) { found = noun(words, of: i, lexicon) }
            if roles.contains(.extreme) { found = record(words, of: i, lexicon) }
            // what thrives is well off when no quantity is named: the verb is its own good news
            // (bad news when a word naming what thrives is rated bad: "corruption thrived")
            if found == nil && roles.contains(.thriving) { found = Found(tone: thriver(words, of: i, lexicon), at: i, headed: true) }
            guard let found else { continue }
            let direction = roles.contains(.up) ? 1.0 : -1.0
            let moved = direction * found.tone * (found.negated ? VaderRules.negation : 1)
            valences[i] = Self.kept(valences[i], moved * weight)
            // a rated quantity moving against its own tone is negated ("profits fell", "debt was cut"),
            // and so are the rated words that name it with it ("bad loans fell", "profit margins shrank")
            if moved * valences[found.at] < 0 { valences[found.at] *= VaderRules.negation }
            // a quantity just before a word that may be a noun of movement, with no amount after it,
            // may name that noun ("weak investment gains", "bad profit falls"): its words describe the movement
            if found.headed || (roles.contains(.noun) && !marked && found.at == i - 1) { continue }
            for k in modifiers(words, of: found.at, lexicon) where moved * valences[k] < 0 { valences[k] *= VaderRules.negation }
        }
    }

    /// The indices of the one or two words just before the quantity at `at` that may name it
    /// with it, a modifier ("bad loans", "profit margins", "strong sales"): in its clause, not a
    /// number, a negation, a movement word, nor a word of `stop`, `between` or `preposition`,
    /// which end a noun phrase before its head. A rated modifier is part of what moves: "Bad
    /// loans fell by a third" reported a fall of a bad thing, good news, while "bad" (-2.5) kept
    /// its rating and read the sentence as bad (-.27, sentnews23's lead); "Profit margins
    /// shrank" read +.23 from "profit" the same way. Nor a word that governs a clause
    /// (`governing`): "Critics doubt sales will grow" names no doubtful sales.
    private func modifiers(_ words: Words, of at: Int, _ lexicon: SentimentLexicon) -> Range<Int> {
        var k = at
        while k > max(0, at - 2) {
            let word = words[k - 1]
            guard !word.endsClause, !word.isNumber, !isNegation(word, lexicon),
                role(word, lexicon).isDisjoint(with: [.up, .down, .stop, .between, .preposition, .amount]),
                !word.traits.contains(.clauseRoles) || lexicon.roles[Int(word.id)].isDisjoint(with: Self.governing)
            else { break }
            k -= 1
        }
        return k..<at
    }

    /// The `ClauseWords` roles of verbs and nouns that take a clause or an object, which a
    /// quantity after them is the subject or object of, not named by: "Critics doubt sales will
    /// grow", "Analysts expect weak profits to improve", "fears profits will fall". No part of
    /// speech is read, so verbs outside these lists ("doubted", "dispute", "excludes") still pass.
    static let governing: ClauseWords.Role = [.reporting, .hedge, .modal, .denial, .doubt, .prevention, .avoidance,
                                              .need, .stopping, .obligation, .contrast, .concession]

    /// A movement word's valence: the rule's `moved`, unless the word's `own` valence says the
    /// same more strongly ("weaken … growth": "weaken" -1.8 against the rule's -0.5).
    @inline(__always)
    static func kept(_ own: Double, _ moved: Double) -> Double {
        own * moved > 0 && abs(own) > abs(moved) ? own : moved
    }

    /// A quantity found for a movement word: its tone, and whether a negation stands between them.
    struct Found {
        var tone: Double
        /// The index of the word that gave the tone (the quantity, or the word naming a measure's).
        var at: Int
        var negated = false
        /// Whether the quantity names the movement noun after it ("job cuts", "hefty pay rises"):
        /// the words before it then describe the movement, not the quantity.
        var headed = false
    }

    /// The index of the first movement word of `words` (its `SentimentLexicon.Traits` say it
    /// moves up or down), nil when there is none: most sentences hold none, and this one pass
    /// over the words, which carry their traits, is all they cost.
    @inline(__always)
    private func firstMovement(_ words: Words) -> Int? {
        words.firstIndex { $0.traits.contains(.movement) }
    }

    @inline(__always)
    private func role(_ word: SentimentWord, _ lexicon: SentimentLexicon) -> MovementWords.Role {
        word.id >= 0 ? lexicon.movements[Int(word.id)] : []
    }

    /// The scorer's negation test (the rule runs only when clauses are read, so "despite" is a
    /// concession), and "no" before the quantity ("no job cuts"), which VADER's list leaves to
    /// its own rule.
    @inline(__always)
    private func isNegation(_ word: SentimentWord, _ lexicon: SentimentLexicon) -> Bool {
        word.id == lexicon.rule.no || lexicon.negates(word, readingClauses: true)
    }

    /// Whether the movement word at `i`, also a time (`Role.time`: "fall"), names that time: a
    /// word of time reference just before it ("next fall", "last fall") and no "in", "of" or
    /// "by" after it ("this fall in prices").
    private func namesTime(_ words: Words, _ i: Int, _ lexicon: SentimentLexicon) -> Bool {
        guard i > 0, !words[i - 1].endsClause, role(words[i - 1], lexicon).contains(.timeReference) else { return false }
        guard i + 1 < words.count, !words[i].endsClause else { return true }
        let next = words[i + 1].id
        return next != lexicon.rule.in && next != lexicon.rule.of && next != lexicon.rule.by
    }

    /// Whether the verb at `i` is followed, in its clause and past at most two adverbs, by an
    /// amount or "by"/"to"/"from" (the movement sense: "rose 5 pct", not "rose to speak"), or
    /// by an adverb of steep degree ("fell sharply", `MovementWords.degrees`).
    private func marksAmount(_ words: Words, after i: Int, _ lexicon: SentimentLexicon) -> Bool {
        var k = i
        for _ in 0..<3 {
            if words[k].endsClause || k == words.count - 1 { return false }
            k += 1
            if words[k].isNumber || !role(words[k], lexicon).isDisjoint(with: [.amount, .degree]) { return true }
            guard role(words[k], lexicon).contains(.between) else { return false }
        }
        return false
    }

    /// The quantity just before the verb at `i`, past auxiliaries, adverbs, negations and a
    /// forecast with "to" (`MovementWords.forecasts`), or before a phrase there (`phrased`).
    private func subject(_ words: Words, of i: Int, _ lexicon: SentimentLexicon) -> Found? {
        var j = i - 1
        var negated = false
        while j >= 0 && !words[j].endsClause {
            if isNegation(words[j], lexicon) {
                negated.toggle()
            } else if words[j].id == lexicon.rule.to && j > 0 && !words[j - 1].endsClause
                && role(words[j - 1], lexicon).contains(.forecast)
            {
                j -= 1  // "are forecast to rise": past the forecast too
            } else if !role(words[j], lexicon).contains(.between) {
                break
            }
            j -= 1
        }
        guard j >= 0, !words[j].endsClause else { return nil }
        var at = j
        if quantity(words, at: j, lexicon) == nil {
            guard let k = phrased(words, before: j, lexicon) else { return nil }
            at = k
        }
        // a plural before a word in "-s" is no subject of that word, which is a noun ("fears of
        // renewed dollar declines", "costs rises" being no English)
        if role(words[at], lexicon).contains(.sForm) && role(words[i], lexicon).contains(.sForm) { return nil }
        guard var found = quantity(words, at: at, lexicon) else { return nil }
        found.negated = negated != negatedBeforeSubject(words, at, lexicon)
        return found
    }

    /// Whether "no" or "without" stands in the three words before the subject at `at`, in its
    /// clause and before a conjunction, relative word or preposition (a `stop`): a negating
    /// determiner denies the subject's movement ("no wage increase", "no one expects prices to
    /// rise", "without a deficit cut"; not "not because costs rose"). A negated verb there is not
    /// read: "did not expect prices to rise so much" says they rose, as "can't explain the stock
    /// rise" does (on news text "not" before the subject was right 5 times and wrong 7).
    private func negatedBeforeSubject(_ words: Words, _ at: Int, _ lexicon: SentimentLexicon) -> Bool {
        var k = at - 1
        while k >= max(0, at - 3) && !words[k].endsClause {
            // "no longer" is an adverb, no determiner ("no longer wants to see a decline")
            let noLonger = k + 1 < at && words[k + 1].id == lexicon.rule.longer
            if (words[k].id == lexicon.rule.no && !noLonger) || words[k].id == lexicon.rule.without { return true }
            if role(words[k], lexicon).contains(.stop) { return false }
            k -= 1
        }
        return false
    }

    /// The index of the quantity before a prepositional phrase that ends at `j` ("the deficit
    /// with the world", "confidence in the group's turnaround"): the word before the phrase's
    /// preposition, at most five words back in the clause, when no movement word, conjunction
    /// or relative word (another `stop`) comes first.
    private func phrased(_ words: Words, before j: Int, _ lexicon: SentimentLexicon) -> Int? {
        var k = j
        while k >= max(1, j - 5) {
            let roles = role(words[k], lexicon)
            if words[k].endsClause || !roles.isDisjoint(with: [.up, .down]) { return nil }
            if roles.contains(.preposition) {
                guard !words[k - 1].endsClause, quantity(words, at: k - 1, lexicon) != nil else { return nil }
                return k - 1
            }
            if roles.contains(.stop) { return nil }
            k -= 1
        }
        return nil
    }

    /// The quantity of the high or low at `i` when "record" stands just before it: the nearest
    /// one in the seven words before "record", in its clause ("unemployment fell to a record
    /// low", "stocks closed at record highs"). Elsewhere a high or low is no movement.
    private func record(_ words: Words, of i: Int, _ lexicon: SentimentLexicon) -> Found? {
        guard i > 1, !words[i - 1].endsClause, role(words[i - 1], lexicon).contains(.record) else { return nil }
        var j = i - 2
        while j >= max(0, i - 8) && !words[j].endsClause {
            if let found = quantity(words, at: j, lexicon) { return found }
            j -= 1
        }
        return nil
    }

    /// The first quantity in the four words after `i`, before a preposition or the clause's end;
    /// when it names a good or bad quantity just after it, that one, the compound's head ("cut
    /// wage costs" lowers costs, "lowered its debt ratings" ratings: English compounds are
    /// headed last). Not a measure after it: a measure takes the tone of the word before it
    /// (`quantity`), which would lose an asset's price ("a drop in share price index futures"
    /// is a fall in an asset's price, not in a cost).
    private func object(_ words: Words, of i: Int, _ lexicon: SentimentLexicon) -> Found? {
        var k = i
        while k < min(i + 4, words.count - 1) && !words[k].endsClause {
            k += 1
            if role(words[k], lexicon).contains(.stop) { return nil }
            if !role(words[k], lexicon).isDisjoint(with: [.good, .bad]) && namesGoodOrBad(words, k, lexicon) {
                k += 1
            }
            if var found = quantity(words, at: k, lexicon, lookingBack: false) {
                found.negated = negatedBefore(words, i, lexicon)
                return found
            }
        }
        return nil
    }

    /// The quantity just before the noun at `i`, or the first one after "in"/"of" after it,
    /// unless a movement word follows "in"/"of": that word moves the quantity ("progress in
    /// cutting the deficit").
    private func noun(_ words: Words, of i: Int, _ lexicon: SentimentLexicon) -> Found? {
        if i > 0 && !words[i - 1].endsClause, var found = quantity(words, at: i - 1, lexicon, lookingBack: false) {
            found.negated = negatedBefore(words, i - 1, lexicon)
            found.headed = true
            return found
        }
        guard i + 2 < words.count, !words[i].endsClause, !words[i + 1].endsClause,
            words[i + 1].id == lexicon.rule.in || words[i + 1].id == lexicon.rule.of,
            role(words[i + 2], lexicon).isDisjoint(with: [.up, .down])
        else { return nil }
        return object(words, of: i + 1, lexicon)
    }

    /// Whether one of the two words before `i` (in its clause) negates.
    private func negatedBefore(_ words: Words, _ i: Int, _ lexicon: SentimentLexicon) -> Bool {
        (i > 0 && !words[i - 1].endsClause && isNegation(words[i - 1], lexicon))
            || (i > 1 && !words[i - 1].endsClause && !words[i - 2].endsClause && isNegation(words[i - 2], lexicon))
    }

    /// The tone of the quantity at `h`: its own, or, for a measure, the word before it
    /// ("unemployment rate") or the head of "X of Y" before it ("the cost of living index"); an
    /// asset and its price gain (`assetPrice`), and so does an index that no quantity before it
    /// names (`MovementWords.assets`: "the Dax index rose"). With `lookingBack`,
    /// also the head of "X of h" ("sales of cars", "cost of living"; "prices of bonds": the
    /// asset at `h` gains before the head is read).
    private func quantity(_ words: Words, at h: Int, _ lexicon: SentimentLexicon, lookingBack: Bool = true) -> Found? {
        let roles = role(words[h], lexicon)
        let before = h > 0 && !words[h - 1].endsClause ? role(words[h - 1], lexicon) : []
        if roles.contains(.price) && assetPrice(words, at: h, before: before, lexicon) { return Found(tone: 1, at: h) }
        if roles.contains(.bad) { return Found(tone: -1, at: h) }
        if roles.contains(.good) { return Found(tone: 1, at: h) }
        // a measure named by the word before it first: "the price index" measures prices, while
        // an index no quantity names is a market's ("the Nikkei index"), an asset
        if roles.contains(.measure) && h > 0, let named = tone(before, at: h - 1) { return named }
        // or by the head of "X of Y" before it: "the cost of living index" measures costs
        if roles.contains(.measure) && h > 2 && words[h - 2].id == lexicon.rule.of && !words[h - 3].endsClause
            && !words[h - 2].endsClause, let named = tone(role(words[h - 3], lexicon), at: h - 3) {
            return named
        }
        // an index a statistics office names for prices, with no price word, measures prices: "the
        // crude materials index climbed", "the wholesale index rose" (`MovementWords.priceIndexNames`)
        if roles.contains(.measure) && roles.contains(.asset) && before.contains(.priceIndexName) {
            return Found(tone: -1, at: h - 1)
        }
        // an index a word of tone names measures that thing, no market: "the misery index rose"
        // is bad news, "the fear index fell" good
        if roles.contains(.measure) && roles.contains(.asset) && h > 0 && !words[h - 1].endsClause,
            let named = rated(words[h - 1], at: h - 1, lexicon)
        {
            return named
        }
        if roles.contains(.asset) && !modifiesQuantity(words, h, lexicon) { return Found(tone: 1, at: h) }
        if roles.contains(.measure) && h > 0 { return nil }
        guard lookingBack, h > 1, words[h - 1].id == lexicon.rule.of, !words[h - 2].endsClause else { return nil }
        return tone(role(words[h - 2], lexicon), at: h - 2)
    }

    /// Whether the price at `h` is an asset's: an asset just before it ("share prices") or
    /// within three words after its "of"/"for", in its clause and before another preposition
    /// ("prices for bonds", "prices of government bonds"). Its rise is a gain to the holder.
    private func assetPrice(_ words: Words, at h: Int, before: MovementWords.Role, _ lexicon: SentimentLexicon) -> Bool {
        if before.contains(.asset) { return true }
        guard h + 2 < words.count, !words[h].endsClause, !words[h + 1].endsClause,
            words[h + 1].id == lexicon.rule.of || words[h + 1].id == lexicon.rule.for
        else { return false }
        for k in (h + 2)..<min(h + 5, words.count) {
            let roles = role(words[k], lexicon)
            if roles.contains(.asset) { return true }
            if words[k].endsClause || roles.contains(.stop) { return false }
        }
        return false
    }

    /// Whether the word at `h` names a good or bad quantity just after it, in its clause ("wage
    /// costs", "debt ratings"), the head of their compound.
    private func namesGoodOrBad(_ words: Words, _ h: Int, _ lexicon: SentimentLexicon) -> Bool {
        h + 1 < words.count && !words[h].endsClause && !role(words[h + 1], lexicon).isDisjoint(with: [.good, .bad])
    }

    /// Whether the word at `h` names the quantity that follows it ("stock losses", "share prices").
    private func modifiesQuantity(_ words: Words, _ h: Int, _ lexicon: SentimentLexicon) -> Bool {
        h + 1 < words.count && !words[h].endsClause
            && !role(words[h + 1], lexicon).isDisjoint(with: [.good, .bad, .measure])
    }

    /// The tone of a word's own rating, at `at`: -1 for a word rated bad ("misery", "fear"), +1
    /// for one rated good, nil for an unrated word. Costs one array read.
    @inline(__always)
    private func rated(_ word: SentimentWord, at: Int, _ lexicon: SentimentLexicon) -> Found? {
        guard word.isRated else { return nil }
        let valence = lexicon.valences[Int(word.id)]
        return valence < 0 ? Found(tone: -1, at: at) : valence > 0 ? Found(tone: 1, at: at) : nil
    }

    /// The tone of what the verb of thriving at `i` says thrives, when no quantity is its
    /// subject: -1 when a word of its subject is rated bad (the word before the verb, past
    /// auxiliaries, adverbs and negations, and the one or two naming it: "corruption thrived",
    /// "terrorism flourished", "the bad habit is thriving"), or, for the verb used before a noun
    /// (after an article or at a clause's start), a word of the two after it ("a booming fear
    /// business"); +1 otherwise ("small firms are thriving"). A bad thing that
    /// no rated word names still reads as good news ("a thriving black market"). Costs at most
    /// a few words' look-ups.
    private func thriver(_ words: Words, of i: Int, _ lexicon: SentimentLexicon) -> Double {
        func bad(_ k: Int) -> Bool { (rated(words[k], at: k, lexicon)?.tone ?? 0) < 0 }
        var j = i - 1
        while j >= 0 && !words[j].endsClause && (isNegation(words[j], lexicon) || role(words[j], lexicon).contains(.between)) {
            j -= 1
        }
        let article = j >= 0 && (words[j].id == lexicon.rule.a || words[j].id == lexicon.rule.an || words[j].id == lexicon.rule.the)
        if j >= 0 && !words[j].endsClause && !article {
            return modifiers(words, of: j, lexicon).contains(where: bad) || bad(j) ? -1 : 1
        }
        // before a noun: the two words after it, in its clause and before a preposition or conjunction
        var k = i
        while k < min(words.count - 1, i + 2) && !words[k].endsClause {
            k += 1
            if !role(words[k], lexicon).isDisjoint(with: [.stop, .preposition]) { break }
            if bad(k) { return -1 }
        }
        return 1
    }

    @inline(__always)
    private func tone(_ roles: MovementWords.Role, at: Int) -> Found? {
        if roles.contains(.bad) { return Found(tone: -1, at: at) }
        if roles.contains(.good) || roles.contains(.asset) { return Found(tone: 1, at: at) }
        return nil
    }
}
