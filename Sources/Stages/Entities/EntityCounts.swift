import GlossCore

/// True positives, false positives and false negatives of predicted names against gold ones,
/// per type: exact span and type match, micro-averaged as CoNLL's scorer does.
public struct EntityCounts: Hashable, Sendable {
    /// Per `EntityType.rawValue`.
    public private(set) var truePositives = [Int](repeating: 0, count: EntityType.allCases.count)
    public private(set) var falsePositives = [Int](repeating: 0, count: EntityType.allCases.count)
    public private(set) var falseNegatives = [Int](repeating: 0, count: EntityType.allCases.count)

    public init() {}

    /// Counts one sentence's predicted names against its gold names.
    public mutating func add(gold: [(tokens: Range<Int>, type: EntityType)], predicted: [(tokens: Range<Int>, type: EntityType)]) {
        var unmatched = gold.map { ($0.tokens, $0.type.rawValue) }
        for name in predicted {
            let t = Int(name.type.rawValue)
            if let index = unmatched.firstIndex(where: { $0.0 == name.tokens && $0.1 == name.type.rawValue }) {
                truePositives[t] += 1
                unmatched.remove(at: index)
            } else {
                falsePositives[t] += 1
            }
        }
        for (_, type) in unmatched { falseNegatives[Int(type)] += 1 }
    }

    /// Adds another set of counts.
    public mutating func add(_ other: EntityCounts) {
        for t in 0..<truePositives.count {
            truePositives[t] += other.truePositives[t]
            falsePositives[t] += other.falsePositives[t]
            falseNegatives[t] += other.falseNegatives[t]
        }
    }

    /// Micro-averaged precision, recall and F1 (0…1) over `types`.
    public func scores(_ types: [EntityType] = EntityType.allCases) -> (precision: Double, recall: Double, f1: Double) {
        let tp = Double(types.reduce(0) { $0 + truePositives[Int($1.rawValue)] })
        let fp = Double(types.reduce(0) { $0 + falsePositives[Int($1.rawValue)] })
        let fn = Double(types.reduce(0) { $0 + falseNegatives[Int($1.rawValue)] })
        let precision = tp + fp > 0 ? tp / (tp + fp) : 0
        let recall = tp + fn > 0 ? tp / (tp + fn) : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }

    /// The number of gold names of `types`.
    public func gold(_ types: [EntityType] = EntityType.allCases) -> Int {
        types.reduce(0) { $0 + truePositives[Int($1.rawValue)] + falseNegatives[Int($1.rawValue)] }
    }

    /// The number of predicted names of `types`.
    public func predicted(_ types: [EntityType] = EntityType.allCases) -> Int {
        types.reduce(0) { $0 + truePositives[Int($1.rawValue)] + falsePositives[Int($1.rawValue)] }
    }

    /// PER, ORG and LOC: the types both evaluation sets share.
    public static let coreTypes: [EntityType] = [.person, .organization, .location]
}
