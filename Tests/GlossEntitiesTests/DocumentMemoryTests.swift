import GlossCore
import Testing

@testable import GlossEntities

@Suite struct DocumentMemoryTests {
    func words(_ words: [String]) -> [WordAttributes] {
        words.map(WordAttributes.init(testing:))
    }

    @Test func notesHowWordsAreWrittenMidSentence() {
        var memory = DocumentMemory()
        let first = words(["Bukele", "won", "."])
        let second = words(["Voters", "like", "Bukele", "and", "the", "Won"])
        first.withUnsafeBufferPointer { memory.noteCasing($0) }
        second.withUnsafeBufferPointer { memory.noteCasing($0) }
        var marked = first
        marked.withUnsafeMutableBufferPointer { memory.markCasing($0) }
        #expect(marked[0].document == DocumentMemory.capitalized)
        #expect(marked[1].document == DocumentMemory.capitalized | DocumentMemory.lowercase)
        #expect(marked[2].document == 0)
    }

    @Test func remembersTypesTagged() {
        var memory = DocumentMemory()
        let bukele = words(["Bukele"])[0].word
        #expect(memory.history(bukele) == 0)
        memory.remember(bukele, as: .person)
        memory.remember(bukele, as: .location)
        #expect(memory.history(bukele) == 1 << EntityType.person.rawValue | 1 << EntityType.location.rawValue)
    }

