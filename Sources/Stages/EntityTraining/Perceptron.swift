import GlossEntities

/// The weights of the entity tagger while `EntityTrainer` learns them: a full table of
/// `(1 << bits) × EntityTag.count` weights, and what averaging them over every step needs.
///
/// A step moves the rows of one token's features for one tag; `averaged()` gives the weights
/// averaged over all steps so far, the averaged perceptron's model (Collins 2002), without
/// keeping a copy per step: each change is also added to `totals` times the step it was made at.
///
/// - Cost: 12 bytes per weight (`9 << bits` of them); a move is O(rows).
struct Perceptron {
    let bits: Int
    private(set) var weights: [Float]
    /// Per weight, the sum of each change times the step it was made at.
    private var totals: [Double]
    /// Steps so far, from 1: one per sentence trained on.
    private(set) var step = 1.0

    init(bits: Int) {
        self.bits = bits
        weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        totals = [Double](repeating: 0, count: weights.count)
    }

    /// Moves the weights for `tag` of `count` word `rows` and of the transition rows of `word`
    /// after `previous` by `change`.
    mutating func move(
        rows: UnsafePointer<UInt32>, count: Int, word: WordAttributes, tag: EntityTag, after previous: EntityTag, by change: Float
    ) {
        var transition: (UInt32, UInt32, UInt32) = (0, 0, 0)
        withUnsafeMutableBytes(of: &transition) { raw in
            FeatureTemplates.transitionFeatures(word, previous: previous, bits: bits, into: raw.baseAddress!.assumingMemoryBound(to: UInt32.self))
        }
        let step = step
        let tagCount = EntityTag.count
        weights.withUnsafeMutableBufferPointer { weights in
            totals.withUnsafeMutableBufferPointer { totals in
                @inline(__always) func move(_ row: UInt32) {
                    let k = Int(row) * tagCount + Int(tag.rawValue)
                    weights[k] += change
                    totals[k] += Double(change) * step
                }
                for r in 0..<count { move(rows[r]) }
                move(transition.0)
                move(transition.1)
                move(transition.2)
            }
        }
    }

    /// Ends a step (one sentence).
    mutating func advance() { step += 1 }

    /// Calls `body` with a scorer over the current weights (valid only inside `body`).
    func withScorer<Result>(_ body: (WeightTable) -> Result) -> Result {
        weights.withUnsafeBufferPointer { body(WeightTable(weights: $0)) }
    }

    /// The model of the weights averaged over all steps so far (`averagedWeights`).
    func averaged() -> EntityModel {
        EntityModel(bits: bits, weights: averagedWeights())
    }

    /// The weights averaged over all steps so far, unquantised: w - Σ(step × change) / steps.
    func averagedWeights() -> [Float] {
        var averaged = [Float](repeating: 0, count: weights.count)
        for k in 0..<weights.count where weights[k] != 0 || totals[k] != 0 {
            averaged[k] = weights[k] - Float(totals[k] / step)
        }
        return averaged
    }
}
