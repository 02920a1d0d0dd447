import Foundation
import GlossCore

/// The `ClassHints` already worked out for elements' `class` and `id` values, kept from one page
/// to the next: pages repeat the same few values many times, and pages of one site share them.
///
/// The values are keyed by their bytes in an open-addressing table (a 64-bit multiplicative
/// hash, eight bytes at a time), with the keys' bytes back to back in one array, so a lookup
/// makes no array or `String` and hashes no byte twice. Exact: a key is compared in full, and
/// the hints are a function of the two values' bytes alone.
///
/// Bounded: at most `maxEntries` pairs and `maxKeyBytes` bytes of keys; a pair that would go
/// over either empties the cache first.
///
/// - Cost: O(length of the values) per lookup; the hints themselves once per distinct pair
///   while it is kept. About 0.5 MB when full (the default bounds).
/// - Thread safety: a value to be used by one thread at a time (`Pool` lends one per page).
struct HintCache: Sendable {
    private struct Slot {
        var hash: UInt64 = 0
        /// Where the key's class bytes start in `keys`; -1 for an empty slot.
        var start: Int32 = -1
        /// The class value's length, -1 when the element has none.
        var classCount: Int32 = 0
        /// The id value's length, -1 when the element has none.
        var idCount: Int32 = 0
        var hints = ClassHints.none
        /// Whether the class value names a byline (`Attributes.namesByline`).
        var byline = false
    }

    private var slots: [Slot] = []
    private var keys: [UInt8] = []
    /// The pairs kept now.
    private(set) var count = 0
    /// The most pairs kept at once.
    let maxEntries: Int
    /// The most bytes of keys kept at once.
    let maxKeyBytes: Int

    static let defaultMaxEntries = 4096
    static let defaultMaxKeyBytes = 1 << 18

    /// An empty cache with these bounds (`maxEntries` at least 1).
    init(maxEntries: Int = defaultMaxEntries, maxKeyBytes: Int = defaultMaxKeyBytes) {
        self.maxEntries = max(1, maxEntries)
        self.maxKeyBytes = max(0, maxKeyBytes)
    }

    /// The bytes of keys kept now.
    var keyBytes: Int { keys.count }

    /// The hints of an element with these `class` and `id` values (nil when absent).
    mutating func hints(class classValue: UnsafeBufferPointer<UInt8>?, id idValue: UnsafeBufferPointer<UInt8>?) -> ClassHints {
        lookup(class: classValue, id: idValue).hints
    }

    /// The hints of an element with these `class` and `id` values (nil when absent), and whether
    /// its class names a byline (`Attributes.namesByline`): both a function of the class's bytes,
    /// kept with the pair, so a repeated value is read once.
    mutating func lookup(
        class classValue: UnsafeBufferPointer<UInt8>?, id idValue: UnsafeBufferPointer<UInt8>?
    ) -> (hints: ClassHints, byline: Bool) {
        if slots.isEmpty { slots = [Slot](repeating: Slot(), count: 64) }
        let hash = Self.hash(idValue, seed: Self.hash(classValue, seed: 0x9E37_79B9_7F4A_7C15))
        if let slot = find(hash, classValue, idValue) { return (slot.hints, slot.byline) }
        let hints = ClassHints(class: classValue, id: idValue)
        let byline = classValue.map(Attributes.namesByline) ?? false
        let keyCount = (classValue?.count ?? 0) + (idValue?.count ?? 0)
        guard keyCount <= maxKeyBytes else { return (hints, byline) }  // too long to keep at all
        if count + 1 > maxEntries || keys.count + keyCount > maxKeyBytes { removeAll() }
        insert(
            Slot(
                hash: hash, start: Int32(keys.count), classCount: Int32(classValue?.count ?? -1),
                idCount: Int32(idValue?.count ?? -1), hints: hints, byline: byline))
        if let classValue { keys.append(contentsOf: classValue) }
        if let idValue { keys.append(contentsOf: idValue) }
        count += 1
        if count * 2 > slots.count { grow() }
        return (hints, byline)
    }

    /// The kept slot of the pair with this hash and these values, if kept.
    private func find(_ hash: UInt64, _ classValue: UnsafeBufferPointer<UInt8>?, _ idValue: UnsafeBufferPointer<UInt8>?) -> Slot? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: hash >> 32) & mask
            while slots[index].start >= 0 {
                if slots[index].hash == hash, matches(slots[index], classValue, idValue) { return slots[index] }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// Puts `slot` in the first free place from its hash on.
    private mutating func insert(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash >> 32) & mask
        while slots[index].start >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// Empties the cache, keeping its storage.
    private mutating func removeAll() {
        for index in slots.indices { slots[index].start = -1 }
        keys.removeAll(keepingCapacity: true)
        count = 0
    }

    /// Whether `slot`'s key is these values.
    private func matches(_ slot: Slot, _ classValue: UnsafeBufferPointer<UInt8>?, _ idValue: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard slot.classCount == Int32(classValue?.count ?? -1), slot.idCount == Int32(idValue?.count ?? -1) else { return false }
        return keys.withUnsafeBufferPointer { keys in
            guard let base = keys.baseAddress else { return true }  // no key bytes yet: both values are empty
            let classCount = max(0, Int(slot.classCount))
            return Self.equal(base + Int(slot.start), classValue, count: classCount)
                && Self.equal(base + Int(slot.start) + classCount, idValue, count: max(0, Int(slot.idCount)))
        }
    }

    /// Whether `count` bytes at `stored` are `value`'s (an absent value has none).
    private static func equal(_ stored: UnsafePointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>?, count: Int) -> Bool {
        guard count > 0, let base = value?.baseAddress else { return true }
        return memcmp(stored, base, count) == 0
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.start >= 0 { insert(slot) }
    }

    /// `seed` extended by the bytes of `value` (and whether it is present), eight at a time.
    private static func hash(_ value: UnsafeBufferPointer<UInt8>?, seed: UInt64) -> UInt64 {
        let multiplier: UInt64 = 0x9FB2_1C65_1E98_DF25
        guard let value, let base = value.baseAddress else { return (seed ^ 0xFF) &* multiplier }
        var hash = (seed ^ UInt64(value.count)) &* multiplier
        var index = 0
        while index + 8 <= value.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < value.count {
            tail |= UInt64(value[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 32)
    }

    /// Caches for the pages being parsed at once, each lent to one parse at a time (see
    /// `LendingPool`).
    typealias Pool = LendingPool<HintCache>
}

extension LendingPool where Value == HintCache {
    /// A pool of empty caches.
    convenience init() { self.init { HintCache() } }

    /// Calls `body` with a cache no other caller holds meanwhile.
    func withCache<Result>(_ body: (inout HintCache) throws -> Result) rethrows -> Result { try withValue(body) }
}
