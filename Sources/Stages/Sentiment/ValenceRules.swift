/// VADER's rules (`vaderSentiment` 3.3.2), applied to the words of one sentence.
///
/// For each word with a valence, looking back at most three words:
/// ```
///   "no" before it (1–2 words back, or 3 with "or"/"nor" between) ....... × -0.74
///   the word in ALL CAPS while the sentence is mixed case ................. ± 0.733
///   a booster / dampener 1, 2, 3 words back (not itself rated) ........... ± 0.293 × 1, .95, .9
///     (± 0.733 more if the booster is in caps in a mixed-case sentence)
///   a negation (or n't) 1, 2, 3 words back ............................... × -0.74
///     except "never so/this …" (× 1.25) and "without doubt" (unchanged)
///   a phrase of VADER's special cases around it (the shit, bad ass, …) ... its valence instead
///   "kind of", "sort of", "just enough" 2–3 words back ................... - 0.293
///   "least" just before it (not "at least", "very least") ................ × -0.74
/// ```
/// A rated word opening one of the lexicon's news compounds ("interest rates", the news lexicon
/// only; no clause end, `,` `;` `:`, between the two words) takes the compound's valence instead,
/// before any of these rules; so does a rated security before a word that moves it ("Shares
/// plunged": `SentimentLexicon.compoundValence`).
///
/// then for the sentence: the first "but" halves what comes before it and multiplies what
/// follows by 1.5; the sum gets 0.292 per `!` (up to 4) and 0.18 per `?` (2 or 3; 0.96 for
/// more) added in its own direction; `compound = sum / sqrt(sum² + 15)`. The shares add each
/// positive valence + 1, each negative valence - 1 and each other word 1, and divide by the total.
///
/// Two deliberate differences from the Python code: "but" scales words by their position (the
/// Python code finds each value's first equal in the list, so two equal valences can swap
/// scales), and words are case-folded and looked up with `’` read as `'`.
///
/// With `clauses`, `MovementRule` first gives movement words the tone of what moves ("costs
/// rose 5 pct"), then `ClauseRules` replace the "but" rule, and "despite" is read as a
/// concession there rather than as a negation (`SentimentLexicon.negates`, the test both
/// rules share); and a denial with "to" ("failed to", "refused to", "unable to",
/// `ClauseWords.denials`), a noun of absence with "of" ("lack of", "absence of",
/// `ClauseWords.absences`) or a noun of harm with "to" ("obstacle to", "blow to", "damage
/// to", `ClauseWords.harms`) negates a rated word two or three words after it (× -0.74); the
/// denial itself then carries no valence when the denied word is rated at least as strongly
/// ("failed to win" reads as "not win", "lack of progress" as "no progress", "an obstacle to
/// peace" as "no peace"), and keeps its own otherwise ("unable to reach", "reach" 0.1: the
/// failure says more than what failed). After `MovementRule` and before the clause factors,
/// a verb of prevention negates the valences of the three words after it ("avoid a rise in
/// layoffs", "undermine confidence": `prevent`) and a noun of doubt with "over"/"about"
/// voids the good thing it questions ("doubts over the recovery": `doubt`); each pass runs
/// only in a sentence holding such a word. Before the verbs of prevention, an adjective of
/// magnitude rated for approval takes the sign of a bad thing right after it ("a strong hit",
/// "huge losses": `grade`). The clause reading also reads three words as news prose uses them:
/// "like" is a preposition, with no valence, unless a subject, modal or negation makes it a
/// verb ("looks like" against "I like", `ClauseWords.likers`); "less" reverses the word after
/// it as "least" does ("less restrictive"; not in "more or less"); and a negation reaches a
/// fourth word across articles, "be" and "necessarily" ("not necessarily be a good thing",
/// `ClauseWords.transparents`). Three more readings of news prose: a capitalised rated word in
/// an organisation's name, before a capitalised head or after one and "of", has no valence ("the
/// Security Council", "Department of Justice": `isInName`, `ClauseWords.nameHeads`);
/// "effectively" before what it qualifies means "in effect" and has none ("would effectively
/// strip": `meansInEffect`); and a modal of obligation before a verb of stopping or rejection
/// carries the writer's stance ("should veto the resolution", "must halt": `judge`). "too"
/// before an unrated word is an excess, judged as "excessive" judges ("too high": `exceed`, a
/// pass over the sentences holding "too"); "no longer" negates as "not" does, and its "no" counts
/// nothing itself, in a pass over the sentences holding "longer" (`negateAfterNoLonger`); a
/// negation stops at a verb of need, whose object counts nothing ("does not need support",
/// "no longer required to report": `stopsNegation`, `ClauseWords.needs`) unless it is a bad
/// thing, which is spared ("does not need extremely low temperatures": `needed`) unless it is there
/// already ("does not need another crisis"); a denied "afford" reads as "unable" ("cannot afford to
/// pay": `strain`), unless a verb of letting go, neglect or delay follows its "to" ("cannot afford to
/// wait", an urgency: `ClauseWords.forgoings`); "mature" as the verb of finance has no valence ("the notes mature on May 1":
/// `isVerbOfMaturity`). Unrated adjectives of degree are boosters ("an acute shortage":
/// `ClauseWords.degreeAdjectives`), not past their clause's end ("a dramatic, overnight solution").
/// A noun of ending before "to" negates what follows, as a verb of avoiding its object ("an end to
/// the war": `prevent`, `ClauseWords.endings`).
struct ValenceRules {
    let lexicon: SentimentLexicon
    var clauses: ClauseRules? = nil
    /// The movement rule applied with `clauses`, before them.
    var movement = MovementRule.shipped

