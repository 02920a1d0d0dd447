import GlossCore
import Testing

@testable import GlossEntities

@Suite struct RowBucketsTests {
    /// A weight for the `k`-th non-zero row and `tag`, different for each (and never 0).
    static func weight(_ k: Int, _ tag: Int) -> Int16 { Int16(truncatingIfNeeded: k * 16 + tag + 1) }

    /// Checks that every row of a table of `1 << bits` rows reads the weights it was given (the
    /// non-zero ones) or zeros (the others).
    static func expectReadsBack(_ table: RowBuckets, bits: Int, nonZero: [UInt32]) {
        #expect(table.count == nonZero.count)
        var k = 0
        for row in 0..<UInt32(1 << bits) {
            let listed = k < nonZero.count && nonZero[k] == row
            #expect(table.contains(row) == listed, "row \(row)")
            let weights = (0..<EntityTag.count).map { table.weight(row: row, tag: $0) }
            #expect(weights == (0..<EntityTag.count).map { listed ? weight(k, $0) : 0 }, "row \(row)")
            if listed { k += 1 }
        }
    }

    @Test func everyRowReadsItsWeightsInItsBucketOrTheOverflow() {
        // Groups of 8 rows with 0, 1, 3, 4 and 8 non-zero rows (the last two overflow), rows at
        // the table's first and last place.
        let nonZero: [UInt32] = [0, 9, 10, 15, 16, 17, 20, 23, 24, 25, 26, 27, 28, 29, 30, 31, 200, 1023]
        let table = RowBuckets(bits: 10, nonZero: nonZero, weight: Self.weight)
        Self.expectReadsBack(table, bits: 10, nonZero: nonZero)
    }

    @Test func randomSetsOfRowsReadBackExactly() {
        var random = SplitMix64(seed: 23)
        for (bits, one) in [(8, 4), (12, 4), (12, 2), (14, 1)] {
            let nonZero = (0..<(1 << bits)).filter { _ in random.next() % 4 < one }.map { UInt32($0) }
            Self.expectReadsBack(RowBuckets(bits: bits, nonZero: nonZero, weight: Self.weight), bits: bits, nonZero: nonZero)
        }
    }

    @Test func aTableOfZerosHasNoRows() {
        let table = RowBuckets(bits: 8, nonZero: []) { _, _ in 1 }
        Self.expectReadsBack(table, bits: 8, nonZero: [])
    }

    /// The buckets start at a 64-byte boundary and a row in its bucket is inside its bucket's
    /// line, so reading it touches one line.
    @Test func aBucketsRowsAreInItsLine() {
        let nonZero: [UInt32] = (0..<64).map { UInt32($0) }
        let table = RowBuckets(bits: 6, nonZero: nonZero, weight: Self.weight)
        table.withPointers { cells, zeroRow, bitCounts in
            #expect(Int(bitPattern: cells) % 64 == 0)
            for row in nonZero where row % 8 < 3 {
                let offset = RowBuckets.offset(of: row, in: cells, zeroRow: zeroRow, bitCounts: bitCounts)
                #expect(offset / 32 == Int(row / 8) && (offset + EntityTag.count - 1) / 32 == Int(row / 8), "row \(row)")
            }
        }
    }

    @Test func tablesOfTheSameRowsAndWeightsAreEqual() {
        let nonZero: [UInt32] = [1, 2, 3, 4, 5, 60]
        let table = RowBuckets(bits: 8, nonZero: nonZero, weight: Self.weight)
        #expect(table == RowBuckets(bits: 8, nonZero: nonZero, weight: Self.weight))
        #expect(table != RowBuckets(bits: 8, nonZero: nonZero) { $0 == 4 && $1 == 8 ? 7 : Self.weight($0, $1) })
        #expect(table != RowBuckets(bits: 8, nonZero: [1, 2, 3, 4, 5, 61], weight: Self.weight))
        #expect(table != RowBuckets(bits: 9, nonZero: nonZero, weight: Self.weight))
    }
}
