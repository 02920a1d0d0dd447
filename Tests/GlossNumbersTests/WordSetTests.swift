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
