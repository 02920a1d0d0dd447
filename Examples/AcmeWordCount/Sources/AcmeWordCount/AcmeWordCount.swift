import GlossCore

/// What the `acme.wordcount` stage finds in a document.
public struct WordCount: Sendable, Equatable, JSONEncodable {
    /// Whitespace-separated words.
    public var words: Int
    /// Words at least as long as the stage's `min-length` option.
    public var longWords: Int

    public init(words: Int, longWords: Int) {
        self.words = words
        self.longWords = longWords
    }

    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        writer.beginObject()
        writer.key("words")
        writer.number(words)
        writer.key("long_words")
        writer.number(longWords)
        writer.endObject()
    }
}

/// The typed key under which `WordCounter` stores its result: `document[WordCountLayer.self]`.
public enum WordCountLayer: LayerKey {
    public static let id: LayerID = "acme.wordcount"
    public typealias Value = WordCount
}

/// A third-party stage: counts words, and words of at least `min-length` bytes.
///
/// It depends on `GlossCore` alone and registers exactly as the built-in stages do. Its one
/// option is declared once, typed, with its default and help (`Option.minLength`): the
/// descriptor lists it and `init(options:)` reads it, so the default is written in one place.
///
/// - Requires: `text`. Provides: `acme.wordcount`.
/// - Cost: one pass over the text's bytes.
/// - Thread safety: a value with immutable configuration; safe to share.
public struct WordCounter: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "acme.wordcount", summary: "counts words and long words (an example third-party stage)",
        requires: [.text], provides: [WordCountLayer.id],
        options: [Option.minLength],
        cost: "O(n) in bytes")

    /// The stage's options, each declared once.
    public enum Option {
        public static let minLength = StageOption("min-length", "bytes a word needs to count as long", default: 8)
    }

    public var minLength: Int

    public init(minLength: Int = Option.minLength.defaultValue) { self.minLength = minLength }

    /// Reads the options; a value out of range is an error of the pipeline's building (`gloss`
    /// exits 64), as is any error thrown here (a model that cannot be read).
    public init(options: StageOptions) throws {
        let minLength = try options[Option.minLength]
        guard minLength > 0 else { throw StageOptions.Error("option min-length must be positive, not \(minLength)") }
        self.init(minLength: minLength)
    }

    public func process(_ document: inout Document) throws {
        var words = 0
        var longWords = 0
        var length = 0
        for byte in document.text.utf8 {
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 {
                if length > 0 {
                    words += 1
                    if length >= minLength { longWords += 1 }
                }
                length = 0
            } else {
                length += 1
            }
        }
        if length > 0 {
            words += 1
            if length >= minLength { longWords += 1 }
        }
        document[WordCountLayer.self] = WordCount(words: words, longWords: longWords)
    }
}

/// How an application uses a third-party stage: register it, build a pipeline by name, run it.
public enum AcmeExample {
    /// A registry with the example stage in it (an application would start from
    /// `StageRegistry.standard` to have the built-ins too).
    public static var registry: StageRegistry {
        var registry = StageRegistry()
        registry.register(WordCounter.self)
        return registry
    }

    /// Counts words in `texts`, one record per text, in order.
    public static func countWords(in texts: [String], minLength: Int = 8) throws -> [Record] {
        let pipeline = try registry.makePipeline(
            ["acme.wordcount"], options: ["acme.wordcount": StageOptions(values: ["min-length": .number(Double(minLength))])],
            given: [.raw, .text])
        let runner = PipelineRunner(pipeline: pipeline)
        return runner.run(texts.enumerated().map { DocumentInput.text($0.element, id: "text\($0.offset)") })
    }
}
