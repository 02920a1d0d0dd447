import GlossCore
import GlossText

/// Reads the mentions of one document from its pieces: a number phrase, then what stands
/// around it (see `NumberDetector`).
struct MentionReader {
    let text: UnsafePointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    let pieces: [NumberPiece]
    /// Pieces before this one belong to a mention already.
    private(set) var floor = 0
    /// Where reading resumes after a run that is no mention (a phone number's pieces).
    private var skipTo = 0

    init(text: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, pieces: [NumberPiece]) {
        self.text = text
        self.tokens = tokens
        self.pieces = pieces
    }

    /// A number with what is fused to it: a currency before, a unit after.
    struct Quantity {
        var first: Int
        var end: Int
        var phrase: NumberPhrase
        var unit: UnitTable.Unit?
    }

    mutating func read() -> [NumberMention] {
        var mentions: [NumberMention] = []
        // news holds about one mention per 25 pieces: room for one per 32 (and 4 more), so
        // that the array is seldom copied as it grows
        mentions.reserveCapacity(pieces.count / 32 + 4)
        let bareUnitStarts = UnitTable.bareUnitStarts
        var index = 0
        while index < pieces.count {
            if pieces[index].quiet {
                // a run of quiet pieces in one step: nothing is read at them
                index = max(index + 1, skipTo)
                while index < pieces.count && pieces[index].quiet { index += 1 }
                continue
            }
            let candidate: Bool
            switch pieces[index].content {
            case .numeral: candidate = true
            case .word(let word): candidate = word.startsNumber || word == .minus || (word == .point && isLeadingPoint(index))
            case .other:
                switch pieces[index].end - pieces[index].start {
                case 1: candidate = NumberPhrase.isDetachedMinus(pieces, at: index, text: text)
                // "the" only before "one" (the one before the last): the next piece first; or `−`
                case 3:
                    candidate = text[pieces[index].start] == 0xE2
                        ? NumberPhrase.isDetachedMinus(pieces, at: index, text: text)
                        : index + 1 < pieces.count && pieces[index + 1].word == .unit(1) && isRelativeOrdinalStart(index)
                case 4, 7, 8, 11, 15: candidate = isRelativeOrdinalStart(index)
                default: candidate = false
                }
            }
            if candidate, let (mention, end) = mention(at: index) {
                if mention.span.start > 0, text[Int(mention.span.start) - 1] == UInt8(ascii: "("), mention.kind == .number,
                    let (negative, after) = accountsBracket(mention, end: end)  // Net income | 310 | (85)
                {
                    mentions.append(negative)  // no comparator: nothing to merge
                    index = after
                    floor = after
                    continue
                }
                // the last mention's comparator read in place: `mentions.last` copies the mention
                if mention.comparator != nil, let last = mentions.indices.last, mentions[last].comparator != nil,
                    let merged = bounds(mentions[last], mention)
                {
                    mentions[last] = merged
                } else {
                    mentions.append(mention)
                }
                index = end
                floor = end
            } else if case .other = pieces[index].content, index >= skipTo,
                bareUnitStarts.contains(text, from: pieces[index].start, to: pieces[index].end),
                let (mention, end) = bareUnit(at: index)
            {
                mentions.append(mention)
                index = end
                floor = end
            } else if candidate, index >= skipTo, let and = andAfterArticle(index), let (mention, end) = unitAndAFraction(at: index, and: and) {
                mentions.append(mention)  // a mile and a half: an article that starts no number
                index = end
                floor = end
            } else {
                index = max(index + 1, skipTo)
            }
        }
        return mentions
    }

    /// `Net income | 310 | (85)`, `Other items | (42) | 17`: a figure alone in brackets in a
    /// cell of a table drawn with bars is negative, as accountants write a loss or a deduction.
    /// The bracket must fill its cell: a bar before it on its line, and after it a bar, the
    /// line's end or the text's end. Nowhere else: after another figure a bracket holds the
    /// figure it is compared with, as the wire writes the last period's (`3,285.00 (3,300.00)`,
    /// `Ingots 60 (70)`), and in running text it is an aside (`3.2m (3,200,000) children`), a
    /// count after a name (`Fugazi (14)`) or a list's number (`(1)`). A signed figure (`(+9.8)`)
    /// is a change, not a negative. Returns the negative mention and where reading resumes
    /// (after the closing bracket), or nil. Asked only at a number mention with a `(` right
    /// before it; the mention is copied only when it is read as negative.
    @inline(never)
    private func accountsBracket(_ mention: NumberMention, end: Int) -> (NumberMention, Int)? {
        guard end < pieces.count, isByte(end, ")"),
            pieces[end].start == Int(mention.span.end), mention.comparator == nil, mention.unit == nil,
            mention.parts.count == 1, let value = mention.value, value.double > 0, mention.high == nil
        else { return nil }
        // a figure with no sign of its own, a bar before the bracket on its line
        let digit = text[Int(mention.span.start)]
        guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
        var k = Int(mention.span.start) - 2
        while k >= 0 && (text[k] == UInt8(ascii: " ") || text[k] == UInt8(ascii: "\t")) { k -= 1 }
        guard k >= 0, text[k] == UInt8(ascii: "|") else { return nil }
        // after it: the text's end, a line's end or a bar
        if end + 1 < pieces.count {
            let next = end + 1
            let lineEnds = (pieces[end].end..<pieces[next].start).contains { text[$0] == UInt8(ascii: "\n") }
            guard lineEnds || text[pieces[next].start] == UInt8(ascii: "|") else { return nil }
        }
        var negative = mention
        negative.value = value.negated
        negative.span = Span(start: Int(mention.span.start) - 1, end: pieces[end].end)
        negative.parts[0].value = value.negated
        negative.parts[0].span = negative.span
        return (negative, end + 1)
    }

    /// A unit word without a number (`a small percent`, `convert to fahrenheit`, `the dollar
    /// fell`): a mention without a value. Only `UnitTable.bareUnits`, whole words, and not
    /// capitalised after a word. The caller has checked that piece `index` may start one.
    private func bareUnit(at index: Int) -> (NumberMention, Int)? {
        guard !(index > 0 && pieces[index].attached && isWordPiece(index - 1)) else { return nil }
        let keys = keysForward(from: index, count: UnitTable.longestSuffix, reach: UnitTable.bareUnitReach)
        for length in stride(from: keys.count, through: 1, by: -1) {
            guard let unit = keys.value(length, in: UnitTable.bareUnitBytes) else { continue }
            let end = index + length
            if end < pieces.count && pieces[end].attached && isWordPiece(end) { continue }
            // a capital inside a sentence makes a name (Mile High Stadium), but for the scales
            // named after people (Celsius)
            let first = text[pieces[index].start]
            if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") && unit.kind != .temperature
                && (isWordPiece(index - 1) || isNameAtSentenceStart(index, end: end))
            {
                return nil
            }
            if isLonging(index, end: end) { return nil }
            let span = Span(start: pieces[index].start, end: pieces[end - 1].end)
            let mention = NumberMention(
                span: span, kind: unit.kind, value: nil, unit: unit.name, currency: unit.currency)
            return (mention, end)
        }
        return nil
    }

    /// `a mile and a half`, `an inch and a quarter`: the article at piece `index`, a unit of
    /// measure or money and a fraction after `and` are one measure, one unit and the fraction of
    /// it (1.5 miles). Not where the fraction counts what comes after it (`a mile and a third of
    /// the route`). Asked at an article that starts no number, with `and` at piece `and`.
    private func unitAndAFraction(at index: Int, and: Int) -> (NumberMention, Int)? {
        guard let tail = fractionAfterAnd(and) else { return nil }
        let one = NumberPhrase(first: index, end: index + 1, value: NumberValue(1), form: .cardinal, hasWords: true, hasScale: false)
        guard let (unit, end) = unit(after: one), end == and, unit.kind == .dimension || unit.kind == .money else { return nil }
        let span = Span(start: pieces[index].start, end: pieces[tail.end - 1].end)
        let value = NumberValue(1) + tail.value
        return (NumberMention(span: span, kind: unit.kind, value: value, unit: unit.name, currency: unit.currency), tail.end)
    }

    /// The piece of `and` two or three pieces after the article at piece `index`, by its bytes
    /// (most articles have none there), or nil.
    @inline(__always)
    private func andAfterArticle(_ index: Int) -> Int? {
        // room for `and` and a fraction of two pieces after it; a unit of one or two words; the
        // article by its bytes (`a`, `an` in any case)
        guard index + 4 < pieces.count, text[pieces[index].start] | 0x20 == UInt8(ascii: "a"), pieces[index].end - pieces[index].start <= 2,
            case .article? = pieces[index].word
        else { return nil }
        if isAndByBytes(index + 2) { return index + 2 }
        return index + 5 < pieces.count && isAndByBytes(index + 3) ? index + 3 : nil
    }

    /// Whether piece `index` is `and` in any case, by its three bytes.
    @inline(__always)
    private func isAndByBytes(_ index: Int) -> Bool {
        let start = pieces[index].start
        return pieces[index].end - start == 3 && text[start] | 0x20 == UInt8(ascii: "a") && text[start + 1] | 0x20 == UInt8(ascii: "n")
            && text[start + 2] | 0x20 == UInt8(ascii: "d")
    }

    /// The fraction of a unit after `and` at piece `index` (`and a half`, `and three
    /// quarters`), below one, or nil: not before `of` and a determiner or pronoun, where it
    /// counts a part of what follows (`and a half of them`, `a mile and a third of the route`;
    /// `a mile and a half of fence` is the measure, numbers28), nor before a word of time that
    /// it measures itself (`a mile and a half hour later`: a mile, then half an hour).
    func fractionAfterAnd(_ index: Int) -> FractionTail? {
        guard index + 2 < pieces.count, pieces[index].word == .and, let tail = FractionTail(pieces, at: index + 1),
            tail.value.double < 1
        else { return nil }
        guard tail.end < pieces.count else { return tail }
        if isWord(tail.end, "of") {
            guard tail.end + 1 < pieces.count, isWordPiece(tail.end + 1), pieces[tail.end + 1].word == nil,
                text[pieces[tail.end + 1].start] &- UInt8(ascii: "a") < 26, !lowercased(tail.end + 1, isIn: Self.partOfWords)
            else { return nil }
            return tail
        }
        return isWordPiece(tail.end) && Self.timeWords.contains(lowercased(tail.end)) ? nil : tail
    }

    /// Determiners and pronouns after `of` that make a fraction a part of what follows (`a
    /// half of the route`, `a third of them`).
    static let partOfWords: WordSet = [
        "the", "this", "that", "these", "those", "them", "it", "its", "their", "his", "her", "our", "your", "my", "us",
        "you", "each", "all", "which", "whom", "what", "any", "some", "every",
    ]

    /// `more than 100 and less than 300`: two one-sided bounds joined by `and` or `but` as
    /// one range, its ends open or closed as the comparators say; a unit written once after
    /// the second is the first's too (`greater than 4 and at most 9 tonnes`).
    private func bounds(_ first: NumberMention, _ second: NumberMention) -> NumberMention? {
        // " and " or " but " between them, nothing else
        let sharesUnit = first.kind == .number && first.unit == nil && second.unit != nil
        let first = sharesUnit ? sharingScale(first, second) : first
        guard Int(second.span.start) - Int(first.span.end) <= 5, first.high == nil, second.high == nil,
            (first.kind == second.kind && first.unit == second.unit) || sharesUnit,
            let a = first.comparator, let b = second.comparator, let x = first.value, let y = second.value
        else { return nil }
        let lower: [NumberMention.Comparator] = [.greater, .greaterOrEqual]
        let upper: [NumberMention.Comparator] = [.less, .lessOrEqual]
        let (low, high): (NumberMention, NumberMention)
        if lower.contains(a) && upper.contains(b) {
            (low, high) = (first, second)
        } else if upper.contains(a) && lower.contains(b) {
            (low, high) = (second, first)
        } else {
            return nil
        }
        let between = String(
            decoding: UnsafeBufferPointer(start: text + Int(first.span.end), count: Int(second.span.start) - Int(first.span.end)),
            as: UTF8.self
        ).lowercased().split(separator: " ")
        guard between == ["and"] || between == ["but"] else { return nil }
        guard let lowValue = low.value, let highValue = high.value, lowValue.double < highValue.double else { return nil }
        _ = (x, y)
        var merged = low
        (merged.kind, merged.unit, merged.currency) = (second.kind, second.unit, second.currency)
        merged.span = Span(start: Int(first.span.start), end: Int(second.span.end))
        merged.quantitySpan = merged.span
        merged.high = highValue
        merged.lowOpen = low.comparator == .greater
        merged.highOpen = high.comparator == .less
        merged.comparator = nil
        merged.modifier = [first.modifier, second.modifier].compactMap { $0 }.joined(separator: " … ")
        merged.parts = first.parts + second.parts
        return merged
    }

    /// A bare number that shares the unit of the bound after it shares its scale too, when it
    /// is below the scale's count, as in `between 5 and 10 mln`: `at least 5 and at most 10
    /// mln dlrs` is [5 mln, 10 mln] dollars; `more than 5,000 and less than 1 mln` keeps 5,000.
    private func sharingScale(_ first: NumberMention, _ second: NumberMention) -> NumberMention {
        guard first.parts.count == 1, scaleEnding(first) == nil, let power = scaleEnding(second), let x = first.value,
            let y = second.value, x.double < y.double / NumberPhrase.scaled(NumberValue(1), by: power).double
        else { return first }
        var scaled = first
        scaled.value = NumberPhrase.scaled(x, by: power)
        scaled.parts[0].value = NumberPhrase.scaled(x, by: power)
        return scaled
    }

