/// The Article Extraction Benchmark's metric: texts are split into `\w+` tokens (Python's
/// Unicode `\w`: letters, numbers and `_`), compared as multisets of 4-token shingles; per page,
/// true positives, false positives and false negatives are normalised to sum to 1; precision
/// and recall are averaged over pages; F1 is the harmonic mean of the two averages.
///
/// This follows `evaluate.py` of scrapinghub/article-extraction-benchmark: a text of fewer than
/// four tokens is one shorter shingle, an empty text has none; a page where both texts are
/// empty scores 1 and 1, and a page with no extracted shingles scores precision 0.
package struct ShingleMetric {
    /// One page's scores.
    package struct Score: Sendable {
        package var precision: Double
        package var recall: Double
    }

    /// The averages over pages.
    package struct Summary: Sendable {
        package var precision: Double
        package var recall: Double
        package var pages: Int
        package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    package static let shingleSize = 4

    /// Scores an extracted text against the expected one.
    package static func score(expected: String, extracted: String) -> Score {
        let truth = shingles(expected)
        let guess = shingles(extracted)
        var tp = 0
        var fp = 0
        var fn = 0
        for (shingle, count) in truth {
            let other = guess[shingle] ?? 0
            tp += min(count, other)
            fn += max(0, count - other)
        }
        for (shingle, count) in guess { fp += max(0, count - (truth[shingle] ?? 0)) }
        let total = Double(tp + fp + fn)
        guard total > 0 else { return Score(precision: 1, recall: 1) }
        let (t, f, n) = (Double(tp) / total, Double(fp) / total, Double(fn) / total)
        return Score(precision: t + f > 0 ? t / (t + f) : 0, recall: t + n > 0 ? t / (t + n) : 0)
    }

    /// Averages page scores.
    package static func summarize(_ scores: [Score]) -> Summary {
        guard !scores.isEmpty else { return Summary(precision: 0, recall: 0, pages: 0) }
        let count = Double(scores.count)
        return Summary(
            precision: scores.reduce(0) { $0 + $1.precision } / count,
            recall: scores.reduce(0) { $0 + $1.recall } / count, pages: scores.count)
    }

    /// The text's shingles with their counts.
    package static func shingles(_ text: String) -> [String: Int] {
        let words = tokens(text)
        var result: [String: Int] = [:]
        guard !words.isEmpty else { return result }
        let last = max(1, words.count - shingleSize + 1)
        for start in 0..<last {
            let shingle = words[start..<min(start + shingleSize, words.count)].joined(separator: "\u{1}")
            result[shingle, default: 0] += 1
        }
        return result
    }

    /// The `\w+` tokens of `text`.
    package static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWord(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// Python's `\w`: `str.isalnum()` (letters and numbers) or `_`.
    package static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
