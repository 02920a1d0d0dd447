import Foundation

/// A read-only table from byte strings to values, looked up straight from bytes in the text:
/// no `String` is made, hashed or compared per look-up.
///
/// Requires: keys as the caller will look them up (`MentionReader` folds A–Z and looks up
/// lowercase keys; a table of case-sensitive spellings holds them as written). Keys are put in
/// Unicode canonical composition (NFC), as the normalised text is, so a look-up by bytes finds
/// what a `String` look-up found. Provides: `value(_:count:)` from a pointer and a length, and
/// `subscript(String)` for tests and rare paths. Costs: one pass over the keys to build (no
/// tokenising, no `String` per entry beyond the source's); a look-up hashes the bytes once
/// (FNV-1a) and compares them with one key per probe, in an open-addressing table at most half
/// full.
///
/// The tables stay written as `[String: Value]` literals (a new word is a one-line change
/// there); a `ByteTable` is derived from them once, the first time it is used.
struct ByteTable<Value: Sendable>: Sendable {
    /// Every key's bytes, one after another.
    private let bytes: [UInt8]
    /// Where each entry's key starts in `bytes`; entry `k` ends where entry `k + 1` starts.
    private let starts: [Int32]
    private let values: [Value]
    /// Entry index + 1 for each slot, 0 for an empty slot; a power of two long.
    private let slots: [Int32]
    /// The most bytes in a key: a longer run of text cannot match.
    let longestKey: Int

    /// A table of `entries`; a key listed twice keeps its first value.
    init<S: Sequence>(_ entries: S) where S.Element == (key: String, value: Value) {
        self.init(bytes: entries.lazy.map { (key: Array(Self.composed($0.key).utf8), value: $0.value) })
    }

    /// A table of `entries` keyed by bytes as given; a key listed twice keeps its first value.
    init<S: Sequence>(bytes entries: S) where S.Element == (key: [UInt8], value: Value) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var values: [Value] = []
        var pending: [(hash: UInt64, entry: Int)] = []
        var longest = 0
        for (utf8, value) in entries {
            var hash = Self.hash(UnsafePointer(bitPattern: 1)!, 0)
            if !utf8.isEmpty { hash = utf8.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) } }
            pending.append((hash, starts.count))
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: utf8)
            values.append(value)
            longest = max(longest, utf8.count)
        }
        starts.append(Int32(bytes.count))
        var capacity = 8
        while capacity < 2 * pending.count { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (hash, entry) in pending {
            var slot = Int(truncatingIfNeeded: hash) & mask
            var duplicate = false
            while slots[slot] != 0 {
                let other = Int(slots[slot]) - 1
                if Self.same(bytes, starts, other, entry) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !duplicate { slots[slot] = Int32(entry + 1) }
        }
        self.bytes = bytes
        self.starts = starts
        self.values = values
        self.slots = slots
        self.longestKey = longest
    }

    /// A table of a dictionary's entries (each key once, so their order does not matter).
    init(_ dictionary: [String: Value]) {
        self.init(dictionary.lazy.map { (key: $0.key, value: $0.value) })
    }

    /// The value of the key `bytes[0..<count]`, or nil.
    @inline(__always)
    func value(_ key: UnsafePointer<UInt8>, count: Int) -> Value? {
        guard count <= longestKey else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key, count)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let found = Int(slots[slot])
                if found == 0 { return nil }
                let start = Int(starts[found - 1])
                if Int(starts[found]) - start == count && memcmp(stored.baseAddress! + start, key, count) == 0 {
                    return values[found - 1]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the table holds the key `bytes[0..<count]`.
    @inline(__always)
    func contains(_ key: UnsafePointer<UInt8>, count: Int) -> Bool {
        value(key, count: count) != nil
    }

    /// The value of `key`, by its bytes (tests and rare paths).
    subscript(key: String) -> Value? {
        var utf8 = Array(Self.composed(key).utf8)
        utf8.append(0)  // a valid pointer for the empty key
        return utf8.withUnsafeBufferPointer { value($0.baseAddress!, count: $0.count - 1) }
    }

    /// Whether the table holds `key` (tests and rare paths).
    func contains(_ key: String) -> Bool { self[key] != nil }

    /// How many distinct keys the table holds.
    var count: Int { slots.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    /// FNV-1a over the bytes: a few instructions a byte, good enough for short words.
    @inline(__always)
    static func hash(_ key: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count {
            hash = (hash ^ UInt64(key[k])) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }

    private static func same(_ bytes: [UInt8], _ starts: [Int32], _ a: Int, _ b: Int) -> Bool {
        bytes[Int(starts[a])..<Int(starts[a + 1])] == bytes[Int(starts[b])..<Int(starts[b + 1])]
    }

    /// `key` in canonical composition; ASCII keys as they are.
    static func composed(_ key: String) -> String {
        key.utf8.allSatisfy { $0 < 0x80 } ? key : key.precomposedStringWithCanonicalMapping
    }
}

/// A set of byte strings: a `ByteTable` whose values say nothing.
typealias ByteSet = ByteTable<Bool>

extension ByteTable where Value == Bool {
    /// A set of `keys`.
    init<S: Sequence>(keys: S) where S.Element == String {
        self.init(keys.lazy.map { (key: $0, value: true) })
    }
}
