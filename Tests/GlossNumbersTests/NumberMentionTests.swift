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

    @Test func writesOnlyWhatItHas() {
        let mention = NumberMention(span: Span(start: 0, end: 2), kind: .number, value: NumberValue(12))
        var writer = JSONWriter()
        mention.writeJSON(to: &writer, context: JSONContext(characters: ScalarOffsetIndex(text: "12"), offsets: OffsetMap()))
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"{"span":[0,2],"chars":[0,2],"kind":"number","value":"12","number":12,"normalized":"12"}"#)
    }
}
