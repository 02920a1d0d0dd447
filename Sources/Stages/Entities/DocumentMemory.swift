import GlossCore

/// What the entity tagger remembers of the document it is tagging: how each word is written
/// elsewhere in it (capitalised inside a sentence, or in lower case), and the types it was
/// already tagged with.
///
/// A name at the start of a sentence ("Bukele said …") looks like any capitalised first word;
/// the same word capitalised mid-sentence elsewhere, or already tagged PER, tells them apart.
/// Words are keyed by the hash of their case-folded bytes (`WordAttributes.word`).
struct DocumentMemory {
    /// Per word: `capitalized` and `lowercase` bits, and `1 << (2 + type)` for each type the
    /// word was tagged with.
    private var bits: [UInt64: UInt8] = [:]

    static let capitalized: UInt8 = 1
    static let lowercase: UInt8 = 2

    init(capacity: Int = 0) { bits.reserveCapacity(capacity) }

    /// Notes how the words of one sentence are written (its first word's capital says nothing).
    mutating func noteCasing(_ words: UnsafeBufferPointer<WordAttributes>) {
        for i in 0..<words.count where words[i].flags & WordAttributes.Flags.letter != 0 {
            let flags = words[i].flags
            if flags & WordAttributes.Flags.initialCapital == 0 {
                bits[words[i].word, default: 0] |= Self.lowercase
            } else if i > 0, flags & WordAttributes.Flags.allCapitals == 0 {
                bits[words[i].word, default: 0] |= Self.capitalized
            }
        }
    }

    /// Sets the `document` attribute of each of `words` from what was noted.
    func markCasing(_ words: UnsafeMutableBufferPointer<WordAttributes>) {
        for i in 0..<words.count {
            words[i].document = (bits[words[i].word] ?? 0) & (Self.capitalized | Self.lowercase)
        }
    }

    /// The types `word` was tagged with so far, one bit each.
    @inline(__always) func history(_ word: UInt64) -> UInt8 { (bits[word] ?? 0) >> 2 }

    /// Remembers that `word` was tagged `type`.
    @inline(__always) mutating func remember(_ word: UInt64, as type: EntityType) {
        bits[word, default: 0] |= 1 << (2 + type.rawValue)
    }
}
