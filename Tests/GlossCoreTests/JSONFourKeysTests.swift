import Testing

@testable import GlossCore

/// `JSONFourKeys` holds what four `JSONKey`s hold, and takes only keys that fit their words.
@Suite struct JSONFourKeysTests {
    /// Each key's words and length are `JSONKey`'s for the same name, escaped ones and one of
    /// exactly 24 bytes quoted (21 characters) among them.
    @Test func eachKeyIsLaidAsJSONKeyLaysIt() {
        let names = ["compound", "a \"q\" key", "\u{E9}\u{1}", String(repeating: "k", count: 21)]
        let four = JSONFourKeys(names[0], names[1], names[2], names[3])
        let keys = names.map(JSONKey.init)
        #expect(keys[3].count == 24)
        let words = [four.words.0, four.words.1, four.words.2, four.words.3]
        let counts = [four.counts.0, four.counts.1, four.counts.2, four.counts.3]
        for index in 0..<4 {
            #expect(words[index] == keys[index].words, "\(names[index])")
            #expect(counts[index] == keys[index].count, "\(names[index])")
        }
    }

    /// A key of 25 bytes quoted does not fit the words: making the keys stops the process.
    @Test func aKeyPastTheWordsStops() async {
        await #expect(processExitsWith: .failure) {
            _ = JSONFourKeys("a", "b", "c", String(repeating: "k", count: 22))
        }
    }
}
