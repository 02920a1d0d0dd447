/// A fixed set of folded word hashes (`WordHash.folded`), such as a rule's list of head words:
/// open addressing keyed by the hash itself, so a lookup is one multiplication and a probe or
/// two, where a `Set<UInt64>` runs SipHash (about 100 instructions) per lookup.
///
/// Built once from a list and never changed; `contains` answers as a `Set` of the same hashes
/// would. Iteration gives the distinct hashes in the order they were first listed.
///
/// - Cost: a lookup is a multiplication and one slot read per probe (the table is at most a
///   quarter full); 8 bytes per slot.
/// - Thread safety: an immutable value; safe to share.
struct WordHashSet: Sequence {
    /// The hashes, each once, in list order.
    let words: [UInt64]
    /// 4× the words or more, a power of two; a slot not holding a word holds `vacant`.
    private let slots: [UInt64]
    /// A value that is none of the words, which marks a free slot.
    private let vacant: UInt64
    /// 64 − log2(slots.count): the product's high bits give a hash's first slot.
    private let shift: UInt64

    /// The set of `hashes` (repeats count once).
    init<Hashes: Sequence<UInt64>>(_ hashes: Hashes) {
        var distinct: [UInt64] = []
        var seen = Set<UInt64>()
        for hash in hashes where seen.insert(hash).inserted { distinct.append(hash) }
        words = distinct
        var vacant: UInt64 = 0
        while seen.contains(vacant) { vacant += 1 }
        self.vacant = vacant
        var bits: UInt64 = 2
        while 1 << bits < 4 * distinct.count { bits += 1 }
        shift = 64 - bits
        var slots = [UInt64](repeating: vacant, count: 1 << bits)
        for hash in distinct {
            var slot = Self.firstSlot(hash, shift: shift)
            while slots[slot] != vacant { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = hash
        }
        self.slots = slots
    }

    /// Where the probe for `hash` starts (Fibonacci hashing: the high bits of a product).
    @inline(__always) private static func firstSlot(_ hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// Whether `hash` is one of the words.
    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.firstSlot(hash, shift: shift)
            while true {
                let held = slots[slot]
                if held == vacant { return false }
                if held == hash { return true }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The first word listed; nil for an empty set.
    var first: UInt64? { words.first }
    var count: Int { words.count }
    func makeIterator() -> IndexingIterator<[UInt64]> { words.makeIterator() }
}