    /// The score of a sentence with `words`, `exclamations` `!` and `questions` `?`, and its
    /// evidence for a calibration. `valences` is scratch space, reused across sentences.
    func score(
        _ words: UnsafeBufferPointer<SentimentWord>, exclamations: Int, questions: Int, valences: inout [Double]
    ) -> (score: SentimentScore, valence: Double, evidence: SentimentEvidence) {
        guard !words.isEmpty else { return (SentimentScore(), 0, SentimentEvidence()) }
        var upper = 0
        for word in words where word.isUpper { upper += 1 }
        let mixedCase = upper > 0 && upper < words.count
        // whether the sentence is a headline in title case, counted when a name first asks
        var titleCase: Bool? = nil
        var butIndex = -1
        var roles: ClauseWords.Role = []
        // one check of the array's uniqueness and capacity a sentence, not one a word
        valences.removeAll(keepingCapacity: true)
        valences.append(contentsOf: repeatElement(0, count: words.count))
        valences.withUnsafeMutableBufferPointer { valences in
            for i in words.indices {
                let word = words[i]
                if word.id == lexicon.rule.but && butIndex < 0 { butIndex = i }
                // the word's traits, from its hash slot, spare most words the per-id arrays
                if word.traits.contains(.clauseRoles) { roles.formUnion(lexicon.roles[Int(word.id)]) }
                // unrated words, boosters and the "kind" of "kind of" stay 0
                guard word.isRated && !word.traits.contains(.booster) else { continue }
                let rated = lexicon.valences[Int(word.id)]
                if word.id == lexicon.rule.kind && i + 1 < words.count && words[i + 1].id == lexicon.rule.of { continue }
                valences[i] = valence(words, at: i, rated: rated, mixedCase: mixedCase, titleCase: &titleCase)
            }
        }
        var clauseEvidence = (reported: 0.0, hedged: 0.0)
        if let clauses {
            // "too" is unrated: its excess is read here, only in a sentence holding it, with
            // the same word rules a rated word gets ("not too high", "far too much")
            if roles.contains(.excess) { exceed(words, mixedCase: mixedCase, titleCase: &titleCase, &valences) }
            if roles.contains(.longer) { negateAfterNoLonger(words, &valences) }
            if roles.contains(.afford) { strain(words, &valences) }
            movement.apply(words, lexicon: lexicon, to: &valences)
            if roles.contains(.magnitude) { grade(words, &valences) }
            if roles.contains(.obligation) { judge(words, &valences) }
            if !roles.isDisjoint(with: [.prevention, .ending]) { prevent(words, &valences) }
            if roles.contains(.doubt) { doubt(words, &valences) }
            clauseEvidence = clauses.apply(words, lexicon: lexicon, to: &valences)
        } else if butIndex >= 0 {
            for i in valences.indices where i != butIndex { valences[i] *= i < butIndex ? 0.5 : 1.5 }
        }
        // one pass over the valences for the score and the evidence
        let tally = valences.withUnsafeBufferPointer { Tally($0) }
        let emphasis = Self.emphasis(exclamations, questions)
        let (score, sum) = Self.combine(tally, emphasis: emphasis)
        var evidence = SentimentEvidence(tally: tally, emphasis: emphasis)
        (evidence.reported, evidence.hedged) = clauseEvidence
        return (score, sum, evidence)
    }

    /// The valence of word `i`, rated `rated` (a number: the caller skips unrated words), after
    /// the rules that look at the words before and after it.
    private func valence(
        _ words: UnsafeBufferPointer<SentimentWord>, at i: Int, rated: Double, mixedCase: Bool, titleCase: inout Bool?
    ) -> Double {
        let id = words[i].id
        // "like" is a preposition ("looks like", "countries like China") unless a subject, a
        // modal or a negation makes it a verb of liking ("I like", "would like", "don't like")
        // or "to" follows it ("farmers like to feed")
        if clauses != nil && id == lexicon.rule.like && !isVerbOfLiking(words, at: i) { return 0 }
        // a feeling word naming a term of news ("interest rates", "credit card") is not felt
        // ("in the national interest, rates rose" has none: a clause ends between the words)
        if words[i].traits.contains(.compoundHead), i + 1 < words.count, !words[i].endsClause,
            let inCompound = lexicon.compoundValence(id, words[i + 1].id)
        {
            return inCompound
        }
        if clauses != nil {
            // a capitalised rated word in an organisation's name ("the Security Council",
            // "Department of Justice") names it
            if words[i].isCapitalised && isInName(words, at: i, titleCase: &titleCase) { return 0 }
            // "effectively" before what it qualifies is "in effect" ("would effectively strip")
            if id == lexicon.rule.effectively && meansInEffect(words, at: i) { return 0 }
        }
        if clauses != nil {
            // "mature" as a verb ("the loans mature in March") says when, not how good
            if id == lexicon.rule.mature && isVerbOfMaturity(words, at: i) { return 0 }
        }
        var valence = rated
        let rule = lexicon.rule
        // "no" as a determiner negates the next rated word rather than counting itself (the adverb
        // "no longer" is read in a pass of its own, `negateAfterNoLonger`)
        if id == rule.no && i + 1 < words.count && isRated(words[i + 1]) { valence = 0 }
        // and so does a denial with "to" whose denied word says more than it ("failed to win")
        if clauses != nil && denies(words, at: i) && abs(deniedRating(words, after: i)) >= abs(rated) { valence = 0 }
        if (i > 0 && words[i - 1].id == rule.no) || (i > 1 && words[i - 2].id == rule.no)
            || (i > 2 && words[i - 3].id == rule.no && (words[i - 1].id == rule.or || words[i - 1].id == rule.nor))
        {
            valence = rated * VaderRules.negation
        }
        if words[i].isUpper && mixedCase { valence += valence > 0 ? VaderRules.capsBoost : -VaderRules.capsBoost }
        for distance in 1...3 where i >= distance && !isRated(words[i - distance]) {
            var scalar = boost(words[i - distance], valence: valence, mixedCase: mixedCase)
            // an adjective of degree measures the noun it modifies, not a word past its clause's end
            // ("the losses were massive, good news for shorts", "a dramatic, overnight solution")
            if scalar != 0 && clauses != nil && words[i - distance].endsClause && isDegree(words[i - distance]) { scalar = 0 }
            if distance == 2 {
                scalar *= 0.95
            } else if distance == 3 {
                scalar *= 0.9
                // a negation stopped at a verb of need has left the word nothing, and a booster
                // before the negation adds nothing to it ("they absolutely never needed good luck");
                // looked at only after a booster, which is rare
                if scalar != 0 && isNegation(words[i - 2]) && stopsNegation(words, at: i - 1) { scalar = 0 }
            }
            valence += scalar
            valence = negate(valence, words, at: i, distance: distance)
            if distance == 3 { valence = phrases(valence, words, at: i) }
        }
        if clauses != nil { valence = deny(valence, words, at: i) }
        // "least" negates, except in "at least" and "very least"
        if i > 0 && words[i - 1].id == rule.least && !isRated(words[i - 1]) {
            if i == 1 || (words[i - 2].id != rule.at && words[i - 2].id != rule.very) { valence *= VaderRules.negation }
        }
        if clauses != nil {
            // "less" reverses the word after it as "least" does ("far less restrictive"), but
            // not in "more or less"
            if i > 0 && words[i - 1].id == rule.less && !(i > 2 && words[i - 2].id == rule.or && words[i - 3].id == rule.more) {
                valence *= VaderRules.negation
            }
            // a negation reaches four words across articles, "be" and "necessarily"
            if i >= 4 && isNegation(words[i - 4]) && isTransparent(words[i - 1]) && isTransparent(words[i - 2])
                && isTransparent(words[i - 3])
            {
                valence *= VaderRules.negation
            }
        }
        return valence
    }

