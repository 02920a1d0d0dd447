import GlossCore
import Testing

@testable import GlossText

@Suite struct TokenReaderTests {
    /// Tokenises `text` and calls `body` with a reader over it.
    func read<R>(_ text: String, _ body: (TokenReader) -> R) -> R {
        let tokens = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            tokens.withUnsafeBufferPointer { tokens in
                body(TokenReader(text: buffer.baseAddress!, count: buffer.count, tokens: tokens))
            }
        }
    }

    @Test func countsLineBreaksBetweenTokens() {
        #expect(
            read("a b\nc\r\nd\re\n\nf \n \n g") { reader in (0..<5).map { reader.lineBreaks(after: $0) } } == [
                0, 1, 1, 1, 2,
            ])
        #expect(
            read("a\u{2028}b\u{2029}c\u{85}d\u{C}e") { reader in (0..<4).map { reader.lineBreaks(after: $0) } } == [
                1, 2, 1, 2,
            ])
        #expect(read("end\n") { $0.lineBreaks(after: 0) } == 1)
    }

    @Test func knowsFinalPunctuation() {
        #expect(
            read(". ! ? ... ?! … 。 ؟ , ; : -") { reader in (0..<12).map(reader.isTerminal) } == [
                true, true, true, true, true, true, true, true, false, false, false, false,
            ])
        #expect(read("。 . ！") { reader in (0..<3).map(reader.isFullStop) } == [true, false, true])
        #expect(read("U.S. Mr. home") { reader in (0..<3).map(reader.isAbbreviation) } == [true, true, false])
        #expect(
            read("U.S. Mr. No. 5 etc.") { reader in [0, 1, 2, 4].map(reader.abbreviationKind) } == [
                .general, .title, .beforeNumber, .general,
            ])
    }

    @Test func knowsClosingAndOpeningMarks() {
        #expect(
            read("” ’ » ) \" ' “ (") { reader in (0..<8).map(reader.closing) } == [
                .always, .always, .always, .always, .attached, .attached, .none, .none,
            ])
        #expect(
            read("“ ( « ¿ \" ” )") { reader in (0..<7).map(reader.isOpening) } == [
                true, true, true, true, true, false, false,
            ])
        #expect(read("a.\"b") { $0.isAttached(1) })
        #expect(!read("a. \"b") { $0.isAttached(1) })
    }

    @Test func knowsHowATokenStarts() {
        #expect(
            read("The the Élan élan 東京 5 $ “ , :)") { reader in (0..<10).map(reader.startsSentence) } == [
                true, false, true, false, true, true, true, true, false, false,
            ])
        #expect(
            read("Ab ab Éa éa 東 5") { reader in (0..<6).map(reader.letterCase) } == [
                .upper, .lower, .upper, .lower, .uncased, .none,
            ])
        #expect(read("- * • – x") { reader in (0..<5).map(reader.isBullet) } == [true, true, true, true, false])
        #expect(read("The Trump the") { reader in (0..<3).map(reader.isSentenceStarter) } == [true, false, false])
        #expect(read("aé東") { $0.scalarCount(from: 0, to: 6) } == 3)
    }
}
