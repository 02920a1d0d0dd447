import GlossCore

/// A Reuters ticker with its exchange's code after a full stop, "<BP.L>", "<CBS.N>", "<RD.AS>":
/// one organisation's name, its code and all, and the company's name before it as for any
/// ticker (`BracketedNames.nameBefore`).
///
/// The tokenizer writes "BP.L" as three tokens, "BP", "." and "L"; `BracketedNames` takes only
/// capitalised words and connectors between the brackets, so it found no such ticker, and the
/// tagger read the code alone as a name: over Reuters-21578, of 3,054 such tickers, 279 codes
/// were mentions of their own ("L" an organisation 184 times, a person 36, "HK" a place 37).
/// Two forms:
///
/// - **one sentence**, "< BP . L >" (a sentence read as its tokens, as the proxies and
///   Universal NER's files write them): the ticker, "." and code, is one organisation;
/// - **cut by the sentence splitter** after "BP." (the code begins with a capital, which the
///   splitter reads as a new sentence's first word): the ticker's root is an organisation, and
///   the code at the next sentence's start, before ">", is no name.
///
/// The root and the code are each a word of letters in capitals alone ("<0005.HK>" has no root
/// of letters and is left).
///
/// Called from `BracketedNames`' walk at a "<" that opens no bracketed name; no pass of its own.
///
/// - Cost: a few comparisons at such a "<"; nothing allocated.
enum ExchangeTickers {
    private static let close = NameHeads.hashes(">").first!
    private static let stop = NameHeads.hashes(".").first!

    /// Tags the ticker after the "<" at `open` of `sentence`, its code and the company's name
    /// before it (see the type's description); returns the token to go on from, or nil when no
    /// such ticker follows.
    static func retype(
        _ words: UnsafeBufferPointer<WordAttributes>, at open: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) -> Int? {
        let root = open + 1
        let dot = open + 2
        let code = open + 3
        guard code + 1 < words.count, dot < sentence.upperBound, words[dot].word == stop, isACode(words[root]), isACode(words[code]),
            words[code + 1].word == close
        else { return nil }
        let ticker: Range<Int>
        if code + 1 < sentence.upperBound {
            ticker = root..<(code + 1)
        } else if code == sentence.upperBound {
            // "BP." ends a sentence the splitter cut; "L" begins the next.
            ticker = root..<dot
            tags[code] = .outside
            if let type = tags[code + 1].type, tags[code + 1].isInside { tags[code + 1] = .begin(type) }
        } else {
            return nil
        }
        BracketedNames.retype(ticker, tags: tags, confidence: confidence, in: sentence)
        if let company = BracketedNames.nameBefore(words, ticker: open, in: sentence, tags: tags) {
            BracketedNames.retype(company, tags: tags, confidence: confidence, in: sentence)
        }
        return code + 1
    }

    /// A word of letters in capitals, no digit, period or hyphen: a ticker's root or an
    /// exchange's code ("BP", "L", "AS").
    @inline(__always)
    static func isACode(_ word: WordAttributes) -> Bool {
        let flags = WordAttributes.Flags.allCapitals | WordAttributes.Flags.letter | WordAttributes.Flags.digit
            | WordAttributes.Flags.period | WordAttributes.Flags.hyphen
        return word.flags & flags == WordAttributes.Flags.allCapitals | WordAttributes.Flags.letter
    }
}
