/// Rules on a sentence's clauses, applied to its words' valences after VADER's word-level
/// rules, in place of VADER's "but" rule (the calibrated scorer's reading of news prose):
///
/// ```
///   contrast: the first adversative ("but", "nevertheless", clause-initial "yet", and
///     clause-initial "however" when a word follows it)
///     ... words before it × before, words after it × after
///   concession: or, if it comes first, a concessive ("although", "though", "despite",
///     "whereas", "albeit", "in spite of", "even as", clause-initial "while") opens a conceded clause
///     (to the next clause mark): its words × before, the other words × after
///   attribution: the clause a reporting verb introduces ("X said (that) …") or ends
///     ("…, critics say"; "The plan, he said, is …"), either side of "according to X,",
///     and words in quotation marks (double or single: ‘GREAT and very BRAVE’)
///     ... × reported (the reporting verb's own valence: 0)
///   hedges: words after "may", "perhaps", "seems" … to the end of their clause ... × hedged
///   counterfactual: after "could/would/should/might/must have" ................ × counterfactual
/// ```
/// A word takes each factor at most once. The factors are chosen by `CalibrationTrainer`
/// across domains and shipped with the calibration; `identity` changes nothing.
///
/// Cost: O(words) per sentence, no allocation.
public struct ClauseRules: Sendable, Hashable {
    public var before: Double
    public var after: Double
    public var reported: Double
    public var hedged: Double
    public var counterfactual: Double

    public init(before: Double = 0.5, after: Double = 1.5, reported: Double = 1, hedged: Double = 1, counterfactual: Double = 1) {
        self.before = before
        self.after = after
        self.reported = reported
        self.hedged = hedged
        self.counterfactual = counterfactual
    }

    /// Factors that leave every valence as it is.
    public static let identity = ClauseRules(before: 1, after: 1)

    typealias Words = UnsafeBufferPointer<SentimentWord>

    /// Applies the rules to `valences`, one per word of `words`, and returns the summed
    /// valence of the reported words (after contrast and attribution) and of the hedged or
    /// counterfactual words (after every rule): evidence a calibration weighs on its own,
    /// whatever the factors.
    @discardableResult
    func apply(_ words: Words, lexicon: SentimentLexicon, to valences: inout [Double]) -> (reported: Double, hedged: Double) {
        guard !words.isEmpty else { return (0, 0) }
        // A rule whose words the sentence lacks changes nothing: most sentences skip most passes.
        let (roles, quoted) = present(words, lexicon)
        if !roles.isDisjoint(with: [.contrast, .concession]) { contrast(words, lexicon: lexicon, &valences) }
        let reported = roles.contains(.reporting) || quoted ? attribution(words, lexicon: lexicon, &valences) : 0
        let hedged = !roles.isDisjoint(with: [.hedge, .modal]) ? hedges(words, lexicon: lexicon, &valences) : 0
        return (reported, hedged)
    }

    /// The roles of all the words of a sentence together, and whether any word is quoted: one
    /// pass that tells which rules can change anything.
    @inline(__always)
    private func present(_ words: Words, _ lexicon: SentimentLexicon) -> (roles: ClauseWords.Role, quoted: Bool) {
        var roles: ClauseWords.Role = []
        var quoted = false
        lexicon.roles.withUnsafeBufferPointer { byID in
            for word in words {
                if word.traits.contains(.clauseRoles) { roles.formUnion(byID[Int(word.id)]) }
                quoted = quoted || word.isQuoted
            }
        }
        return (roles, quoted)
    }

    @inline(__always)
    private func role(_ word: SentimentWord, _ lexicon: SentimentLexicon) -> ClauseWords.Role {
        word.id >= 0 ? lexicon.roles[Int(word.id)] : []
    }

    /// Whether word `i` starts a clause (the sentence's first word, or after a clause mark).
    @inline(__always)
    private func startsClause(_ words: Words, _ i: Int) -> Bool { i == 0 || words[i - 1].endsClause }

    /// The index of the last word of the clause holding word `i`.
    private func clauseEnd(_ words: Words, from i: Int) -> Int {
        var k = i
        while k < words.count - 1 && !words[k].endsClause { k += 1 }
        return k
    }

    /// The index of the first word of the clause holding word `i`.
    private func clauseStart(_ words: Words, from i: Int) -> Int {
        var k = i
        while k > 0 && !words[k - 1].endsClause { k -= 1 }
        return k
    }