    /// Gives each "too" of `words` (a sentence holding one: `ClauseWords.Role.excess`) the valence
    /// of its excess (`excess`), read by the rules any rated word is read by: a negation before
    /// it turns it ("not too high"), a booster raises it. Run before every clause pass, as the
    /// word loop would; it costs nothing in the sentences without "too" (nearly all).
    private func exceed(
        _ words: UnsafeBufferPointer<SentimentWord>, mixedCase: Bool, titleCase: inout Bool?, _ valences: inout [Double]
    ) {
        // a lexicon that rates "too" itself has had it read in the word loop
        guard lexicon.valences[Int(lexicon.rule.too)].isNaN else { return }
        for i in words.indices where words[i].id == lexicon.rule.too {
            let rated = excess(words, at: i)
            if !rated.isNaN { valences[i] = valence(words, at: i, rated: rated, mixedCase: mixedCase, titleCase: &titleCase) }
        }
    }

    /// "no longer" negates as "not" does, in its clause: the three words after "longer" (the first
    /// of them already by VADER's "no" rule, the next two here: "no longer seen as a threat", "is
    /// no longer a concern"), each after its own word rules, as VADER negates after boosters and
    /// capitals ("no longer very profitable" as "not very profitable"). Its "no" counts nothing
    /// when a rated word is in that reach, as before a rated word; with nothing rated there it
    /// keeps its rating ("it no longer works" tells of a loss: in VADER's three rated sets 16 of
    /// the 19 texts with "no longer" and nothing rated after it are rated negative). A verb of
    /// need in the reach (`ClauseWords.needs`) denies the need, not what is needed: "no" and the
    /// rest of the reach count nothing ("no longer needs special tariffs", "is no longer
    /// required to report": neither a loss nor a gain of what was needed), but a bad thing in it
    /// is spared (`needed`: "no longer needs to restrict prices"). One pass over a
    /// sentence holding "longer" (`ClauseWords.Role.longer`), after the excess of "too" and
    /// before every clause pass; it costs nothing in the sentences without "longer".
    private func negateAfterNoLonger(_ words: UnsafeBufferPointer<SentimentWord>, _ valences: inout [Double]) {
        let rule = lexicon.rule
        for l in words.indices.dropFirst() where words[l].id == rule.longer && words[l - 1].id == rule.no {
            guard !words[l - 1].endsClause else { continue }
            var inReach = false
            var j = l
            while j < words.count - 1 && j < l + 3 && !words[j].endsClause {
                j += 1
                if isNeed(words, at: j) {
                    // the need is denied, not what is needed: "no" counts nothing, nor does the rest
                    inReach = true
                    var k = j + 1
                    while k < words.count && k <= l + 3 && !words[k - 1].endsClause {
                        valences[k] = needed(valences[k], words, need: j, at: k)
                        k += 1
                    }
                    break
                }
                if isRated(words[j]) { inReach = true }
                if j > l + 1 { valences[j] *= VaderRules.negation }
            }
            if inReach { valences[l - 1] = 0 }
        }
    }

    /// Whether word `k` is a verb of need (`ClauseWords.needs`), where a negation stops. After an
    /// article it is the noun ("the needs of moviegoers", "a need for"), which stops nothing.
    @inline(__always)
    private func isNeed(_ words: UnsafeBufferPointer<SentimentWord>, at k: Int) -> Bool {
        let id = words[k].id
        guard id >= 0, lexicon.roles[Int(id)].contains(.need) else { return false }
        guard k > 0 else { return true }
        let before = words[k - 1].id
        let rule = lexicon.rule
        return before != rule.a && before != rule.an && before != rule.the
    }

    /// Whether the word at `j` is a verb of letting go, neglect or delay (`ClauseWords.forgoings`);
    /// "pass" only before "up" ("pass up the offer"), since "pass the costs on" hands a cost on.
    @inline(__always)
    private func isForgoing(_ words: UnsafeBufferPointer<SentimentWord>, at j: Int) -> Bool {
        let id = words[j].id
        guard id >= 0 && lexicon.roles[Int(id)].contains(.forgoing) else { return false }
        return id != lexicon.rule.pass || (j + 1 < words.count && !words[j].endsClause && words[j + 1].id == lexicon.rule.up)
    }

    /// Whether "mature" at `i` is the verb of finance or growth ("the notes mature on May 1",
    /// "loans mature in 10 years", "to mature", "will mature", "they never mature"): before a
    /// preposition of time (`ClauseWords.dateCues`), a number or a capitalised word (a month), or
    /// after "to", "will", "never" or "they". The adjective keeps VADER's rating ("a mature market",
    /// "less mature.", "A mature, deeply felt fantasy": a clause's end is no cue, reviews end
    /// adjectives there), and so does "mature" after an article, a booster or a preposition of time,
    /// where no verb stands, whatever follows ("a mature European market", "in mature U.S.
    /// markets"). In news nearly every "mature" is the verb (all of Reuters' and RSS's 51).
    @inline(__always)
    private func isVerbOfMaturity(_ words: UnsafeBufferPointer<SentimentWord>, at i: Int) -> Bool {
        let rule = lexicon.rule
        if i > 0 && !words[i - 1].endsClause {
            let before = words[i - 1].id
            if before == rule.to || before == rule.will || before == rule.never || before == rule.they { return true }
            if isArticle(before) { return false }
            if before >= 0 && (lexicon.boosts[Int(before)] != 0 || lexicon.roles[Int(before)].contains(.dateCue)) {
                return false
            }
        }
        guard i + 1 < words.count, !words[i].endsClause else { return false }
        let next = words[i + 1]
        return next.isNumber || next.isCapitalised || (next.id >= 0 && lexicon.roles[Int(next.id)].contains(.dateCue))
    }

