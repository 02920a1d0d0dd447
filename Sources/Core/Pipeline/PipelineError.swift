/// Why a pipeline could not be built. Each case's description says what to do.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stage needs a layer that neither the input nor an earlier stage provides.
    case missingRequirement(stage: String, layer: LayerID, providers: [String], position: Int)
    /// A stage that rewrites the text comes after one that added spans into it (a rewrite
    /// would leave them pointing at the wrong bytes). Positions are 0-based.
    case rewriteAfterSpans(stage: String, position: Int, spansStage: String, spansPosition: Int, layer: LayerID)
    /// A stage's setup (reading its model or lexicon, checking its options) failed.
    case setupFailed(stage: String, message: String)
    /// No stage of that name is registered.
    case unknownStage(name: String, known: String, suggestion: String?)
    /// Options were given for a stage that is not in the pipeline.
    case optionsForAbsentStage(name: String)
    /// The pipeline has no stages.
    case empty
    /// A pipeline file could not be read.
    case invalidPipelineFile(path: String, problem: String)

    public var description: String {
        switch self {
        case let .missingRequirement(stage, layer, providers, position):
            let fix: String
            if providers.isEmpty {
                fix = "add a stage that provides '\(layer)' before it"
            } else {
                let list = providers.map { "'\($0)'" }.joined(separator: " or ")
                fix = "add \(list) (which provide\(providers.count == 1 ? "s" : "") '\(layer)') before it"
            }
            return "stage '\(stage)' (position \(position + 1)) requires layer '\(layer)', which no earlier stage "
                + "provides: \(fix)"
        case let .rewriteAfterSpans(stage, position, spansStage, spansPosition, layer):
            return "stage '\(stage)' (position \(position + 1)) rewrites the text, but '\(spansStage)' (position "
                + "\(spansPosition + 1)) already added '\(layer)', which point into the text: move '\(stage)' before "
                + "'\(spansStage)' (text-rewriting stages, such as ingest and normalize, run before the tokenizer)"
        case let .setupFailed(stage, message):
            return "stage '\(stage)' could not be set up: \(message); check its options (see `gloss stages`)"
        case let .unknownStage(name, known, suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            return "no stage named '\(name)' is registered.\(hint) Registered stages: \(known) (see `gloss stages`)"
        case let .optionsForAbsentStage(name):
            return "options were given for stage '\(name)', which is not in the pipeline: add it to the stages or "
                + "drop its options"
        case .empty:
            return "the pipeline has no stages: name at least one (see `gloss stages`)"
        case let .invalidPipelineFile(path, problem):
            return "pipeline file '\(path)': \(problem)"
        }
    }
}
