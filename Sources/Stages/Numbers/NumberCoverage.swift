import Foundation
import GlossCore

/// How much of the numeric text of documents the numbers stage accounts for: each token that
/// holds a digit or is a number word is inside a mention, or left out for a reason, or
/// unexplained. `gloss evaluate numbers --coverage` reports it over a corpus.
///
/// The reasons a token is no quantity, each a rule over the token and its neighbours:
///
/// | reason     | what it is                                           | example                    |
/// |------------|------------------------------------------------------|----------------------------|
/// | time       | a clock time, or a number before am/pm or a time zone | `10:30`, `9 a.m.`, `1500 GMT` |
/// | date       | a day next to a month name; slashed dates             | `March 3`, `Jan. 1`, `3/4/87` |
/// | quarter    | a fiscal quarter or half written as a code            | `Q3`, `4Q87`, `1H`          |
/// | phone      | a chain of digit groups joined by hyphens or dots; a short number after `call` or `dial` | `555-123-4567`, `Call 999` |
/// | code       | letters and digits in one token, a dotted version, a zero over a number | `F-16`, `G7`, `v2.3.1`, `0/92` |
/// | address    | a number before a street word                         | `10 Downing Street`        |
/// | word sense | a number word that is no number here                  | `one` as a pronoun, `second` of time, `third party` |
/// | vague      | a plural scale with no count                          | `hundreds of`, `thousands`  |
/// | quote      | a bid/offer pair or a dotted table leader              | `3.7495/98`, `.735.0`       |
/// | name       | a number after a label word, a model line, an index, a code labelled by capitals, a product's version, a number word in a name | `Chapter 11`, `No. 1`, `the 400 series`, `FTSE 100`, `NAB 12`, `Windows 11`, `Boston Five`, `Group of Seven` |
///
/// - Cost: O(t) in tokens, with a string made per numeric token; for evaluation, not the pipeline.
public struct NumberCoverage: Sendable {
    public enum Reason: String, Sendable, CaseIterable {
        case time, date, quarter, phone, code, address
        case wordSense = "word sense"
        case vague, quote, name
    }

    /// Numeric tokens seen, inside a mention, and left out by reason.
    public var tokens = 0
    public var covered = 0
    public var excluded: [Reason: Int] = [:]
    /// Numeric tokens neither covered nor excluded, with their context.
    public var unexplained: [String] = []
    public var unexplainedCount = 0

    public init() {}

    /// The share of numeric tokens accounted for (covered or excluded).
    public var accountedShare: Double {
        tokens == 0 ? 1 : Double(covered + excluded.values.reduce(0, +)) / Double(tokens)
    }

    /// Counts the numeric tokens of `document` (tokenised, with the `numbers` layer), keeping
    /// up to `keep` unexplained ones in total.
    public mutating func add(_ document: Document, keep: Int = 200) {
        let mentions = document[NumberLayer.self]?.mentions ?? []
        let tokens = document.tokens
        let text = Array(document.text.utf8)
        var mention = 0
        for (index, token) in tokens.enumerated() {
            let word = Self.string(text, token.span)
            guard Self.isNumeric(word) else { continue }
            self.tokens += 1
            while mention < mentions.count && Int(mentions[mention].span.end) <= Int(token.span.start) { mention += 1 }
            if mention < mentions.count, Int(mentions[mention].span.start) <= Int(token.span.start) {
                covered += 1
                continue
            }
            let before = index > 0 ? Self.string(text, tokens[index - 1].span) : ""
            let after = index + 1 < tokens.count ? Self.string(text, tokens[index + 1].span) : ""
            // fused to a neighbour with letters or a hyphen: part of a code the tokeniser split
            // (757s, A300-600R, 3Com, 14D-9)
            let fusedBefore = index > 0 && tokens[index - 1].span.end == token.span.start
            let fusedAfter = index + 1 < tokens.count && tokens[index + 1].span.start == token.span.end
            let label = index > 1 ? Self.string(text, tokens[index - 2].span) : ""
            let partLabel = index > 2 ? Self.string(text, tokens[index - 3].span) : ""
            let reason = (fusedBefore && Self.isCodePart(before)) || (fusedAfter && Self.isCodePart(after))
                ? Reason.code
                : Self.isListNumber(word, after: after, fusedAfter: fusedAfter, text: text, tokens: tokens, index: index)
                    ? Reason.name : Self.reason(word, before: before, after: after, label: label, partLabel: partLabel)
            if let reason {
                excluded[reason, default: 0] += 1
            } else {
                unexplainedCount += 1
                if unexplained.count < keep { unexplained.append(Self.context(text, token.span)) }
            }
        }
    }