    /// The valence of "too" at `i`: an excess ("too much", "too high", "too slow") judges as
    /// "excessive" does (its rating in the lexicon), when an unrated word follows it in its
    /// clause; before a rated word ("too good", "too risky") that word carries the tone, and at
    /// a clause's end ("me too") or before an auxiliary, modal, pronoun or article ("Peru too has", "he too
    /// believed"; `ClauseWords.alsoCues`) it is "also". "too early to say", "too soon to tell" put a
    /// judgement off (a hedge, no excess: on news text nearly every "too early"/"too soon" is
    /// followed by "to say", "to tell", "to predict"). NaN when neither.
    private func excess(_ words: UnsafeBufferPointer<SentimentWord>, at i: Int) -> Double {
        guard i + 1 < words.count, !words[i].endsClause, !isRated(words[i + 1]), lexicon.rule.excessive >= 0
        else { return .nan }
        let next = words[i + 1].id
        if next >= 0 && lexicon.roles[Int(next)].contains(.alsoCue) { return .nan }
        if (next == lexicon.rule.early || next == lexicon.rule.soon) && i + 2 < words.count && !words[i + 1].endsClause
            && words[i + 2].id == lexicon.rule.to
        {
            return .nan
        }
        return lexicon.valences[Int(lexicon.rule.excessive)]
    }

    /// Whether "like" at `i` is a verb of liking: after a word of `ClauseWords.likers` or one with
    /// `n't` ("I like", "don't like"), or before "to" in its clause, where the preposition of
    /// comparison does not stand ("many farmers like to feed", "would probably like to see").
    @inline(__always)
    private func isVerbOfLiking(_ words: UnsafeBufferPointer<SentimentWord>, at i: Int) -> Bool {
        if i + 1 < words.count && !words[i].endsClause && words[i + 1].id == lexicon.rule.to { return true }
        guard i > 0 else { return false }
        let word = words[i - 1]
        return word.hasNegatedContraction || (word.id >= 0 && lexicon.roles[Int(word.id)].contains(.liker))
    }

    /// Whether the capitalised word at `i` stands in an organisation's name: before a capitalised
    /// head (`ClauseWords.nameHeads`), next to it or across one capitalised word ("Security
    /// Council", "Liberty Mutual Co"), or after a capitalised head and "of" ("Department of
    /// Justice"). No clause mark between the words. In a headline in title case, where verbs are
    /// capitalised too ("China Detains Church Leaders", "Carney Loses Cabinet Minister"), only a
    /// word that opens its clause or follows "the", "a", "an" or "of" can open a name (title case:
    /// more than half the words capitalised, counted once a sentence, the first time it is asked,
    /// in `titleCase`).
    private func isInName(_ words: UnsafeBufferPointer<SentimentWord>, at i: Int, titleCase: inout Bool?) -> Bool {
        guard hasNameHead(words, at: i) else { return false }
        guard i > 0, !words[i - 1].endsClause else { return true }
        let before = words[i - 1].id
        let rule = lexicon.rule
        if isArticle(before) || before == rule.of { return true }
        if titleCase == nil {
            var capitalised = 0
            for word in words where word.isCapitalised { capitalised += 1 }
            titleCase = capitalised * 2 > words.count
        }
        return titleCase == false
    }

    /// Whether a capitalised head stands after the word at `i` (next to it or across one
    /// capitalised word) or before it with "of"; no clause mark between.
    @inline(__always)
    private func hasNameHead(_ words: UnsafeBufferPointer<SentimentWord>, at i: Int) -> Bool {
        var j = i + 1
        while j < words.count && j <= i + 2 && !words[j - 1].endsClause && words[j].isCapitalised {
            if words[j].id >= 0 && lexicon.roles[Int(words[j].id)].contains(.nameHead) { return true }
            j += 1
        }
        guard i >= 2, words[i - 1].id == lexicon.rule.of, !words[i - 2].endsClause, !words[i - 1].endsClause else {
            return false
        }
        let head = words[i - 2]
        return head.isCapitalised && head.id >= 0 && lexicon.roles[Int(head.id)].contains(.nameHead)
    }

    /// Whether "effectively" at `i` means "in effect": something follows it in its clause ("would
    /// effectively strip", "is effectively a", "effectively frozen"), and it is no adverb of
    /// manner: not after "to", "as" or a degree word ("to effectively combat", "as effectively as",
    /// "more effectively"), nor before a preposition or conjunction (`ClauseWords.mannerCues`:
    /// "effectively and forcibly", "compete effectively in the market").
    @inline(__always)
    private func meansInEffect(_ words: UnsafeBufferPointer<SentimentWord>, at i: Int) -> Bool {
        guard i + 1 < words.count, !words[i].endsClause else { return false }
        let rule = lexicon.rule
        let next = words[i + 1].id
        if next >= 0 && lexicon.roles[Int(next)].contains(.mannerCue) { return false }
        guard i > 0 else { return true }
        let before = words[i - 1].id
        return before != rule.to && before != rule.as && !(before >= 0 && lexicon.boosts[Int(before)] != 0)
    }

    /// Whether a negation reaches across `word` (`ClauseWords.transparents`).
    @inline(__always)
    private func isTransparent(_ word: SentimentWord) -> Bool {
        word.traits.contains(.clauseRoles) && lexicon.roles[Int(word.id)].contains(.transparent)
    }

    /// The movement roles of a word a magnitude grades as an amount, not as a bad thing: a
    /// movement ("a big cut") or a good quantity ("strong demand", VADER's "demand" -0.5).
    private static let moving: MovementWords.Role = [.up, .down, .good]

    /// An adjective of magnitude rated for approval ("strong", "huge", `ClauseWords.magnitudes`)
    /// right before a bad thing in its clause (a word whose valence is -1 or below, or a noun of
    /// harm or of a blow: "a strong hit", "huge losses") measures it: it takes the thing's sign.
    /// Mildly rated words and the movement rule's words are amounts ("strong demand", "a big
    /// cut", "strong defences"), and keep the magnitude's rating.
    private func grade(_ words: UnsafeBufferPointer<SentimentWord>, _ valences: inout [Double]) {
        for k in 0..<(words.count - 1) where valences[k] > 0 && !words[k].endsClause {
            let id = words[k].id
            guard id >= 0, lexicon.roles[Int(id)].contains(.magnitude) else { continue }
            let next = words[k + 1].id
            guard next >= 0, lexicon.movements[Int(next)].isDisjoint(with: Self.moving) else { continue }
            if valences[k + 1] <= -1 || !lexicon.roles[Int(next)].isDisjoint(with: [.harm, .blow]) {
                valences[k] = -valences[k]
            }
        }
    }

