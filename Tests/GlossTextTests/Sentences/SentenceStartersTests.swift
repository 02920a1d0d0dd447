import Testing

@testable import GlossText

@Suite struct SentenceStartersTests {
    func contains(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { SentenceStarters.contains($0.baseAddress!, from: 0, to: $0.count) }
    }

    @Test func commonOpenersAsCapitalised() {
        for word in ["The", "He", "She", "It", "They", "We", "I", "But", "In", "This", "However", "According"] {
            #expect(contains(word), "\(word)")
        }
    }

    @Test func notLowercaseNotNamesNotTitles() {
        for word in ["the", "THE", "Trump", "Supreme", "Court", "Tolkien", "Maduro", "Chief", "Washington"] {
            #expect(!contains(word), "\(word)")
        }
    }
}
