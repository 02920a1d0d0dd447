import Synchronization

/// Values a stage keeps from one document to the next (a tagger's caches, a parser's hint
/// cache), each lent to one caller at a time, so that what one document filled carries over
/// to the next on the same worker without two threads ever sharing a value. Stages create no
/// threads: there are as many values as documents the runner's workers handle at once.
///
/// - Cost: a lock taken twice per loan; at most `keptCount` values are kept.
/// - Thread safety: safe to share.
package final class LendingPool<Value: Sendable>: Sendable {
    private let kept = Mutex<[Value]>([])
    private let make: @Sendable () -> Value

    /// The most values kept for reuse (one per worker of a runner; a value given back when as
    /// many are kept is dropped).
    package static var keptCount: Int { 8 }

    /// A pool that makes a new value with `make` when none is free.
    package init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// Calls `body` with a value no other caller holds meanwhile, and keeps it afterwards.
    package func withValue<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        var lent = kept.withLock { $0.popLast() } ?? make()
        defer {
            kept.withLock { values in
                if values.count < Self.keptCount { values.append(lent) }
            }
        }
        return try body(&lent)
    }

    /// The values kept for reuse now.
    package var keptNow: Int { kept.withLock { $0.count } }
}
