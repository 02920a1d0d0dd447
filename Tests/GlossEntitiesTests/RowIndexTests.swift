import GlossCore
import Testing

@testable import GlossEntities

@Suite struct RowIndexTests {
    @Test func aNonZeroRowsSlotIsOnePlusTheNonZeroRowsBeforeIt() {
        // Rows at the edges of 64-row blocks, a full block, and an empty one between.
        var nonZero: [UInt32] = [0, 1, 63, 64, 127, 200]
        nonZero += (256..<320).map { UInt32($0) }
        nonZero += [511, 1023]
        let index = RowIndex(bits: 10, nonZero: nonZero)
        #expect(index.count == nonZero.count)
        for row in 0..<1024 {
            let expected = nonZero.firstIndex(of: UInt32(row)).map { $0 + 1 } ?? 0
            #expect(index.slot(of: UInt32(row)) == expected, "row \(row)")
        }
    }

    @Test func randomSetsOfRowsAreIndexedExactly() {
        var random = SplitMix64(seed: 23)
        for bits in [8, 12, 16] {
            let rows = 1 << bits
            let nonZero = (0..<rows).filter { _ in random.next() % 4 == 0 }.map { UInt32($0) }
            let index = RowIndex(bits: bits, nonZero: nonZero)
            var seen = 0
            for row in 0..<rows {
                let slot = index.slot(of: UInt32(row))
                if seen < nonZero.count, nonZero[seen] == UInt32(row) {
                    seen += 1
                    #expect(slot == seen)
                } else {
                    #expect(slot == 0)
                }
            }
        }
    }

    @Test func aTableOfZerosHasNoSlots() {
        let index = RowIndex(bits: 8, nonZero: [])
        #expect(index.count == 0)
        #expect((0..<256).allSatisfy { index.slot(of: UInt32($0)) == 0 })
    }
}
