/// A cache's entries in one block: `slotCount` entries of `entrySize` bytes, aligned to
/// `alignment`, all zeros (every entry empty) and bound to `Element`, the type the cache reads
/// through typed pointers (its other parts are read and written as raw bytes); freed with the
/// last cache that holds them. Caches that are values copy it before a write when it is shared
/// (`isKnownUniquelyReferenced`), so it is never written from two threads.
///
/// - Requires: `entrySize` a multiple of `Element`'s stride; `alignment` a power of two.
/// - Cost: one allocation and one zeroing pass of `slotCount × entrySize` bytes; `copy()` one
///   more of each.
final class AlignedEntries<Element: Numeric>: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let slotCount: Int
    let entrySize: Int
    let alignment: Int

    init(slotCount: Int, entrySize: Int, alignment: Int) {
        self.slotCount = slotCount
        self.entrySize = entrySize
        self.alignment = alignment
        let byteCount = slotCount * entrySize
        base = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: alignment)
        base.initializeMemory(as: Element.self, repeating: .zero, count: byteCount / MemoryLayout<Element>.stride)
    }

    /// Entries of their own with the same contents.
    func copy() -> AlignedEntries {
        let copy = AlignedEntries(slotCount: slotCount, entrySize: entrySize, alignment: alignment)
        copy.base.copyMemory(from: base, byteCount: slotCount * entrySize)
        return copy
    }

    deinit { base.deallocate() }
}
