import GlossCore
import GlossText
import Testing

@testable import GlossEntities

@Suite struct WordHashSetTests {
    @Test func answersAsASetOfTheSameHashesDoes() {
        var random = SplitMix64(seed: 23)
        for count in [0, 1, 2, 5, 17, 300] {
            // Small hashes share first slots; 0 and 1 are members, so the free mark is another value.
            let hashes = (0..<count).map { $0 % 3 == 0 ? UInt64($0) : random.next() }
            let set = WordHashSet(hashes + hashes.prefix(2))
            let expected = Set(hashes)
            #expect(set.count == expected.count)
            for hash in hashes { #expect(set.contains(hash)) }
            for probe in (0..<400).map({ _ in random.next() }) + (0..<400).map({ UInt64($0) }) {
                #expect(set.contains(probe) == expected.contains(probe))
            }
        }
    }

    @Test func keepsTheWordsInTheOrderTheyWereListed() {
        let set = WordHashSet([UInt64(9), 3, 9, 1 << 63])
        #expect(Array(set) == [9, 3, 1 << 63])
        #expect(set.first == 9 && WordHashSet([]).first == nil)
    }

    @Test func listsHashTheirWordsAsFolded() {
        let set = NameHeads.hashes("Corp\nInc. ltd")
        var word = "corp"
        let corp = word.withUTF8 { WordHash.folded($0.baseAddress!, count: $0.count) }
        #expect(set.count == 3 && set.first == corp && NameHeads.legalForms.contains(corp))
        #expect(NameLinker.legalForms.words.starts(with: NameHeads.legalForms.words))
    }
}
