import GlossText

/// A set of words that the reader asks about a piece's text (`lowercased(_:)`,
/// `precedingWord(_:)`) on its common path: it answers as `Set<String>.contains` does, but an
/// ASCII word is found by its bytes in a `ByteSet` (FNV-1a and one comparison, no `Hasher`).
///
/// Requires: nothing of the words; written as a `Set<String>` literal. Provides: `contains(_:)`,
/// the same answer as the `Set<String>`'s. An ASCII string is canonically equivalent to a key
/// exactly when it equals the key's canonical composition (which `ByteSet` holds) byte for
/// byte; any other string is looked up in `words`, as before. Costs: the sets are built once;
/// an ASCII look-up hashes the bytes once, with no `String` hashing. Iterates as its `Set`.
///
/// A word of printable ASCII up to 16 bytes (nearly every word asked about) is looked up packed
/// into a `WordTable.Key`, two loads and a probe: `contains(_:)` packs a string's bytes, and
/// `MentionReader.lowercased(_:isIn:)` a piece's bytes straight from the text, A–Z folded, so
/// that no string is made. The packed table holds every word that packs, as `ByteSet` holds it
/// (composed), so a packed look-up answers as the byte look-up and the `Set` do.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words, for strings beyond ASCII and for whoever needs them as a `Set`.
    let words: Set<String>
    private let bytes: ByteSet
    /// The words that pack into a `WordTable.Key` (printable ASCII, 1–16 bytes).
    private let packed: WordTable

    init(_ words: Set<String>) {
        self.words = words
        bytes = ByteSet(keys: words)
        packed = WordTable(words.compactMap { word in WordTable.Key(ByteSet.composed(word)).map { (key: $0, value: 1) } })
    }

    /// Whether the set holds the word packed in `key` (as written: pack it lowercased to ask
    /// about a word in any case).
    @inline(__always)
    func contains(_ key: WordTable.Key) -> Bool { packed.contains(key) }

    init(arrayLiteral words: String...) {
        self.init(Set(words))
    }

    /// Whether the set holds `word`, as `Set<String>.contains` says.
    func contains(_ word: String) -> Bool {
        let found = word.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
            guard let base = utf8.baseAddress else { return nil }
            if let key = WordTable.Key(base, from: 0, to: utf8.count) { return packed.contains(key) }
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
