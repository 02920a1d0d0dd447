import GlossCore

extension LayerID {
    /// `SentimentLayer`: per-sentence and per-document sentiment scores.
    public static let sentiment = LayerID("sentiment")
}

/// The layer `SentimentScorer` adds: `document[SentimentLayer.self]`.
///
/// In JSON: `{"compound":…,"pos":…,"neu":…,"neg":…,"sentences":[{"span":[s,e],"chars":[s,e],
/// "words":n,"compound":…,"pos":…,"neu":…,"neg":…},…]}`.
public enum SentimentLayer: LayerKey {
    public static let id: LayerID = .sentiment
    public typealias Value = DocumentSentiment
}
