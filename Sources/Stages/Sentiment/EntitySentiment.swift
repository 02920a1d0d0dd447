import GlossCore
import GlossEntities

/// How a document speaks of one of its named entities (targeted sentiment): the word-weighted
/// mean of the scores of the sentences that mention it, under any of its linked names.
///
/// Needs the `entities` stage to run before `sentiment`; without it a document has no entity
/// scores. The entity's own name counts like any other words of its sentences.
public struct EntitySentiment: Sendable, Hashable {
    /// The entity's index in the document's `EntityLayer` list.
    public var entity: Int
    public var name: String
    public var type: EntityType
    /// How many sentences mention it.
    public var sentences: Int
    public var score: SentimentScore

    public init(entity: Int, name: String, type: EntityType, sentences: Int, score: SentimentScore) {
        self.entity = entity
        self.name = name
        self.type = type
        self.sentences = sentences
        self.score = score
    }

    /// The scores of each entity over the sentences that mention it, in entity order.
    ///
    /// Cost: O(m log m) for m mentions: the (entity, sentence) pairs are found by binary
    /// search, packed into one array and sorted, so each entity's sentences come out in order,
    /// each once, with no set or array per entity.
    static func aggregate(_ sentences: [SentenceSentiment], entities: DocumentEntities) -> [EntitySentiment] {
        let count = entities.entities.count
        var pairs: [UInt64] = []
        pairs.reserveCapacity(entities.mentions.count)
        for mention in entities.mentions where mention.entity >= 0 && mention.entity < count {
            guard let sentence = index(of: mention.span.start, in: sentences) else { continue }
            pairs.append(UInt64(mention.entity) << 32 | UInt64(sentence))
        }
        pairs.sort()
        var result: [EntitySentiment] = []
        result.reserveCapacity(count)
        var next = 0
        for (id, entity) in entities.entities.enumerated() {
            var own = 0
            var mean = DocumentSentiment.WeightedMean()
            var previous = -1
            while next < pairs.count && Int(pairs[next] >> 32) == id {
                let sentence = Int(truncatingIfNeeded: pairs[next] & 0xFFFF_FFFF)
                next += 1
                guard sentence != previous else { continue }
                previous = sentence
                own += 1
                mean.add(sentences[sentence])
            }
            result.append(EntitySentiment(entity: id, name: entity.name, type: entity.type, sentences: own, score: mean.score))
        }
        return result
    }

    /// The sentence whose span holds `offset`, by binary search.
    private static func index(of offset: UInt32, in sentences: [SentenceSentiment]) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let span = sentences[middle].span
            if offset < span.start {
                high = middle - 1
            } else if offset >= span.end {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}
