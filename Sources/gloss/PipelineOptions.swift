import ArgumentParser
import Foundation
import GlossCore
import GlossStages

/// The options that choose and configure a pipeline, shared by the commands that run one.
struct PipelineOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Comma-separated stage names, in order, or presets: all (the default: \(StageRegistry.fullStageNames.joined(separator: ","))), "
                + "text (\(StageRegistry.presets["text"]!.joined(separator: ","))); presets mix with names (text,numbers).",
            valueName: "names"))
    var stages: String?

    @Option(name: .long, help: ArgumentHelp("A JSON pipeline file: {\"stages\": [\"name\", {\"name\": ..., \"options\": {...}}]}.", valueName: "file"))
    var pipeline: String?

    @Option(
        name: [.customLong("option"), .customShort("O")],
        help: ArgumentHelp("A stage option as stage.name=value (repeatable), e.g. normalize.nfkc=true.", valueName: "stage.key=value"))
    var stageOptions: [String] = []

    func validate() throws {
        if stages != nil && pipeline != nil {
            throw ValidationError("give either --stages or --pipeline, not both")
        }
        for option in stageOptions { _ = try Self.parse(option: option) }
    }

    /// Builds the pipeline these options describe, from `registry`.
    func makePipeline(registry: StageRegistry = .standard) throws -> Pipeline {
        var spec: PipelineSpec
        if let pipeline {
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(path: pipeline, maxBytes: 1 << 20)
            } catch {
                throw PipelineError.invalidPipelineFile(path: pipeline, problem: "cannot read it: \(error)")
            }
            spec = try PipelineSpec(json: bytes, path: pipeline)
        } else if let stages {
            spec = PipelineSpec(stages: StageRegistry.stageNames(stages))
        } else {
            spec = PipelineSpec(stages: StageRegistry.defaultStageNames)
        }
        for option in stageOptions {
            let (stage, key, value) = try Self.parse(option: option)
            var options = spec.options[stage] ?? StageOptions(stage: stage)
            options[key] = .string(value)
            spec.options[stage] = options
        }
        return try registry.makePipeline(spec.stages, options: spec.options)
    }

    /// Splits `stage.key=value`; the stage name may itself contain dots (`ingest.text.allow-binary=true`):
    /// the key is the part after the last dot before `=`.
    static func parse(option: String) throws -> (stage: String, key: String, value: String) {
        guard let equals = option.firstIndex(of: "="), let dot = option[..<equals].lastIndex(of: ".") else {
            throw ValidationError("option '\(option)' must look like stage.key=value, e.g. normalize.nfkc=true")
        }
        let stage = String(option[..<dot])
        let key = String(option[option.index(after: dot)..<equals])
        guard !stage.isEmpty, !key.isEmpty else {
            throw ValidationError("option '\(option)' must look like stage.key=value, e.g. normalize.nfkc=true")
        }
        return (stage, key, String(option[option.index(after: equals)...]))
    }
}

extension PipelineError: LocalizedError {
    public var errorDescription: String? { description }
}
