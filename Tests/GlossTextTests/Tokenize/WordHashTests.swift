import Testing

@testable import GlossText

@Suite struct WordHashTests {
    func folded(_ word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) }
    }

    func hash(_ word: String, apostrophes: Bool = false) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer {
            WordHash.hash($0.baseAddress!, from: 0, to: $0.count, readingApostrophes: apostrophes)
        }
    }

    /// The entity model's weights sit at these values: 64-bit FNV-1a of the folded bytes,
    /// computed independently (Python) for this test.
    @Test func isFNV1aOfTheFoldedBytes() {
        #expect(folded("") == 0xcbf2_9ce4_8422_2325)
        #expect(folded("Paris") == 0x0bf5_95a7_a1aa_ec80)
        #expect(folded("ZÜRICH") == 0xfe8b_b21e_6544_b7a0)
    }

    @Test func foldsASCIIAndLatin1CapitalsOnly() {
        #expect(folded("ÉLAN") == folded("élan"))
        #expect(folded("Þ") == folded("þ"))
        #expect(folded("×") != folded("÷"))  // C3 97 is no capital
        #expect(folded("Ω") != folded("ω"))  // other scripts hash as written
        #expect(WordHash.lower(0x9E, after: 0xC3) == 0xBE && WordHash.lower(0x9E, after: 0xC2) == 0x9E)
        #expect(WordHash.lowerASCII(UInt8(ascii: "Q")) == UInt8(ascii: "q") && WordHash.lowerASCII(0xC3) == 0xC3)
    }

    @Test func oneRuleForEveryWayOfHashing() {
        for word in ["Paris", "ZÜRICH", "don't", "Straße", "ÀÉÎ", ""] {
            #expect(hash(word) == folded(word), "\(word)")
            #expect(hash(word, apostrophes: true) == folded(word), "\(word)")
        }
    }

    @Test func readsTheTypographicApostropheWhenAsked() {
        #expect(hash("Don’T", apostrophes: true) == hash("don't"))
        #expect(hash("Don’T") != hash("don't"))
        #expect(hash("good") != hash("goods"))
    }

    @Test func comparesFoldedBytesInPlace() {
        let stored = Array("don't".utf8)
        let text = Array("DON’T".utf8)
        stored.withUnsafeBufferPointer { stored in
            text.withUnsafeBufferPointer { text in
                #expect(WordHash.equals(text.baseAddress!, from: 0, to: text.count, readingApostrophes: true, stored))
                #expect(!WordHash.equals(text.baseAddress!, from: 0, to: text.count, readingApostrophes: false, stored))
                #expect(!WordHash.equals(text.baseAddress!, from: 0, to: 3, readingApostrophes: true, stored))
            }
        }
    }

    @Test func phraseKeysMixEveryWord() {
        let a = WordHash.extend(WordHash.extend(0, with: folded("new")), with: folded("york"))
        let b = WordHash.extend(WordHash.extend(0, with: folded("york")), with: folded("new"))
        #expect(a != b)
        #expect(WordHash.mix(0) == 0)
    }

    /// The ASCII pass gives the full fold's hash, says when it did not apply, and compares as
    /// `equals` does on ASCII words.
    @Test func theASCIIPassAgreesWithTheFullFold() {
        for word in ["Profit", "LOSS", "don't", "don’t", "Émile", "a", "", "x-ray", "ÀB"] {
            var bytes = Array(word.utf8)
            bytes.append(0)
            bytes.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress!
                let end = buffer.count - 1
                let noted = WordHash.hashNotingASCII(base, from: 0, to: end, readingApostrophes: true)
                #expect(noted.hash == WordHash.hash(base, from: 0, to: end, readingApostrophes: true), "\(word)")
                #expect(noted.isASCII == word.utf8.allSatisfy { $0 < 0x80 }, "\(word)")
                guard noted.isASCII else { return }
                for other in ["profit", "loss", "don't", "a", "", "x-ray", "profits"] {
                    let stored = Array(other.utf8)
                    stored.withUnsafeBufferPointer { stored in
                        #expect(
                            WordHash.equalsASCII(base, from: 0, to: end, stored)
                                == WordHash.equals(base, from: 0, to: end, readingApostrophes: true, stored), "\(word) \(other)")
                    }
                }
            }
        }
    }
}
