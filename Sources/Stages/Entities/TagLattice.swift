import Foundation

/// The best tags of one sentence under a first-order model, found with Viterbi: each token's
/// score for a tag is the sum of its word rows (the same whatever the tags) and of three rows
/// that pair the tag with the one before it (`FeatureTemplates.transitionFeatures`).
///
/// Greedy left-to-right tagging fixes a name's type at its first word: "Del" chosen ORG by a
/// hair left "Frisco", which the model reads as the inside of a place, with O as its best
/// allowed tag. Viterbi weighs the whole name.
///
/// The decoding rules are part of the lattice, so training and tagging share them: a token
/// whose `rule` is `.outside` is O, unscored; one whose rule is `.outsideAfterOutside` is O,
/// unscored, after O, and scored after a name tag.
///
/// A sentence longer than a piece is decoded piece by piece, each after the last tag of the one
/// before (`decode(…after:)`).
///
/// - Cost: O(t) in tokens: per scored token its word rows and 3 transition rows for each tag a
///   path reaches before it (up to 27; 3 after a word that can only be O), asked of the scorer
///   once per token; 99 floats of scratch per token and 9 more (`Scratch`).
package struct TagLattice {
    /// How the decoding rules let a token be tagged.
    package enum Rule: UInt8 {
        /// Any tag that may follow the previous one.
        case scored
        /// O without a score after O; scored after a name tag (a connector such as "of").
        case outsideAfterOutside
        /// O without a score (a lower-case word that cannot begin or go on with a name).
        case outside
    }

    /// The rule for `word`: a name begins with a capital, or with a lower-case word that may
    /// begin one (`EntityTagger.mayBeginName`), and goes on only through capitalised words
    /// and connectors (`WordAttributes.isConnector`).
    @inline(__always) package static func rule(_ word: WordAttributes) -> Rule {
        if word.hasCapital || EntityTagger.mayBeginName(word) { return .scored }
        if word.flags & WordAttributes.Flags.letter != 0, !word.isConnector { return .outside }
        return .outsideAfterOutside
    }

    /// The rule for `word` after a token whose rule was `previous` (nil: the first token, after
    /// O): a word O after O, after a word that can only be O, can only be O.
    @inline(__always) package static func rule(_ word: WordAttributes, after previous: Rule?) -> Rule {
        let rule = rule(word)
        if rule == .outsideAfterOutside, previous == nil || previous == .outside { return .outside }
        return rule
    }

    /// Whether a token with `rule` is scored when it follows `previous`.
    @inline(__always) package static func isScored(_ rule: Rule, after previous: EntityTag) -> Bool {
        rule == .scored || (rule == .outsideAfterOutside && previous != .outside)
    }

    /// Buffers for tagging sentences, kept across a document's sentences so that tagging
    /// allocates only for a sentence longer than those before it.
    package struct Scratch: Sendable {
        package var rules: [Rule] = []
        package var rows: [UInt32] = []
        package var counts: [Int] = []
        package var floats: [Float] = []

        package init() {}

        /// Makes room for a sentence of `count` tokens of `capacity` word rows each. The rows and
        /// floats are left unset (a document's longest sentence would otherwise cost a clearing
        /// of 550 bytes per token): `decode` writes each before it reads it.
        package mutating func reserve(_ count: Int, capacity: Int) {
            guard rules.count < count || rows.count < count * capacity else { return }
            rules = [Rule](repeating: .outside, count: count)
            rows = [UInt32](unsafeUninitializedCapacity: count * capacity) { $1 = count * capacity }
            counts = [Int](repeating: 0, count: count)
            let floatCount = TagLattice.scratchCount(count)
            floats = [Float](unsafeUninitializedCapacity: floatCount) { $1 = floatCount }
        }

        /// Calls `body` with the four buffers' storage (valid only inside `body`; `reserve`
        /// first).
        package mutating func withPointers<Result>(
            _ body: (
                _ rules: UnsafeMutablePointer<Rule>, _ rows: UnsafeMutablePointer<UInt32>, _ counts: UnsafeMutablePointer<Int>,
                _ floats: UnsafeMutablePointer<Float>
            ) -> Result
        ) -> Result {
            rules.withUnsafeMutableBufferPointer { rules in
                rows.withUnsafeMutableBufferPointer { rows in
                    counts.withUnsafeMutableBufferPointer { counts in
                        floats.withUnsafeMutableBufferPointer { floats in
                            body(rules.baseAddress!, rows.baseAddress!, counts.baseAddress!, floats.baseAddress!)
                        }
                    }
                }
            }
        }
    }

    /// Per previous tag, what is added to each tag's edge score: 0 where the tag may follow it,
    /// -∞ where it cannot (I-X only after B-X or I-X), the first eight tags in a vector and the
    /// ninth beside it (`Penalty`). Adding it is exact: an edge score is a finite sum that is
    /// never -0 (sums start at +0, and x + (-x) is +0), so x + 0 is x and x + -∞ is -∞; one
    /// addition replaces a select by a mask converted from integers.
    private static let penalties: [Penalty] = (0..<EntityTag.count).map { p in
        let previous = EntityTag(rawValue: UInt8(p))
        var head = SIMD8<Float>(repeating: 0)
        for t in 0..<8 where !EntityTag(rawValue: UInt8(t)).canFollow(previous) { head[t] = -.infinity }
        return Penalty(head: head, last: EntityTag(rawValue: 8).canFollow(previous) ? 0 : -.infinity)
    }

    /// What `penalties` holds for one previous tag.
    private struct Penalty {
        var head: SIMD8<Float>
        var last: Float
    }

    /// The first eight floats at `pointer`.
    @inline(__always) private static func load(_ pointer: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
    }

    /// Scratch floats `decode` needs for a sentence of `count` tokens.
    package static func scratchCount(_ count: Int) -> Int { count * EntityTag.count * (EntityTag.count + 2) + EntityTag.count }

    /// Where in `scratch` (for a sentence of `count` tokens) `decode(…rows:…)` keeps the word
    /// scores it passes on, `EntityTag.count` per token: a caller that scores words itself may
    /// write them there too.
    package static func wordScores(_ scratch: UnsafeMutablePointer<Float>, count: Int) -> UnsafeMutablePointer<Float> {
        scratch + count * EntityTag.count * (EntityTag.count + 1) + EntityTag.count
    }

    /// The best tags for a sentence of `words`, written to `tags`. `rows` holds, per token,
    /// `capacity` slots of which the first `counts[i]` are its word rows (for a token whose
    /// rule is `.outside`, none are read), summed by `scorer`. `scratch` (`scratchCount(words.count)`
    /// floats) keeps each token's edge scores (a tag after a previous one) and best path scores
    /// for `confidences`. Ties go to O, then to the lower tag.
    package static func decode<Scorer: TagScorer>(
        _ words: UnsafeBufferPointer<WordAttributes>, rules: UnsafePointer<Rule>, rows: UnsafePointer<UInt32>,
        counts: UnsafePointer<Int>, capacity: Int, scorer: Scorer, bits: Int, scratch: UnsafeMutablePointer<Float>,
        tags: UnsafeMutablePointer<EntityTag>, after start: EntityTag = .outside
    ) {
        let n = words.count
        let wordScores = wordScores(scratch, count: n)
        for i in 0..<n where rules[i] != .outside {
            scorer.score(
                rows: UnsafeBufferPointer(start: rows + i * capacity, count: counts[i]),
                into: UnsafeMutableBufferPointer(start: wordScores + i * EntityTag.count, count: EntityTag.count))
        }
        decode(words, rules: rules, wordScores: wordScores, scorer: scorer, bits: bits, scratch: scratch, tags: tags, after: start)
    }

    /// The same, with each token's word scores given: `EntityTag.count` per token in
    /// `wordScores` (not read for a token whose rule is `.outside`), which may be
    /// `wordScores(scratch, count:)`; `scorer` scores the transition rows.
    ///
    /// Forward: per token, the edge scores (a tag after a previous tag) from each previous tag
    /// some path reaches, and the best score of a path ending in each tag (`forwardOutside`,
    /// `forwardScored`); then the backtrace (`backtrace`).
    package static func decode<Scorer: TagScorer>(
        _ words: UnsafeBufferPointer<WordAttributes>, rules: UnsafePointer<Rule>, wordScores: UnsafePointer<Float>, scorer: Scorer,
        bits: Int, scratch: UnsafeMutablePointer<Float>, tags: UnsafeMutablePointer<EntityTag>, after start: EntityTag = .outside
    ) {
        let n = words.count
        guard n > 0 else { return }
        let pairs = EntityTag.count * EntityTag.count
        let best = scratch + n * pairs  // n × tag: the best score of a path ending in the tag
        // A token's transition scores after each previous tag, asked of `scorer` at once.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: pairs) { transitions in
            Self.penalties.withUnsafeBufferPointer { penalties in
                for i in 0..<n {
                    if rules[i] == .outside {
                        forwardOutside(i, rules: rules, best: best)
                    } else {
                        forwardScored(
                            i, words: words, rules: rules, wordScores: wordScores, scorer: scorer, bits: bits, edges: scratch + i * pairs,
                            best: best, transitions: transitions.baseAddress!, penalties: penalties.baseAddress!, after: start)
                    }
                }
            }
        }
        backtrace(count: n, rules: rules, scratch: scratch, tags: tags)
    }

    /// The forward step of token `i`, whose rule is `.outside` (most tokens): it has no edges,
    /// and is O after any tag, for 0; after it, only O is reached, so the next token's
    /// transition rows are read for O alone.
    @inline(__always) private static func forwardOutside(_ i: Int, rules: UnsafePointer<Rule>, best: UnsafeMutablePointer<Float>) {
        let tagCount = EntityTag.count
        let now = best + i * tagCount
        var top: Float = 0
        if i > 0 {
            let before = now - tagCount
            top = before[0]
            // After a token that can only be O, no other tag is reached.
            if rules[i - 1] != .outside {
                for p in 1..<tagCount where before[p] > top { top = before[p] }
            }
        }
        now[0] = top
        for t in 1..<tagCount { now[t] = -.infinity }
    }

    /// The previous tags some path reaches before token `i` (after O, most often O alone): after
    /// a token that can only be O, only O, with a finite score; before the first token, `start`.
    @inline(__always) private static func reachedFrom(
        _ i: Int, rules: UnsafePointer<Rule>, before: UnsafePointer<Float>?, after start: EntityTag
    ) -> UInt16 {
        guard let before else { return 1 << start.rawValue }
        if rules[i - 1] == .outside { return 1 }
        var reached: UInt16 = 0
        for p in 0..<EntityTag.count where before[p] != -.infinity { reached |= 1 << p }
        return reached
    }

    /// The forward step of scored token `i`: its edges (`edges`, previous × tag) from each
    /// previous tag a path reaches, and its best path scores. The token is scored after all the
    /// reached tags, or after the name tags alone for a connector (`.outsideAfterOutside`),
    /// with its transition scores read where `scorer` keeps them (`withTransitionScores`,
    /// `transitions` its scratch). The first eight tags in a vector, the ninth beside it
    /// (`EntityTag.count` is 9).
    @inline(__always) private static func forwardScored<Scorer: TagScorer>(
        _ i: Int, words: UnsafeBufferPointer<WordAttributes>, rules: UnsafePointer<Rule>, wordScores: UnsafePointer<Float>,
        scorer: Scorer, bits: Int, edges: UnsafeMutablePointer<Float>, best: UnsafeMutablePointer<Float>,
        transitions: UnsafeMutablePointer<Float>, penalties: UnsafePointer<Penalty>, after start: EntityTag
    ) {
        let now = best + i * EntityTag.count
        let before = i > 0 ? UnsafePointer(now - EntityTag.count) : nil
        let reachedFrom = reachedFrom(i, rules: rules, before: before, after: start)
        let scoredAfter = rules[i] == .scored ? reachedFrom : reachedFrom & ~1
        clearEdges(edges)
        if scoredAfter != 0 {
            scorer.withTransitionScores(words[i], reached: scoredAfter, bits: bits, scratch: transitions) { transitions in
                forwardEdges(
                    wordScores + i * EntityTag.count, reachedFrom: reachedFrom, scoredAfter: scoredAfter, before: before,
                    transitions: transitions, penalties: penalties, edges: edges, now: now)
            }
        } else {
            // No transition is read: each reached tag's only edge is to O, for 0.
            forwardEdges(
                wordScores + i * EntityTag.count, reachedFrom: reachedFrom, scoredAfter: 0, before: before,
                transitions: UnsafePointer(transitions), penalties: penalties, edges: edges, now: now)
        }
    }

    /// `forwardScored`'s edges from each tag in `reachedFrom` (scored after those in
    /// `scoredAfter` with the token's word scores `base` and its `transitions`, else O for 0),
    /// and the best path scores into `now`.
    @inline(__always) private static func forwardEdges(
        _ wordScores: UnsafePointer<Float>, reachedFrom: UInt16, scoredAfter: UInt16, before: UnsafePointer<Float>?,
        transitions: UnsafePointer<Float>, penalties: UnsafePointer<Penalty>, edges: UnsafeMutablePointer<Float>,
        now: UnsafeMutablePointer<Float>
    ) {
        let tagCount = EntityTag.count
        let base = load(wordScores)
        let baseLast = wordScores[8]
        var top = SIMD8<Float>(repeating: -.infinity)
        var topLast = -Float.infinity
        var left = reachedFrom
        while left != 0 {
            let p = left.trailingZeroBitCount
            left &= left - 1
            let edgesFrom = edges + p * tagCount
            let reached = before.map { $0[p] } ?? 0
            var edge = SIMD8<Float>(repeating: -.infinity)
            var edgeLast = -Float.infinity
            if scoredAfter & (1 << p) != 0 {
                let transition = transitions + p * tagCount
                edge = (base + load(transition)) + penalties[p].head
                edgeLast = (baseLast + transition[8]) + penalties[p].last
            } else {
                edge[0] = 0
            }
            UnsafeMutableRawPointer(edgesFrom).storeBytes(of: edge, as: SIMD8<Float>.self)
            edgesFrom[8] = edgeLast
            let candidate = reached + edge
            top.replace(with: candidate, where: candidate .> top)
            if reached + edgeLast > topLast { topLast = reached + edgeLast }
        }
        UnsafeMutableRawPointer(now).storeBytes(of: top, as: SIMD8<Float>.self)
        now[8] = topLast
    }

    /// Sets a token's edges (previous × tag) to -∞: the edges from a tag no path reaches stay
    /// so (the backtrace and `confidences` read them); `forwardScored` then writes those of the
    /// reached tags, in order.
    @inline(__always) private static func clearEdges(_ edges: UnsafeMutablePointer<Float>) {
        let pairs = EntityTag.count * EntityTag.count
        let noEdge = SIMD8<Float>(repeating: -.infinity)
        for k in 0..<(pairs / 8) { UnsafeMutableRawPointer(edges + 8 * k).storeBytes(of: noEdge, as: SIMD8<Float>.self) }
        for k in (pairs / 8 * 8)..<pairs { edges[k] = -.infinity }
    }

    /// Writes the best path's tags to `tags`, from the forward pass's `scratch`: the last
    /// token's best tag, then, backward, the tag before is the first whose path scores the
    /// token's best in its tag (the same sum the forward pass kept, which took the first on a
    /// tie): most often O, found at once. Ties go to O, then to the lower tag.
    @inline(__always) private static func backtrace(
        count n: Int, rules: UnsafePointer<Rule>, scratch: UnsafePointer<Float>, tags: UnsafeMutablePointer<EntityTag>
    ) {
        let tagCount = EntityTag.count
        let pairs = tagCount * tagCount
        let edges = scratch
        let best = scratch + n * pairs
        var last = 0
        let final = best + (n - 1) * tagCount
        for t in 1..<tagCount where final[t] > final[last] { last = t }
        tags[n - 1] = EntityTag(rawValue: UInt8(last))
        for i in stride(from: n - 1, to: 0, by: -1) {
            let edgesOfToken = edges + i * pairs
            let before = best + (i - 1) * tagCount
            let target = best[i * tagCount + last]
            let outside = rules[i] == .outside
            var from = 0
            for p in 0..<tagCount where before[p] + (outside ? 0 : edgesOfToken[p * tagCount + last]) == target {
                from = p
                break
            }
            last = from
            tags[i - 1] = EntityTag(rawValue: UInt8(last))
        }
    }

    /// The largest of the eight lanes of `head` and `last`, halving the lanes with compares
    /// (the processor's `max`), not `SIMD8.max()` or `Swift.max`, which check each lane for
    /// NaN. Exact: the lanes are sums of finite scores and -∞, never NaN and never -0 (see
    /// `penalties`), so the largest is one value whatever the order it is found in.
    @inline(__always) private static func largest(_ head: SIMD8<Float>, _ last: Float) -> Float {
        var four = head.lowHalf
        four.replace(with: head.highHalf, where: head.highHalf .> four)
        var two = four.lowHalf
        two.replace(with: four.highHalf, where: four.highHalf .> two)
        var top = two[1] > two[0] ? two[1] : two[0]
        if last > top { top = last }
        return top
    }

    /// Writes to `confidence` the probability of each token's tag in `tags` (from `decode`,
    /// whose `scratch` it reads): a softmax at `temperature` of the best score of a path
    /// through each of the token's tags (max-marginals). 1 for O. The backward pass stops at the
    /// first token not tagged O: the tokens before it are O.
    package static func confidences(
        count n: Int, rules: UnsafePointer<Rule>, tags: UnsafePointer<EntityTag>, scratch: UnsafeMutablePointer<Float>, temperature: Float,
        into confidence: UnsafeMutablePointer<Float>
    ) {
        guard n > 0 else { return }
        let tagCount = EntityTag.count
        let pairs = tagCount * tagCount
        let edges = scratch
        let best = scratch + n * pairs
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * tagCount) { backward in
            // after[t]: the best score of the rest of the sentence after token i in tag t.
            let after = backward.baseAddress!
            let next = after + tagCount
            for t in 0..<tagCount { after[t] = 0 }
            var first = 0
            while first < n - 1, tags[first] == .outside {
                confidence[first] = 1
                first += 1
            }
            for i in stride(from: n - 1, through: first, by: -1) {
                let tag = Int(tags[i].rawValue)
                if tag == 0 {
                    confidence[i] = 1
                } else {
                    let through = best + i * tagCount
                    let top = through[tag] + after[tag]
                    var sum: Float = 0
                    for t in 0..<tagCount where through[t] > -.infinity && after[t] > -.infinity {
                        sum += exp((through[t] + after[t] - top) / temperature)
                    }
                    confidence[i] = sum > 0 ? 1 / sum : 1
                }
                guard i > first else { break }
                if rules[i] == .outside {
                    for p in 1..<tagCount { after[p] = after[0] }
                    continue
                }
                let edgesOfToken = edges + i * pairs
                let afterHead = load(after)
                for p in 0..<tagCount {
                    // A previous tag no path reached has no edges (all -∞, `clearEdges`), and
                    // one a path reached has a finite edge to O: most often only O was reached.
                    guard edgesOfToken[p * tagCount] != -.infinity else {
                        next[p] = -.infinity
                        continue
                    }
                    next[p] = largest(load(edgesOfToken + p * tagCount) + afterHead, edgesOfToken[p * tagCount + 8] + after[8])
                }
                for t in 0..<tagCount { after[t] = next[t] }
            }
        }
    }
}
