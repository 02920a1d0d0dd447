@testable import GlossCore
import Testing

@Suite struct JSONSpanMemoTests {
    /// Keeps `label` as `span`'s members, the way `JSONContext` keeps formatted members; nil
    /// when the memo will not keep the span.
    private func keep(_ span: Span, _ label: String, in memo: JSONSpanMemo) -> UnsafeBufferPointer<UInt8>? {
        guard let target = memo.target(for: span) else { return nil }
        let bytes = Array(label.utf8)
        target.update(from: bytes, count: bytes.count)
        return memo.keep(span, count: bytes.count)
    }

    private func text(_ members: UnsafeBufferPointer<UInt8>?) -> String? {
        members.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func keptSpansAreFoundInAnyOrder() {
        let memo = JSONSpanMemo()
        let spans = (0..<40).map { Span(start: $0 * 10, end: $0 * 10 + 7) }
        for (index, span) in spans.enumerated() {
            #expect(text(keep(span, "members \(index)", in: memo)) == "members \(index)")
        }
        for (index, span) in spans.enumerated() {
            #expect(text(memo.members(of: span)) == "members \(index)")
        }
        for (index, span) in spans.enumerated().reversed() {
            #expect(text(memo.members(of: span)) == "members \(index)")
        }
        #expect(text(memo.members(of: spans[3])) == "members 3")
        #expect(text(memo.members(of: spans[4])) == "members 4")
    }

    /// After `removeAll` the memo holds no span, keeps spans again from any start (lower ones
    /// too), and gives back the members it keeps then; a memo grown by a large record works the
    /// same after it has given its memory back.
    @Test func aClearedMemoStartsOver() {
        let memo = JSONSpanMemo()
        let many = (0..<5000).map { Span(start: $0 * 4, end: $0 * 4 + 3) }
        for (index, span) in many.enumerated() { #expect(keep(span, "long members of span \(index)", in: memo) != nil) }
        for round in 0..<2 {
            memo.removeAll()
            #expect(memo.members(of: many[0]) == nil && memo.members(of: many[4999]) == nil)
            let spans = [Span(start: 1, end: 2), Span(start: 3, end: 8), Span(start: 9, end: 9)]
            for (index, span) in spans.enumerated() { #expect(text(keep(span, "m\(round)\(index)", in: memo)) == "m\(round)\(index)") }
            for (index, span) in spans.enumerated().reversed() { #expect(text(memo.members(of: span)) == "m\(round)\(index)") }
        }
    }

    @Test func spansNotKeptAreNotFound() {
        let memo = JSONSpanMemo()
        #expect(memo.members(of: Span(start: 0, end: 1)) == nil)
        #expect(keep(Span(start: 5, end: 9), "a", in: memo) != nil)
        // same start, other end: not kept (starts must rise), and not mistaken for the kept one
        #expect(memo.target(for: Span(start: 5, end: 6)) == nil)
        #expect(keep(Span(start: 2, end: 3), "b", in: memo) == nil)
        #expect(memo.members(of: Span(start: 5, end: 6)) == nil)
        #expect(memo.members(of: Span(start: 2, end: 3)) == nil)
        #expect(memo.members(of: Span(start: 9, end: 12)) == nil)
        #expect(text(memo.members(of: Span(start: 5, end: 9))) == "a")
    }

    @Test func longMembersGrowTheStore() {
        let memo = JSONSpanMemo()
        let long = String(repeating: "x", count: JSONBytes.maxSpanMembersBytes)
        for index in 0..<200 {
            _ = keep(Span(start: index, end: index + 1), long, in: memo)
        }
        #expect(text(memo.members(of: Span(start: 0, end: 1))) == long)
        #expect(text(memo.members(of: Span(start: 199, end: 200))) == long)
    }
}
