import GlossCore

/// Groups the tokens into sentences.
///
/// A sentence ends after `.` `!` `?` `…` `...` (with the closing quotes and brackets after it)
/// when the next token can start a sentence: a word that does not start lowercase, a number,
/// a currency sign, or an opening quote or bracket. So `"Why?" he asked.` and
/// `the liberation … of the` stay whole. Abbreviations keep their period in the token and
/// decide for themselves:
///
/// ```
///   Mr. Dr. Gen. St. vs. e.g. No. 5        never end a sentence (titles, prefixes)
///   U.S. J. Inc. Dec. etc. a.m.             end one only before a common sentence starter
///                                           (The, He, But, In …; see SentenceStarters)
///   3.5  1,234.56                           are one number token: nothing to split
///   1. (a list item's number)               does not end a sentence
/// ```
///
/// A blank line always ends a sentence; what a single line break means is decided per
/// document by `LineBreakPolicy` (a line per paragraph, or hard-wrapped prose), or set with
/// the `line-breaks` option. Sentences cover all tokens, in order, without overlap; each spans
/// from its first token's start to its last token's end.
///
/// Rules, not a model: a sentence that ends in an initialism before a name
/// (`in the U.S. Trump said`) runs on, a title at the very end of one (`on Main St. The`)
/// never ends it, and `"Why?" Smith asked.` is cut after the quote.
///
/// - Requires: `tokens` (and so `text`, which it reads between and at tokens). Provides:
///   `sentences`.
/// - Cost: O(t) in tokens, reading only the bytes between tokens and the first bytes of
///   punctuation and of words after it; texts with single line breaks take one more pass
///   over the tokens.
/// - Thread safety: a value with immutable configuration; safe to share.
public struct SentenceSplitter: RegistrableStage {
    /// What a single line break means.
    public enum LineBreaks: String, Sendable, CaseIterable, StageOptionValue {
        /// Decided per document by `LineBreakPolicy`.
        case auto
        /// Every line break ends a sentence.
        case split
        /// Only blank lines end a sentence; a single line break is a space.
        case join
    }

    public static let descriptor = StageDescriptor(
        name: "sentences",
        summary: "groups tokens into sentences at final punctuation, paragraph breaks and headline lines",
        requires: [.tokens], provides: [.sentences], options: [Option.lineBreaks],
        cost: "O(t) in tokens, ~750 MB/s of text per core")

    /// The options, declared once (read in `init(options:)`).
    public enum Option {
        public static let lineBreaks = StageOption(
            "line-breaks",
            "what a single line break means: auto (decided per document), split (ends a sentence) or join (a space)",
            default: LineBreaks.auto)
    }

    /// What a single line break means.
    public var lineBreaks: LineBreaks

    public init(lineBreaks: LineBreaks = Option.lineBreaks.defaultValue) { self.lineBreaks = lineBreaks }

    public init(options: StageOptions) throws {
        self.init(lineBreaks: try options[Option.lineBreaks])
    }

    public func process(_ document: inout Document) throws {
        let tokens = document.tokens
        let sentences = document.withTextBytes { split($0, tokens: tokens) }
        try document.setSentences(sentences)
    }

    /// The sentences of UTF-8 `text` whose `tokens` (in order, without overlaps, inside the
    /// text, as `Document.setTokens` checks) are given.
    public func split(_ text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Sentence] {
        guard let base = text.baseAddress, let lastToken = tokens.last else { return [] }
        precondition(Int(lastToken.span.end) <= text.count, "tokens lie past the text's \(text.count) bytes")
        return tokens.withUnsafeBufferPointer { tokens in
            sentences(TokenReader(text: base, count: text.count, tokens: tokens))
        }
    }

    private func sentences(_ reader: TokenReader) -> [Sentence] {
        let tokens = reader.tokens
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16 + 1)
        var lineBreakPolicy: [Int]?  // LineBreakPolicy.breaks, decided at the first single line break
        var nextBreak = 0
        var first = 0
        var index = 0
        while index < tokens.count {
            var last = index
            var ends = false
            let kind = tokens[index].kind
            if (kind == .punctuation && reader.isTerminal(index))
                || (kind == .abbreviation && reader.isAbbreviation(index))
            {
                // closing quotes and brackets, and more final punctuation, stay in the sentence
                while last + 1 < tokens.count && reader.lineBreaks(after: last) == 0 {
                    let closing = reader.closing(last + 1)
                    guard
                        closing == .always || (closing == .attached && reader.isAttached(last))
                            || reader.isTerminal(last + 1)
                    else { break }
                    last += 1
                }
                if last + 1 < tokens.count { ends = endsSentence(reader, final: index, last: last, first: first) }
            }
            if !ends && last + 1 < tokens.count {
                switch reader.lineBreaks(after: last) {
                case 0: break
                case 1:
                    switch lineBreaks {
                    case .split: ends = true
                    case .join: break
                    case .auto:
                        if lineBreakPolicy == nil { lineBreakPolicy = LineBreakPolicy(reader).breaks }
                        let breaks = lineBreakPolicy ?? []
                        while nextBreak < breaks.count && breaks[nextBreak] < last { nextBreak += 1 }
                        ends = nextBreak < breaks.count && breaks[nextBreak] == last
                    }
                default: ends = true
                }
            }
            if ends || last + 1 == tokens.count {
                let span = Span(start: Int(tokens[first].span.start), end: Int(tokens[last].span.end))
                sentences.append(Sentence(span: span, tokens: first..<(last + 1)))
                first = last + 1
            }
            index = last + 1
        }
        return sentences
    }

    /// Whether the sentence ends after `last`, given its final punctuation or abbreviation at
    /// `final` (closing marks fill `final + 1...last`) and its first token `first`.
    private func endsSentence(_ reader: TokenReader, final: Int, last: Int, first: Int) -> Bool {
        let next = last + 1
        if reader.isAbbreviation(final) {
            switch reader.abbreviationKind(final) {
            case .title, .beforeNumber: return false
            case .general: return last > final ? reader.startsSentence(next) : reader.isSentenceStarter(next)
            }
        }
        if reader.isFullStop(final) { return true }
        // "1." or "2." numbering a list item: a number first in its sentence or line, its period attached
        let number = final - 1
        if number >= first && reader.tokens[number].kind == .number && reader.isAttached(number)
            && reader.tokens[final].span.count == 1 && reader.text[Int(reader.tokens[final].span.start)] == 0x2E
            && (number == first || reader.lineBreaks(after: number - 1) > 0)
        {
            return false
        }
        return reader.startsSentence(next)
    }
}
