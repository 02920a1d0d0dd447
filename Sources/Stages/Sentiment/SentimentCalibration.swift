import Foundation
import GlossCore

/// A linear model that reads a text's `SentimentEvidence` as a human rater would, learnt by
/// `CalibrationTrainer` across rated sets of different domains, with the `ClauseRules`
/// factors chosen with it.
///
/// `compound = clamp(Σ weightᵢ · featureᵢ(evidence) / scale, -1, 1)`, where `scale` is the
/// rating scale (4 for VADER's -4…+4). There is no intercept: no evidence scores 0.
///
/// The bundled calibration is `Resources/sentiment_calibration.txt`, rebuilt by
/// `scripts/train-sentiment.sh`. Its text format: `#` comments, then `clauses before=… after=…
/// reported=… hedged=… counterfactual=…`, `scale N`, and one `weight FEATURE VALUE` a line.
///
/// - Thread safety: immutable; safe to share.
public struct SentimentCalibration: Sendable, Hashable {
    /// What the model reads from evidence; `n(x)` is VADER's `x / sqrt(x² + 15)`.
    public enum Feature: String, Sendable, CaseIterable {
        /// `n(valence)`: VADER's compound.
        case compound
        /// `n(positive)` and `n(negative)`: each side saturating on its own.
        case positive, negative
        /// `valence / sqrt(words + 1)`: the valence against the length of the text.
        case density
        /// `(positive + negative) / max(rated, 1)`: the mean valence of the rated words.
        case mean
        /// `n(valence)³`: lets strong texts count more than the compound's curve gives.
        case cubic
        /// `n(valence) / sqrt(max(words, 1))`: the compound weighed up for short texts, where a
        /// few strong words carry the whole text ("Awful.") and raters rate it further from 0
        /// than the same words in a long text. Added to compound, mean and density it raised
        /// every set left out (`gloss evaluate sentiment --cross-domain`: tweets .870 → .872,
        /// movie .464 → .466, Amazon .617 → .621; `docs/accuracy.md`).
        case brevity
        /// `reported / sqrt(words + 1)` and `hedged / sqrt(words + 1)`: the valence of the
        /// reported (attributed, quoted) words and of the hedged or counterfactual words,
        /// against the length of the text, so the model learns across domains how far a
        /// rater discounts what someone else said or what may happen, beyond the clause
        /// factors the grid chooses.
        case reported, hedged

        func value(_ e: SentimentEvidence) -> Double {
            switch self {
            case .compound: ValenceRules.normalize(e.valence)
            case .positive: ValenceRules.normalize(e.positive)
            case .negative: ValenceRules.normalize(e.negative)
            case .density: e.valence / (e.words + 1).squareRoot()
            case .mean: (e.positive + e.negative) / max(e.rated, 1)
            case .cubic:
                { $0 * $0 * $0 }(ValenceRules.normalize(e.valence))
            case .brevity: ValenceRules.normalize(e.valence) / max(e.words, 1).squareRoot()
            case .reported: e.reported / (e.words + 1).squareRoot()
            case .hedged: e.hedged / (e.words + 1).squareRoot()
            }
        }
    }

    public var clauses: ClauseRules
    public var weights: [(feature: Feature, weight: Double)]
    public var scale: Double

    public init(clauses: ClauseRules, weights: [(feature: Feature, weight: Double)], scale: Double = 4) {
        self.clauses = clauses
        self.weights = weights
        self.scale = scale
    }

    /// The compound of text with `evidence`, within [-1, 1].
    public func compound(_ evidence: SentimentEvidence) -> Double {
        var sum = 0.0
        for (feature, weight) in weights { sum += weight * feature.value(evidence) }
        return max(-1, min(1, sum / scale))
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.clauses == rhs.clauses && lhs.scale == rhs.scale && lhs.weights.map(\.feature) == rhs.weights.map(\.feature)
            && lhs.weights.map(\.weight) == rhs.weights.map(\.weight)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(clauses)
        hasher.combine(scale)
        for (feature, weight) in weights {
            hasher.combine(feature)
            hasher.combine(weight)
        }
    }
}

extension SentimentCalibration {
    /// A calibration in its text format; `source` names it in errors.
    public init(text: String, source: String) throws {
        var clauses = ClauseRules.identity
        var weights: [(Feature, Double)] = []
        var scale = 4.0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: " ")
            guard let head = fields.first, !head.hasPrefix("#") else { continue }
            func fail(_ what: String) -> StageError {
                StageError("sentiment: \(source):\(number + 1): \(what); rebuild it with scripts/train-sentiment.sh")
            }
            switch head {
            case "clauses":
                for field in fields.dropFirst() {
                    let pair = field.split(separator: "=")
                    guard pair.count == 2, let value = Double(pair[1]) else { throw fail("expected name=value, found '\(field)'") }
                    switch pair[0] {
                    case "before": clauses.before = value
                    case "after": clauses.after = value
                    case "reported": clauses.reported = value
                    case "hedged": clauses.hedged = value
                    case "counterfactual": clauses.counterfactual = value
                    default: throw fail("unknown clause factor '\(pair[0])'")
                    }
                }
            case "scale":
                guard fields.count == 2, let value = Double(fields[1]), value > 0 else { throw fail("expected 'scale N'") }
                scale = value
            case "weight":
                guard fields.count == 3, let feature = Feature(rawValue: String(fields[1])), let value = Double(fields[2])
                else { throw fail("expected 'weight FEATURE VALUE' with a feature of \(Feature.allCases.map(\.rawValue))") }
                weights.append((feature, value))
            default:
                throw fail("unknown line '\(head)'")
            }
        }
        guard !weights.isEmpty else { throw StageError("sentiment: \(source) has no weights; rebuild it with scripts/train-sentiment.sh") }
        self.init(clauses: clauses, weights: weights, scale: scale)
    }

    /// The calibration in its text format, after `header` lines (each written as a comment).
    public func text(header: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        let c = clauses
        lines.append(
            "clauses before=\(c.before) after=\(c.after) reported=\(c.reported) hedged=\(c.hedged) counterfactual=\(c.counterfactual)")
        lines.append("scale \(scale)")
        for (feature, weight) in weights { lines.append("weight \(feature.rawValue) \(weight)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The calibration shipped with Gloss.
    ///
    /// - Throws: `StageError` when the resource is missing or malformed.
    public static func bundled() throws -> SentimentCalibration {
        guard
            let url = Bundle.module.url(forResource: "sentiment_calibration", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            throw StageError("sentiment: sentiment_calibration.txt is missing from GlossStages' resources; rebuild the package")
        }
        return try SentimentCalibration(text: text, source: "sentiment_calibration.txt")
    }
}
