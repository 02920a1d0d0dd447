import ArgumentParser
import Foundation
import GlossCore
import GlossStages

extension Gloss.Evaluate {
    /// `gloss evaluate numbers`: scores the numbers stage on Recognizers-Text spec files.
    struct Numbers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score number detection on Microsoft Recognizers-Text spec files.",
            discussion: """
                Each FILE is a JSON list of {Input, Results[{Text, TypeName, Resolution}], NotSupported?}; \
                the file's name says the model (NumberModel…, OrdinalModel…, PercentModel…, \
                NumberRangeModel…, CurrencyModel, DimensionModel, AgeModel, TemperatureModel). Each input \
                is tokenised and run through the numbers stage; its mentions are mapped to the model's \
                results. A case passes when the results match in count and each has the same type, text \
                (case-insensitive) and value (numerically, to 1e-9 relative), and unit for the \
                NumberWithUnit models. A file named …SuppressExtendedTypes is scored without relative \
                ordinals (last, next, penultimate), as that model is configured. Every case counts, NotSupported ones too. Failures that come from \
                a convention Gloss keeps by design are counted as failures and named.
                """)

        @Argument(help: ArgumentHelp("Spec files (with --coverage, corpus paths).", valueName: "file"))
        var files: [String]

        @Flag(name: .long, help: "Print each failing case with what Gloss found.")
        var failures = false

        @Flag(name: .long, help: ArgumentHelp(
            "Treat each FILE as a corpus (files, directories, archives such as Reuters SGML or RSS) and report the share of numeric tokens inside a mention or left out for a reason, with samples to review."))
        var coverage = false

        @Option(name: .long, help: "With --coverage, how many mentions and unexplained tokens to print for review.")
        var samples = 100

        @Option(name: .long, help: "With --coverage, the seed of the sample of mentions.")
        var seed: UInt64 = 1

        func run() throws {
            if coverage {
                try runCoverage()
                return
            }
            var passed = 0
            var total = 0
            for file in files {
                let cases = try NumberEvaluation.read(path: file)
                let model = NumberEvaluation.Model(fileName: file)
                // a model configured to suppress extended types reports no relative ordinals
                let extended = !file.contains("SuppressExtendedTypes")
                let result = NumberEvaluation.score(cases, model: model, extendedTypes: extended)
                passed += result.passed
                total += result.cases
                print(result.text(file: file))
                if failures {
                    for failure in result.failures { print("  FAIL \(failure)") }
                }
            }
            let rate = total == 0 ? 0 : 100 * Double(passed) / Double(total)
            print("overall: \(passed)/\(total) cases passed (\(String(format: "%.1f", rate))%)")
        }
    }
}

/// Reading Recognizers-Text spec files and scoring the numbers stage against them.
enum NumberEvaluation {
    /// One result: what a spec expects or what Gloss found, in the spec's terms.
    struct Result: Equatable, CustomStringConvertible {
        var type: String
        var text: String
        var value: String?
        var unit: String?
        var start: Int

        var description: String { "\(type) '\(text)' = \(value ?? "null")\(unit.map { " " + $0 } ?? "")" }
    }

    struct Case {
        var input: String
        var results: [Result]
        var notSupported: Bool
    }

    /// Which Recognizers-Text model a file tests, from its name.
    enum Model: String, CaseIterable {
        case number = "Number", ordinal = "Ordinal", percent = "Percent", numberRange = "NumberRange"
        case currency = "Currency", dimension = "Dimension", age = "Age", temperature = "Temperature"
        case unknown = "?"

        init(fileName: String) {
            let name = (fileName as NSString).lastPathComponent
            let stem = name.components(separatedBy: "Model").first ?? ""
            self = Model(rawValue: stem) ?? .unknown
        }

        /// Whether results carry a unit to compare.
        var hasUnit: Bool { [.currency, .dimension, .age, .temperature].contains(self) }
    }

    struct Score {
        var cases = 0
        var passed = 0
        var notSupported = 0
        var notSupportedPassed = 0
        /// Failures due to a convention Gloss keeps by design, by convention.
        var conventions: [String: Int] = [:]
        var failures: [String] = []

        func text(file: String) -> String {
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

    enum Failure: Error, CustomStringConvertible {
        case malformed(path: String)
        var description: String {
            switch self {
            case .malformed(let path): "\(path): expected a JSON list of {Input, Results} cases"
            }
        }
    }

    static func read(path: String) throws -> [Case] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try parse(data, path: path)
    }

