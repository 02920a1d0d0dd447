import GlossCore

/// What the extraction runs have in common to report beside F1: empty and short results, and
/// which pass chose each page's text (from `ingest.html`'s `explain` diagnostics).
package struct ExtractionTally {
    /// Pages whose extracted text is empty, and under 100, 200 and 500 characters.
    package init() {}

    package var empty = 0
    package var under100 = 0
    package var under200 = 0
    package var under500 = 0
    /// Pages where the second opinion ran, and the pass that chose each page's text.
    package var secondOpinionRan = 0
    package var chosen: [String: Int] = [:]

    /// Counts one page's text and diagnostics.
    package mutating func add(text: String, diagnostics: [Diagnostic]) {
        let count = text.count
        if count == 0 { empty += 1 }
        if count < 100 { under100 += 1 }
        if count < 200 { under200 += 1 }
        if count < 500 { under500 += 1 }
        for diagnostic in diagnostics where diagnostic.message.hasPrefix("extraction: ") {
            let words = diagnostic.message.dropFirst("extraction: ".count).split(separator: " ")
            if let pass = words.first { chosen[String(pass), default: 0] += 1 }
            if diagnostic.message.hasSuffix("second opinion ran)") { secondOpinionRan += 1 }
        }
    }

    package var text: String {
        var line = "  results: \(empty) empty, \(under100) under 100 characters, \(under200) under 200, \(under500) under 500"
        if !chosen.isEmpty {
            let passes = chosen.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            line += "\n  second opinion ran on \(secondOpinionRan) pages; text chosen by: \(passes)"
        }
        return line
    }

    package var json: [String: Any] {
        [
            "empty": empty, "under_100": under100, "under_200": under200, "under_500": under500,
            "second_opinion_ran": secondOpinionRan, "chosen": chosen,
        ]
    }
}
