import GlossCore
import GlossEntities

/// The sentiment of a document: its sentences' scores, their length-weighted mean, and the
/// compound of the document read as one text.
///
/// Scores per entity (the mean over the sentences that mention each linked entity) are there
/// when the `entities` stage ran before `sentiment`.
public struct DocumentSentiment: Sendable, Hashable, JSONEncodable {
    /// The mean of the sentences' scores, each weighted by its number of words.
    public var score: SentimentScore
    /// The compound of the sentences' valences summed, as VADER scores a whole text given at
    /// once: what a rating of a short text (a review, a post) compares with. It tends to ±1 as
    /// a long document piles up rated words, where `score` does not.
    public var combinedCompound: Double
    /// One score per sentence of the document, in order.
    public var sentences: [SentenceSentiment]
    /// One score per named entity, in the entity layer's order; empty without entities.
    public var entities: [EntitySentiment]

    /// The document of `sentences`; its combined compound is `combined`, or VADER's compound of
    /// the sentences' summed valences when nil.
    public init(sentences: [SentenceSentiment], entities: DocumentEntities? = nil, combined: Double? = nil) {
        self.sentences = sentences
        self.entities = entities.map { EntitySentiment.aggregate(sentences, entities: $0) } ?? []
        self.score = Self.weightedMean(sentences)
        self.combinedCompound = combined ?? ValenceRules.normalize(sentences.reduce(0) { $0 + $1.valence })
    }

    /// The word-weighted mean of the sentences' scores; 0 everywhere for no words.
    static func weightedMean(_ sentences: [SentenceSentiment]) -> SentimentScore {
        var mean = WeightedMean()
        for sentence in sentences { mean.add(sentence) }
        return mean.score
    }

    /// A word-weighted mean of sentence scores, added up one sentence at a time (in the order
    /// given, which fixes the rounding), with no array of the sentences.
    struct WeightedMean {
        private var sum = SentimentScore()
        private var weight = 0.0

        /// Counts `sentence`, weighted by its number of words; a sentence of no words counts nothing.
        mutating func add(_ sentence: SentenceSentiment) {
            guard sentence.words > 0 else { return }
            let w = Double(sentence.words)
            sum.compound += w * sentence.score.compound
            sum.positive += w * sentence.score.positive
            sum.neutral += w * sentence.score.neutral
            sum.negative += w * sentence.score.negative
            weight += w
        }

        /// The mean; 0 everywhere for no words.
        var score: SentimentScore {
            guard weight > 0 else { return sum }
            return SentimentScore(
                compound: sum.compound / weight, positive: sum.positive / weight, neutral: sum.neutral / weight,
                negative: sum.negative / weight)
        }
    }

    /// The keys the layer writes, made once (`JSONKey`).
    private static let keys = (
        combined: JSONKey("combined"), sentences: JSONKey("sentences"), words: JSONKey("words"),
        entities: JSONKey("entities"), entity: JSONKey("entity"), name: JSONKey("name"), type: JSONKey("type"))

    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        let keys = Self.keys
        writer.beginObject()
        score.writeMembers(to: &writer)
        writer.member(keys.combined, combinedCompound, places: 4)
        writer.key(keys.sentences)
        writer.beginArray()
        for sentence in sentences {
            context.beginSharedSpanObject(sentence.span, to: &writer)
            writer.member(keys.words, sentence.words)
            sentence.score.writeMembers(to: &writer)
            writer.endObject()
        }
        writer.endArray()
        if !entities.isEmpty {
            writer.key(keys.entities)
            writer.beginArray()
            for entity in entities {
                writer.beginObject()
                writer.member(keys.entity, entity.entity)
                writer.member(keys.name, string: entity.name)
                writer.member(keys.type, string: entity.type.description)
                writer.member(keys.sentences, entity.sentences)
                entity.score.writeMembers(to: &writer)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }
}
