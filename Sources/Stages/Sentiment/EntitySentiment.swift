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
    /// Cost: O(mentions × log sentences).
    static func aggregate(_ sentences: [SentenceSentiment], entities: DocumentEntities) -> [EntitySentiment] {
        var mentioned = [[Int]](repeating: [], count: entities.entities.count)
        for mention in entities.mentions where mention.entity >= 0 && mention.entity < mentioned.count {
            guard let sentence = index(of: mention.span.start, in: sentences) else { continue }
            if mentioned[mention.entity].last != sentence { mentioned[mention.entity].append(sentence) }
        }
        return entities.entities.enumerated().map { id, entity in
            let own = Array(Set(mentioned[id])).sorted().map { sentences[$0] }
            return EntitySentiment(
                entity: id, name: entity.name, type: entity.type, sentences: own.count,
                score: DocumentSentiment.weightedMean(own))
        }
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