    /// Whether the token at `index` is a list's number the stage leaves out (`MentionReader`'s
    /// `isListNumber`, the same test over tokens; `NumberCoverageTests` holds the two to the same
    /// answers): one or two digits with a full stop fused and a capitalised word after it, spaced,
    /// opening the text, or a line after a line that ends a sentence or a clause, or a paragraph,
    /// or after a line the number one less opens.
    static func isListNumber(_ word: String, after: String, fusedAfter: Bool, text: [UInt8], tokens: [Token], index: Int) -> Bool {
        guard word.utf8.count <= 2, word.utf8.allSatisfy({ $0 &- 0x30 < 10 }), let value = Int(word), fusedAfter, after == ".",
            index + 2 < tokens.count, tokens[index + 2].span.start > tokens[index + 1].span.end,
            text[Int(tokens[index + 2].span.start)] &- UInt8(ascii: "A") < 26
        else { return false }
        guard index > 0 else { return true }
        guard startsLine(index, text: text, tokens: tokens),
            let last = text[Int(tokens[index - 1].span.start)..<Int(tokens[index - 1].span.end)].last
        else { return false }
        if [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last) { return true }
        if startsParagraph(index, text: text, tokens: tokens) { return true }
        // the list's next item: the line before opens with the number one less (`1. Budget\n2.`)
        guard value >= 2 else { return false }
        var k = index - 1
        while k > 0, !startsLine(k, text: text, tokens: tokens) { k -= 1 }
        guard k + 1 < index, string(text, tokens[k].span) == String(value - 1), string(text, tokens[k + 1].span) == "." else { return false }
        // the item before must be a list's number itself, as the stage reads it (a number it read
        // as a quantity ends where the next may look back: `Items\n1. Budget\n2. Staffing` stays)
        return tokens[k + 1].span.start == tokens[k].span.end
            && isListNumber(String(value - 1), after: ".", fusedAfter: true, text: text, tokens: tokens, index: k)
    }

    /// Whether token `index` opens a paragraph: after the first line break between it and the
    /// token before, a blank (a blank line or an indented one), as `MentionReader.startsParagraph`.
    private static func startsParagraph(_ index: Int, text: [UInt8], tokens: [Token]) -> Bool {
        var k = Int(tokens[index - 1].span.end)
        let end = Int(tokens[index].span.start)
        while k < end && text[k] != UInt8(ascii: "\n") { k += 1 }
        guard k + 1 < end else { return false }
        return MentionReader.isBlank(text[k + 1])
    }

    /// Whether token `index` opens a line: a line break between it and the token before.
    private static func startsLine(_ index: Int, text: [UInt8], tokens: [Token]) -> Bool {
        index == 0 || text[Int(tokens[index - 1].span.end)..<Int(tokens[index].span.start)].contains(UInt8(ascii: "\n"))
    }

    /// Whether a token holds a digit or is a number word (`one`, `twenty`, `million`, `third`).
    public static func isNumeric(_ word: String) -> Bool {
        if word.utf8.contains(where: { $0 &- 0x30 < 10 }) { return true }
        switch NumberWord.lookup(word) {
        case .unit?, .tens?, .scale?, .ordinal?, .ordinalPlural?, .dozen?: return true
        default: return false
        }
    }

