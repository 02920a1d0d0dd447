import Testing

@testable import GlossEntities

@Suite struct WeightTableTests {
    @Test func scoresAsTheCompactModelMadeFromItDoes() {
        // The trainer's full table and the model it writes (a `TagScorer` each) must agree, up
        // to the model's quantisation (half a step per row), or the lattice would decode
        // differently in training and tagging.
        let bits = 8
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        for k in stride(from: 0, to: weights.count, by: 7) { weights[k] = Float(k % 13) - 6 }
        let model = EntityModel(bits: bits, weights: weights)
        let rows: [UInt32] = [0, 3, 3, 200, 255]
        var full = [Float](repeating: 0, count: EntityTag.count)
        var compact = [Float](repeating: 0, count: EntityTag.count)
        weights.withUnsafeBufferPointer { table in
            rows.withUnsafeBufferPointer { rows in
                full.withUnsafeMutableBufferPointer { WeightTable(weights: table).score(rows: rows, into: $0) }
                compact.withUnsafeMutableBufferPointer { (model as any TagScorer).score(rows: rows, into: $0) }
            }
        }
        for t in 0..<EntityTag.count { #expect(abs(full[t] - compact[t]) <= Float(rows.count) * model.scale / 2 + 1e-6) }
        #expect(full.contains { $0 != 0 })
    }
}
