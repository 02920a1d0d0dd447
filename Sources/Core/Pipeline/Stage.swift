/// One step of a pipeline: it reads some layers of a document and adds others.
///
/// A stage is a `Sendable` value with immutable configuration. It processes one document at a
/// time and may be called from several threads at once on different documents; it never
/// creates threads or queues (the runner owns concurrency, batching and backpressure).
///
/// Conform with `name`, `provides` and `process(_:)`; `requires`, `uses` and `rewritesText`
/// default to nothing. Stages that can be built by name (from the CLI or a pipeline file) also
/// conform to `RegistrableStage`.
///
/// The contract is checked when a `Pipeline` is built, not document by document: a required
/// layer must be provided earlier, a stage that rewrites the text must come before any stage
/// that adds spans into it, and a layer a stage `uses` but does not require should come from
/// an earlier stage if it comes at all (otherwise the pipeline carries a warning).
public protocol Stage: Sendable {
    /// The stage's registry name (`tokenize`, `acme.wordcount`).
    var name: String { get }
    /// The layers that must be present before this stage runs.
    var requires: Set<LayerID> { get }
    /// The layers this stage reads when they are present, and does without otherwise
    /// (`sentiment` scores each entity when `entities` ran before it).
    var uses: Set<LayerID> { get }
    /// The layers this stage adds.
    var provides: Set<LayerID> { get }
    /// Whether this stage replaces the document's text (`Document.replaceText`): ingest and
    /// normalisation do. Such a stage cannot follow one that added tokens, sentences or other
    /// spans into the text; building that pipeline fails.
    var rewritesText: Bool { get }
    /// Processes one document in place.
    ///
    /// - Throws: `StageError` (or any error) when this document cannot be processed; the
    ///   runner records it and goes on with the next document.
    func process(_ document: inout Document) throws
}

extension Stage {
    public var requires: Set<LayerID> { [] }
    public var uses: Set<LayerID> { [] }
    public var rewritesText: Bool { false }
}

/// A stage that the registry can build by name from options.
///
/// Built-in and third-party stages register the same way:
/// ```swift
/// var registry = StageRegistry.standard      // or StageRegistry() for an empty one
/// registry.register(WordCounter.self)
/// ```
public protocol RegistrableStage: Stage {
    /// The stage's name, summary, layers and options, for listings and validation.
    static var descriptor: StageDescriptor { get }
    /// Builds the stage from options (read with `options[declaration]`, see `StageOption`) and
    /// does its setup: a model or lexicon is loaded here, once, when the pipeline is built,
    /// not on the first document.
    ///
    /// Throws `StageOptions.Error` for a value of the wrong type or out of range; any error
    /// (a model file that cannot be read) reaches the caller of `StageRegistry.makeStage` as
    /// `PipelineError.setupFailed`, a configuration error (`gloss` exits 64).
    init(options: StageOptions) throws
}

extension RegistrableStage {
    public var name: String { Self.descriptor.name }
    public var requires: Set<LayerID> { Self.descriptor.requires }
    public var uses: Set<LayerID> { Self.descriptor.uses }
    public var provides: Set<LayerID> { Self.descriptor.provides }
    public var rewritesText: Bool { Self.descriptor.rewritesText }
}

/// What the registry knows about a stage before building it.
public struct StageDescriptor: Sendable {
    /// A short lowercase name; third parties namespace theirs (`acme.toxicity`).
    public var name: String
    /// One line that says what the stage does.
    public var summary: String
    public var requires: Set<LayerID>
    /// Layers read when present (see `Stage.uses`).
    public var uses: Set<LayerID>
    public var provides: Set<LayerID>
    /// Whether the stage replaces the text (see `Stage.rewritesText`).
    public var rewritesText: Bool
    /// The options the stage accepts.
    public var options: [StageOptionInfo]
    /// What the stage costs, for `gloss stages` (e.g. "O(n) in bytes, ~300 MB/s").
    public var cost: String

    public init(
        name: String, summary: String, requires: Set<LayerID> = [], uses: Set<LayerID> = [],
        provides: Set<LayerID>, rewritesText: Bool = false, options: [any StageOptionDeclaration] = [],
        cost: String = ""
    ) {
        self.name = name
        self.summary = summary
        self.requires = requires
        self.uses = uses
        self.provides = provides
        self.rewritesText = rewritesText
        self.options = options.map(\.info)
        self.cost = cost
    }
}

/// One option a registered stage accepts, as listed: declare options with `StageOption`,
/// whose `info` this is.
public struct StageOptionInfo: Sendable {
    public var name: String
    public var summary: String
    /// The default, as it would be written on the command line.
    public var defaultValue: String
    /// What values it takes ("true or false", "a whole number"); empty when not said.
    public var accepts: String

    public init(_ name: String, _ summary: String, default defaultValue: String, accepts: String = "") {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.accepts = accepts
    }
}
