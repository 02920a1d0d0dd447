/// Sums the weights of hashed feature rows into one score per tag: the tagger's compact
/// `EntityModel`, or the full table the trainer updates (`WeightTable`).
package protocol TagScorer {
    func score(rows: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>)

    /// The scores of each tag of `word` after `previous` from its transition rows
    /// (`FeatureTemplates.transitionFeatures`) alone, `EntityTag.count` of them.
    func transitionScores(_ word: WordAttributes, previous: EntityTag, bits: Int, into scores: UnsafeMutablePointer<Float>)

    /// The same scores after each previous tag `p` whose bit `1 << p` is set in `reached`,
    /// written to `scores + p * EntityTag.count` (the lattice asks once per token).
    func transitionScores(_ word: WordAttributes, reached: UInt16, bits: Int, into scores: UnsafeMutablePointer<Float>)

    /// Calls `body` with the same scores, at `p * EntityTag.count` from the pointer it is
    /// given for each previous tag `p` whose bit is set in `reached` (the other rows unset):
    /// written into `scratch` (room for `EntityTag.count` squared floats), or read where the
    /// scorer keeps them (`CachedScorer`: no copy).
    func withTransitionScores<Result>(
        _ word: WordAttributes, reached: UInt16, bits: Int, scratch: UnsafeMutablePointer<Float>,
        _ body: (UnsafePointer<Float>) -> Result
    ) -> Result
}

extension TagScorer {
    /// The transition rows, hashed and summed with `score(rows:into:)`.
    @inline(__always)
    package func transitionScores(_ word: WordAttributes, previous: EntityTag, bits: Int, into scores: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: FeatureTemplates.transitionCount) { rows in
            FeatureTemplates.transitionFeatures(word, previous: previous, bits: bits, into: rows.baseAddress!)
            score(rows: UnsafeBufferPointer(rows), into: UnsafeMutableBufferPointer(start: scores, count: EntityTag.count))
        }
    }

    /// One previous tag at a time (`transitionScores(_:previous:bits:into:)`).
    @inline(__always)
    package func transitionScores(_ word: WordAttributes, reached: UInt16, bits: Int, into scores: UnsafeMutablePointer<Float>) {
        for p in 0..<EntityTag.count where reached & (1 << p) != 0 {
            transitionScores(word, previous: EntityTag(rawValue: UInt8(p)), bits: bits, into: scores + p * EntityTag.count)
        }
    }

    /// The scores written into `scratch` (`transitionScores(_:reached:bits:into:)`).
    @inline(__always)
    package func withTransitionScores<Result>(
        _ word: WordAttributes, reached: UInt16, bits: Int, scratch: UnsafeMutablePointer<Float>,
        _ body: (UnsafePointer<Float>) -> Result
    ) -> Result {
        transitionScores(word, reached: reached, bits: bits, into: scratch)
        return body(scratch)
    }
}

extension EntityModel: TagScorer {}