    /// Why a numeric token outside every mention is no quantity, or nil; `label` is the token
    /// before `before` (`Group` in `Group of Seven`), `partLabel` the one before that (`Chapters`
    /// in `Chapters 9 and 10`).
    public static func reason(_ word: String, before: String, after: String, label: String = "", partLabel: String = "") -> Reason? {
        let lower = word.lowercased()
        let next = after.lowercased()
        let previous = before.lowercased()
        let hasDigit = word.utf8.contains { $0 &- 0x30 < 10 }
        let hasLetter = word.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        if hasDigit && ((word.contains("/") && word.contains(".")) || word.hasPrefix(".") && word.dropFirst().contains(".")) {
            return .quote
        }
        if !hasDigit, case .scale? = NumberWord.lookup(word), lower.hasSuffix("s") || ["few", "several", "many"].contains(previous) {
            return .vague
        }
        if word.contains(":") || timeAfter.contains(next) || (hasDigit && timeAfter.contains(lower.filter { !$0.isNumber })) {
            return .time
        }
        if isReportStamp(word, before: before, after: after) { return .time }  // NYSE 1100 ACTIVES, EXCHS 1400 - APR 7
        if next == "past" || previous == "past" || previous == "to" && label.lowercased() == "quarter" {
            return .time  // twenty past six, half past ten, a quarter to eight (`MentionReader.timeOfDayEnd`)
        }
        let previousWord = previous.split(separator: "-").last.map(String.init) ?? previous  // March 15-April 20
        if months.contains(previousWord) || months.contains(next) || lower.split(separator: "/").count == 3 || isYearSpan(lower) {
            return .date
        }
        if let pair = numberPair(word), pair.0 >= pair.1, pair.1 >= 10 {
            return .quote  // 138/126: a bid and an offer
        }
        if hasDigit && hasLetter && quarterShape(lower) { return .quarter }
        if hasDigit && lower.split(separator: "-").count >= 3 || lower.split(separator: ".").count >= 4 { return .phone }
        // Call 999 for help: a number one dials (`MentionReader.isDialledNumber`)
        if hasDigit, Int(word) != nil, (3...6).contains(word.utf8.count), MentionReader.callingVerbs.contains(previous),
            next.first.map({ !$0.isLetter && !$0.isNumber }) ?? true || MentionReader.afterDialled.contains(next)
        {
            return .phone
        }
        if hasDigit && (hasLetter || lower.split(separator: ".").count == 3 || lower.hasPrefix("0/")) { return .code }  // 0/92
        if hasDigit && streets.contains(next.trimmingCharacters(in: ["."])) { return .address }
        if MentionReader.seriesLabels.contains(previous) && (Int(word) ?? NumberWord.lookup(word).map { _ in 0 }) != nil {
            return .name  // band two, unit 3
        }
        if hasDigit && (MentionReader.labelWords.contains(previous) || (next == "series" && !word.contains(","))) {
            return .name  // Chapter 11, Section 301, the 400 series
        }
        if hasDigit && (MentionReader.partLabels.contains(previous) || MentionReader.documentPartLabels.contains(previous)) && Int(word) != nil {
            return .name  // Table 4, No. 1, Note 10, p. 12, pages 4-6
        }
        if hasDigit, Int(word) != nil, Int(label) != nil,
            MentionReader.partConnectors.contains(previous) || MentionReader.partDashes.contains(previous),
            MentionReader.documentPartLabels.contains(partLabel.lowercased())
        {
            return .name  // Chapters 9 and 10, clauses 183 to 186: a range of parts, the stage's label
        }
        if hasDigit, let size = Int(word), MentionReader.isIndexSize(previous, size) {
            return .name  // FTSE 100, S&P 500, Fortune 500
        }
        if hasDigit, Int(word) != nil, isCapitalLabel(before) {
            return .name  // NAB 12, RRIM 725: a code the capitals label
        }
        if hasDigit, Int(word) != nil, isTitleCase(before), MentionReader.productNames.contains(previous) {
            return .name  // Windows 11, Python 3: a product's version (`MentionReader.isVersionAfterProduct`)
        }
        if hasDigit, Int(word) != nil, isTitleCase(before) || isCamelCase(before),
            after.utf8.count >= 3 || MentionReader.auxiliaries.contains(after), after.utf8.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }),
            !MentionReader.changeVerbs.contains(after), !MentionReader.levelWords.contains(after)
        {
            return .name  // Boeing 747 family, Motorola 68020 microprocessor, the iPhone 16 sold, Airbus 320 is: a model
        }
        if hasDigit, Int(word) != nil, previous == "number", !MentionReader.timeWords.contains(next) {
            return .name  // statement number 86, lease sale number 97: a label (`MentionReader.isNumberLabel`)
        }
        if !hasDigit && isTitleCase(word) && (isTitleCase(before) || isTitleCase(after)) {
            return .name  // Boston Five, Big Three, Unit Two
        }
        if label == "Group" && previous == "of" { return .name }  // the Group of Seven, Group of 77
        if case .ordinal(let rank)? = NumberWord.lookup(word), MentionReader.kindOrdinals[rank]?.contains(next) == true {
            return .wordSense  // third party, third countries, second hand: a kind
        }
        if !hasDigit && (lower == "one" || lower == "second" || lower == "first" || lower == "ones") { return .wordSense }
        return nil
    }

    /// Whether `word` is a name in camel case: four letters or more, a small letter then a
    /// capital (`iPhone`, `eBay`), as `MentionReader.isCamelCaseName` reads it.
    static func isCamelCase(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, bytes[0] &- UInt8(ascii: "a") < 26, bytes[1] &- UInt8(ascii: "A") < 26 else { return false }
        return bytes[2...].allSatisfy { $0 | 0x20 &- UInt8(ascii: "a") < 26 }
    }

    /// Whether `word` is two to five capitals A–Z and nothing else (`NAB`, `RRIM`).
    static func isCapitalLabel(_ word: String) -> Bool {
        (2...5).contains(word.utf8.count) && word.utf8.allSatisfy { $0 &- UInt8(ascii: "A") < 26 }
    }

    /// Whether `word` is a capital A–Z then lower-case a–z only (`Five`, `Boston`).
    static func isTitleCase(_ word: String) -> Bool {
        guard let first = word.utf8.first, first &- UInt8(ascii: "A") < 26, word.utf8.count >= 2 else { return false }
        return word.utf8.dropFirst().allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
    }

    /// The two whole numbers of `A/B`, or nil.
    static func numberPair(_ word: String) -> (Int, Int)? {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        return (a, b)
    }

    /// `1987/88`, `1986/7`: a crop or fiscal year.
    static func isYearSpan(_ word: String) -> Bool {
        let parts = word.split(separator: "/")
        return parts.count == 2 && parts[0].count == 4 && (1...2).contains(parts[1].count) && word.allSatisfy { $0.isNumber || $0 == "/" }
    }

    /// Whether a neighbouring token makes a code with a number fused to it: letters, a hyphen.
    static func isCodePart(_ token: String) -> Bool {
        token == "-" || token.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// `q3`, `4q`, `4q87`, `1h`, `2h86`, `fy87`.
    private static func quarterShape(_ word: String) -> Bool {
        let letters = word.filter { $0.isLetter }
        return ["q", "h", "fy", "qtr"].contains(letters) && word.count <= 6
    }

    /// The words after a number that make it a time, as the stage reads them.
    private static let timeAfter = MentionReader.timeMarkers

    /// A report's clock stamp in capitals, as `MentionReader.isReportStamp` reads it: four
    /// digits that read as a time, after a word in capitals, before a report word in capitals
    /// or a spaced hyphen.
    static func isReportStamp(_ word: String, before: String, after: String) -> Bool {
        guard word.utf8.count == 4, let clock = Int(word), clock / 100 <= 23, clock % 100 <= 59, before.utf8.count >= 2,
            before.utf8.allSatisfy({ $0 &- UInt8(ascii: "A") < 26 })
        else { return false }
        let capitals = after.utf8.count >= 2 && after.utf8.allSatisfy { $0 &- UInt8(ascii: "A") < 26 }
        return after == "-" || (capitals && MentionReader.reportWords.contains(after.lowercased()))
    }
    /// Month names and abbreviations, with their full stop (`jan.`): the ones the stage
    /// takes a day beside for a date.
    private static let months = MentionReader.months
    private static let streets: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "place", "square", "way",
    ]

    static func string(_ text: [UInt8], _ span: Span) -> String {
        String(decoding: text[span.range], as: UTF8.self)
    }

    /// Up to 40 bytes either side of `span`, the span in brackets, on one line.
    public static func context(_ text: [UInt8], _ span: Span) -> String {
        var start = max(0, Int(span.start) - 40)
        var end = min(text.count, Int(span.end) + 40)
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        let line = String(decoding: text[start..<Int(span.start)], as: UTF8.self) + "[" + string(text, span) + "]"
            + String(decoding: text[Int(span.end)..<end], as: UTF8.self)
        return line.replacingOccurrences(of: "\n", with: " ")
    }
}
