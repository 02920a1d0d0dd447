import GlossText
import Testing

@testable import GlossEntities

extension WordAttributes {
    /// The attributes of `word` alone, for tests.
    init(testing word: String) {
        self = Array(word.utf8).withUnsafeBufferPointer { WordAttributes($0.baseAddress!, count: $0.count) }
    }

    /// The attributes of a sentence's `words` as the tagger describes them (sentence flags, the
    /// marks of `gazetteer`, and of `lexicon`: none by default), for tests.
    static func described(_ words: [String], gazetteer: Gazetteer, lexicon: WordLexicon = .empty) -> [WordAttributes] {
        let (joined, tokens) = LabeledSentence(words: words, tags: []).text
        var attributes = [WordAttributes](repeating: .start, count: tokens.count)
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                attributes.withUnsafeMutableBufferPointer { attributes in
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: lexicon, into: attributes)
                }
            }
        }
        return attributes
    }
}

@Suite struct WordAttributesTests {
    func attributes(_ word: String) -> WordAttributes { WordAttributes(testing: word) }

    @Test func shapesCollapseRuns() {
        #expect(attributes("Bukele").shape == attributes("Maduro").shape)
        #expect(attributes("Nicolás").shape == attributes("Donald").shape)
        #expect(attributes("U.S.").shape == attributes("E.U.").shape)
        #expect(attributes("2025").shape == attributes("7").shape)
        #expect(attributes("Bukele").shape != attributes("bukele").shape)
        #expect(attributes("ÉLAN").shape == attributes("NASA").shape)
    }

    @Test func wordsAreCaseFolded() {
        #expect(attributes("NICOLÁS").word == attributes("Nicolás").word)
        #expect(attributes("Saab").word == attributes("saab").word)
        #expect(attributes("Saab").word != attributes("Sab").word)
        #expect(attributes("Trump").suffix3 == attributes("frump").suffix3)
    }

    @Test func typographicQuotesAndDashesReadAsASCII() {
        #expect(attributes("’s").word == attributes("'s").word)
        #expect(attributes("’s").shape == attributes("'s").shape)
        #expect(attributes("Mittal’s").suffix2 == attributes("Mittal's").suffix2)
        #expect(attributes("“").word == attributes("\"").word)
        #expect(attributes("—").word == attributes("-").word)
        #expect(attributes("€5").word != attributes("5").word)
    }

    /// The word hash is that of the bytes as written (`WordHash.folded`) unless a typographic
    /// quote or dash was read as ASCII, which `readsTypographic` says.
    @Test func aWordReadWithTypographicPunctuationSaysSo() {
        for word in ["Mittal’s", "“Hi", "a—b"] {
            #expect(attributes(word).readsTypographic, "\(word)")
            #expect(attributes(word).word != Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) })
        }
        for word in ["Mittal's", "NICOLÁS", "€5", "O'Neill"] {
            #expect(!attributes(word).readsTypographic, "\(word)")
            #expect(attributes(word).word == Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) })
        }
    }

    @Test func nameParticlesAreKnownInLowerCaseOnly() {
        for word in ["al", "bin", "ibn", "van", "von", "de", "la"] { #expect(attributes(word).isParticle, "\(word)") }
        for word in ["Al", "all", "the", "also", "a", "dell", "vanity"] { #expect(!attributes(word).isParticle, "\(word)") }
        for word in ["of", "the", "and", "'s", "de", "al"] { #expect(attributes(word).isConnector, "\(word)") }
        for word in ["says", "Of", "a", "with", "also"] { #expect(!attributes(word).isConnector, "\(word)") }
    }

    @Test func flagsDescribeCasingAndCharacters() {
        typealias F = WordAttributes.Flags
        #expect(attributes("Venezuela").flags == F.initialCapital | F.letter)
        #expect(attributes("Élan").flags & F.initialCapital != 0)
        #expect(attributes("NASA").flags == F.initialCapital | F.allCapitals | F.letter)
        #expect(attributes("re-election").flags == F.hyphen | F.letter)
        #expect(attributes("U.S.").flags & F.period != 0)
        #expect(attributes("100").flags == F.digit)
    }
}
