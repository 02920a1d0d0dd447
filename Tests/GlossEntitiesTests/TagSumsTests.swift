import Testing

@testable import GlossEntities

@Suite struct TagSumsTests {
    @Test func addsNineWeightsPerRowAndScalesOnce() {
        let a: [Int16] = [1, -2, 3, -4, 5, -6, 7, -8, 32767]
        let b: [Int16] = [-32768, 2, 0, 4, 0, 6, 0, 8, 32767]
        var first = TagSums()
        a.withUnsafeBufferPointer { first.add($0.baseAddress!) }
        var second = TagSums()
        b.withUnsafeBufferPointer { second.add($0.baseAddress!) }
        var both = TagSums()
        b.withUnsafeBufferPointer { both.add($0.baseAddress!) }
        a.withUnsafeBufferPointer { both.add($0.baseAddress!) }
        #expect(both == first &+ second)
        var scores = [Float](repeating: .nan, count: EntityTag.count)
        both.write(scale: 0.5, into: &scores)
        #expect(scores == [-16383.5, 0, 1.5, 0, 2.5, 0, 3.5, 0, 32767])
    }
}
