import GlossCore
import Testing

@testable import GlossStages

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

    @Test func growsPastItsCapacityAndForgetsNothing() {
        var memory = DocumentMemory(capacity: 4)
        let many = words((0..<1_000).map { "Name\($0)" })
        for (i, word) in many.enumerated() { memory.remember(word.word, as: i % 2 == 0 ? .person : .organization) }
        #expect(many.indices.allSatisfy { i in
            memory.history(many[i].word) == 1 << (i % 2 == 0 ? EntityType.person : EntityType.organization).rawValue
        })
        #expect(memory.history(words(["Unseen"])[0].word) == 0)
    }
}
