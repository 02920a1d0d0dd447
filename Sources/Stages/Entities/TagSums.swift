/// Per-tag sums of a model's quantised weights (`EntityModel.quantised`), one `Int32` per
/// `EntityTag`: the first eight tags in one vector, the ninth beside it.
///
/// Integer sums are exact, so rows may be summed in any order and in parts (a word's own rows
/// kept in `WordScoreCache`, its neighbours' added per token) with the same result; a sum is
/// turned into scores once, `Float(sum) * scale`. A token sums at most a few dozen rows of at
/// most 128 in magnitude, far from overflow.
///
/// - Cost: `add(rows:at:)` is per row an 8-byte load, a widening to Int16 and an addition, and
///   a byte load and an addition; the Int16 sums are widened once per 256 rows.
package struct TagSums: Sendable, Equatable {
    package var head = SIMD8<Int32>(repeating: 0)
    package var last: Int32 = 0

    package init() {}

    /// Adds the `EntityTag.count` weights at `weights`.
    @inline(__always) package mutating func add(_ weights: UnsafePointer<Int8>) {
        head &+= SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(weights).loadUnaligned(as: SIMD8<Int8>.self))
        last &+= Int32(weights[8])
    }

    /// Adds the weights of the rows at `places` in `rows` (`EntityTag.count` Int8 weights at
    /// `rows + place` each). The first eight tags are summed in Int16 lanes, which hold 256
    /// rows' weights exactly (-32,768 to 32,512), and widened once per 256 rows: a row costs a
    /// widening to 16 bits where a widening to 32 took twice the instructions.
    @inline(__always) package mutating func add(rows: UnsafePointer<Int8>, at places: UnsafeBufferPointer<UInt32>) {
        var start = 0
        while start < places.count {
            let end = Swift.min(places.count, start &+ Self.rowsPerWidening)
            var short = SIMD8<Int16>(repeating: 0)
            var ninth: Int32 = 0
            for k in start..<end {
                let row = rows + Int(places[k])
                short &+= SIMD8<Int16>(truncatingIfNeeded: UnsafeRawPointer(row).loadUnaligned(as: SIMD8<Int8>.self))
                ninth &+= Int32(row[8])
            }
            head &+= SIMD8<Int32>(truncatingIfNeeded: short)
            last &+= ninth
            start = end
        }
    }

    /// Rows whose Int8 weights an Int16 sum holds: 256 × -128 = -32,768.
    static let rowsPerWidening = 256

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
