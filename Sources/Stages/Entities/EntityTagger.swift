import Foundation
import GlossCore

/// Tags the tokens of a sentence with BIO entity tags: an averaged perceptron's weights over
/// hashed features, decoded greedily left to right, each tag seeing the two chosen before it.
///
/// ```
///   token bytes ──one pass──▶ WordAttributes ──gazetteer──▶ + place/name/organisation lists
///        ──WordLexicon──▶ + Brown cluster, how often a corpus capitalises it, frequency
///        ──HeadlineCasing──▶ a headline's words read as running text writes them
///        ──DocumentMemory──▶ + how the word is written elsewhere in the document, its earlier tags
///        ──FeatureTemplates (±2 window, affixes, shape, clusters, previous tags)──▶ ≤50 rows
///        ──sum of rows──▶ 9 scores ──best tag that may follow the previous one──▶ tag
/// ```
///
/// - Cost: O(t) in tokens: about 50 table rows summed per scored token, one lookup of the word
///   in the lexicon and two in the document's memory; no allocation per token. A word with no capital
///   that cannot begin a name (`mayBeginName`) is not scored when it follows O, nor a lower-case
///   word that is not a connector (`WordAttributes.isConnector`) inside a name: both are O.
/// - Thread safety: immutable; safe to share.
public struct EntityTagger: Sendable {
    public let model: EntityModel
    public let gazetteer: Gazetteer
    public let lexicon: WordLexicon

