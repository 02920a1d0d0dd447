/// One step of a pipeline: it reads some layers of a document and adds others.
///
/// A stage is a `Sendable` value with immutable configuration. It processes one document at a
/// time and may be called from several threads at once on different documents; it never
/// creates threads or queues (the runner owns concurrency, batching and backpressure).
///
/// Conform with `name`, `provides` and `process(_:)`; `requires` defaults to nothing. Stages
/// that can be built by name (from the CLI or a pipeline file) also conform to
/// `RegistrableStage`.
public protocol Stage: Sendable {
    /// The stage's registry name (`tokenize`, `acme.wordcount`).
    var name: String { get }
    /// The layers that must be present before this stage runs.
    var requires: Set<LayerID> { get }
    /// The layers this stage adds.
    var provides: Set<LayerID> { get }
    /// Processes one document in place.
    ///
    /// - Throws: `StageError` (or any error) when this document cannot be processed; the
    ///   runner records it and goes on with the next document.
    func process(_ document: inout Document) throws
}

extension Stage {
    public var requires: Set<LayerID> { [] }
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
    /// Builds the stage from options, throwing `StageOptions.Error` for an unknown option or a
    /// value of the wrong type.
    init(options: StageOptions) throws
}

extension RegistrableStage {
    public var name: String { Self.descriptor.name }
    public var requires: Set<LayerID> { Self.descriptor.requires }
    public var provides: Set<LayerID> { Self.descriptor.provides }
}

/// What the registry knows about a stage before building it.
public struct StageDescriptor: Sendable {
    /// A short lowercase name; third parties namespace theirs (`acme.toxicity`).
    public var name: String
    /// One line that says what the stage does.
    public var summary: String
    public var requires: Set<LayerID>
    public var provides: Set<LayerID>
    /// The options the stage accepts.
    public var options: [StageOptionInfo]
    /// What the stage costs, for `gloss stages` (e.g. "O(n) in bytes, ~300 MB/s").
    public var cost: String

    public init(
        name: String, summary: String, requires: Set<LayerID> = [], provides: Set<LayerID>,
        options: [StageOptionInfo] = [], cost: String = ""
    ) {
        self.name = name
        self.summary = summary
        self.requires = requires
        self.provides = provides
        self.options = options
        self.cost = cost
    }
}

/// One option a registered stage accepts.
public struct StageOptionInfo: Sendable {
    public var name: String
    public var summary: String
    /// The default, as it would be written on the command line.
    public var defaultValue: String

    public init(_ name: String, _ summary: String, default defaultValue: String) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}
