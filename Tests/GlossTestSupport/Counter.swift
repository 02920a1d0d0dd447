import Synchronization

/// A thread-safe counter.
package final class Counter: Sendable {
    private let atomic = Atomic<Int>(0)
    package init() {}
    package var value: Int { atomic.load(ordering: .relaxed) }
    package func increment() { atomic.add(1, ordering: .relaxed) }
}