    /// The memory had a slot pair per token: 8 MB of "Hi. " (4 million tokens, two words) took a
    /// 75 MB table. It is now sized by the words it holds.
    @Test func aLongTextOfFewWordsKeepsASmallMemory() {
        let text = Array(String(repeating: "Hi. ", count: 50_000).utf8)
        let tokens = (0..<100_000).map { i in
            Token(span: Span(start: (i / 2) * 4 + (i % 2 == 0 ? 0 : 2), end: (i / 2) * 4 + (i % 2 == 0 ? 2 : 3)),
                  kind: i % 2 == 0 ? .word : .punctuation)
        }
        let sentences = (0..<50_000).map { ($0 * 2)..<($0 * 2 + 2) }
        var words = [WordAttributes](repeating: .start, count: tokens.count)
        let memory = text.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    EntityTagger.describe(
                        document: text.baseAddress!, tokens: tokens, sentences: sentences, gazetteer: Gazetteer(text: ""),
                        lexicon: .empty, into: words)
                }
            }
        }
        #expect(memory.slotCount <= 1 << 15)
        #expect(words[2].document == 0 && words[2].flags & WordAttributes.Flags.sentenceStart != 0)
    }

    @Test func growsPastItsCapacityAndForgetsNothing() {
        var memory = DocumentMemory(capacity: 4)
        let many = words((0..<1_000).map { "Name\($0)" })
        for (i, word) in many.enumerated() { memory.remember(word.word, as: i % 2 == 0 ? .person : .organization) }
        #expect(many.indices.allSatisfy { i in
            memory.history(many[i].word) == 1 << (i % 2 == 0 ? EntityType.person : EntityType.organization).rawValue
        })
        #expect(memory.history(words(["Unseen"])[0].word) == 0)
    }

    /// `noteCasing` makes room for a sentence's words, then writes the table through pointers:
    /// what it notes is what one word at a time would, through growth from a small table.
    @Test func notesSentencesAsAWordAtATimeWouldThroughGrowth() {
        var memory = DocumentMemory(capacity: 1)
        var expected: [UInt64: UInt8] = [:]
        var sentences: [[WordAttributes]] = []
        for s in 0..<60 {
            let sentence = words((0..<(s % 13 + 1)).map { k in
                let stem = "w\((s * 7 + k * 3) % 97)"
                return [stem, stem.capitalized, stem.uppercased(), ","][(s + k) % 4]
            })
            sentence.withUnsafeBufferPointer { memory.noteCasing($0) }
            for (i, word) in sentence.enumerated() where word.flags & WordAttributes.Flags.letter != 0 {
                if word.flags & WordAttributes.Flags.initialCapital == 0 {
                    expected[word.word, default: 0] |= DocumentMemory.lowercase
                } else if i > 0, word.flags & WordAttributes.Flags.allCapitals == 0 {
                    expected[word.word, default: 0] |= DocumentMemory.capitalized
                }
            }
            sentences.append(sentence)
        }
        #expect(memory.slotCount >= 2 * expected.count)
        for sentence in sentences {
            var marked = sentence
            marked.withUnsafeMutableBufferPointer { memory.markCasing($0) }
            #expect(marked.map(\.document) == sentence.map { expected[$0.word] ?? 0 })
        }
    }

    @Test func aWordWithoutLettersIsMarkedWithoutALookup() {
        var memory = DocumentMemory()
        let sentence = words(["Bukele", ",", "2025", "and", "Bukele"])
        sentence.withUnsafeBufferPointer { memory.noteCasing($0) }
        var marked = sentence
        for i in marked.indices { marked[i].document = 0xFF }
        marked.withUnsafeMutableBufferPointer { memory.markCasing($0) }
        #expect(marked.map(\.document) == [DocumentMemory.capitalized, 0, 0, DocumentMemory.lowercase, DocumentMemory.capitalized])
    }

    /// A cleared memory (`clear(capacity:)`, a worker's memory for its next document) knows no
    /// word and has the slots a fresh one of that capacity has, though it had grown.
    @Test func aClearedMemoryIsAsAFreshOne() {
        var memory = DocumentMemory(capacity: 4)
        let noted = words((0..<200).map { "Word\($0)" } + ["paris"])
        noted.withUnsafeBufferPointer { memory.noteCasing($0) }
        let paris = noted[200].word
        memory.remember(paris, as: .location)
        #expect(memory.slotCount > DocumentMemory(capacity: 4).slotCount && memory.history(paris) != 0)
        memory.clear(capacity: 4)
        #expect(memory.slotCount == DocumentMemory(capacity: 4).slotCount)
        #expect(memory.history(paris) == 0)
        var marked = noted
        marked.withUnsafeMutableBufferPointer { memory.markCasing($0) }
        #expect(marked.allSatisfy { $0.document == 0 })
        memory.clear(capacity: 300)
        #expect(memory.slotCount == DocumentMemory(capacity: 300).slotCount && memory.history(paris) == 0)
        var unallocated = DocumentMemory.unallocated
        unallocated.clear(capacity: 0)
        #expect(unallocated.slotCount == DocumentMemory().slotCount)
    }

    /// Cleared in its own storage (the same slot count), a memory clears only the values: the
    /// keys left behind answer nothing, and words noted afresh land as in a fresh memory.
    @Test func aMemoryClearedInPlaceReadsNoStaleKey() {
        var memory = DocumentMemory(capacity: 32)
        let first = words((0..<30).map { "Name\($0)" })
        first.withUnsafeBufferPointer { memory.noteCasing($0) }
        for word in first { memory.remember(word.word, as: .person) }
        let slots = memory.slotCount
        memory.clear(capacity: 32)
        #expect(memory.slotCount == slots)
        #expect(first.allSatisfy { memory.history($0.word) == 0 })
        var marked = first
        marked.withUnsafeMutableBufferPointer { memory.markCasing($0) }
        #expect(marked.allSatisfy { $0.document == 0 })
        // Half the words again, in lower case, and new ones: read as a fresh memory reads them.
        let second = words((0..<15).map { "x name\($0)" }.flatMap { $0.split(separator: " ").map(String.init) } + (0..<40).map { "other\($0)" })
        var fresh = DocumentMemory(capacity: 32)
        second.withUnsafeBufferPointer { memory.noteCasing($0) }
        second.withUnsafeBufferPointer { fresh.noteCasing($0) }
        var cleared = first + second
        var expected = cleared
        cleared.withUnsafeMutableBufferPointer { memory.markCasing($0) }
        expected.withUnsafeMutableBufferPointer { fresh.markCasing($0) }
        #expect(cleared.map(\.document) == expected.map(\.document))
        #expect(memory.slotCount == fresh.slotCount)
    }
}
