/// An ordered list of stages, checked when it is built.
///
/// ```
///  inputs ──▶ ┌────────┐   ┌───────────┐   ┌──────────┐   ┌───────────┐   ┌─────┐ ──▶ records
///  (sources)  │ ingest │──▶│ normalize │──▶│ tokenize │──▶│ sentences │──▶│ ... │     (sinks)
///             └────────┘   └───────────┘   └──────────┘   └───────────┘   └─────┘
///              raw→text     text→text'      →tokens        →sentences
/// ```
///
/// Building checks the contract of every stage (`Stage`), and fails with a `PipelineError` that
/// says what to do:
/// - every stage's requirements are provided by the input (`given`) or by an earlier stage
///   (`missingRequirement`, naming the registered stages that would provide the layer);
/// - a stage that rewrites the text comes before every stage that adds spans into it
///   (`rewriteAfterSpans`, naming the stage to move and where).
///
/// A layer a stage `uses` when present but that a later stage provides gives a
/// `PipelineWarning` in `warnings` (the pipeline runs; the stage does without it). A
/// `Pipeline` does no concurrency of its own: `PipelineRunner` runs it over many documents.
public struct Pipeline: Sendable {
    /// The stages, in the order they run.
    public let stages: [any Stage]
    /// The layers every input document has before the first stage.
    public let given: Set<LayerID>
    /// What is legal but probably not meant (a layer used when present comes too late).
    public let warnings: [PipelineWarning]

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
        /// The first stage that added a layer with spans into the text, and that layer.
        var firstSpans: (position: Int, layer: LayerID)?
        for (position, stage) in stages.enumerated() {
            for layer in stage.requires.sorted() where !available.contains(layer) {
                throw PipelineError.missingRequirement(
                    stage: stage.name, layer: layer, providers: registry?.providers(of: layer) ?? [],
                    position: position)
            }
            if stage.rewritesText, let firstSpans {
                throw PipelineError.rewriteAfterSpans(
                    stage: stage.name, position: position, spansStage: stages[firstSpans.position].name,
                    spansPosition: firstSpans.position, layer: firstSpans.layer)
            }
            available.formUnion(stage.provides)
            if firstSpans == nil, let layer = stage.provides.subtracting(LayerID.textItself).sorted().first {
                firstSpans = (position, layer)
            }
        }
        self.stages = stages
        self.given = given
        self.warnings = PipelineWarning.lateOptionalInputs(in: stages, given: given)
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
