import GlossCore
import GlossText
import Testing

@testable import GlossEntities

@Suite struct WordLexiconTests {
    /// The case-folded hash of `word`, as `WordAttributes.word` computes it.
    static func key(_ word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) }
    }

    /// A lexicon file with `paths` and `(word, value)` entries.
    static func file(paths: [UInt32], words: [(String, UInt32)]) -> [UInt8] {
        var out = Array("GLOSSLEX".utf8)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        append(UInt32(2))
        append(UInt32(paths.count))
        append(UInt32(words.count))
        for path in paths { append(path) }
        for (word, value) in words {
            append(UInt32(truncatingIfNeeded: key(word) >> 32))
            append(value)
        }
        return out
    }

    /// The lexicon attributes (cluster, casing, frequency) of each space-separated word.
    static func marks(_ text: String, lexicon: WordLexicon) -> [(UInt32, UInt8, UInt8)] {
        let (joined, tokens) = LabeledSentence(words: text.split(separator: " ").map(String.init), tags: []).text
        var words = [WordAttributes](repeating: .start, count: tokens.count)
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: Gazetteer(text: ""), lexicon: lexicon, into: words)
                }
            }
        }
        return words.map { ($0.cluster, $0.casing, $0.frequency) }
    }

    @Test func readsEntriesAndPicksTheClusterOfTheFormAsWritten() throws {
        // "apple": lower-case cluster 1 (path 0b110), capitalised cluster 2 (path 0b1011),
        // casing bucket 6, frequency bucket 3. "zyx": only a capitalised cluster.
        let lexicon = try WordLexicon(
            bytes: Self.file(paths: [0b110, 0b1011], words: [("apple", 1 | 2 << 10 | 6 << 20 | 3 << 24), ("zyx", 2 << 10 | 1 << 20)]))
        #expect(lexicon.count == 2)
        let marks = Self.marks("apple Apple APPLE zyx pear", lexicon: lexicon)
        #expect(marks.map(\.0) == [0b110, 0b1011, 0b1011, 0b1011, 0])
        #expect(marks.map(\.1) == [6, 6, 6, 1, 0])
        #expect(marks.map(\.2) == [3, 3, 3, 0, 0])
    }

    @Test func refusesBrokenFilesWithTheReason() throws {
        let good = Self.file(paths: [5], words: [("a", 1)])
        #expect(throws: StageError.self) { try WordLexicon(bytes: Array("GLOSSNER".utf8) + good.dropFirst(8)) }
        #expect(throws: StageError.self) { try WordLexicon(bytes: Array(good.dropLast())) }
        #expect(throws: StageError.self) { try WordLexicon(bytes: Self.file(paths: [5], words: [("a", 2)])) }
        #expect(throws: StageError.self) { try WordLexicon(bytes: Self.file(paths: [5], words: [("a", 0)])) }
        do {
            _ = try WordLexicon(bytes: Array(good.dropLast()))
        } catch let error as StageError {
            #expect(String(describing: error).contains("truncated"))
        }
    }

    @Test func theEmptyLexiconKnowsNoWord() {
        #expect(Self.marks("London Paris", lexicon: .empty).map(\.0) == [0, 0])
    }

    @Test func theBundledLexiconGroupsPlacesAndKnowsCapitalisedWords() throws {
        let lexicon = try WordLexicon.bundled()
        #expect(lexicon.count > 300_000)
        let marks = Self.marks("London Paris the Venezuela", lexicon: lexicon)
        // Places share a cluster path prefix that "the" does not.
        #expect(marks[0].0 != 0 && marks[0].0 == marks[1].0)
        #expect(marks[0].0 & 0x3F == marks[3].0 & 0x3F)
        #expect(marks[2].0 & 0x3F != marks[0].0 & 0x3F)
        // A corpus writes "Venezuela" capitalised far more often than not; "the" the other way.
        #expect(marks[3].1 > marks[2].1)
        // "the" is the more frequent word (a lower bucket).
        #expect(marks[2].2 < marks[3].2)
    }

    @Test func theBundledLexiconTakesItsCasingFromNews() throws {
        // spaCy's web text of 2019 writes "trump" (the card game's verb) in lower case more
        // often than not; news writes it capitalised nearly always, and the bundled buckets
        // are recounted from news (scripts/build-word-lexicon.py --news-casing). A word news
        // writes in lower case keeps a low bucket.
        let marks = Self.marks("Trump said", lexicon: try WordLexicon.bundled())
        #expect(marks[0].1 >= 7)
        #expect(marks[1].1 <= 2)
    }
}
