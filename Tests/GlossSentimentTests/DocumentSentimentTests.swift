import GlossCore
import Testing

@testable import GlossSentiment

@Suite struct DocumentSentimentTests {
    func sentence(_ start: UInt32, words: Int, compound: Double, valence: Double) -> SentenceSentiment {
        SentenceSentiment(
            span: Span(start: Int(start), end: Int(start) + 10), words: words,
            score: SentimentScore(compound: compound, positive: compound > 0 ? 1 : 0, neutral: compound == 0 ? 1 : 0,
                negative: compound < 0 ? 1 : 0), valence: valence)
    }

    @Test func theDocumentScoreIsTheWordWeightedMean() {
        let document = DocumentSentiment(sentences: [
            sentence(0, words: 3, compound: 0.6, valence: 2), sentence(10, words: 1, compound: -0.2, valence: -0.5),
            sentence(20, words: 0, compound: 0.9, valence: 0),
        ])
        #expect(abs(document.score.compound - (3 * 0.6 - 0.2) / 4) < 1e-12)
        #expect(document.score.positive == 0.75 && document.score.negative == 0.25)
        #expect(document.combinedCompound == ValenceRules.normalize(1.5))
    }

    @Test func noSentencesScoreZero() {
        let document = DocumentSentiment(sentences: [])
        #expect(document.score == SentimentScore())
        #expect(document.combinedCompound == 0)
    }

    @Test func writesScoresAndSentencesAsJSON() {
        let document = DocumentSentiment(sentences: [sentence(0, words: 2, compound: 0.123456, valence: 0.5)])
        var writer = JSONWriter()
        document.writeJSON(
            to: &writer, context: JSONContext(characters: ScalarOffsetIndex(text: String(repeating: "a", count: 30)), offsets: .identity))
        let json = String(decoding: writer.bytes, as: UTF8.self)
        #expect(json.hasPrefix(#"{"compound":0.1235,"pos":1,"neu":0,"neg":0,"combined":"#))
        #expect(json.contains(#""sentences":[{"span":[0,10],"chars":[0,10],"words":2,"compound":0.1235"#))
    }
}