    /// The rating VADER gives "stop" (-1.2): what a verb of stopping after a modal of obligation
    /// carries at least ("should veto", "must halt"), the writer asking that something stop.
    static let stance = -1.2

    /// A modal of obligation ("should", "must", "ought to") right before a verb of stopping or
    /// rejection ("veto", "halt", "resign", "step down"; or "be" and its participle: "should be
    /// scrapped") carries the writer's stance: the verb reads at least as badly as "stop", and the
    /// good words of its object, in the three words after it in its clause, are what should stop
    /// ("should abandon the reform"), negated as a verb of harm negates them; the capitalised words
    /// of a name there do not count towards the three. Not when negated ("should not abandon",
    /// "shouldn't stop", "no options should be rejected").
    private func judge(_ words: UnsafeBufferPointer<SentimentWord>, _ valences: inout [Double]) {
        let rule = lexicon.rule
        for k in words.indices where words[k].id >= 0 && lexicon.roles[Int(words[k].id)].contains(.obligation) {
            guard !words[k].hasNegatedContraction, !words[k].endsClause, !isNegatedNoun(words, k) else { continue }
            var v = k + 1
            if words[k].id == rule.ought {
                guard v < words.count, words[v].id == rule.to, !words[v].endsClause else { continue }
                v += 1
            }
            if v < words.count && words[v].id == rule.be && !words[v].endsClause { v += 1 }
            guard v < words.count, words[v].id >= 0, lexicon.roles[Int(words[v].id)].contains(.stopping) else { continue }
            if words[v].id == lexicon.rule.step {
                guard v + 1 < words.count, words[v + 1].id == rule.down || words[v + 1].id == rule.aside else { continue }
            }
            valences[v] = min(valences[v], Self.stance)
            // the object: three words, not counting the capitalised words of a name inside it
            // ("should veto the Security Council resolution"), eight at most (so a run of
            // capitals costs O(1) a modal, not a walk to the clause's end)
            var j = v + 1
            var reach = 3
            while j < words.count && j <= v + 8 && reach > 0 && !words[j - 1].endsClause {
                if valences[j] > 0 { valences[j] *= VaderRules.negation }
                if !(words[j].isCapitalised && j > v + 1) { reach -= 1 }
                j += 1
            }
        }
    }

    @inline(__always)
    private func isRated(_ word: SentimentWord) -> Bool { word.isRated }

    @inline(__always)
    private func isRated(_ words: UnsafeBufferPointer<SentimentWord>, _ i: Int) -> Bool { i < words.count && isRated(words[i]) }

    /// Whether word `k` is a denial followed by "to" ("failed to", "refused to", "unable to"),
    /// a noun of absence followed by "of" ("lack of") or a noun of harm followed by "to"
    /// ("obstacle to"). A negated noun denies nothing ("no obstacle to peace", "not an obstacle
    /// to", "no lack of ideas"): VADER's rules then read it as they read "no obstacle".
    @inline(__always)
    private func denies(_ words: UnsafeBufferPointer<SentimentWord>, at k: Int) -> Bool {
        let id = words[k].id
        guard words[k].traits.contains(.clauseRoles) && k + 1 < words.count else { return false }
        let roles = lexicon.roles[Int(id)]
        if roles.contains(.absence) && words[k + 1].id == lexicon.rule.of { return !isNegatedNoun(words, k) }
        if roles.contains(.harm) && words[k + 1].id == lexicon.rule.to { return !isNegatedNoun(words, k) }
        return roles.contains(.denial) && words[k + 1].id == lexicon.rule.to
    }

    /// Whether "no" or a negation stands in the three words before the noun at `k` ("no
    /// obstacle", "not an obstacle", "never posed any danger").
    private func isNegatedNoun(_ words: UnsafeBufferPointer<SentimentWord>, _ k: Int) -> Bool {
        for j in max(0, k - 3)..<k where words[j].id == lexicon.rule.no || isNegation(words[j]) { return true }
        return false
    }

    /// The rating of the first rated word two or three words after the denial at `k`, or 0; when
    /// that word is itself a denial ("refused to or failed to win"), what that one denies, through
    /// at most `denialChain` denials (0 beyond: so each word costs O(1), not a walk down a
    /// sentence of "failed to failed to …", which every denial in it would repeat).
    private func deniedRating(_ words: UnsafeBufferPointer<SentimentWord>, after k: Int) -> Double {
        var denial = k
        for _ in 0..<Self.denialChain {
            guard let j = ((denial + 2)...(denial + 3)).first(where: { isRated(words, $0) }) else { return 0 }
            guard denies(words, at: j) else { return lexicon.valences[Int(words[j].id)] }
            denial = j
        }
        return 0
    }

    /// The most coordinated denials `deniedRating` reads through to the word they deny.
    static let denialChain = 4

    /// The implicit negation of word `i` by a denial two or three words before it ("failed to
    /// win", "refused to fully condemn"): × -0.74, as "not" would. Denials are rated words, which
    /// VADER's negation check passes over, so the clause reading adds this check. A denial is not
    /// denied by the one before it: "unable to or fails to achieve" are two denials of one verb.
    @inline(__always)
    private func deny(_ valence: Double, _ words: UnsafeBufferPointer<SentimentWord>, at i: Int) -> Double {
        if denies(words, at: i) { return valence }
        if (i >= 2 && denies(words, at: i - 2)) || (i >= 3 && denies(words, at: i - 3)) { return valence * VaderRules.negation }
        return valence
    }

