import Foundation
import GlossCore
import GlossStages

/// Reading Microsoft Recognizers-Text spec files and scoring the numbers stage against them:
/// what `gloss evaluate numbers` reports. A case passes when Gloss's results match the
/// spec's in count, type, text (case-insensitive), value (to 1e-9 relative) and, for the
/// NumberWithUnit models, unit.
package enum NumberEvaluation {
    /// One result: what a spec expects or what Gloss found, in the spec's terms.
    package struct Result: Equatable, CustomStringConvertible {
        package var type: String
        package var text: String
        package var value: String?
        package var unit: String?
        package var start: Int

        package var description: String { "\(type) '\(text)' = \(value ?? "null")\(unit.map { " " + $0 } ?? "")" }
    }

    package struct Case {
        package var input: String
        package var results: [Result]
        package var notSupported: Bool
    }

    /// Which Recognizers-Text model a file tests, from its name.
    package enum Model: String, CaseIterable {
        case number = "Number", ordinal = "Ordinal", percent = "Percent", numberRange = "NumberRange"
        case currency = "Currency", dimension = "Dimension", age = "Age", temperature = "Temperature"
        case unknown = "?"

        package init(fileName: String) {
            let name = (fileName as NSString).lastPathComponent
            let stem = name.components(separatedBy: "Model").first ?? ""
            self = Model(rawValue: stem) ?? .unknown
        }

        /// Whether results carry a unit to compare.
        package var hasUnit: Bool { [.currency, .dimension, .age, .temperature].contains(self) }
    }

    package struct Score {
        package var cases = 0
        package var passed = 0
        package var notSupported = 0
        package var notSupportedPassed = 0
        /// Failures due to a convention Gloss keeps by design, by convention.
        package var conventions: [String: Int] = [:]
        package var failures: [String] = []

        package func text(file: String) -> String {
            let rate = cases == 0 ? 0 : 100 * Double(passed) / Double(cases)
            var line = "\(file): \(passed)/\(cases) cases passed (\(String(format: "%.1f", rate))%)"
            line += "; marked NotSupported: \(notSupportedPassed)/\(notSupported) passed"
            if !conventions.isEmpty {
                line += "; failed by Gloss convention: "
                line += conventions.sorted { $0.key < $1.key }.map { "\($0.value) (\($0.key))" }.joined(separator: ", ")
            }
            return line
        }
    }

    package enum Failure: Error, CustomStringConvertible {
        case malformed(path: String)
        package var description: String {
            switch self {
            case .malformed(let path): "\(path): expected a JSON list of {Input, Results} cases"
            }
        }
    }

    /// Scores a spec file: its model comes from its name, and a file named
    /// `…SuppressExtendedTypes` is scored without relative ordinals (last, next, penultimate),
    /// one named `…PercentMode` with a fraction before `of` as a percentage (`1/4 of` is 25%),
    /// as those models are configured.
    package static func evaluate(path: String) throws -> Score {
        let cases = try read(path: path)
        let name = (path as NSString).lastPathComponent
        return score(
            cases, model: Model(fileName: path), extendedTypes: !name.contains("SuppressExtendedTypes"),
            percentMode: isPercentMode(name))
    }

    /// Whether the file `name` is scored in percent mode: `…PercentMode` after the model's
    /// name (`PercentModelPercentMode.json`, `NumberModelPercentMode.json`), not the
    /// `PercentMode` that `PercentModel.json` itself begins with.
    package static func isPercentMode(_ name: String) -> Bool {
        name.replacingOccurrences(of: "PercentModel", with: "").contains("PercentMode")
    }

    /// The closing line over every file: cases passed of all cases.
    package static func overall(passed: Int, total: Int) -> String {
        let rate = total == 0 ? 0 : 100 * Double(passed) / Double(total)
        return "overall: \(passed)/\(total) cases passed (\(String(format: "%.1f", rate))%)"
    }

    package static func read(path: String) throws -> [Case] {
        let data = try EvaluationError.contents(of: path)
        return try parse(data, path: path)
    }

    package static func parse(_ data: Data, path: String) throws -> [Case] {
        guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw Failure.malformed(path: path)
        }
        return try list.map { item in
            guard let input = item["Input"] as? String, let results = item["Results"] as? [[String: Any]] else {
                throw Failure.malformed(path: path)
            }
            return Case(
                input: input,
                results: results.map { result in
                    let resolution = result["Resolution"] as? [String: Any]
                    return Result(
                        type: (result["TypeName"] as? String) ?? "", text: (result["Text"] as? String) ?? "",
                        value: string(resolution?["value"]), unit: string(resolution?["unit"]),
                        start: (result["Start"] as? Int) ?? 0)
                },
                notSupported: item["NotSupported"] != nil)
        }
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text == "null" ? nil : text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
