/// The trainer's full weight table: `EntityTag.count` weights per row.
struct WeightTable: TagScorer {
    let weights: UnsafeBufferPointer<Float>

    @inline(__always) func score(rows: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        EntityTagger.score(rows: rows, weights: weights, into: scores)
    }
}
