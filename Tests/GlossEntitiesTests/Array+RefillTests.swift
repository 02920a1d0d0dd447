@testable import GlossEntities
import Testing

@Suite struct ArrayRefillTests {
    @Test func aRefilledArrayHoldsOnlyTheNewCopies() {
        var array = [7, 8, 9, 10, 11]
        array.refill(with: -1, count: 3)
        #expect(array == [-1, -1, -1])
        array.refill(with: 2, count: 6)
        #expect(array == [2, 2, 2, 2, 2, 2])
        array.refill(with: 0, count: 0)
        #expect(array.isEmpty)
    }

    @Test func aRefillThatFitsKeepsTheStorage() {
        var array = [Int](repeating: 1, count: 100)
        let capacity = array.capacity
        let storage = array.withUnsafeBufferPointer { $0.baseAddress }
        array.refill(with: 5, count: 40)
        #expect(array.capacity == capacity)
        #expect(array.withUnsafeBufferPointer { $0.baseAddress } == storage)
        #expect(array.allSatisfy { $0 == 5 } && array.count == 40)
    }
}
