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
            breaks = lines.filter { $0.endsTerminal || $0.nextCase != .lower }.map(\.last)
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
        let lengths = lines.map(\.length).sorted()
        return .wrapped(width: lengths[(lengths.count - 1) * 8 / 10])
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
