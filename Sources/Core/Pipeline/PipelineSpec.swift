import Foundation

/// A pipeline written down: stage names with their options, as read from a JSON pipeline file.
///
/// ```json
/// {"stages": ["ingest.text", {"name": "normalize", "options": {"nfkc": true}}, "tokenize", "sentences"]}
/// ```
/// A bare array of stages is accepted too.
public struct PipelineSpec: Sendable, Equatable {
    public var stages: [String]
    public var options: [String: StageOptions]

    public init(stages: [String], options: [String: StageOptions] = [:]) {
        self.stages = stages
        self.options = options
    }

    /// Parses a pipeline file's JSON.
    ///
    /// - Throws: `PipelineError.invalidPipelineFile` saying what is wrong and where.
    public init(json: [UInt8], path: String = "pipeline") throws(PipelineError) {
        let entries: [Entry]
        do {
            let decoder = JSONDecoder()
            if let file = try? decoder.decode(File.self, from: Data(json)) {
                entries = file.stages
            } else {
                entries = try decoder.decode([Entry].self, from: Data(json))
            }
        } catch {
            throw .invalidPipelineFile(
                path: path,
                problem: "expected {\"stages\": [...]} whose entries are names or {\"name\": ..., \"options\": {...}} "
                    + "with string, number or boolean values (\(Self.describe(error)))")
        }
        var options: [String: StageOptions] = [:]
        for entry in entries where !entry.options.isEmpty {
            options[entry.name] = StageOptions(stage: entry.name, values: entry.options)
        }
        self.init(stages: entries.map(\.name), options: options)
    }

    private struct File: Decodable {
        var stages: [Entry]
    }

    private struct Entry: Decodable {
        var name: String
        var options: [String: StageOptions.Value] = [:]

        private enum Keys: String, CodingKey { case name, options }

        init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self.name = name
                return
            }
            let container = try decoder.container(keyedBy: Keys.self)
            name = try container.decode(String.self, forKey: .name)
            options = try container.decodeIfPresent([String: StageOptions.Value].self, forKey: .options) ?? [:]
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "not valid JSON: \(context.debugDescription)"
        case DecodingError.typeMismatch(_, let context), DecodingError.keyNotFound(_, let context):
            "at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default: "\(error)"
        }
    }
}

extension StageOptions.Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }
}
