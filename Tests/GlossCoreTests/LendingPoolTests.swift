@testable import GlossCore
import Testing

@Suite struct LendingPoolTests {
    @Test func aValueComesBackToTheNextCallerAndNestedCallersGetTheirOwn() {
        let pool = LendingPool { [Int]() }
        pool.withValue { $0.append(1) }
        #expect(pool.keptNow == 1)
        pool.withValue { outer in
            #expect(outer == [1])
            pool.withValue { inner in #expect(inner.isEmpty) }
        }
        #expect(pool.keptNow == 2)
    }

    @Test func atMostKeptCountValuesAreKept() {
        let pool = LendingPool { 0 }
        func nest(_ depth: Int) {
            guard depth > 0 else { return }
            pool.withValue { _ in nest(depth - 1) }
        }
        nest(LendingPool<Int>.keptCount + 3)
        #expect(pool.keptNow == LendingPool<Int>.keptCount)
    }
}
