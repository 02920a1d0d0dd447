import GlossCore
import GlossText

/// One word as VADER's rules see it: a whitespace-delimited chunk of the sentence with ASCII
/// punctuation stripped from its ends (unless that leaves two characters or fewer, which keeps
/// emoticons such as `:)` whole), or one word of an emoji's description.
///
/// Chunks are rebuilt from the tokens (tokens that touch belong to one chunk), so `don't`,
/// `great!!` and `:-)` are one word each, as in VADER, although the tokeniser splits them.
struct SentimentWord: Sendable {
    /// The lexicon id of the word, case-folded.
    var id: SentimentLexicon.WordID
    /// The flags below, one bit each, so that a word takes 8 bytes (five `Bool`s made it 12,
    /// which every append and read of a sentence's words paid for).
    private var flags: UInt8 = 0
    /// What the lexicon says of the word's id (`SentimentLexicon.Traits`), copied from its
    /// hash slot when the word is looked up, so that the rules test it without reading the
    /// lexicon's per-id arrays; it fits in the word's padding (still 8 bytes).
    var traits: SentimentLexicon.Traits

    /// Whether the word has a valence (`lexicon.valences[id]` is a number).
    var isRated: Bool { traits.contains(.rated) }

    /// Whether it is written in capitals (at least one cased letter, none lowercase).
    var isUpper: Bool {
        get { flag(Self.upperBit) }
        set { setFlag(Self.upperBit, newValue) }
    }
    /// Whether it holds `n't`, which negates like a negation word.
    var hasNegatedContraction: Bool {
        get { flag(Self.negatedBit) }
        set { setFlag(Self.negatedBit, newValue) }
    }
    /// Whether a clause ends after it: `,` `;` `:` or `(` stripped from its end, or a dash
    /// (`-` `--` `–` `—`) standing alone after it. Read by `ClauseRules`.
    var endsClause: Bool {
        get { flag(Self.endsClauseBit) }
        set { setFlag(Self.endsClauseBit, newValue) }
    }
    /// Whether it stands inside quotation marks (straight or typographic) in its sentence.
    var isQuoted: Bool {
        get { flag(Self.quotedBit) }
        set { setFlag(Self.quotedBit, newValue) }
    }
    /// Whether it begins with a digit ("5", "1.2", "30%"): an amount, for `MovementRule`.
    var isNumber: Bool {
        get { flag(Self.numberBit) }
        set { setFlag(Self.numberBit, newValue) }
    }

    /// Whether it begins with a capital and holds a lowercase letter ("Council", not "UN"): a
    /// word of a name, or of a sentence's or a headline's start.
    var isCapitalised: Bool {
        get { flag(Self.capitalisedBit) }
        set { setFlag(Self.capitalisedBit, newValue) }
    }

    private static let upperBit: UInt8 = 1 << 0
    private static let negatedBit: UInt8 = 1 << 1
    private static let endsClauseBit: UInt8 = 1 << 2
    private static let quotedBit: UInt8 = 1 << 3
    private static let numberBit: UInt8 = 1 << 4
    private static let capitalisedBit: UInt8 = 1 << 5

    @inline(__always)
    private func flag(_ bit: UInt8) -> Bool { flags & bit != 0 }

    @inline(__always)
    private mutating func setFlag(_ bit: UInt8, _ on: Bool) { flags = on ? flags | bit : flags & ~bit }

    init(
        id: SentimentLexicon.WordID, traits: SentimentLexicon.Traits = SentimentLexicon.Traits(rawValue: 0), isUpper: Bool,
        hasNegatedContraction: Bool, isNumber: Bool = false, isCapitalised: Bool = false
    ) {
        self.id = id
        self.traits = traits
        flags =
            (isUpper ? Self.upperBit : 0) | (hasNegatedContraction ? Self.negatedBit : 0) | (isNumber ? Self.numberBit : 0)
            | (isCapitalised ? Self.capitalisedBit : 0)
    }

    /// Appends the words of the sentence made of `tokens[range]` to `words`, and returns how
    /// many `!` and `?` the sentence holds.
    ///
    /// With `typographic`, typographic quotation marks and dashes (`“ ” ‘ ’ « » – —`) are
    /// stripped from words' ends like ASCII punctuation, so `“Terrible` is `terrible`; VADER
    /// strips ASCII punctuation alone, and the rule-based scorer keeps its reading.
    static func collect(
        _ text: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>,
        lexicon: SentimentLexicon, typographic: Bool = false, into words: inout [SentimentWord]
    ) -> (exclamations: Int, questions: Int) {
        // the table is reached once a sentence, not once a word (a lazy global's check each time)
        byteClasses.withUnsafeBufferPointer { classes in
            collect(
                text, tokens: tokens, range: range, lexicon: lexicon, typographic: typographic,
                classes: classes.baseAddress!, into: &words)
        }
    }

