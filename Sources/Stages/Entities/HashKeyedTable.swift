/// A table from keys that are hashes already (of names' words, `WordHash.extend`) to values:
/// open addressing with linear probing, the slot found with one multiplication, so no `Hasher`
/// runs per lookup as in a `Dictionary` (SipHash, about 100 instructions a key).
///
/// Values sit in insertion order in one array; a slot holds its key and the value's place.
/// Lookups and updates give what a `Dictionary` would; the table is never iterated by slot.
///
/// - Cost: a lookup is a multiplication, one slot read per probe (the table is at most half
///   full) and a key comparison; an insertion may double the slots (amortised O(1)).
///   16 bytes per slot and a value per entry.
/// - Thread safety: a value; one per document (or one per worker, cleared for each document
///   with `removeAll(keepingRoomFor:)`).
struct HashKeyedTable<Value> {
    private struct Slot {
        var key: UInt64
        /// 1 + the place of the value in `values`; 0 while empty.
        var entry: Int32
    }

    private var slots: [Slot]
    private var shift: UInt64
    /// The values, in the order their keys were first set.
    private(set) var values: [Value] = []

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        let bits = Self.bits(forCapacity: capacity)
        slots = [Slot](repeating: Slot(key: 0, entry: 0), count: 1 << bits)
        shift = 64 - bits
        values.reserveCapacity(capacity)
    }

    /// The log2 of the slots of a table with room for `capacity` keys: at most half full, at
    /// least 16 slots.
    private static func bits(forCapacity capacity: Int) -> UInt64 {
        var bits: UInt64 = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        return bits
    }

    /// Forgets every key, leaving room for `capacity` keys as `init(capacity:)` does, in the
    /// storage the table has when it is large enough and at most `keptSlack` times larger than
    /// needed (a larger one is given back, slots and more than `valuesKept` values, so one huge
    /// document does not make every later one clear its slots nor keep its memory): a worker's
    /// table serves document after document without a new array, which costs an allocation, a look-up of the array's type in the runtime's metadata cache
    /// (`Array(repeating:count:)` asks it each time, about 400–750 instructions) and a release.
    /// Lookups then answer as in a new table: a table's answers do not depend on its size.
    ///
    /// - Cost: O(slots kept): the slots are cleared with one pass of stores.
    mutating func removeAll(keepingRoomFor capacity: Int) {
        let bits = Self.bits(forCapacity: capacity)
        if slots.count >= 1 << bits, slots.count <= Self.keptSlack << bits {
            values.removeAll(keepingCapacity: true)
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot(key: 0, entry: 0)) }
        } else {
            // Large values go with the slots: kept, a huge document's would stay for good.
            if values.capacity > Self.valuesKept { values = [] } else { values.removeAll(keepingCapacity: true) }
            slots = [Slot](repeating: Slot(key: 0, entry: 0), count: 1 << bits)
            shift = 64 - bits
        }
        values.reserveCapacity(capacity)
    }

    /// How many times more slots than needed `removeAll(keepingRoomFor:)` keeps.
    static var keptSlack: Int { 8 }

    /// The most values whose room a table given back for its size keeps (fewer cost less to
    /// keep than to ask for again).
    static var valuesKept: Int { 1 << 12 }

    var isEmpty: Bool { values.isEmpty }
    var count: Int { values.count }

    /// The first slot to probe for `key` (Fibonacci hashing: the high bits of a product).
    @inline(__always) private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always) private func find(_ key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let found = slots[slot]
            if found.entry == 0 || found.key == key { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// The value for `key`; nil when it has none.
    @inline(__always) subscript(key: UInt64) -> Value? {
        let entry = slots[find(key)].entry
        return entry == 0 ? nil : values[Int(entry) - 1]
    }

    /// Whether `key` has a value (reads the slot alone).
    @inline(__always) func contains(_ key: UInt64) -> Bool { slots[find(key)].entry != 0 }

    /// Calls `body` with the value for `key`, first set to `initial` when it has none.
    @inline(__always) mutating func update<Result>(
        _ key: UInt64, default initial: @autoclosure () -> Value, _ body: (inout Value) -> Result
    ) -> Result {
        var slot = find(key)
        if slots[slot].entry == 0 {
            if 2 * (values.count + 1) > slots.count {
                grow()
                slot = find(key)
            }
            values.append(initial())
            slots[slot] = Slot(key: key, entry: Int32(values.count))
        }
        return body(&values[Int(slots[slot].entry) - 1])
    }

    /// Sets the value for `key`.
    @inline(__always) mutating func set(_ key: UInt64, to value: Value) {
        update(key, default: value) { $0 = value }
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, entry: 0), count: old.count * 2)
        shift -= 1
        for slot in old where slot.entry != 0 { slots[find(slot.key)] = slot }
    }
}

/// A table of sendable values is a value of arrays of them, so it may be shared (a rule's fixed
/// table held in a `static let`).
extension HashKeyedTable: Sendable where Value: Sendable {}
