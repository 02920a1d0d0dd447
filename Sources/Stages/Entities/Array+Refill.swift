extension Array {
    /// Makes the array `count` copies of `value`, in the storage it has when that is large
    /// enough: no `Array(repeating:count:)`, which asks the runtime for the array's type each
    /// time (about 400–750 instructions) besides the allocator. The entities stage's kept
    /// per-document arrays (`DocumentBuffers`, `DocumentMemory`, `NameLinker`'s scratch) are
    /// refilled so from one document to the next.
    ///
    /// - Cost: a store per element; an allocation only when `count` exceeds the capacity.
    @inline(__always) mutating func refill(with value: Element, count: Int) {
        removeAll(keepingCapacity: true)
        append(contentsOf: repeatElement(value, count: count))
    }
}
