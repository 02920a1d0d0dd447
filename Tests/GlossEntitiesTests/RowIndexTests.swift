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

    @Test func groupsGivenFirstAreLaidOutFirstInTheirOrderAndEveryRowKeepsItsOwnSlot() {
        // Groups 5, 0 and 40 first (40 holds no non-zero row; 5 is listed twice, 99 is beyond
        // the table's 64 groups: each ignored after its first place), then the rest in row order.
        let nonZero: [UInt32] = [1, 2, 7, 40, 41, 47, 100, 200, 511]
        let index = RowIndex(bits: 9, nonZero: nonZero, groupsFirst: [5, 0, 40, 5, 99])
        #expect(index.count == nonZero.count)
        let slots = nonZero.map { index.slot(of: $0) }
        // Group 5 (rows 40, 41, 47), then group 0 (1, 2, 7), then 12, 25 and 63 (100, 200, 511).
        #expect(slots == [4, 5, 6, 1, 2, 3, 7, 8, 9])
        #expect((0..<512).filter { !nonZero.contains(UInt32($0)) }.allSatisfy { index.slot(of: UInt32($0)) == 0 })
    }

    @Test func anyOrderOfGroupsGivesEachNonZeroRowADistinctSlot() {
        var random = SplitMix64(seed: 27)
        let bits = 12
        let nonZero = (0..<(1 << bits)).filter { _ in random.next() % 5 == 0 }.map { UInt32($0) }
        let first = (0..<300).map { _ in UInt32(random.next() % UInt64(1 << (bits - 3) + 40)) }
        let index = RowIndex(bits: bits, nonZero: nonZero, groupsFirst: first)
        let slots = nonZero.map { index.slot(of: $0) }
        #expect(Set(slots) == Set(1...nonZero.count))
        // Within a group the rows keep their order.
        for (a, b) in zip(nonZero, nonZero.dropFirst()) where a >> 3 == b >> 3 { #expect(index.slot(of: a) + 1 == index.slot(of: b)) }
        // No groups first: the slots of row order.
        #expect(RowIndex(bits: bits, nonZero: nonZero, groupsFirst: []) == RowIndex(bits: bits, nonZero: nonZero))
    }

    @Test func slotsInBytesAreTheSlotsTimesTheRowsBytes() {
        // Counted in bytes (`rowBytes`), every row's slot is its slot in rows times the bytes
        // of a row, whatever the groups given first, up to rows of 31 bytes (8 × 31 in a byte
        // of the table); a row of zeros stays 0.
        var random = SplitMix64(seed: 35)
        let bits = 12
        let nonZero = (0..<(1 << bits)).filter { _ in random.next() % 3 == 0 }.map { UInt32($0) }
        let first = (0..<150).map { _ in UInt32(random.next() % UInt64(1 << (bits - 3))) }
        for (groupsFirst, rowBytes) in [([], 9), (first, 9), (first, 31), (first, 1)] as [([UInt32], Int)] {
            let rows = RowIndex(bits: bits, nonZero: nonZero, groupsFirst: groupsFirst)
            let bytes = RowIndex(bits: bits, nonZero: nonZero, groupsFirst: groupsFirst, rowBytes: rowBytes)
            #expect(bytes.count == rows.count && bytes.rowBytes == rowBytes)
            for row in 0..<UInt32(1 << bits) { #expect(bytes.slot(of: row) == rows.slot(of: row) * rowBytes, "row \(row)") }
        }
    }

    @Test func aTableOfZerosHasNoSlots() {
        let index = RowIndex(bits: 8, nonZero: [])
        #expect(index.count == 0)
        #expect((0..<256).allSatisfy { index.slot(of: UInt32($0)) == 0 })
    }
}