    /// The first adversative or concessive connective decides which part of the sentence counts.
    private func contrast(_ words: Words, lexicon: SentimentLexicon, _ valences: inout [Double]) {
        let rule = lexicon.rule
        for i in words.indices {
            let roles = role(words[i], lexicon)
            if roles.contains(.contrast) {
                guard opensContrast(words, i, rule) else { continue }
                for k in valences.indices where k != i { valences[k] *= k < i ? before : after }
                return
            }
            guard roles.contains(.concession), i < words.count - 1 else { continue }
            if words[i].id == rule.while && !startsClause(words, i) { continue }
            var start = i
            if words[i].id == rule.spite || words[i].id == rule.as {
                let first = words[i].id == rule.spite ? rule.in : rule.even
                guard i > 0 && words[i - 1].id == first else { continue }
                start = i - 1  // "in spite of", "even as"
            }
            let end = clauseEnd(words, from: i)
            if start == 0 && end == words.count - 1 { return }
            for k in valences.indices where k != i { valences[k] *= (start...end).contains(k) ? before : after }
            return
        }
    }

    /// Whether the adversative at `i` sets the words after it against those before it.
    ///
    /// "yet" does only at the start of a clause or after "and" ("not yet", "has yet to" are
    /// no contrast); "however" only at the start of a clause and before another word: at the
    /// end of a sentence ("The plan failed, however.") it sets the sentence against the one
    /// before, and inside a clause it is a degree word ("however hard they try").
    @inline(__always)
    private func opensContrast(_ words: Words, _ i: Int, _ rule: SentimentLexicon.RuleWords) -> Bool {
        let id = words[i].id
        if id == rule.yet { return startsClause(words, i) || words[i - 1].id == rule.and }
        if id == rule.however { return startsClause(words, i) && i < words.count - 1 }
        return true
    }

    /// The first reporting word marks a reported clause; quoted words are reported too.
    ///
    /// An attribution clause after a clause mark ("…, critics say.", "The plan, he said, is …")
    /// reports what stands before it, and what follows it too unless what stands before it was
    /// a quotation ("“Fine,” he said, a good answer."); otherwise a reporting verb reports the
    /// rest of the sentence ("X said (that) …"); "according to X," reports the other clauses.
    /// The reporting verb itself carries no valence ("argued", "admitted" report a view, they
    /// are not one): what counts is the reported content.
    private func attribution(_ words: Words, lexicon: SentimentLexicon, _ valences: inout [Double]) -> Double {
        var spans = (0..<0, 0..<0)
        var verb = -1
        for i in words.indices where role(words[i], lexicon).contains(.reporting) {
            let start = clauseStart(words, from: i)
            let end = clauseEnd(words, from: i)
            if words[i].id == lexicon.rule.according {
                guard i + 1 < words.count && words[i + 1].id == lexicon.rule.to else { continue }
                spans = (0..<start, (end + 1)..<words.count)
            } else if start > 0 && (end == words.count - 1 || i == end) {
                let quoted = words[start - 1].isQuoted
                spans = (0..<start, quoted ? 0..<0 : (end + 1)..<words.count)
            } else if i > 0 {
                spans = ((i + 1)..<words.count, 0..<0)
            } else {
                continue
            }
            verb = i
            break
        }
        if verb >= 0 { valences[verb] = 0 }
        var sum = 0.0
        for k in valences.indices where spans.0.contains(k) || spans.1.contains(k) || words[k].isQuoted {
            valences[k] *= reported
            sum += valences[k]
        }
        return sum
    }

    /// Hedges lower the rest of their clause; a modal with "have" marks a counterfactual.
    private func hedges(_ words: Words, lexicon: SentimentLexicon, _ valences: inout [Double]) -> Double {
        var sum = 0.0
        var until = -1
        var factor = 1.0
        for i in words.indices {
            if i <= until {
                valences[i] *= factor
                sum += valences[i]
            } else {
                factor = 1
            }
            let roles = role(words[i], lexicon)
            guard !roles.isEmpty else { continue }
            if roles.contains(.modal) && i + 1 < words.count && words[i + 1].id == lexicon.rule.have {
                factor = counterfactual
                until = clauseEnd(words, from: i)
            } else if roles.contains(.hedge) && i > until {
                factor = hedged
                until = clauseEnd(words, from: i)
            }
        }
        return sum
    }
}
