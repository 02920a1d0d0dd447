import Testing

@testable import GlossText

@Suite struct WordTableTests {
    func key(_ text: String, lowercased: Bool = false) -> WordTable.Key? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { WordTable.Key($0, from: 0, to: buffer.count, lowercased: lowercased) }
        }
    }

    @Test func keysPackUpToSixteenPrintableASCIIBytes() {
        #expect(key("ab") == WordTable.Key("ab"))
        #expect(key("ab") != key("abc"))
        #expect(key("abcdefgh") != key("abcdefghi"))
        #expect(key("sixteen-bytes-ok") != nil)
        #expect(key("seventeen-bytes-x") == nil)
        #expect(key("") == nil)
        #expect(key("café") == nil)
        #expect(key("a b") == nil)
    }

    @Test func keysFoldCaseOnlyWhenAsked() {
        #expect(key("Mr") != key("mr"))
        #expect(key("MR", lowercased: true) == key("mr"))
        #expect(key("E.G", lowercased: true) == key("e.g"))
    }

    @Test func tablesFindTheirWordsAndValuesAndNothingElse() {
        let table = WordTable([(WordTable.Key("one")!, 1), (WordTable.Key("two")!, 2), (WordTable.Key("one")!, 3)])
        #expect(table.value(for: WordTable.Key("one")!) == 3)
        #expect(table.value(for: WordTable.Key("two")!) == 2)
        #expect(table.value(for: WordTable.Key("three")!) == nil)
        #expect(!table.contains(WordTable.Key.empty))
    }

    @Test func manyWordsProbePastCollisions() {
        let words = (0..<500).map { "w\($0)" }
        let table = WordTable(words)
        for word in words { #expect(table.contains(WordTable.Key(word)!), "\(word)") }
        for index in 500..<1000 { #expect(!table.contains(WordTable.Key("w\(index)")!)) }
    }
}
