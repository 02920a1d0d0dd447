/// Something a pipeline allows but its author probably did not mean. `gloss` prints each one
/// when it builds the pipeline; the pipeline runs.
public struct PipelineWarning: Sendable, Equatable, CustomStringConvertible {
    /// The stage that uses the layer when present.
    public var stage: String
    /// Its 1-based position.
    public var position: Int
    /// The layer it would use.
    public var layer: LayerID
    /// The later stage that provides the layer, and its 1-based position.
    public var provider: String
    public var providerPosition: Int

    public init(stage: String, position: Int, layer: LayerID, provider: String, providerPosition: Int) {
        self.stage = stage
        self.position = position
        self.layer = layer
        self.provider = provider
        self.providerPosition = providerPosition
    }

    public var description: String {
        "stage '\(stage)' (position \(position)) uses layer '\(layer)' when it is present, but '\(provider)' "
            + "provides it later (position \(providerPosition)), so '\(stage)' runs without it: "
            + "put '\(provider)' before '\(stage)'"
    }

    /// A warning for each layer a stage `uses` that no earlier stage (or the input) provides
    /// but a later stage does.
    static func lateOptionalInputs(in stages: [any Stage], given: Set<LayerID>) -> [PipelineWarning] {
        var warnings: [PipelineWarning] = []
        var available = given
        for (position, stage) in stages.enumerated() {
            for layer in stage.uses.sorted() where !available.contains(layer) {
                guard let later = stages[(position + 1)...].firstIndex(where: { $0.provides.contains(layer) }) else {
                    continue
                }
                warnings.append(PipelineWarning(
                    stage: stage.name, position: position + 1, layer: layer, provider: stages[later].name,
                    providerPosition: later + 1))
            }
            available.formUnion(stage.provides)
        }
        return warnings
    }
}
