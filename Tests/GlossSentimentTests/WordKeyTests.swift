import Testing

@testable import GlossSentiment

@Suite struct WordKeyTests {
    func hash(_ word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { WordKey.hash($0.baseAddress!, from: 0, to: $0.count) }
    }

    @Test func foldsASCIICaseAndTheTypographicApostrophe() {
        #expect(hash("Don’T") == hash("don't"))
        #expect(hash("Good") == hash("good"))
        #expect(hash("good") != hash("goods"))
        #expect(WordKey.fold(UInt8(ascii: "Q")) == UInt8(ascii: "q") && WordKey.fold(0xC3) == 0xC3)
    }

    @Test func comparesFoldedBytes() {
        let stored = Array("don't".utf8)
        let text = Array("DON’T".utf8)
        stored.withUnsafeBufferPointer { stored in
            text.withUnsafeBufferPointer { text in
                #expect(WordKey.equals(text.baseAddress!, from: 0, to: text.count, stored))
                #expect(!WordKey.equals(text.baseAddress!, from: 0, to: 3, stored))
            }
        }
    }
}
