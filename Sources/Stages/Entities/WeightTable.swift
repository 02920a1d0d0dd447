/// The trainer's full weight table: `EntityTag.count` weights per row.
package struct WeightTable: TagScorer {
    package let weights: UnsafeBufferPointer<Float>

    package init(weights: UnsafeBufferPointer<Float>) { self.weights = weights }

    @inline(__always) package func score(rows: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        EntityTagger.score(rows: rows, weights: weights, into: scores)
    }
}