    /// `collect` with `byteClasses`' storage at `classes`.
    private static func collect(
        _ text: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>,
        lexicon: SentimentLexicon, typographic: Bool, classes: UnsafePointer<UInt16>, into words: inout [SentimentWord]
    ) -> (exclamations: Int, questions: Int) {
        var quotes = ClauseMarks.OpenQuotes()
        var exclamations = 0
        var questions = 0
        var index = range.lowerBound
        let hasEmoji = !lexicon.emoji.isEmpty
        while index < range.upperBound {
            let start = Int(tokens[index].span.start)
            var end = Int(tokens[index].span.end)
            var mayHoldEmoji = tokens[index].kind == .emoji || tokens[index].kind == .symbol
            if tokens[index].kind == .punctuation { count(text, start, end, &exclamations, &questions) }
            index += 1
            while index < range.upperBound && Int(tokens[index].span.start) == end {
                let token = tokens[index]
                if token.kind == .emoji || token.kind == .symbol { mayHoldEmoji = true }
                if token.kind == .punctuation {
                    count(text, Int(token.span.start), Int(token.span.end), &exclamations, &questions)
                }
                end = Int(token.span.end)
                index += 1
            }
            let before = words.count
            if mayHoldEmoji && hasEmoji {
                appendSplittingEmoji(text, from: start, to: end, lexicon: lexicon, classes: classes, into: &words)
            } else {
                appendPiece(text, from: start, to: end, lexicon: lexicon, classes: classes, typographic: typographic, into: &words)
            }
            ClauseMarks.mark(text, from: start, to: end, words: &words, appendedFrom: before, quotes: &quotes)
        }
        return (exclamations, questions)
    }

    @inline(__always)
    private static func count(_ text: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ bangs: inout Int, _ queries: inout Int) {
        for offset in start..<end {
            if text[offset] == UInt8(ascii: "!") { bangs += 1 } else if text[offset] == UInt8(ascii: "?") { queries += 1 }
        }
    }

    /// A chunk with emoji in it: each emoji becomes the words of its description, and the
    /// text around it becomes words of its own.
    private static func appendSplittingEmoji(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, lexicon: SentimentLexicon,
        classes: UnsafePointer<UInt16>, into words: inout [SentimentWord]
    ) {
        var pieceStart = start
        var offset = start
        while offset < end {
            let (scalar, length) = decode(text, at: offset, end: end)
            if scalar >= 0x80, let description = lexicon.emoji[scalar] {
                appendPiece(text, from: pieceStart, to: offset, lexicon: lexicon, classes: classes, into: &words)
                for id in description {
                    words.append(SentimentWord(id: id, traits: lexicon.traits[Int(id)], isUpper: false, hasNegatedContraction: false))
                }
                pieceStart = offset + length
            }
            offset += length
        }
        appendPiece(text, from: pieceStart, to: end, lexicon: lexicon, classes: classes, into: &words)
    }

