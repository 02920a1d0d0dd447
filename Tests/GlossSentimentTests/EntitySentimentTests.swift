import GlossCore
import Testing

@testable import GlossSentiment
import GlossStages

@Suite struct EntitySentimentTests {
    /// Three sentences of known scores at byte offsets 0, 100 and 200.
    static let sentences = [
        SentenceSentiment(span: Span(start: 0, end: 90), words: 10, score: SentimentScore(compound: 0.5, positive: 0.3, neutral: 0.7, negative: 0), valence: 2),
        SentenceSentiment(span: Span(start: 100, end: 190), words: 30, score: SentimentScore(compound: -0.5, positive: 0, neutral: 0.6, negative: 0.4), valence: -2),
        SentenceSentiment(span: Span(start: 200, end: 290), words: 10, score: SentimentScore(compound: 0, positive: 0, neutral: 1, negative: 0), valence: 0),
    ]

    static func mention(at start: Int, entity: Int) -> EntityMention {
        EntityMention(span: Span(start: start, end: start + 5), tokens: 0..<1, type: .person, confidence: 0.9, entity: entity)
    }

    @Test func anEntityScoresTheWordWeightedMeanOfTheSentencesThatMentionIt() {
        let entities = DocumentEntities(
            mentions: [Self.mention(at: 3, entity: 0), Self.mention(at: 120, entity: 0), Self.mention(at: 150, entity: 0),
                       Self.mention(at: 210, entity: 1)],
            entities: [Entity(name: "Ana Torres", type: .person, mentions: 3), Entity(name: "Lima", type: .location, mentions: 1)])
        let scores = EntitySentiment.aggregate(Self.sentences, entities: entities)
        #expect(scores.count == 2)
        // Sentences 1 and 2, weighted 10 and 30 (the second mention in sentence 2 counts once).
        #expect(scores[0].name == "Ana Torres" && scores[0].sentences == 2)
        #expect(abs(scores[0].score.compound - (0.5 * 10 - 0.5 * 30) / 40) < 1e-9)
        #expect(scores[1].sentences == 1 && scores[1].score.compound == 0 && scores[1].type == .location)
    }

    /// Mentions in any order (and an out-of-range entity) give each entity its sentences
    /// once, in text order: the sum is taken in the same order as the scores over those
    /// sentences alone, to the last bit.
    @Test func mentionsOutOfOrderCountEachSentenceOnceInTextOrder() {
        let entities = DocumentEntities(
            mentions: [Self.mention(at: 210, entity: 1), Self.mention(at: 120, entity: 0), Self.mention(at: 3, entity: 1),
                       Self.mention(at: 250, entity: 0), Self.mention(at: 130, entity: 0), Self.mention(at: 5, entity: 7)],
            entities: [Entity(name: "A", type: .person, mentions: 3), Entity(name: "B", type: .location, mentions: 2)])
        let scores = EntitySentiment.aggregate(Self.sentences, entities: entities)
        #expect(scores.map(\.sentences) == [2, 2])
        #expect(scores[0].score == DocumentSentiment.weightedMean([Self.sentences[1], Self.sentences[2]]))
        #expect(scores[1].score == DocumentSentiment.weightedMean([Self.sentences[0], Self.sentences[2]]))
    }

    @Test func anEntityWithoutMentionsInSentencesScoresZero() {
        let entities = DocumentEntities(mentions: [Self.mention(at: 95, entity: 0)], entities: [Entity(name: "X", type: .organization, mentions: 1)])
        let scores = EntitySentiment.aggregate(Self.sentences, entities: entities)
        #expect(scores[0].sentences == 0 && scores[0].score.compound == 0)
    }

    @Test func thePipelineScoresEntitiesWhenTheEntitiesStageRanFirst() throws {
        let pipeline = try StageRegistry.standard.makePipeline(["ingest.text", "tokenize", "sentences", "entities", "sentiment"])
        var document = Document(
            id: "t", raw: Array("Maria Lopez praised the wonderful new school. The flood destroyed the old bridge.".utf8))
        try pipeline.process(&document)
        let sentiment = try #require(document[SentimentLayer.self])
        let entities = try #require(document[EntityLayer.self])
        #expect(sentiment.entities.count == entities.entities.count)
        if let maria = sentiment.entities.first(where: { $0.name.contains("Lopez") }) {
            #expect(maria.sentences == 1 && maria.score.compound > 0)
        }
    }
}
