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

    /// The stages `gloss analyze` runs when none are named.
    public static let defaultStageNames = ["ingest", "normalize", "tokenize", "sentences"]
}