    /// Each verb of prevention with an object negates the valences of the one to three words
    /// after it in its clause, four when the first is an article (`objectReach`) (as "not" does,
    /// after every word rule and `MovementRule`): a verb
    /// of avoiding every valence there, and carries none of its own when one is there ("avoid
    /// a rise in layoffs" reads as no rise in them; "avoid this product" keeps "avoid", a
    /// warning); a verb of harm the positive ones alone, and gives up its own
    /// when a word it negates is rated at least as strongly ("undermine confidence" reads as
    /// no confidence, "undermine the plan" keeps "undermine"; "threatens war" stays a threat
    /// of war: a bad thing threatened is bad news).
    /// Verbs are read from the last: one in another's reach has negated its own object first,
    /// and the other negates the result ("avoid undermining confidence" is good, "avoid
    /// threatening war" too). A noun of ending with "to" (`ClauseWords.endings`: "an end to the
    /// war", "a halt to the fighting") negates the two words after "to", three after an article
    /// ("to the war"), as a verb of avoiding does its object: such a phrase is also a subject,
    /// and a verb after its noun is the sentence's ("an end to subsidies hurt farms").
    private func prevent(_ words: UnsafeBufferPointer<SentimentWord>, _ valences: inout [Double]) {
        for k in words.indices.reversed() where words[k].traits.contains(.clauseRoles) {
            let object: Int, reach: Int
            if prevents(words, at: k) {
                (object, reach) = (k + 1, objectReach(words, valences, from: k + 1))
            } else if endsWhatFollows(words, at: k) {
                // a noun phrase of two words, or an article and two ("an end to farm subsidies",
                // "an end to the war"): "an end to the war helped markets" keeps "helped"
                (object, reach) = (k + 2, isArticle(words[k + 2].id) ? 3 : 2)
            } else {
                continue
            }
            let avoids = object > k + 1 || lexicon.roles[Int(words[k].id)].contains(.avoidance)
            var strongest = 0.0
            var j = object
            while j < words.count && j < object + reach {
                if avoids ? valences[j] != 0 : valences[j] > 0 {
                    strongest = max(strongest, abs(valences[j]))
                    valences[j] *= VaderRules.negation
                }
                if words[j].endsClause { break }
                j += 1
            }
            if strongest > 0 && (avoids || strongest >= abs(valences[k])) { valences[k] = 0 }
        }
    }

    /// How many words a verb of prevention governs from its object's first word `object`: three,
    /// or, when the object opens with an article, the article and three words, so that a noun
    /// after two modifiers is reached ("averted a bruising trade war", "undermines the fragile
    /// economic recovery", "avoid the threat of war"); not when a word that ends a noun phrase
    /// (`ClauseWords.phraseBreaks`: "and", "to", "was") stands before the fourth ("avoided the
    /// war and boosted growth" keeps "boosted"); nor when the head is a rated noun and "of"
    /// brings a complement of the opposite tone, which the head already reverses ("avoid a
    /// conflict of interest", "avoid a loss of confidence": what is avoided is the conflict, the
    /// loss; "the threat of war", of one tone, is reached). A clause's end stops the reach in
    /// `prevent`. Costs two trait tests, after a verb of prevention alone, and two compares
    /// before "of".
    @inline(__always)
    private func objectReach(_ words: UnsafeBufferPointer<SentimentWord>, _ valences: [Double], from object: Int) -> Int {
        guard object + 3 < words.count, isArticle(words[object].id) else { return 3 }
        let breaks = words[object + 1].traits.contains(.phraseBreak) || words[object + 2].traits.contains(.phraseBreak)
        if breaks { return 3 }
        if words[object + 2].id == lexicon.rule.of && valences[object + 1] * valences[object + 3] < 0 { return 3 }
        return 4
    }

    /// Whether word `k` is a verb of prevention or harm with an object after it ("avoid
    /// layoffs", "undermine confidence"; `ClauseWords.preventions`): not at a clause's end,
    /// nor before "to" ("threatened to quit") or "by" ("threatened by war"), nor a verb of
    /// erasing before a word that ends a noun phrase ("erased in the fraud"; `ClauseWords.erasures`).
    @inline(__always)
    private func prevents(_ words: UnsafeBufferPointer<SentimentWord>, at k: Int) -> Bool {
        let id = words[k].id
        guard id >= 0, k + 1 < words.count, lexicon.roles[Int(id)].contains(.prevention), !words[k].endsClause else {
            return false
        }
        let next = words[k + 1].id
        guard next != lexicon.rule.to && next != lexicon.rule.by else { return false }
        // a verb of erasing takes its object at once: "were erased in the fraud" has none
        return !(words[k + 1].traits.contains(.phraseBreak) && lexicon.roles[Int(id)].contains(.erasure))
    }

    /// Whether a word's id is an article's ("a", "an", "the"). Costs three compares.
    @inline(__always)
    private func isArticle(_ id: SentimentLexicon.WordID) -> Bool {
        let rule = lexicon.rule
        return id == rule.a || id == rule.an || id == rule.the
    }

    /// Whether word `k` is a noun of ending before "to" with a word after it in its clause ("an
    /// end to the war"; `ClauseWords.endings`): a noun after an article, or after an article and
    /// one word ("a swift end to"), in its clause; not the verb ("the war will end to everyone's
    /// relief"), nor with a negation in its clause, before it ("no sign of an end to the strike")
    /// or after it ("an end to the war is not in sight"). Costs a scan of its clause.
    @inline(__always)
    private func endsWhatFollows(_ words: UnsafeBufferPointer<SentimentWord>, at k: Int) -> Bool {
        let id = words[k].id
        guard id >= 0, k >= 1, k + 2 < words.count, lexicon.roles[Int(id)].contains(.ending), !words[k].endsClause,
            words[k + 1].id == lexicon.rule.to, !words[k + 1].endsClause
        else { return false }
        let rule = lexicon.rule
        func isOpenArticle(_ i: Int) -> Bool { isArticle(words[i].id) && !words[i].endsClause }
        guard isOpenArticle(k - 1) || (k >= 2 && isOpenArticle(k - 2) && !words[k - 1].endsClause) else { return false }
        // a negation in its clause denies the end, before it ("no sign of an end to the strike",
        // "not declaring an end to the crisis") or after it ("an end to the war is not in sight",
        // "is nowhere in sight"): what follows goes on. After it, "no", "without" and "despite"
        // deny a noun of their own ("an end to the war with no winners")
        var i = k - 1
        while i >= 0 && !words[i].endsClause {
            if words[i].id == rule.no || isNegation(words[i]) { return false }
            i -= 1
        }
        i = k + 1
        while i + 1 < words.count && !words[i].endsClause {
            i += 1
            let word = words[i].id
            if isNegation(words[i]) && word != rule.no && word != rule.without && word != rule.despite { return false }
        }
        return true
    }

    /// A noun of doubt with "over" or "about" ("doubts over the recovery", `ClauseWords.doubts`)
    /// puts in question the first word with a valence in the four after it, in its clause: a
    /// positive one counts for nothing (the recovery is doubted, not had), a negative one stays
    /// ("fears over mounting debt"). After `MovementRule`, so that a movement's tone is read
    /// ("worries over rising costs" stays gloomy).
    private func doubt(_ words: UnsafeBufferPointer<SentimentWord>, _ valences: inout [Double]) {
        for k in 0..<max(words.count - 2, 0) {
            let id = words[k].id
            guard id >= 0, lexicon.roles[Int(id)].contains(.doubt), !words[k].endsClause else { continue }
            let next = words[k + 1].id
            guard next == lexicon.rule.over || next == lexicon.rule.about, !words[k + 1].endsClause else { continue }
            var j = k + 2
            while j < words.count && j <= k + 5 {
                if valences[j] != 0 {
                    if valences[j] > 0 { valences[j] = 0 }
                    break
                }
                if words[j].endsClause { break }
                j += 1
            }
        }
    }

