import Foundation
import GlossCore

extension StageRegistry {
    /// The built-in stages, in pipeline order.
    ///
    /// Start from this registry and register your own stages to use them by name:
    /// ```swift
    /// var registry = StageRegistry.standard
    /// registry.register(MyStage.self)
    /// ```
    public static var standard: StageRegistry {
        var registry = StageRegistry()
        registry.register(AutoIngester.self)
        registry.register(PlainTextIngester.self)
        registry.register(HTMLIngester.self)
        registry.register(Normalizer.self)
        registry.register(Tokenizer.self)
        registry.register(SentenceSplitter.self)
        registry.register(NumberDetector.self)
        registry.register(EntityRecognizer.self)
        registry.register(SentimentScorer.self)
        registry.register(Deduplicator.self)
        return registry
    }

    /// The stages `gloss analyze` and `bench` run when none are named: the full analysis.
    public static let defaultStageNames = fullStageNames

    /// Every analysis stage, in order: ingest to sentiment.
    public static let fullStageNames = [
        "ingest", "normalize", "tokenize", "sentences", "numbers", "entities", "sentiment",
    ]

    /// Names that stand for several stages in a stage list: `all` (and `full`) for the full
    /// analysis, `text` for ingest up to sentences.
    public static let presets: [String: [String]] = [
        "all": fullStageNames,
        "full": fullStageNames,
        "text": ["ingest", "normalize", "tokenize", "sentences"],
    ]

    /// A comma-separated stage list (`text,numbers`, `all`) as stage names, presets expanded
    /// in place, blanks dropped.
    public static func stageNames(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .flatMap { presets[$0] ?? [$0] }
    }
}
