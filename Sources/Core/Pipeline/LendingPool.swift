import Synchronization

/// Values a stage keeps from one document to the next (a tagger's caches, a parser's hint
/// cache), each lent to one caller at a time, so that what one document filled carries over
/// to the next on the same worker without two threads ever sharing a value. Stages create no
/// threads: there are as many values as documents the runner's workers handle at once.
///
/// Every value given back is kept: a value is made only when none is free, so a pool never
/// holds more values than were lent at once (one per worker of a runner, whatever its number
/// of jobs), and a worker never waits for a value to be made again. They stay until the pool
/// goes with whatever holds it, and the most ever lent at once is what stays: the bundled
/// entity recogniser's tagger, and so its pool, lasts as long as the process and is shared
/// by every pipeline in it, so a process that once ran 64 documents at once keeps 64 cache
/// sets (about 3 MB each) after its runs end.
///
/// Each value lives in memory of its own and the pool keeps its address: a loan moves no
/// value and asks the runtime for no type made from `Value` (`Optional<Value>`,
/// `Array<Value>`), which this generic code, called unspecialised from other modules, would
/// look up at every loan (about 2,300 instructions a loan, by callgrind). The addresses and
/// their lists are types of their own, outside the generic class (`LendingStock`), so that
/// `[address]` and the mutex holding the lists are not generic types either.
///
/// - Cost: a lock taken twice per loan; kept: as many values as callers ever held at once.
/// - Thread safety: safe to share.
package final class LendingPool<Value: Sendable>: @unchecked Sendable {
    private let stock = Mutex(LendingStock())
    private let make: @Sendable () -> Value

    /// A pool that makes a new value with `make` when none is free.
    package init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    deinit {
        stock.withLock { stock in
            for address in stock.made {
                let value = Self.value(at: address)
                value.deinitialize(count: 1)
                value.deallocate()
            }
        }
    }

    /// Calls `body` with a value no other caller holds meanwhile, and keeps it afterwards.
    package func withValue<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        let address = stock.withLock { $0.free.popLast() } ?? newValue()
        defer { stock.withLock { $0.free.append(address) } }
        return try body(&Self.value(at: address).pointee)
    }

    /// The value at `address`, which this pool made.
    @inline(__always) private static func value(at address: LendingStock.Address) -> UnsafeMutablePointer<Value> {
        address.raw.assumingMemoryBound(to: Value.self)
    }

    /// A value made with `make`, in memory of its own, listed as made.
    private func newValue() -> LendingStock.Address {
        let value = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        value.initialize(to: make())
        let address = LendingStock.Address(raw: UnsafeMutableRawPointer(value))
        stock.withLock { $0.made.append(address) }
        return address
    }

    /// The values kept for reuse now.
    package var keptNow: Int { stock.withLock { $0.free.count } }

    /// The values made so far: the most that were lent at once.
    package var madeCount: Int { stock.withLock { $0.made.count } }
}

/// A `LendingPool`'s values by address: those free for a loan, and all it ever made. Not
/// generic (an address is a raw pointer; the pool knows the type), so a loan looks up no
/// generic type's metadata for the lists or their mutex. Guarded by the pool's mutex; each
/// value is touched only by the caller it is lent to.
struct LendingStock {
    /// Where a value lives. Sendable: only the caller a value is lent to reads or writes it.
    struct Address: @unchecked Sendable {
        let raw: UnsafeMutableRawPointer
    }

    var free: [Address] = []
    var made: [Address] = []
}
