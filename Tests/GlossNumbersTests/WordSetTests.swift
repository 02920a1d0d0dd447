import GlossCore
import GlossText
import Testing

@testable import GlossNumbers

/// A `WordSet` answers exactly as the `Set<String>` it holds: by bytes for ASCII words, as
/// `Set` does (canonical equivalence) for any other string.
@Suite struct WordSetTests {
    /// The reader's word sets, each with the `Set<String>` it was written as.
    static let sets: [WordSet] = [
        MentionReader.degreeWords, MentionReader.boundEnds, MentionReader.labelWords, MentionReader.headlineMinorWords,
        MentionReader.months, MentionReader.yearPrepositions, MentionReader.changeVerbs, UnitTable.yearContext,
        UnitTable.fiscalContext, UnitTable.pronounContext, UnitTable.lengths,
    ]

    @Test func everyWordIsFoundAndNothingElse() {
        for set in Self.sets {
            for word in set.words {
                #expect(set.contains(word), "\(word)")
                #expect(!set.contains(word + "x"), "\(word)x")
                #expect(set.contains(word.uppercased()) == set.words.contains(word.uppercased()), "\(word)")
                #expect(!set.contains(String(word.dropLast())) || set.words.contains(String(word.dropLast())), "\(word)")
            }
            for word in ["", "the", "a", "-", ".", "über", "e\u{301}t\u{e9}", "\u{37E}"] {
                #expect(set.contains(word) == set.words.contains(word), "\(word)")
            }
        }
    }

    /// Strings beyond ASCII are compared as `String`s: a decomposed accent finds the composed
    /// key, and a key beyond ASCII is found.
    @Test func wordsBeyondASCIIFollowStringEquality() {
        let set: WordSet = ["café", ";", "\u{2019}", "fiscal"]
        #expect(set.contains("cafe\u{301}"))
        #expect(set.contains("café"))
        #expect(set.contains("\u{37E}"))  // GREEK QUESTION MARK is canonically ";"
        #expect(set.contains(";"))
        #expect(set.contains("\u{2019}"))
        #expect(set.contains("fiscal"))
        #expect(!set.contains("Fiscal"))
        #expect(!set.contains("cafe"))
        #expect(set.sorted() == set.words.sorted())
    }
}

/// `WordSet` against `Set<String>` on random words and on keys whose canonical form is ASCII.
@Suite struct WordSetRandomTests {
    /// Random short mixed-case ASCII words (with punctuation) against random sets of them, and
    /// keys beyond ASCII that are canonically ASCII (the Kelvin sign, the Greek question mark).
    @Test func answersAsTheSetOnRandomAndCanonicallyASCIIWords() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("aAbBeEkKzZ.-'; ".utf8)
        func word() -> String {
            String(decoding: (0..<Int.random(in: 0...5, using: &generator)).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
        }
        var wrong: [String] = []
        for _ in 0..<300 {
            let keys = Set((0..<Int.random(in: 1...40, using: &generator)).map { _ in word() } + ["\u{212A}", "a\u{37E}"])
            let set = WordSet(keys)
            for probe in (0..<50).map({ _ in word() }) + ["K", "a;", "k", "A;"] where set.contains(probe) != keys.contains(probe) {
                wrong.append(probe)
            }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(5))")
    }

}

/// The packed look-ups (`WordSet.contains(_: WordTable.Key)`, `MentionReader.lowercased(_:isIn:)`)
/// answer as the string look-up does.
@Suite struct WordSetPackedKeyTests {
    /// A word packed into a `WordTable.Key` (lowercased, as the reader packs a piece's bytes)
    /// is found exactly when the `Set` holds the word lowercased: every word of every set, in
    /// capitals, title case and with a byte more or less, and words of no set.
    @Test func packedKeysAnswerAsTheSet() {
        func packed(_ word: String) -> WordTable.Key? {
            let bytes = Array(word.utf8) + [0]
            return bytes.withUnsafeBufferPointer { WordTable.Key($0.baseAddress!, from: 0, to: bytes.count - 1, lowercased: true) }
        }
        var asked = 0
        for set in WordSetTests.sets {
            var words = ["the", "a", "-", ".", "percent", "Fiscal", "MORE", "x", "seventeen-letters", "0123456789abcdef"]
            for word in set.words { words += [word, word.uppercased(), word.capitalized, word + "s", String(word.dropFirst())] }
            for word in words {
                guard let key = packed(word) else { continue }
                #expect(set.contains(key) == set.words.contains(word.lowercased()), "\(word)")
                asked += 1
            }
        }
        #expect(asked > 500)
    }

    /// A piece's word tested from its bytes gives what the string of it gives, for pieces that
    /// pack (ASCII) and pieces that fall back to the string (`°`, `é`, a word over 16 bytes).
    @Test func aPieceTestedFromItsBytesAnswersAsItsString() throws {
        let text = "In FISCAL 2024 the Fiscal year ran 5 km, then ÉTÉ 10 °C; Between 3 and 4 kilometres-per-hour-measured"
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        let tokens = document.tokens
        let sets: [WordSet] = WordSetTests.sets + [["été", "°", "between", "kilometres-per-hour-measured"]]
        let checked = text.utf8.withContiguousStorageIfAvailable { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                let pieces = NumberPiece.pieces(bytes.baseAddress!, tokens: tokens)
                let reader = MentionReader(text: bytes.baseAddress!, tokens: tokens, pieces: pieces)
                var checked = 0
                for set in sets {
                    for piece in pieces.indices {
                        #expect(reader.lowercased(piece, isIn: set) == set.contains(reader.lowercased(piece)), "\(reader.original(piece))")
                        checked += 1
                    }
                }
                #expect(reader.lowercased(1, isIn: UnitTable.fiscalContext))
                return checked
            }
        }
        #expect((checked ?? 0) > 100)
    }
}
