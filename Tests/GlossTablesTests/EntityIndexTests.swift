import GlossTables
import Testing

@Suite struct EntityIndexTests {
    @Test func entitiesAreLinkedByTypeAndName() {
        var index = EntityIndex()
        let first = index.add([
            DocumentEntityRow(name: "Paris", type: "LOC", mentions: 2),
            DocumentEntityRow(name: "Paris", type: "PER", mentions: 1),
        ])
        let second = index.add([DocumentEntityRow(name: "Paris", type: "LOC", mentions: 3)])
        #expect(first == [1, 2])
        #expect(second == [1])
        #expect(index.entries[0].mentions == 5 && index.entries[0].documents == 2)
        #expect(index.entries[1].documents == 1)
    }

    @Test func aDocumentCountsOnceEvenIfItNamesAnEntityTwice() {
        var index = EntityIndex()
        _ = index.add([DocumentEntityRow(name: "X", type: "ORG", mentions: 1), DocumentEntityRow(name: "X", type: "ORG", mentions: 2)])
        #expect(index.entries == [EntityIndex.Entry(entity: 1, name: "X", type: "ORG", mentions: 3, documents: 1)])
    }

    @Test func changedEntriesAreHandedOutOnce() {
        var index = EntityIndex()
        _ = index.add([DocumentEntityRow(name: "A", type: "ORG", mentions: 1)])
        #expect(index.takeChanged().map(\.name) == ["A"])
        #expect(index.takeChanged().isEmpty)
        let resumed = EntityIndex(entries: index.entries)
        var copy = resumed
        #expect(copy.add([DocumentEntityRow(name: "B", type: "ORG", mentions: 1)]) == [2], "numbers go on after the last")
    }
}