    static func parse(_ data: Data, path: String) throws -> [Case] {
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

    static func score(_ cases: [Case], model: Model, extendedTypes: Bool = true) -> Score {
        var score = Score()
        for item in cases {
            let found = results(of: item.input, model: model, extendedTypes: extendedTypes)
            let verdict = compare(expected: item.results.sorted { $0.start < $1.start }, found: found, model: model)
            score.cases += 1
            if item.notSupported { score.notSupported += 1 }
            if verdict == nil {
                score.passed += 1
                if item.notSupported { score.notSupportedPassed += 1 }
            } else {
                if let convention = convention(input: item.input, expected: item.results, found: found, model: model) {
                    score.conventions[convention, default: 0] += 1
                }
                score.failures.append(
                    "\(item.input.debugDescription): expected \(item.results.map(\.description)), found \(found.map(\.description))")
            }
        }
        return score
    }

    /// Nil when the results match, else what differs.
    static func compare(expected: [Result], found: [Result], model: Model) -> String? {
        guard expected.count == found.count else { return "count" }
        for (e, f) in zip(expected, found) {
            if e.type.lowercased() != f.type.lowercased() { return "type" }
            if normalizedText(e.text) != normalizedText(f.text) { return "text" }
            if !sameValue(e.value, f.value) { return "value" }
            if model.hasUnit && e.unit?.lowercased() != f.unit?.lowercased() { return "unit" }
        }
        return nil
    }

    private static func normalizedText(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: .whitespaces)
    }

