/// The hint words of `ClassHints`' lists packed for matching a word against all of them at
/// once: by first letter, each word as its first 16 bytes in two 64-bit words with masks, so a
/// comparison is two masked equalities instead of a loop over bytes, and one pass over the
/// words of a letter answers for every list.
///
/// A word matches a `strong` or `content` hint that it starts with, and a `whole` hint that it
/// equals, or equals with a plural `s` after it (`ads`, `tags` for `ad`, `tag`).
///
/// - Cost: per word, one pass over the hints that start with its letter (at most about 20).
/// - Thread safety: immutable.
struct HintTable: Sendable {
    /// Which lists a hint is in, as bits.
    static let strong: UInt8 = 1
    static let whole: UInt8 = 2
    static let content: UInt8 = 4

    /// The longest hint word, in bytes.
    static let longest = 16

    struct Entry: Sendable {
        /// The word's first 8 bytes and the next 8 (little-endian), zero past its end.
        var low: UInt64
        var high: UInt64
        /// Ones over the word's bytes in `low` and `high`.
        var lowMask: UInt64
        var highMask: UInt64
        var count: Int
        var kinds: UInt8
    }

    /// The entries, those of `a` first, then `b`...
    private let entries: [Entry]
    /// Where each letter's entries start in `entries` (27 bounds).
    private let starts: [Int]
    /// Per first letter, the second letters of its hints as bits (a = bit 0): most words of a
    /// page's classes (`flex`, `mt`, `col`) are turned away by these two letters alone.
    private let seconds: [UInt32]

    /// A table of the words of each list: lowercase ASCII letters, 2 to `longest` bytes.
    init(strong: [[UInt8]], whole: [[UInt8]], content: [[UInt8]]) {
        var buckets = [[Entry]](repeating: [], count: 26)
        var seconds = [UInt32](repeating: 0, count: 26)
        for (words, kinds) in [(strong, Self.strong), (whole, Self.whole), (content, Self.content)] {
            for word in words {
                precondition(
                    (2...Self.longest).contains(word.count) && word.allSatisfy { $0 &- 0x61 < 26 },
                    "hint words are 2 to 16 lowercase ASCII letters")
                buckets[Int(word[0] - 0x61)].append(Self.entry(word, kinds: kinds))
                seconds[Int(word[0] - 0x61)] |= 1 << UInt32(word[1] - 0x61)
            }
        }
        self.seconds = seconds
        entries = buckets.flatMap { $0 }
        var starts = [0]
        for bucket in buckets { starts.append(starts[starts.count - 1] + bucket.count) }
        self.starts = starts
    }

    private static func entry(_ word: [UInt8], kinds: UInt8) -> Entry {
        var entry = Entry(low: 0, high: 0, lowMask: 0, highMask: 0, count: word.count, kinds: kinds)
        for (index, byte) in word.enumerated() {
            let shift = UInt64(index % 8) * 8
            if index < 8 {
                entry.low |= UInt64(byte) << shift
                entry.lowMask |= 0xFF << shift
            } else {
                entry.high |= UInt64(byte) << shift
                entry.highMask |= 0xFF << shift
            }
        }
        return entry
    }

    /// Calls `body` with a reader over the table's storage.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        entries.withUnsafeBufferPointer { entries in
            starts.withUnsafeBufferPointer { starts in
                seconds.withUnsafeBufferPointer { seconds in body(Reader(entries: entries, starts: starts, seconds: seconds)) }
            }
        }
    }

    /// The table's storage, for matching many words without bounds checks.
    struct Reader {
        let entries: UnsafeBufferPointer<Entry>
        let starts: UnsafeBufferPointer<Int>
        let seconds: UnsafeBufferPointer<UInt32>

        /// The lists (`strong`, `whole`, `content` bits) that `word` matches a hint of. `word`
        /// is lowercase ASCII letters, and its buffer must hold at least 16 bytes from its start
        /// (what lies past its end is ignored).
        @inline(__always)
        func kinds(of word: UnsafeBufferPointer<UInt8>) -> UInt8 {
            guard word.count >= 2, let base = word.baseAddress, case let letter = Int(base[0] &- 0x61), letter < 26,
                case let second = UInt32(base[1] &- 0x61), second < 26, seconds[letter] >> second & 1 != 0
            else { return 0 }
            let raw = UnsafeRawPointer(base)
            let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            let count = word.count
            var kinds: UInt8 = 0
            for index in starts[letter]..<starts[letter + 1] {
                let entry = entries[index]
                guard entry.count <= count, low & entry.lowMask == entry.low, high & entry.highMask == entry.high else {
                    continue
                }
                // A prefix: enough for strong and content hints; a whole hint needs the word to end
                // there, or with a plural `s`.
                let ends = entry.count == count || (entry.count + 1 == count && base[entry.count] == 0x73)
                kinds |= ends ? entry.kinds : entry.kinds & ~HintTable.whole
            }
            return kinds
        }
    }
}
