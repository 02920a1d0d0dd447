import Foundation
import GlossCore
import GlossStages

extension NumberEvaluation {
    package static let stage = NumberDetector()

    /// What Gloss finds in `input`, as the model would report it.
    package static func results(of input: String, model: Model, extendedTypes: Bool = true, percentMode: Bool = false) -> [Result] {
        var document = Document(id: "case", text: input)
        guard (try? Tokenizer().process(&document)) != nil, (try? stage.process(&document)) != nil else { return [] }
        let mentions = document[NumberLayer.self]?.mentions ?? []
        let bytes = Array(input.utf8)
        var results: [Result] = []
        for mention in mentions {
            switch model {
            case .number: results += numberResults(mention, bytes)
            case .ordinal: results += ordinalResults(mention, bytes, extendedTypes: extendedTypes)
            case .percent: results += percentResults(mention, bytes, percentMode: percentMode)
            case .numberRange: results += rangeResults(mention, bytes)
            case .currency, .dimension, .age, .temperature: results += measureResults(mention, bytes, model: model)
            case .unknown: continue
            }
        }
        return results.sorted { $0.start < $1.start }
    }

    private static func text(_ span: Span, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[span.range], as: UTF8.self)
    }

    /// NumberModel: every cardinal part, but not a numeral fused to a unit (29km is a measure).
    /// Letters fused to a numeral that the mention ends before are no unit Gloss read (`40bp`:
    /// basis points, a count, as `40 bp` is), so the numeral counts (numbers32).
    private static func numberResults(_ mention: NumberMention, _ bytes: [UInt8]) -> [Result] {
        guard mention.kind != .ordinal else { return [] }
        var results: [Result] = []
        for part in mention.parts where !part.ordinal {
            if Int(part.span.end) < bytes.count, isLetter(bytes[Int(part.span.end)]), mention.kind != .money,
                mention.span.end > part.span.end
            {
                continue
            }
            results.append(Result(type: "number", text: text(part.span, bytes), value: part.value.description, unit: nil, start: Int(part.span.start)))
        }
        return results
    }

    /// OrdinalModel: ordinals, and relative ones ("the last") when extended types are on.
    private static func ordinalResults(_ mention: NumberMention, _ bytes: [UInt8], extendedTypes: Bool) -> [Result] {
        guard mention.kind == .ordinal, let value = mention.value else { return [] }
        let start = Int(mention.span.start)
        if mention.relativeTo != nil {
            guard extendedTypes else { return [] }
            return [Result(type: "ordinal.relative", text: text(mention.span, bytes), value: mention.normalized, unit: nil, start: start)]
        }
        return [Result(type: "ordinal", text: text(mention.quantitySpan, bytes), value: value.description, unit: nil, start: start)]
    }

    /// PercentModel: percentages, a range's written ends, and in percent mode a fraction before "of".
    private static func percentResults(_ mention: NumberMention, _ bytes: [UInt8], percentMode: Bool) -> [Result] {
        let start = Int(mention.span.start)
        if percentMode, let share = fractionOf(mention, bytes) {
            return [Result(type: "percentage", text: text(share.span, bytes), value: share.value, unit: nil, start: start)]
        }
        guard mention.kind == .percent else { return [] }
        guard mention.high == nil else {
            return writtenEnds(of: mention, bytes).map {
                Result(type: "percentage", text: text($0.span, bytes), value: $0.value + "%", unit: nil, start: Int($0.span.start))
            }
        }
        let value = mention.value.map { $0.description + "%" }
        return [Result(type: "percentage", text: text(mention.quantitySpan, bytes), value: value, unit: nil, start: start)]
    }

    /// NumberRangeModel: a range or a bound as an interval, `[a,b]`, `(a,)`, `(,b]`.
    private static func rangeResults(_ mention: NumberMention, _ bytes: [UInt8]) -> [Result] {
        // a span of years (`the 2010-11 season`, `1982-84`) is a period of time, no range of numbers
        guard mention.kind != .score, mention.kind != .year, let value = mention.value else { return [] }
        let interval: String
        if let high = mention.high {
            interval = (mention.lowOpen ? "(" : "[") + "\(value),\(high)" + (mention.highOpen ? ")" : "]")
        } else {
            switch mention.comparator {
            case .greater?: interval = "(\(value),)"
            case .greaterOrEqual?: interval = "[\(value),)"
            case .less?: interval = "(,\(value))"
            case .lessOrEqual?: interval = "(,\(value)]"
            case .equal? where mention.modifier?.hasPrefix("equal") == true: interval = "[\(value),\(value)]"
            default: return []
            }
        }
        // the range without the unit after it, unless words bound it there ("200 or more")
        var span = mention.high != nil ? mention.quantitySpan : mention.span
        if mention.span.end == mention.quantitySpan.end, let last = mention.parts.last {
            span = Span(start: Int(span.start), end: Int(last.span.end))
        }
        // nor the word that made it an age before it ("aged 18 to 65": 18 to 65)
        if mention.kind == .age, let first = mention.parts.first, first.span.start > span.start,
            startsWithAgeWord(bytes[Int(span.start)..<Int(first.span.start)])
        {
            span = Span(start: Int(first.span.start), end: Int(span.end))
        }
        return [Result(type: "numberrange", text: text(span, bytes), value: interval, unit: nil, start: Int(mention.span.start))]
    }

    /// Currency, Dimension, Age and Temperature: the mentions of the model's kind, a range as its written ends.
    private static func measureResults(_ mention: NumberMention, _ bytes: [UInt8], model: Model) -> [Result] {
        let kind: NumberMention.Kind = switch model {
        case .currency: .money
        case .dimension: .dimension
        case .age: .age
        default: .temperature
        }
        guard mention.kind == kind else { return [] }
        let type = model == .currency ? "currency" : model.rawValue.lowercased()
        guard mention.high == nil else {
            return writtenEnds(of: mention, bytes).map {
                Result(type: type, text: text($0.span, bytes), value: $0.value, unit: specUnit(mention.unit), start: Int($0.span.start))
            }
        }
        return [Result(type: type, text: text(mention.quantitySpan, bytes), value: mention.value?.description, unit: specUnit(mention.unit), start: Int(mention.span.start))]
    }

    /// The ends of a range of money, measures or percentages that are written with their unit,
    /// as a model without ranges reports them: each end with its sign or unit (`$5 to $10`,
    /// `10% to 15%`, `5 pct to 7 pct`), and the high end with the unit after it (`eight to 10
    /// feet`: `10 feet`; `between 5 and 7 percent`: `7 percent`). The mention stays one range.
    static func writtenEnds(of mention: NumberMention, _ bytes: [UInt8]) -> [(span: Span, value: String)] {
        guard mention.parts.count == 2, var low = mention.value, var high = mention.high else { return [] }
        let (first, second) = (mention.parts[0].span, mention.parts[1].span)
        // `between minus 3 and minus 8 degrees`: the ends written high to low, each with its own value
        if low != high, mention.parts[0].value == high, mention.parts[1].value == low { swap(&low, &high) }
        var highStart = signStart(before: Int(second.start), bytes)
        var lowStart = signStart(before: Int(first.start), bytes)
        // a sign spaced before each end (`Rs 10 lakh–Rs 15 lakh`, `S$ 5 to S$ 8`): each end has it
        let lowSign = spacedSign(from: Int(mention.quantitySpan.start), to: lowStart, bytes)
        if !lowSign.isEmpty, let sign = spacedSign(before: highStart, matching: lowSign, bytes) {
            lowStart = Int(mention.quantitySpan.start)
            highStart = sign
        }
        var ends: [(span: Span, value: String)] = []
        // the low end's own unit: what stands between it and the connector
        var gap = String(decoding: bytes[Int(first.end)..<highStart], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        for connector in ["to", "and", "through", "or", "-", "–", "—", "~"] where gap.lowercased().hasSuffix(connector) {
            gap = String(gap.dropLast(connector.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        // two joined bounds (`more than 5% and less than 10%`, `greater than 4 and at most 9
        // tonnes`): the low end's unit is what comes before the join, not the second's comparator
        if mention.modifier?.contains("…") == true {
            let words = gap.split(separator: " ", omittingEmptySubsequences: true)
            gap = words.prefix { !["and", "but"].contains($0.lowercased()) }.joined(separator: " ")
        }
        if !gap.isEmpty || lowStart < Int(first.start) {
            var lowEnd = Int(first.end)
            if !gap.isEmpty, let found = bytes[lowEnd...].firstRange(of: Array(gap.utf8)) { lowEnd = found.upperBound }
            ends.append((Span(start: lowStart, end: lowEnd), low.description))
        }
        if highStart < Int(second.start) || Int(mention.quantitySpan.end) > Int(second.end) {
            ends.append((Span(start: highStart, end: Int(mention.quantitySpan.end)), high.description))
        }
        return ends
    }

    /// A fraction before `of` as the percentage mode reads it: `1/4 of` is 25%, `one half of`
    /// 50% (the span runs through `of`).
    static func fractionOf(_ mention: NumberMention, _ bytes: [UInt8]) -> (span: Span, value: String)? {
        guard mention.kind == .number, mention.high == nil, mention.comparator == nil, let value = mention.value else { return nil }
        let span = mention.quantitySpan
        let written = String(decoding: bytes[span.range], as: UTF8.self).lowercased()
        guard written.contains("/") || written.range(of: #"(half|halves|quarters?|thirds?|[a-z]+ths?)$"#, options: .regularExpression) != nil
        else { return nil }
        var next = Int(span.end)
        while next < bytes.count && bytes[next] == 0x20 { next += 1 }
        guard next + 2 <= bytes.count, bytes[next] | 0x20 == UInt8(ascii: "o"), bytes[next + 1] | 0x20 == UInt8(ascii: "f"),
            next + 2 == bytes.count || !isLetter(bytes[next + 2])
        else { return nil }
        let percent = (value * NumberValue(100)).description + "%"
        return (Span(start: Int(span.start), end: next + 2), percent)
    }

    /// Where a sign written fused before the number at `start` begins (`$10`, `US$10`, `€30`;
    /// not the en or em dash of a range, `4–6%`).
    private static func signStart(before start: Int, _ bytes: [UInt8]) -> Int {
        var index = start
        while index > 0, bytes[index - 1] != 0x20, bytes[index - 1] != UInt8(ascii: "-"), !(0x30...0x39).contains(bytes[index - 1]),
            !"([~\"'".utf8.contains(bytes[index - 1]),
            !(index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 && (0x93...0x94).contains(bytes[index - 1]))
        {
            index -= 1
        }
        return index
    }

    /// The sign written with a space before a range's low end (`Rs` of `Rs 10 lakh`): the
    /// mention's text from `start` to `lowStart`, when it is one word and a space; empty otherwise.
    private static func spacedSign(from start: Int, to lowStart: Int, _ bytes: [UInt8]) -> [UInt8] {
        guard start < lowStart, bytes[lowStart - 1] == 0x20 else { return [] }
        let sign = Array(bytes[start..<lowStart - 1])
        return sign.isEmpty || sign.contains(0x20) ? [] : sign
    }

    /// Where `sign` and one space stand right before `highStart` (the high end's copy of the low
    /// end's spaced sign), or nil.
    private static func spacedSign(before highStart: Int, matching sign: [UInt8], _ bytes: [UInt8]) -> Int? {
        let start = highStart - sign.count - 1
        guard start >= 0, bytes[highStart - 1] == 0x20, bytes[start..<highStart - 1].elementsEqual(sign) else { return nil }
        return start
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether `bytes` are `age` or `aged` and spaces: the word before an age that reads it in years.
    private static func startsWithAgeWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        let word = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
        return word == "age" || word == "aged"
    }

    /// Gloss's unit names in the spec's words, where they differ.
    package static func specUnit(_ unit: String?) -> String? {
        switch unit {
        case "celsius": "C"
        case "fahrenheit": "F"
        case "kelvin": "K"
        default: unit
        }
    }
}
