import GlossCore
import Testing

@testable import GlossText

/// The steps of `Scanner.word`, each through a word that takes it.
@Suite struct TokenizerWordTests {
    func tagged(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(text).map { "\(String(decoding: bytes[$0.span.range], as: UTF8.self))/\($0.kind)" }
    }

    @Test func alphanumericRunsLongerThanEightBytes() {
        #expect(tagged("Supercalifragilistic") == ["Supercalifragilistic/word"])
        #expect(tagged("abcdefgh1234567!") == ["abcdefgh1234567/word", "!/punctuation"])
    }

    @Test func asciiJoinersKeepOrEndTheWord() {
        #expect(tagged("re-election COVID-19") == ["re-election/word", "COVID-19/word"])
        #expect(tagged("AT&T snake_case") == ["AT&T/word", "snake_case/word"])
        #expect(tagged("at&t") == ["at/word", "&/symbol", "t/word"])
        #expect(tagged("word- ") == ["word/word", "-/punctuation"])
    }

    @Test func asciiJoinersThatMakeOtherTokens() {
        #expect(tagged("mail ada@example.org") == ["mail/word", "ada@example.org/email"])
        #expect(tagged("US$5") == ["US$/currency", "5/number"])
        #expect(tagged("see https://example.org/a") == ["see/word", "https://example.org/a/url"])
        #expect(tagged("gloss.dev/docs") == ["gloss.dev/docs/url"])
    }

    @Test func nonASCIIJoiners() {
        #expect(tagged("naïve café") == ["naïve/word", "café/word"])
        #expect(tagged("O’Brien’s") == ["O’Brien/word", "’s/clitic"])
        #expect(tagged("well‐known") == ["well‐known/word"])  // U+2010 hyphen
    }

    @Test func wordsAfterOneSpaceAreScannedInTheSameCall() {
        #expect(tagged("one two  three") == ["one/word", "two/word", "three/word"])
        #expect(tagged("ok :)") == ["ok/word", ":)/emoticon"])
    }
}