    /// Numbers compare to 1e-9 relative (the spec writes .NET's 15 digits); intervals and
    /// relative ordinals compare as text, without spaces.
    static func sameValue(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let x = a.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: " ", with: "")
        let y = b.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: " ", with: "")
        if let p = Double(x), let q = Double(y) {
            return abs(p - q) <= 1e-9 * max(1, abs(p), abs(q))
        }
        if (x.hasPrefix("[") || x.hasPrefix("(")) && (y.hasPrefix("[") || y.hasPrefix("(")) {
            let inner = { (s: String) in s.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false) }
            let (u, v) = (inner(x), inner(y))
            guard x.first == y.first, x.last == y.last, u.count == v.count else { return false }
            return zip(u, v).allSatisfy { (s, t) in s == t || sameValue(String(s), String(t)) }
        }
        return x.lowercased() == y.lowercased()
    }

    /// The convention behind a failure, when Gloss differs from the spec by design.
    static func convention(input: String, expected: [Result], found: [Result], model: Model) -> String? {
        if expected.contains(where: { e in e.value == nil && !found.contains { $0.start == e.start && $0.value == nil } }) {
            return "a unit word that also means something else is no mention without a number"
        }
        let sameCount = expected.count == found.count
        let pairs = sameCount ? Array(zip(expected, found)) : []
        if model == .numberRange,
            pairs.contains(where: { e, f in
                e.value?.hasSuffix(")") == true && e.value?.hasPrefix("[") == true && f.value?.hasSuffix("]") == true
            })
        {
            return "a range includes both ends"
        }
        if model == .number, found.count < expected.count, input.range(of: #"\d+\.\d+\.\d+"#, options: .regularExpression) != nil {
            return "an address or list of dotted numbers is no number"
        }
        if model == .number, found.count < expected.count, found.contains(where: { $0.text.contains(" in ") }) {
            return "'1 in 21' is one ratio"
        }
        if model == .number,
            pairs.contains(where: { e, f in
                normalizedText(e.text) == normalizedText(f.text) && !e.text.contains(" and ")
                    && e.text.range(of: #"(ths|rds|halves|quarters)$"#, options: .regularExpression) != nil
            })
        {
            return "the whole number before a fraction word is its numerator (one hundred thirty fifths = 130/5)"
        }
        if model == .ordinal, found.count < expected.count,
            expected.contains(where: { e in input.lowercased().contains(" and a \(normalizedText(e.text))") })
        {
            return "a number and a fraction is one mixed number (forty two and a third)"
        }
        if model.hasUnit, found.count < expected.count,
            expected.contains(where: { e in
                let before = String(input.utf8.prefix(e.start)) ?? ""
                return before.hasSuffix(" to ") || before.hasSuffix("-") || before.hasSuffix(" and ")
            })
        {
            return "a range of measures is one mention (eight to 10 feet)"
        }
        if model == .age, pairs.contains(where: { e, f in e.unit?.lowercased() == "age" && f.unit == "year" }) {
            return "an age without a unit is in years"
        }
        if model == .temperature, expected.isEmpty,
            found.contains(where: { $0.text.range(of: #"^\d+[CF]$"#, options: .regularExpression) != nil })
        {
            return "a capital C or F fused to a number is a temperature (41C)"
        }
        return nil
    }

    static let stage = NumberDetector()

    /// What Gloss finds in `input`, as the model would report it.
    static func results(of input: String, model: Model, extendedTypes: Bool = true) -> [Result] {
        var document = Document(id: "case", text: input)
        guard (try? Tokenizer().process(&document)) != nil, (try? stage.process(&document)) != nil else { return [] }
        let mentions = document[NumberLayer.self]?.mentions ?? []
        let bytes = Array(input.utf8)
        func text(_ span: Span) -> String { String(decoding: bytes[span.range], as: UTF8.self) }
        var results: [Result] = []
        for mention in mentions {
            let start = Int(mention.span.start)
            switch model {
            case .number:
                guard mention.kind != .ordinal else { continue }
                for part in mention.parts where !part.ordinal {
                    // a numeral fused to a unit (29km) is a measure, not a number
                    if Int(part.span.end) < bytes.count, isLetter(bytes[Int(part.span.end)]), mention.kind != .money {
                        continue
                    }
                    let type = "number"
                    results.append(Result(type: type, text: text(part.span), value: part.value.description, unit: nil, start: Int(part.span.start)))
                }
            case .ordinal:
                guard mention.kind == .ordinal, let value = mention.value else { continue }
                if mention.relativeTo != nil {
                    guard extendedTypes else { continue }
                    results.append(Result(type: "ordinal.relative", text: text(mention.span), value: mention.normalized, unit: nil, start: start))
                } else {
                    results.append(Result(type: "ordinal", text: text(mention.quantitySpan), value: value.description, unit: nil, start: start))
                }
            case .percent:
                guard mention.kind == .percent, mention.high == nil else { continue }
                let value = mention.value.map { $0.description + "%" }
                results.append(Result(type: "percentage", text: text(mention.quantitySpan), value: value, unit: nil, start: start))
            case .numberRange:
                guard mention.kind != .score, let value = mention.value else { continue }
                let interval: String
                if let high = mention.high {
                    interval = (mention.lowOpen ? "(" : "[") + "\(value),\(high)" + (mention.highOpen ? ")" : "]")
                } else {
                    switch mention.comparator {
                    case .greater?: interval = "(\(value),)"
                    case .greaterOrEqual?: interval = "[\(value),)"
                    case .less?: interval = "(,\(value))"
                    case .lessOrEqual?: interval = "(,\(value)]"
                    case .equal? where mention.modifier?.hasPrefix("equal") == true: interval = "[\(value),\(value)]"
                    default: continue
                    }
                }
                // the range without the unit after it, unless words bound it there ("200 or more")
                var span = mention.high != nil ? mention.quantitySpan : mention.span
                if mention.span.end == mention.quantitySpan.end, let last = mention.parts.last {
                    span = Span(start: Int(span.start), end: Int(last.span.end))
                }
                results.append(Result(type: "numberrange", text: text(span), value: interval, unit: nil, start: start))
            case .currency, .dimension, .age, .temperature:
                let kind: NumberMention.Kind = switch model {
                case .currency: .money
                case .dimension: .dimension
                case .age: .age
                default: .temperature
                }
                guard mention.kind == kind, mention.high == nil else { continue }
                let type = model == .currency ? "currency" : model.rawValue.lowercased()
                results.append(Result(type: type, text: text(mention.quantitySpan), value: mention.value?.description, unit: specUnit(mention.unit), start: start))
            case .unknown:
                continue
            }
        }
        return results.sorted { $0.start < $1.start }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Gloss's unit names in the spec's words, where they differ.
    static func specUnit(_ unit: String?) -> String? {
        switch unit {
        case "celsius": "C"
        case "fahrenheit": "F"
        default: unit
        }
    }
}
