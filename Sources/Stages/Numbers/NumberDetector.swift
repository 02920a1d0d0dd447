import GlossCore

/// Finds the numeric expressions of the text and resolves each: its value (exact where the
/// text is exact), kind, unit or ISO 4217 currency, and the words that bound it.
///
/// ```
///   tokens ──▶ pieces ──▶ number phrases ──▶ mentions
///   (hyphenated     (1 234 567, two      (+ currency before: $ US$ € £ Rs GBP;
///    number words    hundred and six,      + unit after: % per cent km °C years old;
///    split; lists    3.5 million, 5bn,     + range: 10-20, between 5 and 10, 10 to 20;
///    of numerals     a dozen, 1/2, ½,      + modifier before: nearly, more than, up to;
///    split)          twenty-first)         years, decades, scores; codes dropped)
/// ```
///
/// A unit word that names nothing but a unit (`percent`, `celsius`, `euros`, `metric ton`) is
/// a mention without a value even with no number (`a small percent`, `convert it to celsius`).
///
/// What it leaves out: numerals fused to letters that are no unit (`4G`, `3D`; a capital `C`
/// or `F` is a temperature, `41C`, so `13F` is one too), phone numbers and other chains of
/// hyphenated numbers (`555-123-4567`), dates with a leading zero (`1995-01`), identifiers
/// and versions the tokeniser keeps as one word (`SCP-173`, `F-Series`, `v2.3.1`), and `one`
/// as a pronoun (`the one you mentioned`). `$` alone is taken for USD, `¥` for JPY, `pounds`
/// for money only with a scale (`361 million pounds`) and for weight otherwise.
///
/// - Requires: `tokens` (and so `text`, whose bytes it reads at number tokens, number words
///   and their neighbours). Provides: `numbers` (`NumberLayer`).
/// - Cost: O(t) in tokens: most words are turned away by their first two letters and length,
///   the rest looked up by their bytes, case-folded as packed; strings are made only around
///   the numbers found (about 75 MB/s of text per core with `bench` on the AEB article bodies,
///   news with a number every 250 bytes or so, one job on an otherwise quiet machine).
/// - Thread safety: a value without state; safe to share.
public struct NumberDetector: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "numbers",
        summary: "finds numbers, ordinals, percentages, money, measures, ranges, years and their modifiers",
        requires: [.tokens], provides: [.numbers],
        options: [],
        cost: "O(t) in tokens, ~75 MB/s of news text per core")

    public init() {}

    public init(options: StageOptions) throws { self.init() }

    public func process(_ document: inout Document) throws {
        let tokens = document.tokens
        let mentions = document.withTextBytes { text in
            tokens.withUnsafeBufferPointer { tokens in detect(text, tokens: tokens) }
        }
        document[NumberLayer.self] = NumberMentions(mentions)
    }

    /// The mentions in UTF-8 `text` with its `tokens`.
    ///
    /// A long text is read a window of about `windowTokens` tokens at a time, cut after a
    /// sentence's full stop, so that the parser's pieces (some 80 bytes a token) stay small
    /// whatever the document's size; no mention spans a sentence end.
    public func detect(_ text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>) -> [NumberMention] {
        guard let base = text.baseAddress, !tokens.isEmpty else { return [] }
        var mentions: [NumberMention] = []
        var start = 0
        while start < tokens.count {
            let end = Self.windowEnd(from: start, tokens: tokens, text: base)
            let window = UnsafeBufferPointer(rebasing: tokens[start..<end])
            let pieces = NumberPiece.pieces(base, tokens: window)
            var reader = MentionReader(text: base, tokens: window, pieces: pieces)
            mentions.append(contentsOf: reader.read())
            start = end
        }
        return mentions
    }

    /// Tokens a window holds at least before it may be cut.
    static let windowTokens = 4096

    /// Where the window that starts at token `start` ends: after the first sentence-ending
    /// `.`, `!` or `?` at or past `windowTokens`, followed by space and with no number on
    /// either side (so `32 . 99` is never cut); the text's end if there is none.
    static func windowEnd(from start: Int, tokens: UnsafeBufferPointer<Token>, text: UnsafePointer<UInt8>) -> Int {
        var index = start + windowTokens
        while index + 1 < tokens.count {
            let token = tokens[index]
            if token.kind == .punctuation, token.span.count == 1,
                [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text[Int(token.span.start)]),
                tokens[index - 1].kind != .number, tokens[index + 1].kind != .number,
                tokens[index + 1].span.start > token.span.end
            {
                return index + 1
            }
            index += 1
        }
        return tokens.count
    }
}
