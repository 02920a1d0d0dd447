import GlossCore
import Testing

@testable import GlossSentiment
import GlossText

@Suite struct SentimentWordTests {
    let lexicon = SentimentLexicon(
        vader: "good\t1.9\n:)\t2.0\n", emoji: "😀\tgrinning face\n")

    func words(_ text: String) -> (words: [SentimentWord], marks: (exclamations: Int, questions: Int)) {
        var text = text
        let tokens = Tokenizer().tokenize(text)
        var words: [SentimentWord] = []
        let marks = text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer {
                SentimentWord.collect(bytes.baseAddress!, tokens: $0, range: 0..<tokens.count, lexicon: lexicon, into: &words)
            }
        }
        return (words, marks)
    }

    @Test func touchingTokensMakeOneWordWithPunctuationStripped() {
        let (words, marks) = words("Good!! isn't (good) :) ?")
        #expect(words.count == 5)
        #expect(words[0].id == lexicon.id("good") && words[0].isUpper == false)
        #expect(words[1].hasNegatedContraction && words[1].id == lexicon.id("isn't"))
        #expect(words[2].id == lexicon.id("good"))
        #expect(words[3].id == lexicon.id(":)"))
        #expect(marks.exclamations == 2 && marks.questions == 1)
    }

    @Test func capitalsAreUpperOnlyWithoutLowercase() {
        let (words, _) = words("GOOD Good OK1 42")
        #expect(words.map(\.isUpper) == [true, false, true, false])
    }

    @Test func aCapitalisedWordBeginsWithACapitalAndHoldsALowercaseLetter() {
        let (words, _) = words("Good GOOD good \"Council\" eBay 42nd")
        #expect(words.map(\.isCapitalised) == [true, false, false, true, false, false])
    }

    /// Each word's id (hashed while its cases are read, for ASCII words) is the lexicon's id of
    /// the word left once VADER's punctuation is stripped, short words (two characters or
    /// fewer after stripping) kept whole.
    @Test func wordsGetTheLexiconsIdOfTheirStrippedText() {
        let lexicon = SentimentLexicon(vader: "good\t1.9\nnaïve\t-0.5\nx\t1.0\n:)\t2.0\n\"é\"\t0.3\n\"é\t0.4\n")
        var text = "GOOD, \"good\" Naïve... (x) \"é\" \"é :) good’s !!good"
        let tokens = Tokenizer().tokenize(text)
        var words: [SentimentWord] = []
        _ = text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer {
                SentimentWord.collect(bytes.baseAddress!, tokens: $0, range: 0..<tokens.count, lexicon: lexicon, into: &words)
            }
        }
        let expected = ["good", "good", "naïve", "(x)", "\"é\"", "\"é", ":)", "good's", "good"].map { lexicon.id($0) }
        #expect(words.map(\.id) == expected)
        #expect(words.map(\.isUpper) == [true, false, false, false, false, false, false, false, false])
    }

    /// The byte table the word scan reads holds, for every byte, the byte folded as `WordHash`
    /// folds it and the classes the scan used to test byte by byte.
    @Test func byteClassesFoldAndClassEveryByte() {
        for value in 0...255 {
            let byte = UInt8(value)
            let entry = SentimentWord.byteClasses[value]
            #expect(UInt8(truncatingIfNeeded: entry) == WordHash.lowerASCII(byte), "\(value)")
            #expect((entry & SentimentWord.ByteClass.upper != 0) == (byte >= 0x41 && byte <= 0x5A), "\(value)")
            #expect((entry & SentimentWord.ByteClass.lower != 0) == (byte >= 0x61 && byte <= 0x7A), "\(value)")
            #expect((entry & SentimentWord.ByteClass.n != 0) == (byte == 0x4E || byte == 0x6E), "\(value)")
            #expect((entry & SentimentWord.ByteClass.beyondASCII != 0) == (byte >= 0x80), "\(value)")
            #expect((entry & SentimentWord.ByteClass.apostrophe != 0) == (byte == 0x27), "\(value)")
        }
    }

    /// The scan looks for `n't` only in words with an `n` and an apostrophe (or a byte beyond
    /// ASCII): every placement of the two, and look-alikes without one, read as before.
    @Test func negatedContractionsNeedAnApostrophe() {
        let cases: [(String, Bool)] = [
            ("nt", false), ("n't", true), ("N'T", true), ("n’t", true), ("N’T", true), ("n'", false), ("n’", false),
            ("'nt", false), ("t'n", false), ("n t", false), ("wouldn't", true), ("wouldnt", false), ("can'", false),
            ("ain’t", true), ("né't", false), ("n'tx", true), ("xn'ty'n", true), ("n‘t", false), ("n”t", false),
            ("nn'", false), ("'n't'", true), ("n`t", false), ("", false), ("n", false), ("'", false),
        ]
        for (word, negated) in cases {
            var bytes = Array(word.utf8) + [0]
            let scan = bytes.withUnsafeMutableBufferPointer { buffer in
                SentimentWord.byteClasses.withUnsafeBufferPointer {
                    SentimentWord.scanned(buffer.baseAddress!, from: 0, to: buffer.count - 1, classes: $0.baseAddress!)
                }
            }
            #expect(scan.negated == negated, "\(word)")
        }
    }

    /// `n't` and `n’t` anywhere in a word negate it, in any case, but not an `n` too near the
    /// word's end to hold one ("isn'", "NO'T" has no `n` before its apostrophe).
    @Test func negatedContractionsAreFoundByTheScan() {
        let (words, _) = words("DON'T can’t Isn’T n't isn' NO'T nnn't wasn")
        #expect(words.map(\.hasNegatedContraction) == [true, true, true, true, false, false, true, false])
        #expect(words.map(\.isUpper) == [true, false, false, false, false, true, false, false])
    }

    @Test func emojiBecomeTheirDescriptionsWords() {
        let (words, _) = words("good😀")
        #expect(words.map(\.id) == [lexicon.id("good"), lexicon.id("grinning"), lexicon.id("face")])
    }

    @Test func eachFlagIsSetAndClearedAloneInAnEightByteWord() {
        #expect(MemoryLayout<SentimentWord>.stride == 8)
        var word = SentimentWord(id: 7, isUpper: true, hasNegatedContraction: false, isNumber: true)
        word.endsClause = true
        word.isQuoted = true
        word.isUpper = false
        #expect(word.id == 7 && !word.isUpper && !word.hasNegatedContraction)
        #expect(word.endsClause && word.isQuoted && word.isNumber)
        word.hasNegatedContraction = true
        word.isNumber = false
        word.endsClause = false
        #expect(word.hasNegatedContraction && !word.isNumber && !word.endsClause && word.isQuoted)
    }
}
