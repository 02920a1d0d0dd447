import Foundation

/// A cache's entries in one block: `slotCount` entries of `entrySize` bytes, aligned to
/// `alignment`, all zeros (every entry empty) and bound to `Element`, the type the cache reads
/// through typed pointers (its other parts are read and written as raw bytes); freed with the
/// last cache that holds them. Caches that are values copy it before a write when it is shared
/// (`isKnownUniquelyReferenced`), so it is never written from two threads.
///
/// The block comes from `calloc`, which hands out a large block as fresh pages the system has
/// zeroed, so a worker's caches (3 MB) are not written once more with zeros before their first
/// document: a page is touched when an entry on it is first written. (Zeroing them took 2% of
/// the entities stage's instructions in a 2 MB run of `bench`, and 1% on a Reuters file read in
/// one process.)
///
/// - Requires: `entrySize` a multiple of `Element`'s stride; `alignment` a power of two.
/// - Cost: one zeroed allocation of `slotCount × entrySize` bytes (and `alignment` more, to
///   align it); `copy()` one more, and a pass copying the entries.
final class AlignedEntries<Element: Numeric>: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let slotCount: Int
    let entrySize: Int
    let alignment: Int
    /// What `calloc` returned, for `free`: `base` is its first byte at a multiple of `alignment`.
    private let block: UnsafeMutableRawPointer

    init(slotCount: Int, entrySize: Int, alignment: Int) {
        self.slotCount = slotCount
        self.entrySize = entrySize
        self.alignment = alignment
        let byteCount = slotCount * entrySize
        guard let block = calloc(byteCount + alignment, 1) else {
            fatalError("AlignedEntries: cannot allocate \(byteCount) bytes")
        }
        self.block = block
        base = block.alignedUp(toMultipleOf: alignment)
        base.bindMemory(to: Element.self, capacity: byteCount / MemoryLayout<Element>.stride)
    }

    /// Entries of their own with the same contents.
    func copy() -> AlignedEntries {
        let copy = AlignedEntries(slotCount: slotCount, entrySize: entrySize, alignment: alignment)
        copy.base.copyMemory(from: base, byteCount: slotCount * entrySize)
        return copy
    }

    deinit { free(block) }
}
