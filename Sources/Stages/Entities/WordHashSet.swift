/// A fixed set of folded word hashes (`WordHash.folded`), such as a rule's list of head words:
/// a `HashKeyedTable` keyed by the hashes themselves, so a lookup is one multiplication and a
/// probe or two, where a `Set<UInt64>` runs SipHash (about 100 instructions) per lookup.
///
/// Built once from a list and never changed; `contains` answers as a `Set` of the same hashes
/// would. Iteration gives the distinct hashes in the order they were first listed.
///
/// - Cost: a lookup is a multiplication and one slot read per probe (`HashKeyedTable`).
/// - Thread safety: an immutable value; safe to share.
struct WordHashSet: Sequence {
    /// The hashes, each once, in list order (the table's values).
    private let table: HashKeyedTable<UInt64>

    /// The set of `hashes` (repeats count once).
    init<Hashes: Sequence<UInt64>>(_ hashes: Hashes) {
        var table = HashKeyedTable<UInt64>()
        for hash in hashes { table.set(hash, to: hash) }
        self.table = table
    }

    /// Whether `hash` is one of the words.
    @inline(__always) func contains(_ hash: UInt64) -> Bool { table.contains(hash) }

    /// The hashes, each once, in list order.
    var words: [UInt64] { table.values }
    /// The first word listed; nil for an empty set.
    var first: UInt64? { table.values.first }
    var count: Int { table.count }
    func makeIterator() -> IndexingIterator<[UInt64]> { table.values.makeIterator() }
}