    @inline(__always)
    private func isNegation(_ word: SentimentWord) -> Bool {
        lexicon.negates(word, readingClauses: clauses != nil)
    }

    /// Whether `word` is an adjective of degree (`ClauseWords.Role.degree`).
    private func isDegree(_ word: SentimentWord) -> Bool {
        word.traits.contains(.clauseRoles) && lexicon.roles[Int(word.id)].contains(.degree)
    }

    /// What a booster or dampener adds to `valence`, in its direction.
    private func boost(_ word: SentimentWord, valence: Double, mixedCase: Bool) -> Double {
        guard word.traits.contains(.booster) else { return 0 }
        var scalar = lexicon.boosts[Int(word.id)]
        if valence < 0 { scalar = -scalar }
        if word.isUpper && mixedCase { scalar += valence > 0 ? VaderRules.capsBoost : -VaderRules.capsBoost }
        return scalar
    }

    /// The negation rule for the word `distance` words before word `i`.
    private func negate(_ valence: Double, _ words: UnsafeBufferPointer<SentimentWord>, at i: Int, distance: Int) -> Double {
        let rule = lexicon.rule
        func isSoOrThis(_ k: Int) -> Bool { words[k].id == rule.so || words[k].id == rule.this }
        switch distance {
        case 1:
            return isNegation(words[i - 1]) ? valence * VaderRules.negation : valence
        case 2:
            if words[i - 2].id == rule.never && isSoOrThis(i - 1) { return valence * 1.25 }
            if words[i - 2].id == rule.without && words[i - 1].id == rule.doubt { return valence }
            guard isNegation(words[i - 2]) else { return valence }
            return stopsNegation(words, at: i - 1) ? needed(valence, words, need: i - 1, at: i) : valence * VaderRules.negation
        default:
            // as published: "so" or "this" just before the word also counts as "never so/this"
            if (words[i - 3].id == rule.never && isSoOrThis(i - 2)) || isSoOrThis(i - 1) { return valence * 1.25 }
            if words[i - 3].id == rule.without && (words[i - 2].id == rule.doubt || words[i - 1].id == rule.doubt) {
                return valence
            }
            guard isNegation(words[i - 3]) else { return valence }
            if stopsNegation(words, at: i - 2) { return needed(valence, words, need: i - 2, at: i) }
            return stopsNegation(words, at: i - 1) ? needed(valence, words, need: i - 1, at: i) : valence * VaderRules.negation
        }
    }

    /// What word `i` counts when the verb of need at `k` before it is denied ("does not need
    /// government support": 0, neither had nor lost). A bad thing not needed is spared, good news,
    /// so it is negated as "not" negates it ("does not need extremely low temperatures", "did not
    /// seek confrontation"), when the verb spares (`ClauseWords.Role.sparing`: not "cannot afford to
    /// lose", a risk) and it governs the word: no clause ends between them ("does not need it,
    /// sadly") and no modal, hedge, "will" or "can" stands between them (in "is not needed could
    /// depress earnings", "… will depress", "… may depress", "… can depress" the bad thing is the
    /// next predicate's). "More", "another", "further" or "additional" between them says the bad
    /// thing is already there ("does not need more bad news", "does not need another crisis", "did
    /// not seek further sanctions"; `ClauseWords.presuppositions`): not spared. Read where a
    /// negation stops at a verb of need (`negate`, `negateAfterNoLonger`).
    private func needed(_ valence: Double, _ words: UnsafeBufferPointer<SentimentWord>, need k: Int, at i: Int) -> Double {
        guard valence < 0, lexicon.roles[Int(words[k].id)].contains(.sparing) else { return 0 }
        let rule = lexicon.rule
        for m in k ..< i {
            if words[m].endsClause { return 0 }
            let id = words[m].id
            guard m > k, id >= 0 else { continue }
            if id == rule.will || id == rule.can { return 0 }
            if !lexicon.roles[Int(id)].isDisjoint(with: [.modal, .hedge, .presupposition]) { return 0 }
        }
        return valence * VaderRules.negation
    }

    /// Gives each denied "afford" of `words` (a sentence holding one: `ClauseWords.Role.afford`) the
    /// rating of "unable": "cannot afford to pay", "can no longer afford rent", "could not afford an
    /// acquisition" tell of a constraint, a hardship or a risk, as "unable to pay" does, while what
    /// the verb governs counts nothing (`needed`: neither had nor lost). Denied means a negation one
    /// to three words before it in its clause, as VADER's negation reaches, or "no longer" just before
    /// it; not a "not" after "or" or before "only", which denies nothing ("whether or not they can
    /// afford it", "they not only afford the rent"). A second negation after it, at once or after
    /// "to", makes it a necessity ("cannot afford not to act", "cannot afford to not act"), and a
    /// verb of letting go, neglect or delay after "to" an urgency ("cannot afford to wait", "to
    /// ignore", "to lose": `ClauseWords.forgoings`; since 2026-12-07, sentnews23), which are left
    /// at nothing. Run after `negateAfterNoLonger`, only in sentences holding "afford".
    private func strain(_ words: UnsafeBufferPointer<SentimentWord>, _ valences: inout [Double]) {
        let rated = lexicon.valences[Int(lexicon.rule.unable)]
        guard !rated.isNaN else { return }
        let rule = lexicon.rule
        // whether word `j` is "not" and the next word (in its clause) is `id`
        func isNot(_ j: Int, before id: SentimentLexicon.WordID) -> Bool {
            words[j].id == rule.not && j + 1 < words.count && !words[j].endsClause && words[j + 1].id == id
        }
        for k in words.indices where words[k].id >= 0 && lexicon.roles[Int(words[k].id)].contains(.afford) {
            guard valences[k] == 0, isNeed(words, at: k) else { continue }
            // "cannot afford not to act", "cannot afford to not act", "cannot afford to wait": a
            // necessity or an urgency, not a constraint
            if k + 1 < words.count && !words[k].endsClause
                && (words[k + 1].id == rule.not || (words[k + 1].id == rule.to && k + 2 < words.count
                    && !words[k + 1].endsClause && (words[k + 2].id == rule.not || isForgoing(words, at: k + 2))))
            {
                continue
            }
            var denied = k > 1 && words[k - 1].id == rule.longer && words[k - 2].id == rule.no && !words[k - 2].endsClause
            var d = 1
            while !denied && d <= 3 && k - d >= 0 && !words[k - d].endsClause {
                let j = k - d
                denied = isNegation(words[j]) && !isNot(j, before: rule.only)
                    && !(words[j].id == rule.not && j > 0 && words[j - 1].id == rule.or && !words[j - 1].endsClause)
                d += 1
            }
            if denied { valences[k] = rated }
        }
    }

