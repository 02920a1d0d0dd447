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