    /// A tagger with `model`, which must have been trained with the same `gazetteer` and
    /// `lexicon` (`WordLexicon.empty` for a model trained without one).
    public init(model: EntityModel, gazetteer: Gazetteer, lexicon: WordLexicon = .empty) {
        self.model = model
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// The tagger with the bundled model, gazetteer and word lexicon.
    public static func bundled() throws -> EntityTagger {
        try bundled(model: EntityModel.bundled())
    }

    /// A tagger with `model` and the bundled gazetteer and word lexicon, which the bundled
    /// model and `gloss train entities` use. The two are read once per process, however many
    /// taggers are made (one per recognizer with `-O entities.model=FILE`).
    public static func bundled(model: EntityModel) throws -> EntityTagger {
        let (gazetteer, lexicon) = try bundledLists.get()
        return EntityTagger(model: model, gazetteer: gazetteer, lexicon: lexicon)
    }

    private static let bundledLists = Result { (try Gazetteer.bundled(), try WordLexicon.bundled()) }

    /// The names the tagger finds in the sentences of one document (each given as its words):
    /// per sentence, token ranges and types.
    public func names(inDocument sentences: [[String]]) -> [[(tokens: Range<Int>, type: EntityType)]] {
        tags(inDocument: sentences).map { EntityTag.names(in: $0.tags) }
    }

    /// The tags and confidences of the words of one document's sentences.
    func tags(inDocument sentences: [[String]]) -> [(tags: [EntityTag], confidence: [Float])] {
        let texts = sentences.map { LabeledSentence(words: $0, tags: []).text }
        var attributes = texts.map { [WordAttributes](repeating: .start, count: $0.tokens.count) }
        var memory = DocumentMemory()
        for s in texts.indices {
            Array(texts[s].text.utf8).withUnsafeBufferPointer { bytes in
                texts[s].tokens.withUnsafeBufferPointer { tokens in
                    attributes[s].withUnsafeMutableBufferPointer { words in
                        if let base = bytes.baseAddress { Self.describe(base, tokens: tokens, gazetteer: gazetteer, lexicon: lexicon, into: words) }
                        memory.noteCasing(UnsafeBufferPointer(words))
                    }
                }
            }
        }
        return attributes.indices.map { s in
            var tags = [EntityTag](repeating: .outside, count: attributes[s].count)
            var confidence = [Float](repeating: 0, count: attributes[s].count)
            attributes[s].withUnsafeMutableBufferPointer { words in
                memory.markCasing(words)
                decode(UnsafeBufferPointer(words), memory: &memory, tags: &tags, confidence: &confidence)
            }
            return (tags, confidence)
        }
    }

    /// Computes the attributes of a sentence's `tokens` of the text at `base` into `words`
    /// (as long as `tokens`).
    static func describe(
        _ base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, gazetteer: Gazetteer,
        lexicon: WordLexicon, into words: UnsafeMutableBufferPointer<WordAttributes>
    ) {
        for i in 0..<tokens.count {
            let span = tokens[i].span
            words[i] = WordAttributes(base + Int(span.start), count: span.count)
        }
        if tokens.count > 0 {
            words[0].flags |= WordAttributes.Flags.sentenceStart
            words[tokens.count - 1].flags |= WordAttributes.Flags.sentenceEnd
        }
        gazetteer.mark(base, tokens: tokens, words: words)
        lexicon.mark(words)
        if HeadlineCasing.isHeadline(base, tokens: tokens, words: UnsafeBufferPointer(words)) {
            HeadlineCasing.restore(base, tokens: tokens, lexicon: lexicon, words: words)
        }
    }

    /// Tags one sentence whose attributes are `words` (with the document's casing marked):
    /// writes each token's tag to `tags` and the probability of the chosen tag among those
    /// allowed (softmax of the scores) to `confidence`, for tokens tagged other than O; the
    /// tags join `memory`'s history.
    func decode(
        _ words: UnsafeBufferPointer<WordAttributes>, memory: inout DocumentMemory, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        let bits = model.bits
        let tagCount = EntityTag.count
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: FeatureTemplates.staticCapacity + FeatureTemplates.tagCount) { rows in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: tagCount) { scores in
                do {
                    var previous = EntityTag.outside
                    var beforePrevious = EntityTag.outside
                    for i in 0..<words.count {
                        if !words[i].hasCapital, !Self.mayBeginName(words[i]),
                            previous == .outside || (words[i].flags & WordAttributes.Flags.letter != 0 && !words[i].isConnector)
                        {
                            // A name begins with a capital: any other word after O stays O
                            // unscored, unless it may be a name written in lower case. That is
                            // most of a text's words; scored, they cost F1 ±0.3 on EWT and
                            // wikigold and twice the time. Nor does a name go on through a
                            // lower-case word that is not a connector ("Bank of America",
                            // "Del Frisco 's"): "Chevron says" ends before "says" (EWT dev
                            // F1 +0.4, every seed).
                            tags[i] = .outside
                            confidence[i] = 1
                            beforePrevious = previous
                            previous = .outside
                            continue
                        }
                        let rowsBase = rows.baseAddress!
                        var n = FeatureTemplates.staticFeatures(words, i, bits: bits, into: rowsBase)
                        FeatureTemplates.tagFeatures(
                            words, i, previous: previous, beforePrevious: beforePrevious,
                            history: memory.history(words[i].word), bits: bits, into: rowsBase + n)
                        n += FeatureTemplates.tagCount
                        model.score(rows: UnsafeBufferPointer(start: rowsBase, count: n), into: scores)
                        let best = Self.best(scores, after: previous)
                        tags[i] = best
                        if let type = best.type { memory.remember(words[i].word, as: type) }
                        confidence[i] =
                            best == .outside ? 1 : Self.probability(of: best, scores, after: previous, temperature: model.temperature)
                        beforePrevious = previous
                        previous = best
                    }
                }
            }
        }
    }

    /// Whether a word with no capital may still begin a name: a name particle ("al-Qaeda"),
    /// a listed country, continent or nationality ("france", "french"), or another listed word
    /// (a state or region, a city, a personal name, an organisation) that a corpus writes
    /// capitalised at least as often, or does not know ("john", "bukele"; not "will" or
    /// "young", which the census lists as surnames, "bath" or "mobile", which GeoNames lists
    /// as cities, nor "centre", which Faker lists as a region).
    @inline(__always) static func mayBeginName(_ word: WordAttributes) -> Bool {
        word.isParticle || word.gazetteer & (Gazetteer.country | Gazetteer.continent | Gazetteer.demonym) != 0
            || (word.gazetteer != 0 && (word.casing == 0 || word.casing >= 5))
    }

    /// Sums the weights of `rows` of a full table (`(1 << bits) * EntityTag.count` weights,
    /// as the trainer keeps it) into `scores`.
    @inline(__always)
    static func score(rows: UnsafeBufferPointer<UInt32>, weights: UnsafeBufferPointer<Float>, into scores: UnsafeMutableBufferPointer<Float>) {
        let tagCount = EntityTag.count
        for t in 0..<tagCount { scores[t] = 0 }
        for row in rows {
            let w = weights.baseAddress! + Int(row) * tagCount
            for t in 0..<tagCount { scores[t] += w[t] }
        }
    }

    /// The best-scoring tag that may follow `previous`; O on a tie with it.
    @inline(__always) static func best(_ scores: UnsafeMutableBufferPointer<Float>, after previous: EntityTag) -> EntityTag {
        var best = EntityTag.outside
        var bestScore = scores[0]
        for t in 1..<EntityTag.count {
            let tag = EntityTag(rawValue: UInt8(t))
            if scores[t] > bestScore, tag.canFollow(previous) {
                best = tag
                bestScore = scores[t]
            }
        }
        return best
    }

    static func probability(
        of tag: EntityTag, _ scores: UnsafeMutableBufferPointer<Float>, after previous: EntityTag, temperature: Float
    ) -> Float {
        let top = scores[Int(tag.rawValue)]
        var sum: Float = 0
        for t in 0..<EntityTag.count where EntityTag(rawValue: UInt8(t)).canFollow(previous) {
            sum += exp((scores[t] - top) / temperature)
        }
        return 1 / sum
    }
}