    /// The scalar at `offset` of valid UTF-8 and its length in bytes.
    private static func decode(_ text: UnsafePointer<UInt8>, at offset: Int, end: Int) -> (UInt32, Int) {
        let lead = text[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= end else { return (UInt32(lead), 1) }
        if length == 1 { return (UInt32(lead), 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for k in 1..<length { value = value << 6 | UInt32(text[offset + k] & 0x3F) }
        return (value, length)
    }

    /// One whitespace-delimited piece of text as a word, punctuation stripped as VADER does;
    /// `classes` is `byteClasses`' storage.
    @inline(__always)
    private static func appendPiece(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, lexicon: SentimentLexicon,
        classes: UnsafePointer<UInt16>, typographic: Bool = false, into words: inout [SentimentWord]
    ) {
        guard start < end else { return }
        var from = start
        var to = end
        while from < to && isPunctuation(text[from]) { from += 1 }
        while to > from && isPunctuation(text[to - 1]) { to -= 1 }
        if hasAtMostTwoScalars(text, from, to) {
            from = start
            to = end
        }
        // A typographic mark at either end begins or ends with a byte over 0x7F.
        if typographic && (text[from] > 0x7F || text[to - 1] > 0x7F) {
            ClauseMarks.stripTypographic(text, from: &from, to: &to)
        }
        let scan = scanned(text, from: from, to: to, classes: classes)
        let (id, traits) =
            scan.isASCII ? lexicon.entry(ascii: text, from: from, to: to, hash: scan.hash) : lexicon.entry(text, from: from, to: to)
        words.append(
            SentimentWord(
                id: id, traits: traits, isUpper: scan.hasUpper && !scan.hasLower, hasNegatedContraction: scan.negated,
                isNumber: text[from] &- UInt8(ascii: "0") < 10,
                isCapitalised: text[from] &- UInt8(ascii: "A") < 26 && scan.hasLower))
    }

    /// One pass over a word's bytes: its folded hash while it is ASCII (`WordHash`'s: A–Z read
    /// as a–z), whether it has upper- and lower-case letters, whether every byte is ASCII, and
    /// whether it holds `n't` (or `n’t`). `classes` is `byteClasses`' storage.
    ///
    /// Cost: one load from `byteClasses` a byte and no branch in the loop (comparing and folding
    /// each byte in place took about twice the instructions: docs/performance.md); a word with
    /// an `n` and an apostrophe (`'`, or a byte over 0x7F for `’`) is read again for `n't`.
    @inline(__always)
    static func scanned(
        _ text: UnsafePointer<UInt8>, from: Int, to: Int, classes table: UnsafePointer<UInt16>
    ) -> (hash: UInt64, hasUpper: Bool, hasLower: Bool, isASCII: Bool, negated: Bool) {
        var hash = WordHash.basis
        var classes: UInt16 = 0
        var offset = from
        while offset < to {
            let entry = table[Int(text[offset])]
            classes |= entry
            hash = WordHash.fold(hash, UInt8(truncatingIfNeeded: entry))
            offset += 1
        }
        // `n't` needs an `n` and then `'` or the lead byte of `’`
        let negated =
            classes & ByteClass.n != 0 && classes & (ByteClass.apostrophe | ByteClass.beyondASCII) != 0
            && holdsNegatedContraction(text, from: from, to: to)
        return (hash, classes & ByteClass.upper != 0, classes & ByteClass.lower != 0, classes & ByteClass.beyondASCII == 0, negated)
    }

    /// Whether `text[from..<to]` holds `n't` or `n’t` (any case).
    private static func holdsNegatedContraction(_ text: UnsafePointer<UInt8>, from: Int, to: Int) -> Bool {
        for offset in from..<to where text[offset] | 0x20 == UInt8(ascii: "n") {
            if isNegatedContraction(text, at: offset, end: to) { return true }
        }
        return false
    }

    /// Whether `text[offset]` (an `n` or `N`) begins `n't` or `n’t` within `end`.
    @inline(__always)
    private static func isNegatedContraction(_ text: UnsafePointer<UInt8>, at offset: Int, end: Int) -> Bool {
        guard offset + 2 < end else { return false }
        let next = text[offset + 1]
        if next == UInt8(ascii: "'") { return text[offset + 2] | 0x20 == UInt8(ascii: "t") }
        return next == 0xE2 && offset + 4 < end && text[offset + 2] == 0x80 && text[offset + 3] == 0x99
            && text[offset + 4] | 0x20 == UInt8(ascii: "t")
    }

    /// The bits of a `byteClasses` entry above its low byte, which is the byte folded (A–Z to a–z).
    enum ByteClass {
        static var upper: UInt16 { 0x100 }
        static var lower: UInt16 { 0x200 }
        static var n: UInt16 { 0x400 }
        static var beyondASCII: UInt16 { 0x800 }
        /// `'`, which with an `n` before it may make `n't`.
        static var apostrophe: UInt16 { 0x1000 }
    }

    /// For each byte, the byte folded and its `ByteClass` bits.
    static let byteClasses: [UInt16] = (0...255).map { (value: Int) -> UInt16 in
        let byte = UInt8(value)
        var entry = UInt16(WordHash.lowerASCII(byte))
        if byte &- UInt8(ascii: "A") < 26 { entry |= ByteClass.upper }
        if byte &- UInt8(ascii: "a") < 26 { entry |= ByteClass.lower }
        if byte | 0x20 == UInt8(ascii: "n") { entry |= ByteClass.n }
        if byte >= 0x80 { entry |= ByteClass.beyondASCII }
        if byte == UInt8(ascii: "'") { entry |= ByteClass.apostrophe }
        return entry
    }

    /// Whether `text[from..<to]` holds two Unicode scalars or fewer (over 8 bytes is 3 or more;
    /// three ASCII bytes first are 3 or more).
    @inline(__always)
    private static func hasAtMostTwoScalars(_ text: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let length = to - from
        if length <= 2 { return true }
        if length > 8 || (text[from] | text[from + 1] | text[from + 2]) < 0x80 { return false }
        return scalarCount(text, from, to) <= 2
    }

    /// Python's `string.punctuation` (0x21–0x2F, 0x3A–0x40, 0x5B–0x60, 0x7B–0x7E): the ASCII
    /// punctuation VADER strips from words' ends, read from two 64-bit masks.
    @inline(__always)
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        if byte < 64 { return (punctuationBelow64 >> UInt64(byte)) & 1 != 0 }
        return byte < 128 && (punctuationFrom64 >> UInt64(byte &- 64)) & 1 != 0
    }

    /// Bit b set for punctuation byte b (0–63), and for byte 64 + b (64–127).
    private static var punctuationBelow64: UInt64 { 0xFC00_FFFE_0000_0000 }
    private static var punctuationFrom64: UInt64 { 0x7800_0001_F800_0001 }

    @inline(__always)
    private static func scalarCount(_ text: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var count = 0
        for offset in from..<to where text[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
