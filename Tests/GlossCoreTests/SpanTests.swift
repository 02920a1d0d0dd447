import GlossCore
import Testing

@Suite struct SpanTests {
    @Test func rangesCountsAndOrder() {
        let span = Span(start: 2, end: 7)
        #expect(span.range == 2..<7 && span.count == 5 && !span.isEmpty)
        #expect(span.contains(Span(start: 3, end: 7)) && !span.contains(Span(start: 1, end: 3)))
        #expect(Span(start: 1, end: 9) < span && Span(start: 2, end: 5) < span)
        #expect(Span(4..<4).isEmpty)
        #expect(span.description == "2..<7")
    }
}