    /// The power of ten of the scale word that ends a mention's last number (`10 mln`: 6,
    /// `five hundred`: 2), or nil: the piece that ends there, found by bisection.
    private func scaleEnding(_ mention: NumberMention) -> Int? {
        guard let end = mention.parts.last.map({ Int($0.span.end) }) else { return nil }
        var (low, high) = (0, pieces.count)
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].end < end { low = middle + 1 } else { high = middle }
        }
        guard low < pieces.count, pieces[low].end == end else { return nil }
        return scalePower(at: low)
    }

    /// The power of ten of the scale word at piece `index` when it scales the number before
    /// it (`hundred` and above: three to four hundred is 300 to 400; `mln`, `bn`), or nil.
    private func scalePower(at index: Int) -> Int? {
        switch pieces[index].word {
        case .scale(let power)? where power >= 2: return power
        case .multiplier(let power)?: return power
        default: return nil
        }
    }

    // MARK: - Text around pieces

    /// Piece `piece`'s text, A–Z folded (a small string: no allocation up to 15 bytes).
    func lowercased(_ piece: Int) -> String {
        let start = pieces[piece].start
        let count = pieces[piece].end - start
        guard foldsAsASCII(start, count) else {
            return String(decoding: UnsafeBufferPointer(start: text + start, count: count), as: UTF8.self).lowercased()
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                let byte = text[start + k]
                buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return count
        }
    }

    /// Whether `set` holds piece `piece`'s text lowercased, as `set.contains(lowercased(piece))`
    /// says: a piece of printable ASCII up to 16 bytes (nearly every one) is packed from the
    /// text, A–Z folded as `lowercased(_:)` folds, and looked up with no string made.
    @inline(__always)
    func lowercased(_ piece: Int, isIn set: WordSet) -> Bool {
        if let key = WordTable.Key(text, from: pieces[piece].start, to: pieces[piece].end, lowercased: true) {
            return set.contains(key)
        }
        return set.contains(lowercased(piece))
    }

    /// Whether `text[start..<start + count]` has no letter with case beyond ASCII, so that
    /// lowercasing it folds A–Z alone: ASCII, U+0080–U+00BF (`°`, `£`, `µ`), dashes and quotes
    /// (U+2000–U+203F), currency signs (U+2080–U+20BF) and mathematical operators (U+2200–U+22FF).
    func foldsAsASCII(_ start: Int, _ count: Int) -> Bool {
        var k = 0
        while k < count {
            let byte = text[start + k]
            if byte < 0x80 {
                k += 1
            } else if byte == 0xC2 {
                k += 2
            } else if byte == 0xE2 && k + 1 < count {
                switch text[start + k + 1] {
                case 0x80, 0x82, 0x88, 0x89, 0x8A, 0x8B: k += 3
                default: return false
                }
            } else {
                return false
            }
        }
        return true
    }

    /// The value piece `piece`'s bytes, as written, have in `table`.
    func originalValue<Value>(_ piece: Int, in table: ByteTable<Value>) -> Value? {
        table.value(text + pieces[piece].start, count: pieces[piece].end - pieces[piece].start)
    }

    func original(_ piece: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: text + pieces[piece].start, count: pieces[piece].end - pieces[piece].start), as: UTF8.self)
    }

    /// The pieces `first..<end` as one lowercase key: a space where bytes separate them.
    func key(_ first: Int, _ end: Int, lowercase: Bool = true) -> String {
        var key = ""
        for k in first..<end {
            if k > first && !pieces[k].attached { key += " " }
            key += lowercase ? lowercased(k) : original(k)
        }
        return key
    }

    /// Whether a key of `edges` may start or end at piece `index`.
    @inline(__always)
    func admits(_ edges: UnitTable.Edges, _ index: Int) -> Bool {
        edges.admits(text, from: pieces[index].start, to: pieces[index].end)
    }

    /// Whether piece `index` is a word (or abbreviation).
    func isWordPiece(_ index: Int) -> Bool {
        guard index >= 0 && index < pieces.count else { return false }
        let kind = tokens[pieces[index].token].kind
        // the full stop split off an abbreviation (10M.) is no word, nor the hyphen split out of a
        // fused range (1.5m-1.8m: NumberPiece.appendFusedRange)
        guard kind == .word || kind == .abbreviation else { return false }
        let first = text[pieces[index].start]
        return first != UInt8(ascii: ".") && first != UInt8(ascii: "-")
    }

    // MARK: - Mentions

    private static let rangeOpeners: WordSet = ["between", "from"]
    private static let ageWords: WordSet = ["age", "aged"]
    /// Words after `degrees` that make it an angle (`45 degrees clockwise`, `52 degrees
    /// latitude`; `to the left`/`to the right` too: `isAngle`).
    private static let angleAfter: Set<String> = [
        "angle", "angles", "turn", "arc", "rotation", "incline", "slope", "tilt", "bend", "clockwise", "anticlockwise",
        "counterclockwise", "counter-clockwise", "latitude", "longitude",
    ]
    /// The verbs of turning in all their forms, and `angle`, within five words before `degrees`
    /// (`the road turns 90 degrees`, `rotating it 30 degrees`); not `swing`, whose noun counts
    /// temperature (`swings of 20 degrees`).
    private static let angleBefore: Set<String> = [
        "turn", "turns", "turned", "turning", "rotate", "rotates", "rotated", "rotating", "tilt", "tilts", "tilted",
        "tilting", "spin", "spins", "spun", "spinning", "swivel", "swivels", "swivelled", "swiveled", "swivelling",
        "swiveling", "pivot", "pivots", "pivoted", "pivoting", "veer", "veers", "veered", "veering", "angle", "angled",
    ]
    private static let clauseEnds: WordSet = [".", ",", ";", "!", "?"]
    private static let inchWords: Set<String> = ["in", "inch", "inches", "\""]
    private static let connectorWords: [StaticString] = ["to", "and", "thru", "through"]
    private static let closings: Set<String> = [")", "]", "}", ">"]

    /// A mention being read: the first quantity, and what the steps after it add.
    struct Draft {
        var first: Quantity
        var kind: NumberMention.Kind
        var value: NumberValue
        var high: NumberValue?
        var end: Int
        var parts: [NumberMention.Part]
        var relativeTo: String?
    }

    /// The mention that starts at piece `index`: a quantity, then a range or score after it,
    /// what the words around make of it (a year, a pronoun), a unit it shares with amounts
    /// after it (`5 and 10 pct`), its tails (`to last`, cents, inches), and its modifiers.
    private mutating func mention(at index: Int) -> (NumberMention, Int)? {
        if case .other = pieces[index].content, !NumberPhrase.isDetachedMinus(pieces, at: index, text: text) {
            return relativeOrdinal(at: index)
        }
        if let end = phoneEnd(at: index) {
            skipTo = end  // 0800 555 0199, (212) 555-0147: a telephone number, no quantity
            return nil
        }
        if isDialledNumber(at: index) {
            skipTo = index + 1  // Call 999 for help: a number one dials
            return nil
        }
        if pieces[index].end - pieces[index].start == 4, pieces[index].start >= 2, text[pieces[index].start - 1] == UInt8(ascii: "/"),
            let end = designationEnd(at: index)
        {
            skipTo = end  // S/2004 S 12: a moon's provisional designation, no money
            return nil
        }
        if pieces[index].numeral != nil, mayBeLayoutLabel(index), let end = layoutLabelEnd(at: index) {
            skipTo = end  // 1. Open the lid; pages 4-6, p. 12: a list's or a document's label
            return nil
        }
        guard let first = quantity(at: index) else { return nil }
        var draft = Draft(
            first: first, kind: kindOf(first), value: first.phrase.value, end: first.end, parts: [part(first)])
        if draft.first.phrase.hasWords, mayLinkTimeOfDay(draft.first.end), let end = timeOfDayEnd(draft.first) {
            skipTo = end  // a quarter past nine, half past ten, a quarter to eight: a time of day
            return nil
        }
        let key = draft.first.first - 1  // Age: 42 years
        if key >= 1, key - 1 >= floor, pieces[key].end - pieces[key].start == 1, text[pieces[key].start] == UInt8(ascii: ":")
            || text[pieces[key].start] == UInt8(ascii: "|"), draft.first.unit == nil
        {
            readAgeKey(&draft)
        }
        guard readRange(&draft), readContext(&draft) else { return nil }
        readSharedUnit(&draft)
        readSharedScale(&draft)
        if !readSharedSign(&draft) { readTails(&draft) }
        return finished(draft)
    }

    /// A range or a score after the first quantity (`10-20`, `5 to 10 km`, `2-1`); false when
    /// the run is an identifier or a date to skip whole (`555-123-4567`, `1995-01`).
    private mutating func readRange(_ draft: inout Draft) -> Bool {
        // most numbers have no connector after them: the quantity is copied only when one does
        guard var connector = connector(after: draft.first.end) else { return true }
        if connector.text == "up to" {
            // from 10 up to 20: a range's connector after `from` only (`rose 5 up to 10` bounds the 10)
            let opener = draft.first.first - 1
            guard opener >= floor, opener >= 0, isWord(opener, "from") else { return true }
            connector.text = "to"
        }
        var first = draft.first
        // between minus 1 and plus 2, from -3 to plus 5: `plus` signs the end after one below zero
        // or after `between`/`from`, and joins its span; `rose 5 to plus 10` is no range (numbers29)
        var secondAt = connector.next
        if pieces[secondAt].end - pieces[secondAt].start == 4, secondAt + 1 < pieces.count, pieces[secondAt].isWord("plus", in: text) {
            guard first.phrase.value.double < 0 || first.first - 1 >= floor && first.first >= 1 && lowercased(first.first - 1, isIn: Self.rangeOpeners)
            else { return true }
            secondAt += 1
        }
        guard !breaksParagraph(first.end - 1, connector.next), var second = quantity(at: secondAt, after: first) else {
            return true
        }
        if secondAt != connector.next {
            second.first = connector.next
            second.phrase.first = connector.next
        }
        if first.unit?.kind == .money, second.unit?.kind != .money, let money = moneyHighEnd(first, second) { second = money }  // £1.5m–1.8m
        guard pairs(first, second) else { return true }
        // 1.200 to 1.500 €: the sign after the second end groups the first end's thousands too,
        // when both are written alike (`isDotGroupedThousands`; the second was scaled: review83)
        if first.unit == nil, second.unit?.kind == .money, second.phrase.value.double >= 1000, isDotGroupedThousands(second.phrase),
            isDotGroupedThousands(first.phrase)
        {
            first.phrase.value = NumberPhrase.scaled(first.phrase.value, by: 3)
            draft.first.phrase.value = first.phrase.value
            draft.value = first.phrase.value
            draft.parts[0] = part(first)
        }
        // 1.200 to 1.500 guests: a range of counts with dots grouping thousands (numbers30)
        if first.unit == nil, second.unit == nil, !second.phrase.hasScale, isDotGroupedHundreds(first.phrase),
            isDotGroupedHundreds(second.phrase), isCountNoun(second.end)
        {
            first.phrase.value = NumberPhrase.scaled(first.phrase.value, by: 3)
            second.phrase.value = NumberPhrase.scaled(second.phrase.value, by: 3)
            draft.first.phrase.value = first.phrase.value
            draft.value = first.phrase.value
            draft.parts[0] = part(first)
        }
        let hyphen = connector.text == "-"
        let fused = hyphen && pieces[connector.next].attached && pieces[first.end].attached
        if fused, let skip = identifierEnd(first, second) {
            skipTo = skip
            return false
        }
        if fused && (isModelNumber(first, second) || isVariantAfterName(first, second)) {
            skipTo = second.end  // Boeing 757-200: a model, not a range
            return false
        }
        if fused && isHyphenatedClockTime(first, second) {
            skipTo = second.end  // Doors open at 7-30: a time, not a range
            return false
        }
        // ahead by 24.6 pct to 24.42 billion: a change in percent, then the level reached
        if first.unit?.kind == .percent, second.unit == nil, second.phrase.hasScale, !first.phrase.hasScale { return true }
        let spanned = hyphen ? fused : connector.text == "and" && precedingWord(first.first) == "between"
        if spanned, let lastYear = yearSpanEnd(first, second) {
            readYearSpan(&draft, second, lastYear)
            return true
        }
        let abbreviated = hyphen ? abbreviatedHigh(first, second) : nil  // 5.63-65
        var lowValue = first.phrase.value.double
        let highValue = abbreviated?.double ?? second.phrase.value.double
        // a bare low end takes what the high end's unit does to its number: between 10 and 20
        // degrees below zero is [-20, -10] (the words negate both), 3-5‰ is [0.3, 0.5]% (per
        // mille divides both by ten); review93
        let lowPower = first.unit == nil && abbreviated == nil ? second.unit?.power ?? 0 : 0
        let lowBelowZero = first.unit == nil && abbreviated == nil && spanned && highValue < 0 && lowValue > 0
            && second.unit?.kind == .temperature && isBelowZero(second)
        if lowPower < 0 { lowValue = NumberPhrase.scaled(first.phrase.value, by: lowPower).double }
        if lowBelowZero { lowValue = -lowValue }
        let between = connector.text != "and" || precedingWord(first.first) == "between"
        if hyphen && first.unit == nil && second.unit == nil && first.phrase.value.isInteger && second.phrase.value.isInteger
            && lowValue >= highValue && lowValue < 100
        {
            draft.kind = .score
        } else if lowValue < highValue || connector.text == "and", between, let unit = second.unit, first.unit == nil {
            draft.first.unit = unit
            draft.kind = kindOf(draft.first)
        }
        // between -5 and -10, between minus 3 and minus 8 degrees: readings below zero said from
        // the end nearer zero, the range [-10, -5] (numbers28)
        let belowZero = spanned && (!hyphen || lowBelowZero) && highValue < 0 && lowValue > highValue && abbreviated == nil
        guard draft.kind == .score || (lowValue < highValue && between) || belowZero,
            !isChangeOrYearThenLevel(first, second, connector: connector.text, low: lowValue, high: highValue)
        else { return true }
        if lowPower < 0 || lowBelowZero {  // the low end as its unit reads it (above)
            var value = lowPower < 0 ? NumberPhrase.scaled(draft.value, by: lowPower) : draft.value
            if lowBelowZero { value = value.negated }
            draft.value = value
            draft.parts[0].value = value
        }
        readHigh(&draft, first, second, abbreviated: abbreviated)
        if belowZero, let high = draft.high { (draft.value, draft.high) = (high, draft.value) }
        return true
    }

    /// Whether two quantities may make a range: the first no ordinal, the same form (or a
    /// mixed number in words after a cardinal: `two to three-and-a-half times`; not digits,
    /// which stock prices write: `up 2 to 12-1/2`), the same unit if both have one, and a sign
    /// before the second only if it is the first's currency (`$5 to $10` is one range; `5 pct
    /// to $10` is not).
    private func pairs(_ first: Quantity, _ second: Quantity) -> Bool {
        let mixedWords = first.phrase.form == .cardinal && second.phrase.form == .fraction && second.phrase.hasWords
            && second.phrase.value.double > 1
        guard first.phrase.form != .ordinal, second.phrase.form == first.phrase.form || second.phrase.form == .cardinal || mixedWords,
            first.unit == nil || second.unit == nil || (first.unit?.kind == second.unit?.kind && first.unit?.name == second.unit?.name)
        else { return false }
        let signed = first.unit != nil && second.first < second.end && pieces[second.first].numeral == nil
            && pieces[second.first].word == nil
        return !signed || (second.unit?.currency != nil && second.unit?.currency == first.unit?.currency)
    }

    /// 1982-84, 1986-87, between 1981 and 1985: a span of years, `fiscal 1986-87` a fiscal one.
    private func readYearSpan(_ draft: inout Draft, _ second: Quantity, _ lastYear: NumberValue) {
        draft.kind = .year
        draft.high = lastYear
        if draft.first.first > floor, UnitTable.fiscalContext.contains(precedingWord(draft.first.first) ?? "") {
            draft.first.unit = UnitTable.Unit(kind: .year, name: "fiscal year")
            draft.first.first -= 1
        }
        draft.end = second.end
        var last = part(second)
        last.value = lastYear
        draft.parts.append(last)
    }

    /// Whether `X to Y` is no range: a change, then the level reached (`rose 1.13 billion dlrs
    /// to 217.28 billion`, also past `by` and a bound: `rose by more than 1 pct to 18.2 pct`,
    /// `fell as much as 2 pct to 1,234`; a scale written once after the high end counts for the
    /// low end: `rose 5 to 10 billion dlrs` is a range), or a year, then an amount with a scale
    /// the year lacks (`in 1985 to 204 mln`).
    private func isChangeOrYearThenLevel(_ first: Quantity, _ second: Quantity, connector: String, low: Double, high: Double) -> Bool {
        // the amounts first, the words before them (a bound's look-up) only for a level reached
        if connector == "to",
            high > 10 * max(low, 0) && high > 10 * max(scaledLow(first, second, low), 0) || isChangeThenLevel(first, second),
            Self.changeVerbs.contains(wordBeforeChange(first.first) ?? "")
        {
            return true
        }
        return second.phrase.hasScale && !first.phrase.hasScale && sharedScale(first, second) == nil && high >= 1e5 * max(1, low) / 100
            && (yearKind(first) != nil || (1000...2100).contains(low) && first.phrase.value.isInteger)
    }

    /// The range's high end: its value, a scale written once after it that applies to both
    /// (`55-65 mln`), and its unit for the low end too.
    private func readHigh(_ draft: inout Draft, _ first: Quantity, _ second: Quantity, abbreviated: NumberValue?) {
        draft.high = abbreviated ?? second.phrase.value
        draft.end = second.end
        if let power = sharedScale(first, second) {
            draft.value = NumberPhrase.scaled(draft.value, by: power)
            draft.parts[0].value = draft.value
        } else if sharesDozen(first, second) {
            draft.value = draft.value * NumberValue(12)
            draft.parts[0].value = draft.value
        }
        draft.parts.append(part(second))
        if draft.first.unit == nil, let unit = second.unit {
            draft.first.unit = unit
            draft.kind = kindOf(draft.first)
        }
    }

    /// Whether `X to Y` after a word of change is the change, then the level reached, by how
    /// it is written: the change with its own unit or scale (`rose 1.17 billion dlrs to 4.63
    /// billion dlrs`, `fell $2 to $30`), or both ends as mixed fractions, as stock prices move
    /// (`climbed 3-3/8 to 31-3/8`). A bare change before a unit (`rose 5 to 10 pct`) stays a range.
    private func isChangeThenLevel(_ first: Quantity, _ second: Quantity) -> Bool {
        if first.unit != nil || first.phrase.hasScale { return true }
        return writesFraction(first) && writesFraction(second) && !first.phrase.value.isInteger
    }

    /// The word before a change's amount at piece `index`, past a bound and a `by` before the
    /// bound (`rose by up to 5 pct`, `fell as much as 2 pct`: `rose`, `fell`), so that a bound
    /// between the verb and the amount does not make `X to Y` a range (review96: since numbers32
    /// such a range also lost its bound). An approximation is no bound here (`rise about 5.5
    /// pct to six pct` stays a range), and `by` alone is not passed (`cut by 10 pct to 13 pct`
    /// may be a range of cuts). Asked only of a candidate range joined by `to`.
    private func wordBeforeChange(_ index: Int) -> String? {
        guard let bound = modifierBefore(index), bound.comparator != .approximately, bound.comparator != .equal else {
            return precedingWord(index)
        }
        var start = bound.first
        if start > 0, start - 1 >= floor, isWord(start - 1, "by") { start -= 1 }
        return precedingWord(start)
    }

    /// A range's low end with the scale written once after its high end (`rose 5 to 10 billion
    /// dlrs`: 5 billion, whose high end is twice it, no level ten times the change; review96).
    private func scaledLow(_ first: Quantity, _ second: Quantity, _ low: Double) -> Double {
        guard let power = sharedScale(first, second) else { return low }
        return NumberPhrase.scaled(first.phrase.value, by: power).double
    }

    /// Whether a quantity is written in digits with a slash (`3-3/8`, `1/2`).
    private func writesFraction(_ quantity: Quantity) -> Bool {
        (quantity.phrase.first..<quantity.phrase.end).contains { index in
            pieces[index].numeral != nil && (pieces[index].start..<pieces[index].end).contains { text[$0] == UInt8(ascii: "/") }
        }
    }

    /// Words of change before `X to Y` that make `Y` the level reached, not a range's end,
    /// when `Y` is more than ten times `X` (`rose 1.13 billion to 217.28 billion`; `rose 5 to
    /// 10 pct` stays a range).
    static let changeVerbs: WordSet = [
        "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "increased", "increase", "increasing",
        "decreased", "decrease", "declined", "decline", "declining", "climbed", "climb", "dropped", "drop", "gained",
        "gain", "lost", "jumped", "slipped", "eased", "grew", "grow", "up", "down", "added", "shed", "widened",
        "narrowed", "boosted", "cut", "raised", "lowered", "higher", "lower",
    ]

    /// The power of ten of a scale written after the high end of a range only (`55-65 mln`,
    /// `5 to 10 billion`), when the low end is a bare number below the high one's count; a
    /// low end in words may hold a hundred (`between one hundred and two hundred thousand` is
    /// [100000, 200000], as `between one and two million` is [1 mln, 2 mln]), and a whole and a
    /// fraction in words (`between one and a half and two million` is [1.5 mln, 2 mln]: numbers30).
    func sharedScale(_ first: Quantity, _ second: Quantity) -> Int? {
        let hundredInWords = first.phrase.hasWords && first.phrase.value.double < 1000
        let mixedInWords = first.phrase.form == .fraction && first.phrase.hasWords && first.phrase.value.double > 1
        guard !first.phrase.hasScale || hundredInWords, second.phrase.hasScale, first.phrase.form == .cardinal || mixedInWords,
            first.phrase.end == first.phrase.first + 1 || first.phrase.hasWords, second.phrase.end > second.phrase.first + 1
        else { return nil }
        guard let power = scalePower(at: second.phrase.end - 1) else { return nil }
        let count = second.phrase.value.double / NumberPhrase.scaled(NumberValue(1), by: power).double
        guard first.phrase.value.double < count else { return nil }
        return power
    }

    /// Whether `dozen` written once after a range's high end counts its low end too (`two to
    /// three dozen` is [24, 36], as `5 to 10 million` shares its scale: `sharedScale`): the low
    /// end a whole number, bare in one piece or in words, below the high end's count of dozens
    /// (`6 to 2 dozen` stays). Asked once per range with a high end of two pieces or more
    /// (numbers32).
    func sharesDozen(_ first: Quantity, _ second: Quantity) -> Bool {
        guard second.phrase.end > second.phrase.first + 1, case .dozen? = pieces[second.phrase.end - 1].word,
            !first.phrase.hasScale, first.phrase.form == .cardinal, first.phrase.value.isInteger,
            first.phrase.end == first.phrase.first + 1 || first.phrase.hasWords
        else { return false }
        return first.phrase.value.double < second.phrase.value.double / 12
    }

    /// Where to resume after `first-second` when the hyphens chain on (`555-123-4567`, a phone
    /// number or code) or a part has a leading zero (`1995-01`, a date); nil for a range.
    private func identifierEnd(_ first: Quantity, _ second: Quantity) -> Int? {
        if let chained = connector(after: second.end), chained.text == "-", pieces[chained.next].numeral != nil,
            pieces[chained.next].attached
        {
            var end = chained.next
            while let next = connector(after: end + 1), next.text == "-", pieces[next.next].attached,
                pieces[next.next].numeral != nil
            {
                end = next.next
            }
            return end + 1
        }
        if hasLeadingZero(second.first) || hasLeadingZero(first.first) { return second.end }
        return nil
    }

    /// What the words around say: a year or fiscal year (`in 1798`, `fiscal 2021`); false for
    /// `one` as a pronoun (`the one you mentioned`).
    private func readContext(_ draft: inout Draft) -> Bool {
        let first = draft.first
        // April 27, April 27 to 28: a date
        if isDayOfMonth(first), draft.high.map({ $0.isInteger && $0.double <= 31 }) ?? true { return false }
        if isDaysBeforeMonth(draft) { return false }  // 4-5 May, 12 to 14 March
        if draft.high == nil && first.unit == nil && (isClockTime(before: draft.end) || isReportStamp(first)) { return false }  // 4.15 P.M.
        // opens at 10 : 30 on monday: a pre-tokenised clock time, both its numbers
        if draft.high == nil && first.unit == nil && draft.end == first.first + 1 && isSpacedClockTime(first.first) { return false }
        if first.unit == nil && draft.high == nil, let year = yearKind(first) {
            draft.kind = year.kind
            draft.first.unit = year.unit.map { UnitTable.Unit(kind: .year, name: $0) }
            draft.first.first = year.first
        }
        if first.unit == nil && first.phrase.form == .cardinal && !first.phrase.hasScale && draft.end == first.first + 1,
            case .unit(1)? = pieces[first.first].word,
            UnitTable.pronounContext.contains(precedingWord(first.first) ?? "") || isAdjectiveBeforeOne(first.first)
                || isGenericOne(first.first)
        {
            return false
        }
        return true
    }

    /// `a safe one`, `the big one`: an article, a lowercase word, then `one` at the end of a
    /// phrase (a clause's end or a preposition after it): the pronoun.
    private func isAdjectiveBeforeOne(_ index: Int) -> Bool {
        guard index >= 2, index - 2 >= floor, case .article? = pieces[index - 2].word ?? (lowercased(index - 2) == "the" ? .article : nil),
            pieces[index - 1].numeral == nil, pieces[index - 1].word == nil, isWordPiece(index - 1)
        else { return false }
        let first = text[pieces[index - 1].start]
        guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else { return false }
        guard index + 1 < pieces.count else { return true }
        return lowercased(index + 1, isIn: Self.afterPronounOne)
    }

    private static let afterPronounOne: WordSet = [
        ".", ",", ";", ":", "!", "?", "on", "for", "in", "at", "to", "with", "from", "by", "that", "which", "and", "but",
        "or", "as", "\u{2019}", "'",
    ]

    /// The tails a mention may carry: `to last` after an ordinal, minor units after money
    /// (`5 dollars and 50 cents`), inches after feet (`6 feet 2 inches`).
    private func readTails(_ draft: inout Draft) {
        let end = draft.end
        if draft.kind == .ordinal, end + 1 < pieces.count, lowercased(end) == "to", lowercased(end + 1) == "last" {
            draft.relativeTo = "end"
            draft.value = NumberValue(1) + draft.value.negated
            draft.end += 2
        }
        let unitName = draft.first.unit?.name
        if draft.kind == .money && draft.high == nil, let name = unitName, let minor = UnitTable.minorUnits(of: name),
            let cents = minorAmount(after: end, units: minor, unitWritten: pieces[end - 1].numeral == nil)
        {
            draft.value = draft.value + cents.value
            draft.end = cents.end
        }
        if draft.kind == .dimension && unitName == "foot" && draft.high == nil, let inches = inches(after: end) {
            draft.value = draft.value + inches.value / NumberValue(12)
            draft.end = inches.end
        } else if draft.kind == .dimension && draft.high == nil && draft.first.unit != nil, let tail = fractionAfterAnd(end) {
            draft.value = draft.value + tail.value  // two miles and a half
            draft.end = tail.end
        }
    }

    /// The mention with its modifiers before and after (`nearly`, `or more`) and its spans.
    private func finished(_ draft: Draft) -> (NumberMention, Int) {
        var end = draft.end
        var unitName = draft.first.unit?.name
        var currency = draft.first.unit?.currency
        if draft.kind == .percent && draft.first.unit?.name == "%" { unitName = "%" }
        if draft.kind == .temperature || draft.kind == .dimension || draft.kind == .age { currency = nil }
        var start = draft.first.first
        if draft.high != nil, start > 0, start - 1 >= floor, lowercased(start - 1, isIn: Self.rangeOpeners) {
            start -= 1
        }
        let quantitySpan = Span(start: pieces[start].start, end: pieces[end - 1].end)
        var modifier: String?
        var comparator: NumberMention.Comparator?
        var lowOpenByBound = false
        if draft.kind != .year,  // below 1985 levels: the year is no bound
            let found = modifierBefore(start)
            ?? modifierBeforeThe(ordinal: draft.kind == .ordinal && draft.high == nil, start, end),
            !isCompassPlace(found.text, draft, end: end)
        {
            modifier = found.text
            comparator = found.comparator
            start = found.first
            // as high as 5 to 6 pct, up to 4.30 to 4.40 dlrs: a bound before a range says how far
            // the figure reached, and the range is that reach: its ends, both included, as the
            // range model gives them ([5, 6]); the words stay the mention's modifier. A strict
            // `more than` leaves its low end out (`Over 350 to 700` tons: (350, 700]; numbers32)
            if draft.high != nil, comparator != .approximately, comparator != .equal {
                lowOpenByBound = comparator == .greater
                comparator = nil
            }
        }
        if draft.high == nil, let found = modifierAfter(end) ?? modifierAfterNoun(draft, end) {
            comparator = Self.combined(comparator, found.comparator)
            modifier = modifier.map { $0 + " … " + found.text } ?? found.text
            end = found.end
        }
        if let bound = comparator, let words = modifier, isYearOfMake(draft), BoundWords.isAgeComparative(words) {
            comparator = BoundWords.earlierOrLater(bound)  // a 2015 or older laptop: made in 2015 or before
        }
        let span = Span(start: pieces[start].start, end: pieces[end - 1].end)
        var mention = NumberMention(
            span: span, kind: draft.kind, value: draft.value, high: draft.high, unit: unitName, currency: currency,
            modifier: modifier, comparator: comparator, relativeTo: draft.relativeTo, parts: draft.parts)
        mention.quantitySpan = quantitySpan
        if lowOpenByBound { mention.lowOpen = true }
        return (mention, end)
    }

    /// Whether `draft` is a bare whole number of four digits from 1900 to 2099 (`a 2015 or
    /// older laptop`, `cars older than 2010`), or one read as a year: a comparative of age on
    /// it bounds when a thing was made, so `older` means earlier (review79). Asked only where a
    /// bound was found.
    private func isYearOfMake(_ draft: Draft) -> Bool {
        guard draft.high == nil, draft.first.unit == nil, draft.kind == .year || draft.kind == .number,
            let numeral = pieces[draft.first.phrase.first].numeral, draft.first.phrase.end == draft.first.phrase.first + 1
        else { return false }
        return numeral.form == .plain && !numeral.hasSeparators && !numeral.hasPoint && !numeral.isSigned
            && pieces[draft.first.phrase.first].end - pieces[draft.first.phrase.first].start == 4
            && (1900...2099).contains(numeral.value.double)
    }

    /// A comparator before the number and one after it as one: `more than 5 or equal to`
    /// is `>=`.
    static func combined(_ before: NumberMention.Comparator?, _ after: NumberMention.Comparator) -> NumberMention.Comparator {
        switch (before, after) {
        case (.greater?, .equal): .greaterOrEqual
        case (.less?, .equal): .lessOrEqual
        case (_, .equal): before ?? .equal
        default: after
        }
    }

    private func part(_ quantity: Quantity) -> NumberMention.Part {
        let phrase = quantity.phrase
        return NumberMention.Part(
            span: Span(start: pieces[phrase.first].start, end: pieces[phrase.end - 1].end), value: phrase.value,
            ordinal: phrase.form == .ordinal)
    }

    func kindOf(_ quantity: Quantity) -> NumberMention.Kind {
        if let unit = quantity.unit { return unit.kind }
        switch quantity.phrase.form {
        case .ordinal: return .ordinal
        case .decade: return .decade
        case .cardinal, .fraction: return .number
        }
    }

    private func hasLeadingZero(_ piece: Int) -> Bool {
        guard let numeral = pieces[piece].numeral, numeral.form == .plain, !numeral.hasPoint else { return false }
        return pieces[piece].end - pieces[piece].start > 1 && text[pieces[piece].start] == UInt8(ascii: "0")
    }

    func precedingWord(_ index: Int) -> String? {
        guard index > 0 && index - 1 >= floor else { return nil }
        return lowercased(index - 1)
    }

    /// A number at `index` with the currency before it and the unit after it: the phrase,
    /// then a currency sign or code before (`$ 5`, `GBP 350`, `US$5`), then a scale letter that
    /// only money takes (`€3m`), the unit after, a scale after a code (`75 USD million`), and
    /// `age` before.
    func quantity(at index: Int, after previous: Quantity? = nil) -> Quantity? {
        guard index < pieces.count, let lead = currencyLead(at: index), lead.phraseStart < pieces.count,
            let phrase = NumberPhrase.parse(pieces, at: lead.phraseStart, text: text).map({ lead.prefix == nil ? unscaledKelvin($0) : $0 })
        else { return nil }
        if let code = lead.prefix, code.isWordCode, !wordCodeHolds(first: index, end: phrase.end, phrase: phrase, codeBefore: true) {
            return nil  // ALL 5 solutions: the number alone, read at its own piece
        }
        var prefix = lead.prefix
        var start = index
        if prefix == nil && lead.phraseStart == index, let found = currencyPrefixBefore(index),
            !found.unit.isWordCode || wordCodeHolds(first: found.first, end: phrase.end, phrase: phrase, codeBefore: true)
        {
            prefix = found.unit
            start = found.first
        }
        let signedBeforeSign = prefix?.kind == .money && isMinusBeforeSign(start)
        guard !isCode(phrase, prefix: prefix), prefix != nil || !isName(phrase), prefix != nil || !isAfterExtensionLabel(start)
        else { return nil }
        var quantity = Quantity(first: start, end: phrase.end, phrase: phrase, unit: prefix)
        readMoneyScale(&quantity)
        // R5: a bus, a road; R2 billion-dollar: the scale qualifies a noun, the R is a name's
        if prefix?.needsScale == true && (!quantity.phrase.hasScale || endsInHyphenCompound(quantity.phrase)) { return nil }
        readUnitAfter(&quantity)
        readScaleAfterCode(&quantity)
        readFractionalUnit(&quantity)
        if signedBeforeSign && quantity.phrase.value.double > 0 {  // −$250, -€40: the minus before the sign
            quantity.phrase.value = quantity.phrase.value.negated
            quantity.first = start - 1
        }
        if quantity.unit?.kind == .temperature {
            readBelowZero(&quantity)
        } else if quantity.unit == nil, quantity.end < pieces.count, text[pieces[quantity.end].start] == UInt8(ascii: "b"),
            isBareBelowZero(quantity)
        {  // 10 below zero: degrees
            quantity.unit = UnitTable.Unit(kind: .temperature, name: "degree")
            readBelowZero(&quantity)
        }
        if quantity.unit == nil, start > 0, start - 1 >= floor, (3...4).contains(pieces[start - 1].end - pieces[start - 1].start),
            lowercased(start - 1, isIn: Self.ageWords)
        {
            quantity.unit = UnitTable.Unit(kind: .age, name: "year")
            quantity.first = start - 1
        }
        return quantity
    }

    /// The high end `second` of a range read as the money of its low end `first`, when it has no
    /// sign of its own and carries the same fused scale letter as `first` was scaled with
    /// (`£1.5m–1.8m`, `$3m to 4m`, `£1.5m-1.8m`: the `m` is no metre there, as a scale after a
    /// range's high end is every end's); nil otherwise. Out of line: asked only after money and
    /// a connector.
    @inline(never)
    private func moneyHighEnd(_ first: Quantity, _ second: Quantity) -> Quantity? {
        let phrase = second.phrase
        guard first.phrase.hasScale, !phrase.hasScale, second.first == phrase.first, phrase.end < pieces.count,
            first.phrase.end > first.phrase.first + 1, moneyScale(at: phrase.end) != nil
        else { return nil }
        let low = pieces[first.phrase.end - 1]
        let high = pieces[phrase.end]
        guard low.end - low.start == 1, text[low.start] | 0x20 == text[high.start] | 0x20 else { return nil }
        var money = Quantity(first: second.first, end: phrase.end, phrase: phrase, unit: first.unit)
        readMoneyScale(&money)
        return money
    }

    /// Where the number starts at `index`, after a currency sign or code there; nil when
    /// piece `index` is neither a number nor a currency before one.
    private func currencyLead(at index: Int) -> (prefix: UnitTable.Unit?, phraseStart: Int)? {
        if NumberPhrase.isDetachedMinus(pieces, at: index, text: text) { return (nil, index) }  // - 20 degrees
        guard pieces[index].numeral == nil && pieces[index].word == nil || isCurrencyWord(index) else { return (nil, index) }
        guard let found = currencyPrefix(at: index) else { return nil }
        return (found.unit, found.end)
    }

    /// Whether the digits are a code, not a number: fused to letters that are no unit (`4G`,
    /// `13F`), fused after a word (`A4`), or after a word and a hyphen (`SCP2-173`).
    private func isCode(_ phrase: NumberPhrase, prefix: UnitTable.Unit?) -> Bool {
        let start = phrase.first
        if phrase.end < pieces.count && pieces[phrase.end].attached && isWordPiece(phrase.end) && !phrase.hasWords,
            unit(after: phrase) == nil, pieces[start].numeral != nil,
            prefix?.kind != .money || moneyScale(at: phrase.end) == nil,  // $5G: giga beside money, not the network
            !isBasisPoints(phrase.end, number: start)  // 40bp: a count of basis points
        {
            return true
        }
        guard prefix == nil, start > 0, pieces[start].attached else { return false }
        if isHyphenOfFusedRange(start - 1) { return false }  // 1.5m-1.8m: a range's high end
        if isWordPiece(start - 1) { return true }
        return start > 1 && pieces[start - 1].attached && lowercased(start - 1) == "-" && isWordPiece(start - 2)
    }

    /// `€3m`, `$5 b`, `US$2.5t`, `5m euros`: a scale letter that is also a unit (metres,
    /// tonnes) or an initial, read as a scale only next to money.
    private func readMoneyScale(_ quantity: inout Quantity) {
        let phrase = quantity.phrase
        guard !phrase.hasScale, let power = moneyScale(at: phrase.end) else { return }
        var scaled = phrase
        scaled.end += 1
        if let unit = quantity.unit {
            guard unit.kind == .money else { return }
        } else if unit(after: scaled)?.unit.kind != .money {
            guard power == 6, isMillionsOfACount(phrase) else { return }  // 1.2m replica shirts
        }
        scaled.value = NumberPhrase.scaled(phrase.value, by: power)
        scaled.hasScale = true
        quantity.phrase = scaled
        quantity.end = scaled.end
    }

    /// The power of ten of a one-letter scale at piece `index` (`m`, `b`, `t`, `k` in any
    /// case, `G` for giga in capitals), attached or after a space, ending where a word ends.
    private func moneyScale(at index: Int) -> Int? {
        guard index < pieces.count, case .other = pieces[index].content, pieces[index].end - pieces[index].start == 1,
            index + 1 >= pieces.count || !(pieces[index + 1].attached && isWordPiece(index + 1))
        else { return nil }
        switch text[pieces[index].start] | 0x20 {
        case UInt8(ascii: "g") where text[pieces[index].start] == UInt8(ascii: "G"): return 9  // $5G; 5g is grams
        case UInt8(ascii: "k"): return 3
        case UInt8(ascii: "m"): return 6
        case UInt8(ascii: "b"): return 9
        case UInt8(ascii: "t"): return 12
        default: return nil
        }
    }

    /// The unit written after the number; after a currency prefix only the same currency
    /// written again (`US$ 5 USD`), never a sign. An ordinal takes no unit: before a unit word it
    /// names a place in a series of units, not an amount of them (`at the 20th mile`, `every
    /// first dollar`, `third-degree burns`, `a second degree in law`).
    private func readUnitAfter(_ quantity: inout Quantity) {
        let phrase = quantity.phrase
        guard phrase.form != .ordinal, let suffix = unit(after: phrase) ?? unitAfterSpacedHyphen(phrase) ?? unitAfterArticle(phrase)
            ?? unitAfterDegreeWord(phrase)
        else { return }
        if suffix.unit.isWordCode && !wordCodeHolds(first: quantity.first, end: suffix.end, phrase: phrase, codeBefore: false) { return }
        // 25 bps cut: basis points beside a word of money markets, no data rate
        if suffix.end == phrase.end + 1, text[pieces[phrase.end].start] == UInt8(ascii: "b"), isBasisPoints(phrase.end, number: phrase.first),
            suffix.unit.name == "bit per second"
        {
            return
        }
        let prefix = quantity.unit
        let isSign = tokens[pieces[phrase.end].token].kind == .currency
        // By June 30 $4.5 million: a sign fused to the number after it is that amount's
        // (numbers30), as a sign before a number is read first where nothing stands before it
        if isSign, suffix.end < pieces.count, pieces[suffix.end].attached, pieces[suffix.end].numeral != nil { return }
        guard prefix == nil || (suffix.unit.kind == .money && suffix.unit.currency == prefix?.currency && !isSign) else { return }
        let thousands = isSign && prefix == nil && suffix.unit.kind == .money && isDotGroupedThousands(phrase)
            && !isPricePerMeasure(after: suffix.end)
        if prefix == nil { quantity.unit = suffix.unit }
        quantity.end = suffix.end
        if thousands { quantity.phrase.value = NumberPhrase.scaled(phrase.value, by: 3) }  // 12.500 €: twelve thousand five hundred
    }

    /// Whether `phrase` is one numeral of one to three digits, a dot and three digits (`12.500`,
    /// `1.250`), read before a currency sign written after it (`12.500 €`, `1.250 zł`): the sign
    /// after the amount is the European order, which groups thousands with dots (`1.234,50 €`),
    /// and no currency written with a sign counts three decimals (numbers29). Before a sign
    /// written first (`€12.500`) or a code or word (`12.500 euros`, `1.500 dlrs`) the dot stays
    /// a decimal point, as English writes it; so does a leading zero (`0.500 €`).
    private func isDotGroupedThousands(_ phrase: NumberPhrase) -> Bool {
        guard phrase.end == phrase.first + 1, let numeral = pieces[phrase.first].numeral, numeral.form == .plain,
            numeral.hasPoint, !numeral.hasSeparators, !numeral.isSigned
        else { return false }
        let piece = pieces[phrase.first]
        let length = piece.end - piece.start
        // 0.500 €: a leading zero writes a decimal, no group of thousands (review83)
        guard (5...7).contains(length), text[piece.end - 4] == UInt8(ascii: "."), text[piece.start] != UInt8(ascii: "0") else { return false }
        for k in piece.start..<piece.end where k != piece.end - 4 && text[k] &- UInt8(ascii: "0") >= 10 { return false }
        return true
    }

    /// Whether a unit of fuel or power follows piece `end` after `a`, `an` or `per`, or fused
    /// after a slash (`1.459 € a litre`, `1.099 $ per gallon`, `0.289 €/kWh`): a price per unit,
    /// which fuel and power are quoted in to a tenth of a cent, so three digits after a dot stay
    /// decimals there (numbers30). Only a volume or an energy (`isFuelOrPowerUnit`): a price per
    /// area or per mass is quoted in thousands (`4.500 € per square metre`, `8.200 € a tonne`:
    /// review85), and a unit of time is no measure (`1.250 € a month` is rent in thousands).
    /// Asked only of an amount `isDotGroupedThousands` accepted.
    private func isPricePerMeasure(after end: Int) -> Bool {
        guard end + 1 < pieces.count else { return false }
        let slash = pieces[end].attached && pieces[end].end - pieces[end].start == 1 && text[pieces[end].start] == UInt8(ascii: "/")
        guard slash || isWord(end, "a") || isWord(end, "an") || isWord(end, "per") else { return false }
        if let unit = originalValue(end + 1, in: UnitTable.suffixBytes), Self.isFuelOrPowerUnit(unit) { return true }
        let keys = keysForward(from: end + 1, count: 2, reach: UnitTable.suffixReach)
        for length in stride(from: keys.count, through: 1, by: -1) {
            if let unit = keys.value(length, in: UnitTable.suffixBytes), Self.isFuelOrPowerUnit(unit) { return true }
        }
        return false
    }

    /// Whether `unit` is a volume fuel is sold by or an energy power is sold by (`liter` and
    /// its metric multiples, `gallon`, `watt hour` and its multiples: `kilowatt hour`).
    private static func isFuelOrPowerUnit(_ unit: UnitTable.Unit) -> Bool {
        unit.kind == .dimension && (unit.name.hasSuffix("liter") || unit.name == "gallon" || unit.name.hasSuffix("watt hour"))
    }

    /// Whether `phrase` is written as `isDotGroupedThousands` asks and ends in two zeros
    /// (`1.200`, `12.000`): a count in whole hundreds with dots grouping its thousands, as
    /// continental Europe writes it, when both ends of a range of plain numbers are so written
    /// and a plural noun follows (`1.200 to 1.500 guests`, `between 2.500 and 3.000 visitors`,
    /// `1.800-2.200 people`: `isCountNoun`). Prices, rates and ratios written to three decimals
    /// are seldom whole hundredths at both ends, and carry their unit (`7.125 to 7.250 pct`,
    /// `12.622 - 12.634`, `9.500 to 10.000 dlrs` stay decimals); so does a bare pair with no
    /// noun after it (`7.500 to 8.000 today`, as a bond's price row), a single number (`more
    /// than 1.200 shares` is an exchange ratio), and a range with a unit or a scale after it
    /// (`1.500 to 2.000 kg`).
    private func isDotGroupedHundreds(_ phrase: NumberPhrase) -> Bool {
        guard isDotGroupedThousands(phrase) else { return false }
        let end = pieces[phrase.first].end
        return text[end - 1] == UInt8(ascii: "0") && text[end - 2] == UInt8(ascii: "0")
    }

    /// Whether piece `index` is a lowercase plural noun a count is of (`guests`, `visitors`;
    /// `people`, `children` of `irregularCountedInMillions`), and not the noun of an exchange
    /// ratio, the same noun's singular after `for each` or `for every` (`1.100 to 1.300 shares
    /// for each share` keeps its decimals, as a single ratio does; `fans for each club` counts:
    /// review85).
    private func isCountNoun(_ index: Int) -> Bool {
        guard index < pieces.count, isLowercasePlural(index) || lowercased(index, isIn: Self.irregularCountedInMillions)
        else { return false }
        guard index + 3 < pieces.count, isWord(index + 1, "for"), isWord(index + 2, "each") || isWord(index + 2, "every")
        else { return true }
        return lowercased(index) != lowercased(index + 3) + "s"
    }

    /// `75 USD million`: a scale word after a code; `MUSD 30`, `30 MAUD`: a code in millions.
    private func readScaleAfterCode(_ quantity: inout Quantity) {
        let phrase = quantity.phrase
        guard let unit = quantity.unit, unit.kind == .money, !phrase.hasScale else { return }
        if unit.currency != nil, unit.power == 0, quantity.end > phrase.end, quantity.end < pieces.count,
            case .scale(let power)? = pieces[quantity.end].word, power >= 3
        {
            quantity.phrase.value = NumberPhrase.scaled(phrase.value, by: power)
            quantity.phrase.hasScale = true
            quantity.end += 1
        } else if unit.power > 0 {
            quantity.phrase.value = NumberPhrase.scaled(phrase.value, by: unit.power)
            quantity.phrase.hasScale = true
        }
    }

    /// Whether the number at piece `index` follows a telephone extension's label (`ext. 4411`,
    /// `Ext 12`, `extn 305`): a code to dial, no quantity. Not `extension`, which also counts
    /// (`an extension of 30 days`). A byte test first: the labels start with `e`.
    @inline(__always)
    private func isAfterExtensionLabel(_ index: Int) -> Bool {
        guard index > 0, index - 1 >= floor else { return false }
        let before = text[pieces[index - 1].start]
        if before | 0x20 == UInt8(ascii: "e") {
            return isWord(index - 1, "ext") || isWord(index - 1, "ext.") || isWord(index - 1, "extn")
        }
        return before == UInt8(ascii: ".") && index > 1 && index - 2 >= floor && pieces[index - 1].attached
            && isWord(index - 2, "ext") && isByte(index - 1, ".")
    }

    /// Whether a minus sign (`-` or `−`) stands fused before the currency sign at piece `sign`
    /// and apart from what precedes it (`−$250`, `a -€40 balance`): the amount is negative, as
    /// a minus before a number is. Not a hyphen joining a word to the sign (`US-$5`, `pre-$5`),
    /// nor a dash after a number, spaced or not (`5-$6`, `$40 -$50`: a range). One byte test where no minus is there.
    @inline(__always)
    private func isMinusBeforeSign(_ sign: Int) -> Bool {
        guard sign > 0, sign - 1 >= floor, pieces[sign].attached else { return false }
        let minus = pieces[sign - 1]
        guard NumberPhrase.isMinusSign(text, from: minus.start, to: minus.end), case .other = minus.content else { return false }
        guard sign - 1 > 0 else { return true }
        // `$40 -$50`: after a number the hyphen is a range's, spaced on one side only (review93)
        return !minus.attached && pieces[sign - 2].numeral == nil
    }

    /// `0.5‰`, `35 per mille`: a unit that divides by a power of ten (per mille is a tenth of a
    /// percent) scales the number; the rest (nearly every unit: power 0) pass untouched.
    @inline(__always)
    private func readFractionalUnit(_ quantity: inout Quantity) {
        // the power read in place: binding the unit would copy (and retain) its strings
        guard let power = quantity.unit?.power, power < 0 else { return }
        quantity.phrase.value = NumberPhrase.scaled(quantity.phrase.value, by: power)
    }

    func isCurrencyWord(_ index: Int) -> Bool {
        tokens[pieces[index].token].kind == .currency
    }

    /// A currency sign or code at `index` (one or two pieces) and where the number starts.
    private func currencyPrefix(at index: Int) -> (unit: UnitTable.Unit, end: Int)? {
        for length in [3, 2, 1] where index + length < pieces.count {
            if let unit = UnitTable.currencyPrefixes[key(index, index + length)]
                ?? (length == 1 ? originalValue(index, in: CurrencyCatalog.codeBytes) : nil),
                isSlashSignInCapitals(index, index + length)
            {
                // a code written attached to the number (USD115) or spaced; a sign either way
                return (unit, index + length)
            }
        }
        return nil
    }

    /// Whether piece `index` is the hyphen `NumberPiece.appendFusedRange` splits out of one word
    /// (`1.5m-1.8m`): a `-` fused to the pieces on both sides, all three of one token.
    func isHyphenOfFusedRange(_ index: Int) -> Bool {
        guard index > 0, index + 1 < pieces.count else { return false }
        let piece = pieces[index]
        return piece.end - piece.start == 1 && text[piece.start] == UInt8(ascii: "-") && piece.attached
            && pieces[index + 1].attached && pieces[index - 1].token == piece.token && pieces[index + 1].token == piece.token
    }

    /// A currency sign or code that ends right before `index`.
    private func currencyPrefixBefore(_ index: Int) -> (unit: UnitTable.Unit, first: Int)? {
        guard index > floor else { return nil }
        guard admits(UnitTable.prefixEnds, index - 1) else { return writtenSign(before: index) }
        let keys = keysBackward(to: index, count: 3, reach: UnitTable.prefixReach)
        for length in stride(from: keys.count, through: 1, by: -1) {
            if let unit = keys.value(length, in: UnitTable.currencyPrefixBytes)
                ?? (length == 1 ? originalValue(index - 1, in: CurrencyCatalog.codeBytes) : nil),
                isSlashSignInCapitals(index - length, index)
            {
                return (unit, index - length)
            }
        }
        return writtenSign(before: index)
    }

    /// Whether the sign of pieces `first..<end` is no sign of letters and a slash, or is one
    /// in capitals (`S/ 200`, `B/. 3`), as CLDR writes them: `s/ 12`, `a/b/ 3` are no money. The
    /// prefix tables are lowercase; a few byte tests, asked only of a sign found.
    private func isSlashSignInCapitals(_ first: Int, _ end: Int) -> Bool {
        let start = pieces[first].start
        guard (start..<pieces[end - 1].end).contains(where: { text[$0] == UInt8(ascii: "/") }) else { return true }
        return text[start] &- UInt8(ascii: "A") < 26
    }

    /// A sign of letters in mixed case right before the amount at `index` (`KSh 62.1bn`,
    /// `SFr2.7bn`; `CurrencyCatalog.writtenSigns`), the rand's `R` fused to it (`R2.3
    /// billion`; `quantity` asks for the scale) or spaced before an amount grouped in thousands
    /// (`R 350,000`; not inside a word: `37,976-R 39,074`), or a sign in capitals (`CurrencyCatalog.capitalSigns`) before an amount
    /// only money writes so (`isMoneyShaped`: `RM 48,800`, `RM5bn`; not `RM 5`). A few byte tests
    /// turn away every other piece.
    private func writtenSign(before index: Int) -> (unit: UnitTable.Unit, first: Int)? {
        let piece = pieces[index - 1]
        let length = piece.end - piece.start
        guard length <= 4, text[piece.start] &- UInt8(ascii: "A") < 26 else { return nil }
        if length == 1 {
            guard text[piece.start] == UInt8(ascii: "R") else { return nil }
            if pieces[index].attached { return (CurrencyCatalog.randSign, index - 1) }
            // a word of its own: `245,617-R 216,393` marks a revised figure in a table
            return standsAlone(index - 1) && pieces[index].numeral?.hasSeparators == true ? (CurrencyCatalog.spacedRandSign, index - 1) : nil
        }
        if text[piece.start + 1] &- UInt8(ascii: "A") < 26, let unit = CurrencyCatalog.capitalSigns[original(index - 1)] {
            return standsAlone(index - 1) && isMoneyShaped(index) ? (unit, index - 1) : nil
        }
        guard length <= 3, let unit = CurrencyCatalog.writtenSigns[original(index - 1)], !followsTitle(index - 1) else { return nil }
        return (unit, index - 1)
    }

    /// Whether piece `index` begins a word: at the text's start or after a space or a line break
    /// (`R` in `245,617-R` follows a hyphen in one word).
    private func standsAlone(_ index: Int) -> Bool {
        let start = pieces[index].start
        return start == 0 || Self.isBlank(text[start - 1])
    }

    /// Whether the amount at piece `index` is written as only money is: with a group separator
    /// or a decimal point (`48,800`, `12.50`), or with a scale after it (`5bn`, `5 billion`).
    private func isMoneyShaped(_ index: Int) -> Bool {
        guard let numeral = pieces[index].numeral else { return false }
        if numeral.hasSeparators || numeral.hasPoint { return true }
        guard index + 1 < pieces.count else { return false }
        switch pieces[index + 1].content {
        case .word(.scale), .word(.multiplier): return true  // 5 billion, 5bn
        default: return moneyScale(at: index + 1) != nil  // 5m
        }
    }

    /// Whether an ISO code that is also a word (`ALL`, `MAD`, `BOB`; `UnitTable.Unit.isWordCode`)
    /// names money in the mention of pieces `first..<end` around `phrase`: neither the word
    /// before the mention nor the one after it is in capitals (a headline, `TOP 10 SONGS`; a
    /// commodity table, `APR/MAY 129.50 BYR. DUNKIRK`), and, with the code before the amount,
    /// no word but a scale follows an amount without decimals (`BOB 20.`, `MAD 3 million`,
    /// `BOB 12.50 each`; not `ALL 5 solutions`, `TOP 10 tips`, which count).
    func wordCodeHolds(first: Int, end: Int, phrase: NumberPhrase, codeBefore: Bool) -> Bool {
        guard !isCapitalWord(first - 1), !isCapitalWord(end) else { return false }
        return !codeBefore || phrase.hasScale || !phrase.value.isInteger || !isWordPiece(end)
            || Self.prepositions.contains(lowercased(end)) && !Self.wordsInCapitals.contains(original(first))  // KES 40 at the gate
    }

    /// Prepositions after `CODE 40` that begin the rest of the sentence, not a noun the number
    /// counts (`ALL 5 solutions`).
    static let prepositions: Set<String> = [
        "at", "in", "on", "for", "from", "to", "per", "each", "by", "with", "into", "after", "before", "since", "until", "than",
    ]

    /// Word codes that are English words written in capitals for emphasis (`ALL 5 in a row`,
    /// `TOP 10 in sales`): a preposition after the amount does not make them money.
    static let wordsInCapitals: Set<String> = [
        "ALL", "TOP", "CUP", "MAD", "BOB", "PEN", "MOP", "SOS", "BAD", "BAN", "SIT", "YUM", "SUR", "NIC",
    ]

    /// Whether piece `index` is a word of two or more capital letters A–Z and nothing else.
    func isCapitalWord(_ index: Int) -> Bool {
        guard isWordPiece(index) else { return false }
        let piece = pieces[index]
        guard piece.end - piece.start >= 2 else { return false }
        for k in piece.start..<piece.end where text[k] &- UInt8(ascii: "A") >= 26 { return false }
        return true
    }

    /// The longest unit written after `phrase`.
    func unit(after phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        let start = phrase.end
        guard start < pieces.count else { return nil }
        if let found = wordCurrency(after: phrase) ?? spacedTemperature(after: phrase) { return found }
        guard admits(UnitTable.suffixStarts, start) || isOpening(start)
        else { return nil }
        // 20 (kg), 20 [kg]
        if start + 2 < pieces.count, isOpening(start), Self.closings.contains(lowercased(start + 2)),
            let unit = UnitTable.suffixBytes[lowercased(start + 1)], unit.kind == .dimension
        {
            return (unit, start + 3)
        }
        let keys = keysForward(from: start, count: UnitTable.longestSuffix + 1, reach: UnitTable.suffixReach)
        for length in stride(from: keys.count, through: 1, by: -1) {
            let end = start + length
            if keys.matches(length, "pound") || keys.matches(length, "pounds") {
                let money = phrase.hasScale || minorWordFollows(end, units: CurrencyCatalog.minorTables["pound"])
                    || isPoundMoney(phrase, end: end)
                return (money ? UnitTable.money("pound", "GBP") : UnitTable.dimension("pound"), end)
            }
            // 480 mln marks, 1.85 marks: a sum or a rate of the mark
            if keys.matches(length, "marks") && (phrase.hasScale || !phrase.value.isInteger) {
                return (UnitTable.money("mark", nil), end)
            }
            var found: UnitTable.Unit?
            if length == 1, let exact = originalValue(start, in: UnitTable.suffixBytes), exact.caseSensitive {
                found = exact  // C, F, M: as written
            } else if let folded = keys.value(length, in: UnitTable.suffixBytes),
                !folded.caseSensitive || (length == 1 && original(start) == keys.string(length))
            {
                found = folded
            }
            guard var unit = found else { continue }
            if unit.kind == .dimension, length == 1, let money = currencyReadAsMeasure(phrase, at: start) { return (money, end) }
            if unit.kind == .dimension, let bytes = byteRate(unit, start: start, length: length) { unit = bytes }  // 500 MB/s
            var spacedSymbol = false  // 65 W., a 13 A fuse: a one-letter symbol read spaced, before a full stop too
            if unit.fusedOnly && !pieces[start].attached && !isSpacedGramBeforeOf(phrase, start, end: end, unit: unit) {
                guard isSpacedElectricSymbol(phrase, start, end: end, unit: unit) else { continue }
                spacedSymbol = true
            }
            if length == 1, isBrandUse(start) || isAttributiveUnitWord(unit, phrase, start: start, end: end) { return nil }
            if unit.name == "ampere", isAskAfterBid(start) { return nil }
            if unit.name == "inch", length == 1, text[pieces[start].start] == UInt8(ascii: "\""), closesQuotation(before: phrase.first) {
                return nil
            }
            if labelsNextRow(start, end, after: phrase.first) { return nil }
            if unit.caseSensitive {
                if unit.kind == .temperature || (unit.kind == .money && unit.currency == nil) {
                    // 41C, not 14.7C/ (cents per) nor 41 C
                    guard pieces[start].attached, end >= pieces.count || !(pieces[end].attached && lowercased(end) == "/") else { continue }
                } else if !spacedSymbol && !pieces[start].attached && end < pieces.count && pieces[end].attached
                    && pieces[start].end - pieces[start].start == 1 && !isBracketedMeasure(phrase, unit, end: end)
                {
                    continue
                }
            }
            // a unit word must end where a word ends
            if end < pieces.count && pieces[end].attached && isWordPiece(end) { continue }
            if unit.kind == .temperature && unit.name == "degree" && isAngle(around: start, end: end) {
                unit = UnitTable.dimension("degree")
            }
            if unit.name == "carat", isPurityOfGold(phrase, end: end) { unit = UnitTable.dimension("karat") }  // 24 carat gold
            // the 1997 Thai baht crisis: a year before a currency name that qualifies a noun
            if unit.kind == .money, isYearBeforeCurrencyName(phrase, unit: unit, start: start, end: end) { return nil }
            if unit.kind == .dimension, UnitTable.lengths.contains(unit.name), let time = perTime(at: end) {
                return (UnitTable.dimension(unit.name + " per " + time.name), time.end)  // 50 meters per second
            }
            if unit.kind == .dimension, let rate = dataRate(unit, start: start, end: end) { return rate }  // 100 megabits per second
            if isTypoSymbol(unit, phrase, start: start, end: end) { return nil }  // Walk 17st Street, in 2020in Berlin
            if isMakersName(unit, phrase, start: start, end: end) { return nil }  // we have 2 teslas, 500,000 Micron shares
            return (unit, end)
        }
        return nil
    }

    /// The currency a code or sign at piece `start` names where the unit table reads a measure
    /// in it, or nil: an ISO code in capitals after an amount with a scale (`840 mln KGS`, the
    /// Kyrgyz som: kilograms are `kg` or `kgs` there), not in capitals around it (`840 MLN KGS`
    /// stays kilograms, as wire headlines write them), and CLDR's mixed-case sign of one currency
    /// as written (`6,000 Ft a month`, the forint's; `CurrencyCatalog.mixedCaseSigns`), with no
    /// capital opening the word before the amount or the one after the sign (`Climbs 6,000 Ft`, a
    /// title-case headline, stays feet), nor before a word of a length's dimension (`6 Ft tall`),
    /// nor between an article and a lower-case word, where a measure qualifies a noun as `a
    /// 40-foot container` does (`a 40 Ft container`; the price of a thing is said after it or
    /// hyphened, `a 500-forint note`, but a noun of `paymentNouns` keeps the money: `a 500 Ft
    /// note`).
    /// Costs a byte test at most where no capital opens the piece.
    private func currencyReadAsMeasure(_ phrase: NumberPhrase, at start: Int) -> UnitTable.Unit? {
        let piece = pieces[start]
        guard piece.end - piece.start <= 3, text[piece.start] &- UInt8(ascii: "A") < 26 else { return nil }
        if phrase.hasScale, let code = originalValue(start, in: CurrencyCatalog.codeBytes), !code.isWordCode {
            return isCapitalWord(phrase.first - 1) || isCapitalWord(start + 1) ? nil : code
        }
        // a word of a length's dimension after the sign keeps the measure (`6 Ft tall`, `300 Ft
        // high`), as it does after a length in metres (`MentionReader.dimensionAdjectives`)
        guard let code = CurrencyCatalog.mixedCaseSigns[original(start)],
            !opensWithCapital(phrase.first - 1) || isArticleOpeningSentence(phrase.first - 1),
            !opensWithCapital(start + 1), !isWordPiece(start + 1) || !Self.dimensionAdjectives.contains(lowercased(start + 1)),
            !isMeasureBeforeNoun(phrase, sign: start)
        else { return nil }
        return CurrencyCatalog.codes[code]
    }

    /// Whether an article stands right before the amount and a lower-case word right after the
    /// sign at piece `sign` (`a 40 Ft container`): the adjectival slot of a measure.
    private func isMeasureBeforeNoun(_ phrase: NumberPhrase, sign: Int) -> Bool {
        guard phrase.first >= 1, phrase.first - 1 >= floor, case .article? = pieces[phrase.first - 1].word, sign + 1 < pieces.count,
            isWordPiece(sign + 1), pieces[sign + 1].word == nil, text[pieces[sign + 1].start] &- UInt8(ascii: "a") < 26
        else { return false }
        let noun = lowercased(sign + 1)
        // a noun of paying is money's (`a 500 Ft note`, `a 1,000 Ft bill`), as for `a five-pound note`
        return !Self.linksAfterAmount.contains(noun) && !Self.paymentNouns.contains(noun)
    }

    /// Words after an amount that open a phrase about it, no noun it qualifies (`a 500 Ft per
    /// month`, `a 40 Ft for each`).
    static let linksAfterAmount: Set<String> = [
        "per", "for", "each", "to", "in", "on", "of", "at", "and", "or", "from", "by", "with", "is", "was", "more", "less",
    ]

    /// Whether a capitalised unit word that no word precedes, at piece `index` and ending
    /// before piece `end`, opens a name: it and the word after it are in title case (a capital,
    /// then a small letter) in sentence-case text (`Dollar General opened 30 stores`, `Mile End
    /// station is shut`, `Miles Laboratories Inc`), as `the Dollar Shave Club` is one after a
    /// word. A headline in title case keeps the unit (`Dollar Falls Against Yen`), and so do
    /// one before a lower-case word (`Dollar slides`), words in capitals (`YEN MORNING`, `(CENTS
    /// PER LB)`) and an acronym after it (`Bitcoin ATMs`). Asked only of a capitalised bare unit.
    private func isNameAtSentenceStart(_ index: Int, end: Int) -> Bool {
        guard end < pieces.count, isTitleCaseWord(index), isTitleCaseWord(end) else { return false }
        return isSentenceCase(around: end)
    }

    /// Whether piece `index` is a word of a capital A–Z then a small letter a–z.
    private func isTitleCaseWord(_ index: Int) -> Bool {
        let start = pieces[index].start
        return pieces[index].end - start >= 2 && opensWithCapital(index) && text[start + 1] &- UInt8(ascii: "a") < 26
    }

    /// Whether piece `index` is a word whose first letter is a capital A–Z.
    private func opensWithCapital(_ index: Int) -> Bool {
        isWordPiece(index) && text[pieces[index].start] &- UInt8(ascii: "A") < 26
    }

    /// Whether piece `index` is an article written with a capital because it opens a sentence
    /// (`A 100 Ft coin was found.`): no headline's capital (numbers28).
    private func isArticleOpeningSentence(_ index: Int) -> Bool {
        guard index >= 0, case .article? = pieces[index].word else { return false }
        return opensSentence(index)
    }

    /// Whether a spaced one-letter symbol of a measure closes a bracket the number opens right
    /// after a measure's unit (`35,000 ft (10,668 m)`: a conversion in brackets), where the symbol
    /// is the measure's, as before a word; not after other words (`the fund is (5 m)` may be
    /// millions).
    private func isBracketedMeasure(_ phrase: NumberPhrase, _ unit: UnitTable.Unit, end: Int) -> Bool {
        guard unit.kind == .dimension, phrase.first > 1, isOpening(phrase.first - 1), pieces[end].end - pieces[end].start == 1,
            text[pieces[end].start] == UInt8(ascii: ")"), text[pieces[phrase.first - 1].start] == UInt8(ascii: "(")
        else { return false }
        return UnitTable.suffixBytes[lowercased(phrase.first - 2)]?.kind == .dimension
    }

    /// Whether the unit word at piece `index` is a brand's name: a word of `brandUnits` in
    /// title case before the plural noun the number counts, right after it or after one word in
    /// lower case that names no dimension (`3 Kobo readers`, `5 Lux bars`, `500,000 Micron
    /// common shares`, `300 Micron chips`; a unit of measure after one word only before a word of
    /// a market, `marketWords`: not `500 Lux desk lamps`, `10 Micron fine filters`; not `50 kobo`, `50 KOBO`, a title-case headline's `Up
    /// 50 Kobo A Loaf` or `5 Micron Filter`, nor the unit before a singular noun it measures:
    /// `25 Fils per litre`, `a 10,000 Lux light box`, `a 5 Micron filter`, nor before a word in
    /// capitals: `two Micron CMOS processes`, a 2 µm process).
    private func isBrandUse(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start >= 3, text[piece.start] &- UInt8(ascii: "A") < 26,
            text[piece.start + 1] &- UInt8(ascii: "a") < 26, lowercased(index, isIn: Self.brandUnits),
            index + 1 < pieces.count, !pieces[index + 1].attached, isWordPiece(index + 1)
        else { return false }
        if isLowercasePlural(index + 1) { return true }
        // `A 2 Kobo e-reader`: a money word's brand before a compound noun hyphened in lower case
        if isHyphenedCompound(index + 1) && !lowercased(index, isIn: Self.measureBrands) { return true }
        let noun = index + 2
        guard noun < pieces.count, !pieces[noun].attached, isWordPiece(noun),
            text[pieces[index + 1].start] &- UInt8(ascii: "a") < 26, !Self.dimensionAdjectives.contains(lowercased(index + 1))
        else { return false }
        guard isLowercasePlural(noun) else { return false }
        // 500 Lux desk lamps, 10 Micron fine filters: a unit of measure rates the compound after
        // it; a word between names the firm only before its securities (500,000 Micron common shares)
        return !lowercased(index, isIn: Self.measureBrands) || Self.marketWords.contains(lowercased(noun))
    }

    /// Whether piece `index` is one word of lower-case letters with a hyphen inside
    /// (`e-reader`, `touch-screens`), a compound noun as news writes one: no part of it a
    /// preposition (`compoundPrepositions`), which makes a phrase of time or rate, not a noun
    /// (`50 Kobo year-on-year`, `25 Fils per-litre` stay money).
    private func isHyphenedCompound(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start >= 3, text[piece.start] &- UInt8(ascii: "a") < 26, text[piece.end - 1] &- UInt8(ascii: "a") < 26
        else { return false }
        var hyphened = false
        var partStart = piece.start
        for at in piece.start...piece.end {
            if at == piece.end || text[at] == UInt8(ascii: "-") {
                let part = String(decoding: UnsafeBufferPointer(start: text + partStart, count: at - partStart), as: UTF8.self)
                if Self.compoundPrepositions.contains(part) { return false }
                if at < piece.end { hyphened = true }
                partStart = at + 1
            } else if text[at] &- UInt8(ascii: "a") >= 26 {
                return false
            }
        }
        return hyphened
    }

    /// The prepositions and articles inside a hyphened phrase of time or rate (`year-on-year`,
    /// `day-to-day`, `per-litre`, `a-piece`), which no compound noun holds.
    static let compoundPrepositions: Set<String> = ["on", "to", "by", "for", "per", "a", "an", "over", "of", "in"]

    /// Words of `brandUnits` that are units of measure a product is rated by (a lamp's lux, a
    /// filter's microns), unlike the minor units of money (`kobo`, `fils`), which qualify no
    /// noun compound (`3 Kobo ebook readers` is the brand).
    static let measureBrands: WordSet = ["lux", "micron"]

    /// Whether piece `index` reads as a lowercase plural noun: four letters or more, the first
    /// in lower case, ending in `s` but not `ss`, `us` or `is` (`readers`, `bars`; not `per`,
    /// `more`, `light`).
    func isLowercasePlural(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard piece.end - piece.start >= 4, text[piece.start] &- UInt8(ascii: "a") < 26 else { return false }
        return text[piece.end - 1] == UInt8(ascii: "s") && !"sui".utf8.contains(text[piece.end - 2])
    }

    /// Unit and currency words that are also names news writes before a noun: Lux soap,
    /// Rakuten's Kobo readers, the `Fils` of French firms' names, the chipmaker Micron (the SI
    /// names of carmakers and firms, `Tesla`, `Siemens`, are read only with a prefix anyway, in
    /// `MetricUnits`).
    static let brandUnits: WordSet = ["lux", "kobo", "fils", "micron"]

    /// Whether the unit at pieces `start..<end` is a code in capitals that opens a new line with
    /// a number after it on that line, after a number that follows a label or a number itself:
    /// the label of a table's next row (`US 2.0560\n DM 112.845`, `3-7/8 3/4\nSFR 3-1/16`),
    /// not the unit of the number above it (as in wrapped prose: `6-1/2\npct 1997 bond`, `a
    /// 120 mln\nECU 7-3/8 pct eurobond`).
    private func labelsNextRow(_ start: Int, _ end: Int, after first: Int) -> Bool {
        guard start > 0, end < pieces.count, pieces[end].numeral != nil, isCapitalWord(start) else { return false }
        let rowStart = first >= 2 && lowercased(first - 1) == "-" && pieces[first - 2].numeral != nil ? first - 2 : first  // 2.0543-48
        guard rowStart == 0 || pieces[rowStart - 1].numeral != nil || isCapitalWord(rowStart - 1) || rowStart < first else { return false }
        func breaksLine(_ from: Int, _ to: Int) -> Bool { (from..<to).contains { text[$0] == 0x0A } }
        return breaksLine(pieces[start - 1].end, pieces[start].start) && !breaksLine(pieces[end - 1].end, pieces[end].start)
    }

    /// Currency words the generated tables leave out because they are common words too, read
    /// only where an amount makes them money: `won` after a scale or a sum no tally of games
    /// reaches (`3,000 won`, `5 bln won`; not `they have 3 won`, nor after a bare four-digit
    /// number, `in 1988 won`), and `mark` after a scale (`a 477 mln mark profit`).
    private func wordCurrency(after phrase: NumberPhrase) -> (unit: UnitTable.Unit, end: Int)? {
        let index = phrase.end
        guard phrase.form == .cardinal, !pieces[index].attached else { return nil }
        if isWord(index, "won"), phrase.hasScale || phrase.value.double >= 100 {
            if !phrase.hasScale, let numeral = pieces[phrase.first].numeral, !numeral.hasSeparators, numeral.leadingDigits == 4 {
                return nil
            }
            return (UnitTable.money("south korean won", "KRW"), index + 1)
        }
        if isWord(index, "mark"), phrase.hasScale { return (UnitTable.money("mark", nil), index + 1) }
        return nil
    }

    /// Whether piece `index` is the lowercase ASCII `word`, in any case.
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        pieces[index].isWord(word, in: text)
    }

    /// `per second`, `/ms`, `/h`, `an hour`, `a second` at piece `index`: the time unit and
    /// where it ends.
    func perTime(at index: Int) -> (name: String, end: Int)? {
        guard index + 1 < pieces.count else { return nil }
        let per = lowercased(index)
        let an = per == "an" || per == "a"
        guard per == "per" || an || (per == "/" && pieces[index].attached && pieces[index + 1].attached),
            let name = UnitTable.timeUnits[per == "/" ? original(index + 1) : lowercased(index + 1)],
            !an || name == lowercased(index + 1),  // miles an hour, not miles a hours
            index + 2 >= pieces.count || !(pieces[index + 2].attached && isWordPiece(index + 2))
        else { return nil }
        return (name, index + 2)
    }

    /// Whether piece `index` is one opening bracket: `(`, `[`, `{` or `<`.
    private func isOpening(_ index: Int) -> Bool {
        guard pieces[index].end - pieces[index].start == 1 else { return false }
        switch text[pieces[index].start] {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"): return true
        default: return false
        }
    }

    private func isAngle(around start: Int, end: Int) -> Bool {
        if end < pieces.count && Self.angleAfter.contains(lowercased(end)) { return true }
        if end + 2 < pieces.count, isWord(end, "to"), isWord(end + 1, "the"), isWord(end + 2, "left") || isWord(end + 2, "right") {
            return true
        }
        for k in stride(from: start - 1, through: max(floor, start - 5), by: -1) {
            if Self.angleBefore.contains(lowercased(k)) { return true }
        }
        return false
    }

    /// The minor units after an amount, in major units: `50 cents`, `and forty-five cents`
    /// after dollars, `and five mao five` after yuan. A bare number is worth a tenth of the
    /// unit before it (a hundredth of the major unit first) and ends the amount right before
    /// the end of a clause (`3 dollars and 50.`), or is written with two digits and no unit
    /// right after a currency written after the number (`15 USD 50 more`, not `10 rmb 20 usd`).
    private func minorAmount(after end: Int, units: [String: NumberValue], unitWritten: Bool) -> (value: NumberValue, end: Int)? {
        var index = end
        var total = NumberValue(0)
        var found = false
        var bare: NumberValue?  // a hundredth of the major unit, made only when a bare number comes
        while index < pieces.count {
            var start = index
            if case .and? = pieces[start].word { start += 1 }
            // below one major unit: under 100 of a hundredth, under 1,000 of a thousandth (3 dinars 500 fils)
            guard start < pieces.count, let phrase = NumberPhrase.parse(pieces, at: start, text: text), phrase.form == .cardinal,
                phrase.value.isInteger, phrase.value.double > 0, phrase.value.double < 1000
            else { break }
            if phrase.end < pieces.count, let fraction = units[lowercased(phrase.end)], (phrase.value * fraction).double < 1 {
                total = total + phrase.value * fraction
                bare = fraction / NumberValue(10)
                found = true
                index = phrase.end + 1
                continue
            }
            guard phrase.value.double < 100 else { break }
            let clauseEnds = phrase.end >= pieces.count || lowercased(phrase.end, isIn: Self.clauseEnds)
            let twoDigits =
                !found && unitWritten && start == index && phrase.end == start + 1 && pieces[start].end - pieces[start].start == 2
                && pieces[start].numeral != nil && (phrase.end >= pieces.count || !isWordPiece(phrase.end) || !pieces[phrase.end].attached)
                && unit(after: phrase) == nil  // 10 rmb 20 usd: two amounts
            guard clauseEnds || twoDigits else { break }
            total = total + phrase.value * (bare ?? NumberValue(1) / NumberValue(100))
            found = true
            index = phrase.end
            break
        }
        return found ? (total, index) : nil
    }

    /// Whether an amount and one of the minor-unit words `units` come at `index` (`30 pence`,
    /// `and 30p`): what makes `2 pounds` money rather than weight.
    private func minorWordFollows(_ index: Int, units: [String: NumberValue]?) -> Bool {
        guard let units, index < pieces.count else { return false }
        var start = index
        if case .and? = pieces[start].word { start += 1 }
        guard start < pieces.count, let phrase = NumberPhrase.parse(pieces, at: start, text: text), phrase.form == .cardinal,
            phrase.end < pieces.count
        else { return false }
        return units[lowercased(phrase.end)] != nil
    }

    /// `2 in`, `and 2 inches` after feet.
    private func inches(after end: Int) -> (value: NumberValue, end: Int)? {
        var index = end
        guard index < pieces.count else { return nil }
        if case .and? = pieces[index].word { index += 1 }
        guard index < pieces.count, let phrase = NumberPhrase.parse(pieces, at: index, text: text), phrase.form != .ordinal,
            phrase.value.double >= 0, phrase.value.double < 12, phrase.end < pieces.count,
            Self.inchWords.contains(lowercased(phrase.end))
        else { return nil }
        return (phrase.value, phrase.end + 1)
    }

    private func connector(after end: Int) -> (text: String, next: Int)? {
        guard end + 1 < pieces.count else { return nil }
        let start = pieces[end].start
        switch pieces[end].end - start {
        case 1:
            switch text[start] {
            case UInt8(ascii: "-"): return ("-", end + 1)
            case UInt8(ascii: "~"): return ("~", end + 1)
            default: return nil
            }
        case 2, 3, 4, 7:
            // – and — are three bytes
            if text[start] == 0xE2 && text[start + 1] == 0x80 && (text[start + 2] == 0x93 || text[start + 2] == 0x94) {
                return ("-", end + 1)
            }
            if let word = connectorWord(end) { return (word, end + 1) }
            // `up to`, which `readRange` takes for `to` after `from` only (`from 10 up to 20`)
            guard pieces[end].end - start == 2, text[start] | 0x20 == UInt8(ascii: "u"), text[start + 1] | 0x20 == UInt8(ascii: "p"),
                end + 2 < pieces.count, isWord(end + 1, "to")
            else { return nil }
            return ("up to", end + 2)
        default:
            return nil
        }
    }

    /// The connector word piece `index` is, in any case (`to`, `and`, `thru`, `through`), by its
    /// bytes: no string is made for the words that are none (this runs after every number).
    private func connectorWord(_ index: Int) -> String? {
        for word in Self.connectorWords where isWord(index, word) { return word.description }
        return nil
    }

    /// Whether the number is a year or a fiscal year, from its form and the word before it.
    private func yearKind(_ quantity: Quantity) -> (kind: NumberMention.Kind, unit: String?, first: Int)? {
        let phrase = quantity.phrase
        guard phrase.end == phrase.first + 1, let numeral = pieces[phrase.first].numeral, numeral.form == .plain,
            !numeral.hasSeparators, !numeral.hasPoint, !numeral.isSigned, numeral.leadingDigits == 4
        else { return nil }
        let year = numeral.value.double
        guard year >= 1000 && year <= 2100 else { return nil }
        let before = precedingWord(phrase.first) ?? ""
        if UnitTable.fiscalContext.contains(before) { return (.year, "fiscal year", phrase.first - 1) }
        // Jul 1285 in a price table: after a month name a year is a modern one
        if Self.months.contains(before) && year < 1800 { return nil }
        // below 1985 levels, above 1986's peak: the year qualifies what the preposition compares to
        // (not a round hundred, which is more often a level: UNDER 2000 LEVEL)
        if year >= 1900, year.truncatingRemainder(dividingBy: 100) != 0, Self.yearPrepositions.contains(before), phrase.end < pieces.count,
            isYearNoun(phrase.end) || ["'s", "’s"].contains(lowercased(phrase.end))
        {
            return (.year, nil, phrase.first)
        }
        // points to 1844, more than 1000: a level, a bound
        if isLevel(phrase.first) || (mayBeBounded(phrase.first, before: before) && modifierBefore(phrase.first) != nil) {
            return nil
        }
        if year >= 1900, phrase.end + 2 < pieces.count, pieces[phrase.end].end - pieces[phrase.end].start == 2,
            key(phrase.end, phrase.end + 3) == "as a whole"
        {
            return (.year, nil, phrase.first)  // 2025 as a whole
        }
        if UnitTable.yearContext.contains(before) || followsDayOfMonth(phrase.first) { return (.year, nil, phrase.first) }
        if year >= 1900 && Self.periodWords.contains(before) { return (.year, nil, phrase.first) }  // first quarter 1987
        if year >= 1900 && Self.possessives.contains(before) { return (.year, nil, phrase.first) }
        if year >= 1900, phrase.end < pieces.count, isYearNoun(phrase.end) {
            return (.year, nil, phrase.first)  // 1986 results, 1985 yr, a 1986 pact
        }
        if before == ",", phrase.first >= 2, isMonth(phrase.first - 2) { return (.year, nil, phrase.first) }  // August, 1986
        // at the end of a clause: "in the winter of 1798."
        if (phrase.end >= pieces.count || tokens[pieces[phrase.end].token].kind == .punctuation)
            && (UnitTable.modifiers[before] == nil || (before == "over" && isPrepositionOver(at: phrase.first - 1)))
        {
            return (.year, nil, phrase.first)
        }
        return nil
    }

    /// Whether piece `index` is a noun a year modifies: of reporting (`results`) or a law (`pact`).
    private func isYearNoun(_ index: Int) -> Bool {
        let word = lowercased(index)
        return Self.yearNouns.contains(word) || Self.lawNouns.contains(word)
    }

    /// Bound words that are prepositions too, before a year that qualifies a noun.
    static let yearPrepositions: WordSet = ["over", "under", "above", "below"]

    /// The longest modifier that ends right before piece `index`.
    private func modifierBefore(_ index: Int) -> (text: String, comparator: NumberMention.Comparator, first: Int)? {
        guard index > floor, admits(UnitTable.modifierEnds, index - 1) else { return nil }
        let keys = keysBackward(to: index, count: UnitTable.longestModifier, reach: UnitTable.modifierReach)
        for length in stride(from: keys.count, through: 1, by: -1) {
            guard let comparator = keys.value(length, in: UnitTable.modifierBytes) else { continue }
            let text = keys.string(length)
            // <SIGN.O> 1ST: the end of a ticker tag fused to its word, not a bound
            let first = index - length
            if first > 0, pieces[first].attached, isWordPiece(first - 1), !isWordPiece(first), !pieces[index].attached {
                continue
            }
            // edges up to 7%, was revised up to 3.2 pct: a verb's particle and where it went, no bound
            if text == "up to", first - 1 >= floor, Self.upVerbs.contains(lowercased(first - 1)) {
                continue
            }
            // control over one of, 6 bln dlrs over three years: a preposition, not "more than"
            if text == "over", isPrepositionOver(at: first) { continue }
            // twice as much as 5 dollars, three times as high as 9 metres: a comparison of two amounts
            if length == 3, isTimesAs(first) { return nil }
            // 1 => 2, step two => 5 items: an arrow after a number maps it to the next, no bound
            if text == "=>", first > 0, pieces[first - 1].numeral != nil || pieces[first - 1].word?.startsNumber == true {
                return nil
            }
            return (text, comparator, first)
        }
        return nil
    }

    /// Whether the bound at piece `first` is `as … as` after a multiplier (`twice as much as 5`,
    /// `three times as high as 9 metres`, `half as many as 40`): the figure is what another is
    /// compared with, no bound of its own (numbers29). The multiplier may end the mention before
    /// (`half`, read as 0.5), so the look back passes the floor. Two byte tests first: asked of
    /// every bound of three words.
    private func isTimesAs(_ first: Int) -> Bool {
        guard first >= 1, pieces[first].end - pieces[first].start == 2,
            text[pieces[first].start] | 0x20 == UInt8(ascii: "a"), text[pieces[first].start + 1] | 0x20 == UInt8(ascii: "s")
        else { return false }
        return lowercased(first - 1, isIn: Self.multiplierWords)
    }

    /// Words that multiply an amount before `as … as` (`twice as much`, `ten times as many`).
    static let multiplierWords: WordSet = ["twice", "thrice", "half", "times", "double", "triple", "quadruple"]

    /// Whether `north of` or `south of` (the bound `text`) points at a place, no level: before
    /// an ordinal, as streets and parallels are named (`north of 42nd Street`, `south of 3rd
    /// Avenue`, `north of 38th parallel`), or a latitude in degrees (`south of 49 degrees
    /// north`, `north of 60 degrees latitude`). A level keeps its bound (`north of 90 degrees
    /// all week`, `north of $90`). Asked only where a bound was found.
    private func isCompassPlace(_ text: String, _ draft: Draft, end: Int) -> Bool {
        // the bound's length and first byte before any string is made (numbers28: the lowercasing
        // ran after every bound, review74 measured it)
        let bytes = text.utf8
        guard bytes.count == 8, let first = bytes.first, first | 0x20 == UInt8(ascii: "n") || first | 0x20 == UInt8(ascii: "s")
        else { return false }
        let lowered = text.lowercased()
        guard lowered == "north of" || lowered == "south of" else { return false }
        if draft.kind == .ordinal { return true }
        return draft.first.unit?.name == "degree" && end < pieces.count && lowercased(end, isIn: Self.latitudeWords)
    }

    /// Words after degrees that make them a latitude.
    static let latitudeWords: WordSet = ["north", "south", "n", "s", "latitude", "parallel"]

    /// Words of a period a year may follow (`first quarter 1987`, `second half 1986`).
    static let periodWords: Set<String> = ["quarter", "qtr", "half", "quarters", "qtrs"]

    /// Verbs whose `up` is a particle of movement, so that `up to` after them says where a
    /// figure went (`Edges Up to 7%`, `revised up to 3.2 pct`), not a bound.
    static let upVerbs: Set<String> = {
        var forms: Set<String> = ["went", "gone", "going", "crept", "stepped"]
        for stem in ["edge", "inch", "tick", "creep", "move", "go", "push", "bump", "revise", "ratchet", "step", "nudge", "mark", "crank"] {
            let silentE = stem.hasSuffix("e")
            let sibilant = stem.hasSuffix("ch") || stem.hasSuffix("sh") || stem == "go"
            forms.insert(stem)
            forms.insert(stem + (sibilant ? "es" : "s"))
            forms.insert(stem + (silentE ? "d" : "ed"))
            forms.insert((silentE ? String(stem.dropLast()) : stem) + "ing")
        }
        return forms
    }()

    /// A bound before `the` and an ordinal that ends a phrase (`higher than the tenth but …`):
    /// not before a noun (`higher than the second quarter` compares quarters).
    private func modifierBeforeThe(ordinal: Bool, _ start: Int, _ end: Int) -> (
        text: String, comparator: NumberMention.Comparator, first: Int
    )? {
        guard ordinal, start - 1 > floor, lowercased(start - 1) == "the",
            end >= pieces.count || !isWordPiece(end) || Self.conjunctions.contains(lowercased(end)),
            let found = modifierBefore(start - 1), found.comparator != .equal
        else { return nil }
        return found
    }

    private static let conjunctions: Set<String> = ["and", "but", "or"]

    func modifierAfter(_ end: Int) -> (text: String, comparator: NumberMention.Comparator, end: Int)? {
        guard end < pieces.count, admits(UnitTable.postModifierStarts, end) else { return nil }
        let keys = keysForward(from: end, count: UnitTable.longestPostModifier, reach: UnitTable.postModifierReach)
        for length in stride(from: keys.count, through: 1, by: -1) {
            if let comparator = keys.value(length, in: UnitTable.postModifierBytes) {
                if keys.matches(length, "+") && !pieces[end].attached { continue }
                // "above 1000 and below 1500": the words bound the next number
                if end + length < pieces.count && startsNumberOrThan(end + length) { continue }
                return (keys.string(length), comparator, end + length)
            }
        }
        return nil
    }

    /// A comparator led by `or` after the noun a bare count counts (`20 staff or fewer`, `5,000
    /// residents or more`), as one after a unit is (`12 tonnes or under`): one lower-case word of
    /// three letters or more, no number word, then `or` and the comparator. Not `and` (`40 people
    /// and above all`), nor after a number with a unit or a scale word's count of it.
    private func modifierAfterNoun(_ draft: Draft, _ end: Int) -> (text: String, comparator: NumberMention.Comparator, end: Int)? {
        guard end + 2 < pieces.count, draft.first.unit == nil, draft.kind == .number, pieces[end + 1].end - pieces[end + 1].start == 2,
            text[pieces[end + 1].start] | 0x20 == UInt8(ascii: "o"), text[pieces[end + 1].start + 1] | 0x20 == UInt8(ascii: "r"),
            pieces[end].end - pieces[end].start >= 3, pieces[end].word == nil, pieces[end].numeral == nil,
            text[pieces[end].start] &- UInt8(ascii: "a") < 26, isWordPiece(end), !pieces[end].attached
        else { return nil }
        return modifierAfter(end + 1)
    }

    /// Whether piece `index` is a numeral, a word that starts a number, or a word that goes
    /// on with a bound (`than`, `or`, `equal`, `to`): the words before it bound what follows.
    /// `to` goes on with a bound unless a word that starts no number follows it (`18 and up
    /// to 25`, `up to $30`; not `a score of 14 and above to qualify`).
    private func startsNumberOrThan(_ index: Int) -> Bool {
        guard case .other = pieces[index].content else { return startsNumber(index) }
        let word = lowercased(index)
        if word == "to" { return !isWordPiece(index + 1) || startsNumber(index + 1) }
        return Self.boundGoesOn.contains(word)
    }

    private func startsNumber(_ index: Int) -> Bool {
        switch pieces[index].content {
        case .numeral: return true
        case .word(let word): return word.startsNumber
        case .other: return false
        }
    }

    private static let boundGoesOn: Set<String> = ["than", "or", "equal"]

    // MARK: - Relative ordinals

    private static let relativeWords: [String: (relativeTo: String, offset: Int)] = [
        "last": ("end", 0), "penultimate": ("end", -1), "antepenultimate": ("end", -2), "next": ("current", 1),
        "previous": ("current", -1), "current": ("current", 0),
    ]

    static let timeWords: Set<String> = [
        "year", "years", "week", "weeks", "month", "months", "day", "days", "night", "nights", "time", "times",
        "weekend", "season", "quarter", "half", "century", "decade", "summer", "winter", "spring", "autumn", "fall", "morning",
        "evening", "afternoon", "hour", "hours", "minute", "minutes", "election", "term", "fiscal", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The words a relative ordinal starts with (`PieceShapes` keeps their first letters and lengths).
    static let relativeStartWords = ["last", "penultimate", "antepenultimate", "next", "previous", "current", "the"]
    private static let relativeStarts = WordTable(relativeStartWords)

    private func isRelativeOrdinalStart(_ index: Int) -> Bool {
        let start = pieces[index].start
        // last next previous current penultimate antepenultimate the: by first letter and length
        switch (text[start] | 0x20, pieces[index].end - start) {
        case (UInt8(ascii: "l"), 4), (UInt8(ascii: "n"), 4), (UInt8(ascii: "p"), 8), (UInt8(ascii: "c"), 7),
            (UInt8(ascii: "p"), 11), (UInt8(ascii: "a"), 15), (UInt8(ascii: "t"), 3):
            break
        default: return false
        }
        // "the" only in "the one before the last": the cheap test first, "the" is the commonest word
        if pieces[index].end - start == 3 && text[start] | 0x20 == UInt8(ascii: "t") {
            guard index + 1 < pieces.count, case .unit(1)? = pieces[index + 1].word else { return false }
        }
        guard tokens[pieces[index].token].kind == .word,
            let key = WordTable.Key(text, from: start, to: pieces[index].end, lowercased: true),
            Self.relativeStarts.contains(key)
        else { return false }
        return true
    }

    /// `last`, `next to last`, `penultimate`, `the one before the last`, `previous`, `next`.
    /// Whether `last` at piece `index` is the verb (`will not last.`, `normally last between
    /// May and July`): after a modal, `not`, `to` or an adverb in -ly, or before a preposition
    /// or the end of a clause.
    private func isVerbLast(at index: Int) -> Bool {
        guard isWord(index, "last") else { return false }
        if let before = precedingWord(index), Self.beforeVerbLast.contains(before) || before.hasSuffix("ly") { return true }
        guard index + 1 < pieces.count else { return true }
        return Self.afterVerbLast.contains(lowercased(index + 1))
    }

    private static let beforeVerbLast: Set<String> = [
        "will", "would", "not", "to", "could", "can", "may", "might", "should", "must", "did", "does", "do", "won't",
        "wouldn't", "cannot", "can't",
    ]
    private static let afterVerbLast: Set<String> = [
        ".", ",", ";", ":", "!", "?", "between", "for", "until", "till", "through", "into", "longer", "long", "beyond",
        "forever", "about", "only",
    ]

    private func relativeOrdinal(at index: Int) -> (NumberMention, Int)? {
        var end = index + 1
        var relative: (relativeTo: String, offset: Int)
        if lowercased(index) == "the" {
            // the one before the last
            guard index + 4 < pieces.count, key(index + 1, index + 5) == "one before the last" else { return nil }
            relative = ("end", -1)
            end = index + 5
            if end < pieces.count && lowercased(end) == "one" { end += 1 }
        } else {
            guard let found = Self.relativeWords[lowercased(index)] else { return nil }
            // last year, next week: a date, not a position (the next 3 books, the current page
            // stay relative ordinals, as the spec reads them)
            if end < pieces.count && Self.timeWords.contains(lowercased(end)) { return nil }
            // last 1986 quarter, next 1987 season: a year then a time word is a date too
            if end + 1 < pieces.count, let year = pieces[end].numeral, year.leadingDigits == 4,
                Self.timeWords.contains(lowercased(end + 1)) || Self.yearNouns.contains(lowercased(end + 1))
            {
                return nil
            }
            if isVerbLast(at: index) { return nil }
            if isAdjectiveRelative(at: index) { return nil }
            relative = found
            if lowercased(index) == "next", index + 2 < pieces.count, key(index + 1, index + 3) == "to last" {
                relative = ("end", -1)
                end = index + 3
            } else if end < pieces.count, case .unit(1)? = pieces[end].word {
                end += 1  // the next one
            }
        }
        let value = NumberValue(relative.offset)
        let span = Span(start: pieces[index].start, end: pieces[end - 1].end)
        return (NumberMention(span: span, kind: .ordinal, value: value, relativeTo: relative.relativeTo, parts: []), end)
    }
}
