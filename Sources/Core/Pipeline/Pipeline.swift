/// An ordered list of stages, checked when it is built.
///
/// ```
///  inputs ──▶ ┌────────┐   ┌───────────┐   ┌──────────┐   ┌───────────┐   ┌─────┐ ──▶ records
///  (sources)  │ ingest │──▶│ normalize │──▶│ tokenize │──▶│ sentences │──▶│ ... │     (sinks)
///             └────────┘   └───────────┘   └──────────┘   └───────────┘   └─────┘
///              raw→text     text→text'      →tokens        →sentences
/// ```
///
/// Building checks that every stage's requirements are provided by the input (`given`) or by
/// an earlier stage, and fails with `PipelineError.missingRequirement` naming the stage, the
/// missing layer and the registered stages that would provide it. A `Pipeline` does no
/// concurrency of its own: `PipelineRunner` runs it over many documents.
public struct Pipeline: Sendable {
    /// The stages, in the order they run.
    public let stages: [any Stage]
    /// The layers every input document has before the first stage.
    public let given: Set<LayerID>

    /// Builds and checks a pipeline.
    ///
    /// - Parameters:
    ///   - stages: the stages in order.
    ///   - given: what inputs carry: `[.raw]` for bytes that need ingest, `[.raw, .text]` for
    ///     documents made from text.
    ///   - registry: used only to name, in errors, the stages that would provide a missing layer.
    public init(_ stages: [any Stage], given: Set<LayerID> = [.raw], registry: StageRegistry? = nil) throws {
        guard !stages.isEmpty else { throw PipelineError.empty }
        var available = given
        for (position, stage) in stages.enumerated() {
            for layer in stage.requires.sorted() where !available.contains(layer) {
                throw PipelineError.missingRequirement(
                    stage: stage.name, layer: layer, providers: registry?.providers(of: layer) ?? [],
                    position: position)
            }
            available.formUnion(stage.provides)
        }
        self.stages = stages
        self.given = given
    }

    /// The stage names, in order.
    public var names: [String] { stages.map(\.name) }

    /// All layers a document has after the pipeline ran.
    public var layers: Set<LayerID> { stages.reduce(given) { $0.union($1.provides) } }

    /// Runs every stage on one document, on the calling thread.
    ///
    /// - Throws: `DocumentFailure` naming the stage that failed.
    public func process(_ document: inout Document) throws(DocumentFailure) {
        for stage in stages {
            do {
                try stage.process(&document)
            } catch {
                throw DocumentFailure(document: document, stage: stage.name, error: error)
            }
        }
    }
}
