/// What kind of thing a token is, as the tokeniser saw it.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Letters, possibly with inner hyphens, apostrophes or digits (`re-election`, `COVID-19`).
    case word
    /// A number: digits with separators and decimals (`1,234.56`, `.08`, `1/2`, `21st`).
    case number
    /// An abbreviation or initialism that keeps its period (`Mr.`, `U.S.`, `Dec.`).
    case abbreviation
    /// A clitic split off a word (`'s`, `n't`, `'ll`).
    case clitic
    /// Sentence or clause punctuation, quotes and brackets.
    case punctuation
    /// A currency symbol or code written as a symbol (`$`, `€`, `US$`).
    case currency
    /// A percent or per-mille sign.
    case percent
    /// Any other symbol (`&`, `+`, `°`, `©`).
    case symbol
    /// A URL (`https://…`, `www.…`).
    case url
    /// An e-mail address.
    case email
    /// A hashtag (`#news`).
    case hashtag
    /// A mention (`@gloss`).
    case mention
    /// An emoji, including modifier and ZWJ sequences.
    case emoji
    /// A text emoticon (`:)`, `:-(`, `<3`).
    case emoticon

    /// The lowercase name used in JSON output and by `gloss`.
    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .abbreviation: "abbreviation"
        case .clitic: "clitic"
        case .punctuation: "punctuation"
        case .currency: "currency"
        case .percent: "percent"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .mention: "mention"
        case .emoji: "emoji"
        case .emoticon: "emoticon"
        }
    }
}

/// One token: a span of the document's text and its kind. Twelve bytes, so a document's
/// token array stays small.
public struct Token: Hashable, Sendable {
    /// Where the token stands in the document's text.
    public var span: Span
    /// What the tokeniser took it for.
    public var kind: TokenKind

    public init(span: Span, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }
}
