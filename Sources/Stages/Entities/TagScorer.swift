/// Sums the weights of hashed feature rows into one score per tag: the tagger's compact
/// `EntityModel`, or the full table the trainer updates (`WeightTable`).
package protocol TagScorer {
    func score(rows: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>)
}

extension EntityModel: TagScorer {}
