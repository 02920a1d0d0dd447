import GlossCore

/// Untags a one-word name written in lower case where the document shows the word is a common
/// word of its text: the lists give it as a name ("dan", "cts"), but the document never
/// writes it with a capital in mid-sentence while it does write other words so.
///
/// A lower-case word is scored only when the gazetteer lists it (`EntityTagger.mayBeginName`:
/// web text writes "tampa" or "jill" in lower case), and the lists hold words that are common
/// in other languages or in the wire's abbreviations: Indonesian "dan" (and) is a given name,
/// Portuguese "eu" (I) the town of Eu and the European Union, Reuters' "cts" (cents) a listed
/// company's short name, and the tagger took "dan" and "cts" for names 27 and 338 times in the
/// AEB pages and three Reuters files. A writer who capitalises names in mid-sentence and writes this word
/// without a capital throughout means no name by it; one who writes every name in lower case
/// ("i live in kerala") still gets the tagger's reading. Left alone: countries, states,
/// cities, continents and demonyms (web text writes "canada", "houston", "american" in lower
/// case and means the place, in a post that capitalises other words: EWT test's "houston
/// wo n't be too affected", "The best darlington has to offer"), so the town of Eu keeps
/// Portuguese "eu" a name; and particles ("al", "bin", "de").
///
/// - Cost: O(t) in tokens: per token one comparison with the tag; for a lower-case name, its
///   attribute bits and, once per document, a scan for a word written with a capital in
///   mid-sentence (`WordAttributes.document`, set by `DocumentMemory` before decoding).
enum CommonWords {
    /// The lists' categories that a lower-case word may name in any text.
    private static let placesAndPeoples =
        Gazetteer.place | Gazetteer.demonym

    /// Untags the lower-case one-word names in `tags` (over `words`, within each of `sentences`)
    /// that the document writes as common words.
    static func apply(_ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>) {
        // Whether some word of the document is written with a capital in mid-sentence, found
        // once a lower-case name needs it.
        var capitalises: Bool? = nil
        for sentence in sentences {
            for i in sentence where tags[i] != .outside && !tags[i].isInside && (i + 1 == sentence.upperBound || !tags[i + 1].isInside) {
                guard isACommonWord(words[i]) else { continue }
                if capitalises == nil {
                    capitalises = words.contains { $0.document & DocumentMemory.capitalized != 0 }
                }
                if capitalises! { tags[i] = .outside }
            }
        }
    }

    /// Whether `word`, tagged as a name of one word, is written as a common word: with letters,
    /// no capital, never with a capital in mid-sentence in its document, and no place, people or
    /// particle.
    @inline(__always) static func isACommonWord(_ word: WordAttributes) -> Bool {
        !word.hasCapital && word.flags & WordAttributes.Flags.letter != 0 && !word.isParticle
            && word.gazetteer & placesAndPeoples == 0 && word.document & DocumentMemory.capitalized == 0
    }
}
