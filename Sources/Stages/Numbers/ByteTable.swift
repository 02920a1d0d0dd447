import Foundation
import GlossText

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
    private var bytes: [UInt8] = []
    /// Where each entry's key starts in `bytes`; entry `k` ends where entry `k + 1` starts.
    private var starts: [Int32] = [0]
    private var values: [Value] = []
    /// Entry index + 1 for each slot, 0 for an empty slot; a power of two long.
    private var slots = [Int32](repeating: 0, count: 8)
    /// The most bytes in a key: a longer run of text cannot match.
    private(set) var longestKey = 0

    /// A table of `entries`; a key listed twice keeps its first value.
    init<S: Sequence>(_ entries: S) where S.Element == (key: String, value: Value) {
        reserve(entries.underestimatedCount)
        for (key, value) in entries {
            var utf8 = Array(Self.composed(key).utf8)
            utf8.append(0)  // a valid pointer for the empty key
            utf8.withUnsafeBufferPointer { insert($0.baseAddress!, $0.count - 1, value) }
        }
    }

    /// An empty table, for `insert` to fill.
    private init() {}

    /// Adds the key `key[0..<count]` with `value`, unless the table holds it already: the key
    /// is hashed once, for the look-up and the placing both.
    private mutating func insert(_ key: UnsafePointer<UInt8>, _ count: Int, _ value: Value) {
        insert(key, count, value, hash: Self.hash(key, count))
    }

    /// `insert(_:_:_:)` with the key's `hash` (`Self.hash(key, count)`) already made.
    private mutating func insert(_ key: UnsafePointer<UInt8>, _ count: Int, _ value: Value, hash: UInt64) {
        guard entry(key, count: count, hash: hash, folding: false) == nil else { return }
        if 2 * (values.count + 1) > slots.count { grow() }
        values.append(value)
        bytes.append(contentsOf: UnsafeBufferPointer(start: key, count: count))
        starts.append(Int32(bytes.count))
        place(values.count - 1, hash: hash)
        longestKey = max(longestKey, count)
    }

    /// Room for `entries` entries without growing: slots and entry arrays sized once, so that
    /// building a table of thousands of keys does not place every entry again at each doubling.
    private mutating func reserve(_ entries: Int) {
        var count = slots.count
        while 2 * entries > count { count *= 2 }
        if count > slots.count { slots = [Int32](repeating: 0, count: count) }
        values.reserveCapacity(entries)
        starts.reserveCapacity(entries + 1)
    }

    /// Puts entry `entry` in the first free slot from its hash on.
    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    /// Twice the slots, every entry placed again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let (bytes, starts) = (self.bytes, self.starts)
        bytes.withUnsafeBufferPointer { stored in
            for entry in 0..<values.count {
                let start = Int(starts[entry])
                let hash = Self.hash(stored.baseAddress! + start, Int(starts[entry + 1]) - start)
                place(entry, hash: hash)
            }
        }
    }

    /// A table of `capacity` or so keys, each given by `fill` to `add(_:count:_:)` straight
    /// from stored bytes (`UnitSnapshot`'s text): no `String` made per key.
    init(capacity: Int, _ fill: (inout ByteTable) -> Void) {
        self.init()
        reserve(capacity)
        fill(&self)
    }

    /// Adds the key `key[0..<count]`, which must be in canonical composition already, with
    /// `value`; a key the table holds keeps its first value.
    mutating func add(_ key: UnsafePointer<UInt8>, count: Int, _ value: Value) {
        insert(key, count, value)
    }

    /// A table of a dictionary's entries (each key once, so their order does not matter).
    init(_ dictionary: [String: Value]) {
        self.init(dictionary.lazy.map { (key: $0.key, value: $0.value) })
    }

    /// The value of the key `bytes[0..<count]`, or nil; with `folding`, of those bytes with
    /// A–Z folded to lowercase as they are read (text as `MentionReader.lowercased(_:)` folds
    /// it, with no copy made).
    @inline(__always)
    func value(_ key: UnsafePointer<UInt8>, count: Int, folding: Bool = false) -> Value? {
        guard count <= longestKey else { return nil }
        return entry(key, count: count, hash: Self.hash(key, count, folding: folding), folding: folding).map { values[$0] }
    }

    /// The index of the entry whose key is `key[0..<count]` (A–Z folded when `folding`), found
    /// from its `hash`, or nil.
    @inline(__always)
    private func entry(_ key: UnsafePointer<UInt8>, count: Int, hash: UInt64, folding: Bool) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let found = Int(slots[slot])
                if found == 0 { return nil }
                let start = Int(starts[found - 1])
                if Int(starts[found]) - start == count
                    && (folding ? Self.equalFolded(stored.baseAddress! + start, key, count) : memcmp(stored.baseAddress! + start, key, count) == 0)
                {
                    return found - 1
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether `stored[0..<count]` is `key[0..<count]` with A–Z folded.
    @inline(__always)
    private static func equalFolded(_ stored: UnsafePointer<UInt8>, _ key: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for k in 0..<count where stored[k] != WordHash.lowerASCII(key[k]) { return false }
        return true
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
    var count: Int { values.count }

    /// FNV-1a over the bytes (`WordHash`'s step), A–Z folded to lowercase when `folding`: a few
    /// instructions a byte, good enough for short words.
    @inline(__always)
    static func hash(_ key: UnsafePointer<UInt8>, _ count: Int, folding: Bool = false) -> UInt64 {
        var hash = WordHash.basis
        for k in 0..<count { hash = WordHash.fold(hash, folding ? WordHash.lowerASCII(key[k]) : key[k]) }
        return finished(hash)
    }

    /// The last step of `hash`: the running FNV-1a state with its high bits folded down.
    @inline(__always)
    static func finished(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }

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

    /// Every start of each of `keys` (or, `last`, every end), the key itself included, as
    /// bytes (of the key in canonical composition): what `UnitTable.reach` makes.
    init<S: Sequence>(prefixesOf keys: S, last: Bool, lowercasing: Bool = false) where S.Element == String {
        self.init()
        reserve(8 * keys.underestimatedCount)  // about as many distinct prefixes as keys have bytes
        var utf8: [UInt8] = []
        for key in keys {
            Self.keyBytes(key, lowercasing: lowercasing, into: &utf8)
            let count = utf8.count
            utf8.append(0)
            utf8.withUnsafeBufferPointer { buffer in
                if last {
                    for length in stride(from: 1, through: count, by: 1) { insert(buffer.baseAddress! + count - length, length, true) }
                } else {
                    addPrefixes(of: buffer.baseAddress!, count: count)
                }
            }
        }
    }

    /// Adds every start of `key[0..<count]`, the key itself included, as `prefixesOf` does
    /// with `last` false for a key whose bytes are already lowercased and composed. FNV-1a runs
    /// byte by byte, so each start's hash is the one before it folded with one byte more: one
    /// pass over the key, not one per start (numbers30: the reach set's 4,861 keys cost 10.3
    /// million instructions at every process start hashed start by start).
    ///
    /// The first `known` starts (those of a key added before, which begins with the same
    /// `known` bytes) are only hashed: the set holds them already.
    mutating func addPrefixes(of key: UnsafePointer<UInt8>, count: Int, known: Int = 0) {
        var running = WordHash.basis
        for length in stride(from: 1, through: count, by: 1) {
            running = WordHash.fold(running, key[length - 1])
            if length > known { insert(key, length, true, hash: Self.finished(running)) }
        }
    }

    /// The bytes `prefixesOf` reads of `key` (lowercased first, with `lowercasing`), in place of
    /// `utf8`'s: `composed(lowercasing ? key.lowercased() : key)`, with an ASCII key's stored
    /// bytes copied and folded (A–Z to a–z) rather than made into new strings: `lowercased()`
    /// cost about 500 instructions a key, and the unit table's reach sets read thousands of keys.
    static func keyBytes(_ key: String, lowercasing: Bool, into utf8: inout [UInt8]) {
        utf8.removeAll(keepingCapacity: true)
        let copied = key.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            utf8.append(contentsOf: bytes)
            if lowercasing {
                utf8.withUnsafeMutableBufferPointer { folded in
                    for k in folded.indices { folded[k] = WordHash.lowerASCII(folded[k]) }
                }
            }
            return true
        }
        if copied != true { utf8.append(contentsOf: composed(lowercasing ? key.lowercased() : key).utf8) }
    }
}
