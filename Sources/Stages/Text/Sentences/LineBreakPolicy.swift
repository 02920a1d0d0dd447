/// Decides, for one document, at which single line breaks a sentence ends.
///
/// A blank line always ends a sentence; a single line break means different things in
/// different texts. In an article stored one paragraph per line, every line is a paragraph; in
/// hard-wrapped prose (e-mail, wire copy, Project Gutenberg) lines of 60–80 characters are
/// broken mid-sentence. The policy looks at the document's *inner lines* (those followed by a
/// single line break and another line) and takes the layout they show:
///
/// ```
///   half or more end in . ! ? … (closing quotes after)      ─▶ paragraphs
///   else, of next lines that start with a cased letter (or a number or bullet),
///         fewer than 35% start lowercase                     ─▶ paragraphs (lists, headlines)
///   else                                                     ─▶ wrapped
/// ```
///
/// With *paragraphs*, a line break ends the sentence unless the line ends without terminal
/// punctuation and the next starts with a lowercase letter (a stray wrapped line). With
/// *wrapped* lines, it ends the sentence only after a line much shorter than the typical line
/// (under 60% of the 80th-percentile length, in scalars: a headline, a dateline or the last
/// line of a paragraph without a full stop) when the next line starts like a sentence or a
/// list item. Either way, the punctuation rules still split inside and at the end of lines.
struct LineBreakPolicy {
    /// How the document's lines are laid out.
    enum Layout: Equatable {
        /// Every line is a paragraph (or a headline, or a list item).
        case paragraphs
        /// Lines are wrapped at about `width` scalars.
        case wrapped(width: Int)
    }

    /// One inner line.
    struct Line {
        /// The index of its last token.
        var last: Int
        /// Its length in scalars, from its first token's start to its last token's end.
        var length: Int
        /// Whether it ends with terminal punctuation (closing quotes and brackets may follow).
        var endsTerminal: Bool
        /// The case of the next line's first letter; a line that starts with a number or a
        /// bullet counts as starting uppercase (it does not continue a sentence).
        var nextCase: TokenReader.LetterCase
        /// Whether the next line starts like a sentence or a list item.
        var nextStarts: Bool
    }

    let layout: Layout
    /// The indices of the tokens after which a single line break ends a sentence, ascending.
    let breaks: [Int]

    /// Reads the document's lines through `reader` and decides.
    init(_ reader: TokenReader) {
        let lines = Self.innerLines(reader)
        layout = Self.layout(of: lines)
        switch layout {
        case .paragraphs:
            let width = Self.wrapWidth(of: lines)
            breaks = lines.filter { line in
                guard !line.endsTerminal else { return true }
                if let width, line.length * 10 >= width * 8, Self.runsOn(after: line.last, reader) { return false }
                return line.nextCase != .lower
            }.map(\.last)
        case .wrapped(let width):
            breaks = lines.filter { $0.length * 10 < width * 6 && $0.nextStarts }.map(\.last)
        }
    }

    /// The layout the inner lines show.
    static func layout(of lines: [Line]) -> Layout {
        guard !lines.isEmpty else { return .paragraphs }
        let terminal = lines.count(where: \.endsTerminal)
        if terminal * 2 >= lines.count { return .paragraphs }
        let cased = lines.count(where: { $0.nextCase == .upper || $0.nextCase == .lower })
        let lower = lines.count(where: { $0.nextCase == .lower })
        if cased > 0 && lower * 100 < cased * 35 { return .paragraphs }
        return .wrapped(width: typicalWidth(of: lines))
    }

    /// The 80th-percentile length of `lines` (not empty): the width they were wrapped at, when
    /// they were.
    static func typicalWidth(of lines: [Line]) -> Int {
        let lengths = lines.map(\.length).sorted()
        return lengths[(lengths.count - 1) * 8 / 10]
    }

    /// The width a document taken for paragraphs shows it was hard-wrapped at, or nil: a short
    /// wire story whose inner lines mostly run on to a capitalised word is read as paragraphs
    /// ("the West\nGerman economy", "the Treasury\nDepartment's"), yet its lines are wrapped
    /// at 60–80 scalars and a sentence runs on in lower case after one of them. The width is the
    /// 80th-percentile length (as `layout(of:)` takes it), when it is between `wireWidths`
    /// and some line that ends without terminal punctuation runs on in lower case; a line at
    /// least 80% of it that ends in a word without terminal punctuation then breaks no
    /// sentence (a shorter one still does: a headline, a paragraph's last line; so does one
    /// that ends in a number or a colon: a table's row, a list's lead-in; and one before a
    /// list item: a bullet or "1.").
    static func wrapWidth(of lines: [Line]) -> Int? {
        guard lines.contains(where: { !$0.endsTerminal && $0.nextCase == .lower }) else { return nil }
        let width = typicalWidth(of: lines)
        return wireWidths.contains(width) ? width : nil
    }

    /// The line widths of hard-wrapped wire copy, in scalars.
    static let wireWidths = 50...90

    /// Whether a full line of wrapped copy that ends at token `last` (an inner line's) runs on
    /// to the next line: its last token is a word (not a number, a sign or a closing mark) and
    /// not a unit after a number (a table's row ends in a number or a quantity: "43 cts", "47
    /// mln"; a list's lead-in in a colon), and the next line opens no list item
    /// (`TokenReader.opensListItem`: "- Tariffs", "1. A panel"), so a list's lead-in and its
    /// items stay sentences of their own however full their lines.
    ///
    /// - Cost: a few token reads, only for the full lines without terminal punctuation of a
    ///   document `wrapWidth(of:)` gives a width (reading them for every line in `innerLines`
    ///   cost 183k instructions over reut2-000).
    static func runsOn(after last: Int, _ reader: TokenReader) -> Bool {
        let tokens = reader.tokens
        guard tokens[last].kind == .word else { return false }
        if last > 0, reader.lineBreaks(after: last - 1) == 0, tokens[last - 1].kind == .number { return false }
        return !reader.opensListItem(last + 1)
    }

    /// The document's inner lines.
    static func innerLines(_ reader: TokenReader) -> [Line] {
        var lines: [Line] = []
        var lineStart = 0
        let tokens = reader.tokens
        for index in 0..<max(tokens.count - 1, 0) {
            let breaks = reader.lineBreaks(after: index)
            guard breaks > 0 else { continue }
            if breaks == 1 {
                var last = index
                while last > lineStart && reader.closing(last) != .none { last -= 1 }
                lines.append(
                    Line(
                        last: index,
                        length: reader.scalarCount(
                            from: Int(tokens[lineStart].span.start), to: Int(tokens[index].span.end)),
                        endsTerminal: reader.isTerminal(last) || reader.isAbbreviation(last),
                        nextCase: reader.isBullet(index + 1) || reader.tokens[index + 1].kind == .number
                            ? .upper : reader.letterCase(index + 1),
                        nextStarts: reader.startsSentence(index + 1) || reader.isBullet(index + 1)))
            }
            lineStart = index + 1
        }
        return lines
    }
}