    /// Whether a negation before word `k` stops there, with clauses: at a verb of need ("does not
    /// need government support", "cannot afford to lose"). The need is denied, not what is needed,
    /// so what it governs in the negation's reach counts nothing, neither had nor lost, or a bad
    /// thing is spared (`needed`; the negation is rare there, so this costs a look only after one).
    @inline(__always)
    private func stopsNegation(_ words: UnsafeBufferPointer<SentimentWord>, at k: Int) -> Bool {
        clauses != nil && isNeed(words, at: k)
    }

    /// Special-case phrases around word `i` (which has three words before it), and two-word
    /// dampeners before it.
    private func phrases(_ valence: Double, _ words: UnsafeBufferPointer<SentimentWord>, at i: Int) -> Double {
        // Every phrase looked for lies within words i-3...i+2 and has two words or more: with
        // no phrase's first two words side by side there, nothing below can match.
        guard hasPhraseStart(words, from: i - 3, through: min(i + 2, words.count - 1)) else { return valence }
        var valence = valence
        func matches(_ phrase: [SentimentLexicon.WordID], from start: Int) -> Bool {
            guard start >= 0, start + phrase.count <= words.count else { return false }
            for k in phrase.indices where words[start + k].id != phrase[k] { return false }
            return true
        }
        func special(_ start: Int, _ count: Int) -> Double? {
            for (phrase, value) in lexicon.specialCases where phrase.count == count && matches(phrase, from: start) {
                return value
            }
            return nil
        }
        // phrases ending at the word or just before it, in VADER's order; the first found counts
        if let value = special(i - 1, 2) ?? special(i - 2, 3) ?? special(i - 2, 2) ?? special(i - 3, 3)
            ?? special(i - 3, 2)
        {
            valence = value
        }
        // phrases starting at the word
        if i + 1 < words.count, let value = special(i, 2) { valence = value }
        if i + 2 < words.count, let value = special(i, 3) { valence = value }
        // two-word dampeners ("kind of") two or three words back
        for start in stride(from: i - 3, through: i - 2, by: 1) {
            for phrase in lexicon.dampenerPhrases where matches(phrase, from: start) { valence -= VaderRules.boost }
        }
        return valence
    }

    /// Whether some word in `low...high` and the word after it (also in range) could be a
    /// phrase's first two words.
    @inline(__always)
    private func hasPhraseStart(_ words: UnsafeBufferPointer<SentimentWord>, from low: Int, through high: Int) -> Bool {
        var k = max(low, 0)
        while k < high {
            if words[k].traits.contains(.phraseStart) && words[k + 1].traits.contains(.phraseSecond) {
                return true
            }
            k += 1
        }
        return false
    }

    /// What `!` and `?` add to a sentence's valence in its own direction.
    static func emphasis(_ exclamations: Int, _ questions: Int) -> Double {
        var emphasis = Double(min(exclamations, 4)) * VaderRules.exclamation
        if questions > 3 { emphasis += VaderRules.questionCap } else if questions > 1 { emphasis += Double(questions) * VaderRules.question }
        return emphasis
    }

    /// `x / sqrt(x² + 15)`, within [-1, 1].
    static func normalize(_ sum: Double) -> Double {
        max(-1, min(1, sum / (sum * sum + VaderRules.alpha).squareRoot()))
    }

    /// Compound and shares from the word valences and the sentence's punctuation, and the
    /// summed valence the compound normalises.
    static func combine(_ valences: [Double], exclamations: Int, questions: Int) -> (score: SentimentScore, valence: Double) {
        combine(valences.withUnsafeBufferPointer { Tally($0) }, emphasis: emphasis(exclamations, questions))
    }

    /// `combine(_:exclamations:questions:)` from the valences' `tally` and the punctuation's
    /// `emphasis`.
    static func combine(_ tally: Tally, emphasis: Double) -> (score: SentimentScore, valence: Double) {
        guard tally.count > 0 else { return (SentimentScore(), 0) }
        var sum = tally.sum
        var positive = tally.positiveShare
        var negative = tally.negativeShare
        let neutral = tally.neutral
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = normalize(sum)
        if positive > -negative { positive += emphasis } else if positive < -negative { negative -= emphasis }
        let total = positive - negative + neutral
        let score = SentimentScore(
            compound: compound, positive: abs(positive / total), neutral: abs(neutral / total),
            negative: abs(negative / total))
        return (score, sum)
    }

    /// The sums a sentence's scores are made of, from one pass over its valences: `combine`'s
    /// sum and shares (each positive valence + 1, each negative - 1, each other word 1) and
    /// `SentimentEvidence`'s positive and negative sums and rated count.
    ///
    /// Cost: one pass, each valence added through selects rather than branches on its sign
    /// (which a branch predictor cannot guess: the two passes this replaces mispredicted about
    /// once a word, docs/performance.md). Adding 0 to a sum leaves its bits as they were (no sum
    /// here can be -0), so every figure equals the branching passes' to the bit.
    struct Tally {
        /// Every valence, in order.
        var sum = 0.0
        var positiveShare = 0.0
        var negativeShare = 0.0
        var neutral = 0.0
        /// The positive valences, and the negative ones, in order.
        var positive = 0.0
        var negative = 0.0
        /// How many valences are not 0 (nor NaN).
        var rated = 0.0
        var count = 0

        init(_ valences: UnsafeBufferPointer<Double>) {
            count = valences.count
            for valence in valences {
                let isPositive = valence > 0
                let isNegative = valence < 0
                sum += valence
                positiveShare += isPositive ? valence + 1 : 0
                negativeShare += isNegative ? valence - 1 : 0
                neutral += isPositive || isNegative ? 0 : 1
                positive += isPositive ? valence : 0
                negative += isNegative ? valence : 0
                rated += isPositive || isNegative ? 1 : 0
            }
        }
    }
}
