import Testing

@testable import GlossNumbers

/// An `InlineList` reads back what was appended, in order, whether it still fits its vector or
/// has spilled to an array.
@Suite struct InlineListTests {
    @Test func itHoldsWhatWasAppendedBeforeAndAfterItSpills() {
        var list = InlineList<SIMD8<Int>>()
        #expect(list.isEmpty && list.last == nil)
        var expected: [Int] = []
        for value in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9] {
            list.append(value)
            expected.append(value)
            #expect(Array(list) == expected, "after \(expected.count)")
            #expect(list.count == expected.count && list.last == value)
        }
        #expect(Array(list[0..<3]) == [3, 1, 4])
        #expect(list.dropFirst().dropLast().allSatisfy { $0 > 0 })
    }

    /// A numeral of more runs than the vector holds (nine groups of thousands, seventeen marks)
    /// reads as it did with arrays.
    @Test func numeralsOfManyGroupsSpill() {
        let bytes = Array("1,234,567,890,123,456,789,012,345".utf8)
        let layout = bytes.withUnsafeBufferPointer { NumeralLayout($0.baseAddress!, from: 0, to: $0.count) }
        #expect(Array(layout.runs) == [1, 3, 3, 3, 3, 3, 3, 3, 3])
        #expect(layout.decimalMark() == .some(nil))
        let dotted = Array((1...18).map(String.init).joined(separator: ".").utf8)
        let many = dotted.withUnsafeBufferPointer { NumeralLayout($0.baseAddress!, from: 0, to: $0.count) }
        #expect(many.marks.count == 17 && many.runs.count == 18)
        #expect(many.decimalMark() == nil)
    }
}
