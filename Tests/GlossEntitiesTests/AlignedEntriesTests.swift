import Testing

@testable import GlossEntities

@Suite struct AlignedEntriesTests {
    @Test func entriesStartZeroedAndAligned() {
        let entries = AlignedEntries<Float>(slotCount: 8, entrySize: 384, alignment: 64)
        #expect(Int(bitPattern: entries.base) % 64 == 0)
        let floats = entries.base.assumingMemoryBound(to: Float.self)
        #expect((0..<(8 * 384 / 4)).allSatisfy { floats[$0] == 0 })
    }

    @Test func aCopyHoldsTheSameBytesInMemoryOfItsOwn() {
        let entries = AlignedEntries<UInt8>(slotCount: 4, entrySize: 128, alignment: 128)
        entries.base.storeBytes(of: 0x1234_5678, toByteOffset: 132, as: UInt32.self)
        let copy = entries.copy()
        #expect(copy.base != entries.base)
        #expect(Int(bitPattern: copy.base) % 128 == 0)
        #expect(copy.base.load(fromByteOffset: 132, as: UInt32.self) == 0x1234_5678)
        copy.base.storeBytes(of: 7, toByteOffset: 132, as: UInt32.self)
        #expect(entries.base.load(fromByteOffset: 132, as: UInt32.self) == 0x1234_5678)
    }
}
