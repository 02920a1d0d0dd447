import GlossCore
import GlossText

/// What the entity tagger remembers of the document it is tagging: how each word is written
/// elsewhere in it (capitalised inside a sentence, or in lower case), and the types it was
/// already tagged with.
///
/// A name at the start of a sentence ("Bukele said …") looks like any capitalised first word;
/// the same word capitalised mid-sentence elsewhere, or already tagged PER, tells them apart.
/// Words are keyed by the hash of their case-folded bytes (`WordAttributes.word`), in an
/// open-addressing table: the keys are hashes already, so no hasher runs per word.
package struct DocumentMemory {
    /// Per word: `capitalized` and `lowercase` bits, and `1 << (2 + type)` for each type the
    /// word was tagged with. A slot is empty while its value is 0.
    private var keys: [UInt64]
    private var values: [UInt8]
    private var used = 0

    package static let capitalized: UInt8 = 1
    package static let lowercase: UInt8 = 2

    /// A memory with room for about `capacity` distinct words before it grows.
    package init(capacity: Int = 0) {
        let size = Self.slotCount(forCapacity: capacity)
        keys = Self.zeroed(size)
        values = Self.zeroed(size)
    }

    /// `count` zeros, in storage asked for with `reserveCapacity`: `Array(repeating:count:)`
    /// looks the array's type up in the runtime each time (about 400–750 instructions).
    private static func zeroed<Element: FixedWidthInteger>(_ count: Int) -> [Element] {
        var zeros: [Element] = []
        zeros.reserveCapacity(count)
        zeros.append(contentsOf: repeatElement(0, count: count))
        return zeros
    }

    /// A memory with no table yet, allocating nothing (`clear(capacity:)` makes it one): a
    /// placeholder for one lent out of `TaggerCaches`.
    package static var unallocated: DocumentMemory { DocumentMemory(keys: [], values: []) }

    private init(keys: [UInt64], values: [UInt8]) {
        self.keys = keys
        self.values = values
    }

    /// Forgets every word, leaving the table as `init(capacity:)` makes it, in the storage it
    /// has when that is large enough: a worker's memory serves document after document
    /// without asking the allocator (and the runtime, for the arrays' types) each time.
    package mutating func clear(capacity: Int) {
        let size = Self.slotCount(forCapacity: capacity)
        used = 0
        guard keys.count == size else {
            keys.refill(with: 0, count: size)
            values.refill(with: 0, count: size)
            return
        }
        // A slot's key is read only while its value is not 0 (`bits`, `add`, `grow`): the
        // values alone are cleared, an eighth of the bytes.
        values.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// The slots of a table with room for about `capacity` words: a power of two, at least 64.
    private static func slotCount(forCapacity capacity: Int) -> Int {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        return size
    }

    /// The slots of the table: a power of two, at least twice the words noted.
    package var slotCount: Int { keys.count }

    /// The first slot to probe for `word` in a table of `slotCount` slots (a power of two): the
    /// high bits of a product (Fibonacci hashing), as `HashKeyedTable` finds its slots; the
    /// word is a hash already, so one multiplication spreads it.
    @inline(__always) private static func home(_ word: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - slotCount.trailingZeroBitCount))
    }

    /// The bits noted for `word`; 0 when none.
    @inline(__always) private func bits(_ word: UInt64) -> UInt8 {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in Self.bits(word, keys: keys, values: values) }
        }
    }

    /// The bits noted for `word` in the table `keys` and `values`; 0 when none.
    @inline(__always)
    private static func bits(_ word: UInt64, keys: UnsafeBufferPointer<UInt64>, values: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let mask = keys.count - 1
        var slot = home(word, slotCount: keys.count)
        while true {
            let value = values[slot]
            if value == 0 || keys[slot] == word { return value }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `bits` to those noted for `word`.
    @inline(__always) private mutating func add(_ bits: UInt8, to word: UInt64) {
        reserve(1)
        used += keys.withUnsafeMutableBufferPointer { keys in
            values.withUnsafeMutableBufferPointer { values in Self.add(bits, to: word, keys: keys, values: values) }
        }
    }

    /// Adds `bits` to those noted for `word` in the table `keys` and `values`, which has room
    /// for it; returns 1 when the word is new, 0 otherwise.
    @inline(__always)
    private static func add(
        _ bits: UInt8, to word: UInt64, keys: UnsafeMutableBufferPointer<UInt64>, values: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        let mask = keys.count - 1
        var slot = home(word, slotCount: keys.count)
        while values[slot] != 0, keys[slot] != word { slot = (slot + 1) & mask }
        let new = values[slot] == 0
        if new { keys[slot] = word }
        values[slot] |= bits
        return new ? 1 : 0
    }

    /// Grows the table until `count` more words fit in it at most half full.
    @inline(__always) private mutating func reserve(_ count: Int) {
        while (used + count) * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Self.zeroed(oldKeys.count * 2)
        values = Self.zeroed(oldKeys.count * 2)
        used = 0
        for slot in oldKeys.indices where oldValues[slot] != 0 { add(oldValues[slot], to: oldKeys[slot]) }
    }

    /// Notes how the words of one sentence are written (its first word's capital says nothing).
    package mutating func noteCasing(_ words: UnsafeBufferPointer<WordAttributes>) {
        // Room for every word first, so the table is written through pointers, not grown.
        reserve(words.count)
        used += keys.withUnsafeMutableBufferPointer { keys in
            values.withUnsafeMutableBufferPointer { values in
                var added = 0
                for i in 0..<words.count where words[i].flags & WordAttributes.Flags.letter != 0 {
                    let flags = words[i].flags
                    if flags & WordAttributes.Flags.initialCapital == 0 {
                        added += Self.add(Self.lowercase, to: words[i].word, keys: keys, values: values)
                    } else if i > 0, flags & WordAttributes.Flags.allCapitals == 0 {
                        added += Self.add(Self.capitalized, to: words[i].word, keys: keys, values: values)
                    }
                }
                return added
            }
        }
    }

    /// Sets the `document` attribute of each of `words` from what was noted: 0 for a word
    /// without letters, which `noteCasing` never notes, without a lookup.
    package func markCasing(_ words: UnsafeMutableBufferPointer<WordAttributes>) {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                for i in 0..<words.count {
                    guard words[i].flags & WordAttributes.Flags.letter != 0 else {
                        words[i].document = 0
                        continue
                    }
                    words[i].document = Self.bits(words[i].word, keys: keys, values: values) & (Self.capitalized | Self.lowercase)
                }
            }
        }
    }

    /// The types `word` was tagged with so far, one bit each.
    @inline(__always) package func history(_ word: UInt64) -> UInt8 { bits(word) >> 2 }

    /// Remembers that `word` was tagged `type`.
    @inline(__always) package mutating func remember(_ word: UInt64, as type: EntityType) {
        add(1 << (2 + type.rawValue), to: word)
    }
}
