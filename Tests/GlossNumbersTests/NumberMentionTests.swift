import GlossCore
import Testing

@testable import GlossNumbers

@Suite struct NumberMentionTests {
    @Test func normalizedText() {
        let span = Span(start: 0, end: 3)
        #expect(NumberMention(span: span, kind: .number, value: NumberValue(50), comparator: .approximately).normalized == "~50")
        #expect(NumberMention(span: span, kind: .money, value: NumberValue(5), unit: "euro", currency: "EUR").normalized == "5 EUR")
        #expect(NumberMention(span: span, kind: .percent, value: NumberValue(7), unit: "%").normalized == "7%")
        #expect(NumberMention(span: span, kind: .score, value: NumberValue(2), high: NumberValue(1)).normalized == "2-1")
        var range = NumberMention(span: span, kind: .dimension, value: NumberValue(5), high: NumberValue(9), unit: "mile")
        #expect(range.normalized == "[5,9] mile")
        range.lowOpen = true
        #expect(range.normalized == "(5,9] mile")
        #expect(NumberMention(span: span, kind: .ordinal, value: NumberValue(-1), relativeTo: "end").normalized == "end-1")
        // a bare unit: the unit alone
        #expect(NumberMention(span: span, kind: .money, value: nil, unit: "dollar", currency: "USD").normalized == "USD")
        #expect(NumberMention(span: span, kind: .temperature, value: nil, unit: "celsius").normalized == "celsius")
    }

    /// The pieces of `normalized` in their order: an open or closed bracket before the
    /// comparator, a score's hyphen, a relative ordinal's sign (none before a negative offset),
    /// a fraction's digits, a unit after a space but for `%`.
    @Test func normalizedTextOfEveryShape() {
        let span = Span(start: 0, end: 3)
        var range = NumberMention(
            span: span, kind: .money, value: NumberValue(ExactDecimal(25, exponent: -1)), high: NumberValue(9), unit: "dollar",
            currency: "USD", comparator: .approximately)
        range.lowOpen = true
        range.highOpen = true
        #expect(range.normalized == "(~2.5,9) USD")
        #expect(NumberMention(span: span, kind: .percent, value: NumberValue(-0.5), high: NumberValue(3), unit: "%").normalized == "[-0.5,3]%")
        #expect(NumberMention(span: span, kind: .score, value: NumberValue(3), high: NumberValue(0), comparator: .greater).normalized == ">3-0")
        #expect(NumberMention(span: span, kind: .ordinal, value: NumberValue(2), relativeTo: "current").normalized == "current+2")
        #expect(NumberMention(span: span, kind: .ordinal, value: nil, relativeTo: "end").normalized == "end+0")
        #expect(NumberMention(span: span, kind: .number, value: NumberValue(2) / NumberValue(3), comparator: .lessOrEqual).normalized == "<=0.666666666666667")
        #expect(NumberMention(span: span, kind: .number, value: nil).normalized == "?")
        let huge = NumberValue(ExactDecimal(12, exponent: 40))
        #expect(NumberMention(span: span, kind: .number, value: huge).normalized == "12" + String(repeating: "0", count: 40))
    }

    /// `writeTexts` stays inside `textsCapacity` (the room `NumberMentions` and `normalized`
    /// allocate, with no check as they write) for every shape `normalized` has, at the widest
    /// texts a value has: 39 digits with zeros before or after them, an inexact double with an
    /// exponent, infinity; a comparator of two bytes, open brackets, a relative ordinal, a
    /// currency and a unit. Written into more room than asked, so an overrun is measured.
    @Test func textsStayInsideTheirCapacity() {
        let widest: [NumberValue?] = [
            nil, NumberValue(ExactDecimal(-Int128.max, exponent: -300)), NumberValue(ExactDecimal(Int128.max, exponent: 300)),
            NumberValue(-1.2345678901234567e-300), NumberValue(-.infinity), NumberValue(-0.0),
        ]
        let comparators: [NumberMention.Comparator?] = [nil, .approximately, .less, .lessOrEqual, .greater, .greaterOrEqual, .equal]
        var shapes = 0
        for value in widest {
            for high in widest {
                for comparator in comparators {
                    for kind in [NumberMention.Kind.number, .score, .money] {
                        for (unit, currency, relativeTo) in [(nil, nil, nil), ("%", nil, nil), ("kilometer", "USD", nil), (nil, nil, "current")] as [(String?, String?, String?)] {
                            var mention = NumberMention(
                                span: Span(start: 0, end: 1), kind: kind, value: value, high: high, unit: unit, currency: currency,
                                comparator: comparator, relativeTo: relativeTo)
                            mention.lowOpen = true
                            mention.highOpen = true
                            let capacity = mention.textsCapacity
                            let room = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 4096)
                            defer { room.deallocate() }
                            let texts = mention.writeTexts(at: room)
                            let written = texts.normalized.baseAddress! + texts.normalized.count - UnsafePointer(room)
                            #expect(written <= capacity, "\(mention.normalized)")
                            shapes += 1
                        }
                    }
                }
            }
        }
        #expect(shapes == 6 * 6 * 7 * 3 * 4)
    }

    /// The value, high end and `normalized` members a range writes, from one scratch buffer.
    @Test func writesARangesTexts() {
        var mention = NumberMention(
            span: Span(start: 0, end: 9), kind: .dimension, value: NumberValue(ExactDecimal(15, exponent: -1)),
            high: NumberValue(20), unit: "kilometer", comparator: .greaterOrEqual)
        mention.highOpen = true
        var writer = JSONWriter()
        mention.writeJSON(to: &writer, context: JSONContext(characters: ScalarOffsetIndex(text: "1.5-20 km"), offsets: OffsetMap()))
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"{"span":[0,9],"chars":[0,9],"kind":"dimension","value":"1.5","number":1.5,"high":"20","bounds":"[)","unit":"kilometer","symbol":"km","comparator":">=","normalized":"[>=1.5,20) kilometer"}"#)
    }

    @Test func writesOnlyWhatItHas() {
        let mention = NumberMention(span: Span(start: 0, end: 2), kind: .number, value: NumberValue(12))
        var writer = JSONWriter()
        mention.writeJSON(to: &writer, context: JSONContext(characters: ScalarOffsetIndex(text: "12"), offsets: OffsetMap()))
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"{"span":[0,2],"chars":[0,2],"kind":"number","value":"12","number":12,"normalized":"12"}"#)
    }
}
