import Foundation
import GlossCore

/// What a large English corpus says of a word, for the entity tagger's features: its Brown
/// cluster as written in lower case and as capitalised, how much more often it is capitalised
/// than not, and how frequent it is. A name the training data never showed ("Firefox") is
/// still known to be usually capitalised, and to share a cluster with other names of its kind.
///
/// The file (`words.lexicon`, built by `scripts/build-word-lexicon.py` from spaCy's
/// spacy-lookups-data 1.0.5, MIT licence, the casing of words recent news writes capitalised
/// far more often than spaCy's web text did raised from news: "Trump") keys each word by its
/// case-folded hash (`WordAttributes.word`); the format is described in the script. Lookups go through an
/// open-addressing table and allocate nothing.
///
/// - Cost: one hash-table probe per token; about 8 MB of memory for the bundled lexicon.
/// - Thread safety: immutable after `init`; safe to share.
public struct WordLexicon: Sendable {
    /// The open-addressing table: per slot, the high 32 bits of a listed word's hash
    /// (`WordAttributes.word`) above its packed entry (never 0; 0 marks an empty slot), so a
    /// probe reads one cache line.
    private var slots: [UInt64] = []
    /// Cluster paths (first step in the low bit); index 0 is "no cluster".
    private var paths: [UInt32] = [0]
    /// The number of words listed.
    public private(set) var count = 0

    static let magic = Array("GLOSSLEX".utf8)
    static let version: UInt32 = 2

    /// A lexicon that knows no word: every token gets cluster 0 and casing and frequency
    /// bucket 0.
    public static let empty = WordLexicon()

    private init() {
        slots = [0]
    }

    /// Reads a lexicon from its file format.
    public init(bytes: [UInt8]) throws {
        try self = bytes.withUnsafeBytes { try WordLexicon(file: $0) }
    }

    /// Reads a lexicon from the bytes of its file format (a mapped file's, say).
    package init(file bytes: UnsafeRawBufferPointer) throws {
        func fail(_ why: String) -> StageError { StageError("entities: the word lexicon is not usable: \(why)") }
        guard bytes.count >= 20, bytes.prefix(8).elementsEqual(Self.magic) else { throw fail("it does not start with GLOSSLEX") }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        guard u32(8) == Self.version else { throw fail("version \(u32(8)), expected \(Self.version)") }
        let pathCount = Int(u32(12))
        let wordCount = Int(u32(16))
        guard pathCount < 1023 else { throw fail("\(pathCount) clusters, at most 1022 fit") }
        let start = 20 + pathCount * 4
        guard bytes.count == start + wordCount * 8 else { throw fail("truncated (\(bytes.count) bytes)") }
        paths = [0] + (0..<pathCount).map { u32(20 + $0 * 4) }
        var size = 16
        while size < wordCount * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for index in 0..<wordCount {
            let at = start + index * 8
            let key = u32(at)
            let value = u32(at + 4)
            guard value & 0x3FF <= pathCount, (value >> 10) & 0x3FF <= pathCount, value != 0 else {
                throw fail("word \(index) names a cluster that is not listed")
            }
            var slot = Int(key) & mask
            while slots[slot] != 0, UInt32(truncatingIfNeeded: slots[slot] >> 32) != key { slot = (slot + 1) & mask }
            if slots[slot] == 0 { count += 1 }
            slots[slot] = UInt64(key) << 32 | UInt64(value)
        }
    }

    /// Reads a lexicon file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw StageError("entities: cannot read the word lexicon \(url.path): \(error.localizedDescription)")
        }
        try self = data.withUnsafeBytes { try WordLexicon(file: $0) }
    }

    /// The lexicon shipped with GlossEntities.
    public static func bundled() throws -> WordLexicon {
        guard let url = Bundle.module.url(forResource: "words", withExtension: "lexicon") else {
            throw StageError("entities: words.lexicon is missing from GlossEntities' resources; rebuild the package")
        }
        return try WordLexicon(contentsOf: url)
    }

    /// Calls `body` with what asks the processor for the slot where `entry(word)` begins its
    /// search (`WordAttributeCache.SlotPrefetcher`), valid only inside `body`.
    @inline(__always) func withPrefetcher<Result>(_ body: (WordAttributeCache.SlotPrefetcher) -> Result) -> Result {
        slots.withUnsafeBufferPointer {
            body(WordAttributeCache.SlotPrefetcher(base: UnsafeRawPointer($0.baseAddress!), mask: $0.count - 1, stride: 8, keyShift: 32))
        }
    }

    /// The packed entry of the word whose case-folded hash is `word`; 0 when not listed.
    @inline(__always) func entry(_ word: UInt64) -> UInt32 {
        let key = UInt32(truncatingIfNeeded: word >> 32)
        let mask = slots.count - 1
        var slot = Int(key) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 || UInt32(truncatingIfNeeded: entry >> 32) == key { return UInt32(truncatingIfNeeded: entry) }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the `cluster`, `casing` and `frequency` attributes of `words`: the cluster of the
    /// form as written (capitalised or not), falling back to the other form's.
    func mark(_ words: UnsafeMutableBufferPointer<WordAttributes>) {
        for i in words.indices { mark(&words[i]) }
    }

    /// The same for one word.
    @inline(__always) func mark(_ word: inout WordAttributes) {
        let value = entry(word.word)
        guard value != 0 else { return }
        let lower = Int(value & 0x3FF)
        let capital = Int((value >> 10) & 0x3FF)
        let chosen = word.hasCapital ? (capital != 0 ? capital : lower) : (lower != 0 ? lower : capital)
        word.cluster = paths[chosen]
        word.casing = UInt8((value >> 20) & 0xF)
        word.frequency = UInt8((value >> 24) & 0xF)
    }
}
