import Foundation

extension NumberEvaluation {
    /// Runs every case through the tokenizer and the numbers stage and counts the passes,
    /// the NotSupported cases, and the failures that come from a convention Gloss keeps.
    package static func score(_ cases: [Case], model: Model, extendedTypes: Bool = true, percentMode: Bool = false) -> Score {
        var score = Score()
        for item in cases {
            let found = results(of: item.input, model: model, extendedTypes: extendedTypes, percentMode: percentMode)
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
    package static func compare(expected: [Result], found: [Result], model: Model) -> String? {
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
    package static func sameValue(_ a: String?, _ b: String?) -> Bool {
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
    package static func convention(input: String, expected: [Result], found: [Result], model: Model) -> String? {
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
}
