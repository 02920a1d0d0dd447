/// A set of words that the reader asks about a piece's text (`lowercased(_:)`,
/// `precedingWord(_:)`) on its common path: it answers as `Set<String>.contains` does, but an
/// ASCII word is found by its bytes in a `ByteSet` (FNV-1a and one comparison, no `Hasher`).
///
/// Requires: nothing of the words; written as a `Set<String>` literal. Provides: `contains(_:)`,
/// the same answer as the `Set<String>`'s. An ASCII string is canonically equivalent to a key
/// exactly when it equals the key's canonical composition (which `ByteSet` holds) byte for
/// byte; any other string is looked up in `words`, as before. Costs: both sets are built once;
/// an ASCII look-up hashes the bytes once, with no `String` hashing. Iterates as its `Set`.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words, for strings beyond ASCII and for whoever needs them as a `Set`.
    let words: Set<String>
    private let bytes: ByteSet

    init(_ words: Set<String>) {
        self.words = words
        bytes = ByteSet(keys: words)
    }

    init(arrayLiteral words: String...) {
        self.init(Set(words))
    }

    /// Whether the set holds `word`, as `Set<String>.contains` says.
    func contains(_ word: String) -> Bool {
        let found = word.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
            guard let base = utf8.baseAddress else { return nil }
            for byte in utf8 where byte >= 0x80 { return nil }
            return bytes.contains(base, count: utf8.count)
        }
        if let found, let found { return found }
        return words.contains(word)
    }

    /// How many words the set holds.
    var count: Int { words.count }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
