/// Per-tag sums of a model's quantised weights (`EntityModel.quantised`), one `Int32` per
/// `EntityTag`: the first eight tags in one vector, the ninth beside it.
///
/// Integer sums are exact, so rows may be summed in any order and in parts (a word's own rows
/// kept in `WordScoreCache`, its neighbours' added per token) with the same result; a sum is
/// turned into scores once, `Float(sum) * scale`. A token sums at most a few dozen rows of at
/// most 32,767 in magnitude, far from overflow.
///
/// - Cost: `add` is one 16-byte load, a widening and two additions.
package struct TagSums: Sendable, Equatable {
    package var head = SIMD8<Int32>(repeating: 0)
    package var last: Int32 = 0

    package init() {}

    /// Adds the `EntityTag.count` weights at `weights`.
    @inline(__always) package mutating func add(_ weights: UnsafePointer<Int16>) {
        head &+= SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(weights).loadUnaligned(as: SIMD8<Int16>.self))
        last &+= Int32(weights[8])
    }

    @inline(__always) package static func &+ (a: TagSums, b: TagSums) -> TagSums {
        var sum = a
        sum.head &+= b.head
        sum.last &+= b.last
        return sum
    }

    /// Writes `Float(sum) * scale` for each tag to `scores`.
    @inline(__always) package func write(scale: Float, into scores: UnsafeMutablePointer<Float>) {
        let head = SIMD8<Float>(self.head) * scale
        UnsafeMutableRawPointer(scores).storeBytes(of: head, as: SIMD8<Float>.self)
        scores[8] = Float(last) * scale
    }
}
