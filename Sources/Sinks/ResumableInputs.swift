import GlossCore
import Synchronization

/// The inputs of a run written to a folder: passes on a source's inputs, leaving out those a
/// resumed run already committed, and tells the writer which top-level file each record
/// comes from.
///
/// An input the manifest marks done is skipped whole; of an input partly committed (`records`
/// = N), the first N inputs it yields are skipped, since the run before wrote records in
/// input order and a source yields a file's inputs in the same order each time. The origin
/// of each input passed on is queued, and `nextOrigin()` hands them back in the same order,
/// one per record (the runner yields one record per input, in input order).
public struct ResumableInputs<Base: Sequence>: Sequence where Base.Element == DocumentInput {
    public let base: Base
    public let committed: [String: RunManifest.Input]
    public let origins: OriginQueue

    public init(_ base: Base, committed: [String: RunManifest.Input] = [:], origins: OriginQueue = OriginQueue()) {
        self.base = base
        self.committed = committed
        self.origins = origins
    }

    public func makeIterator() -> Iterator {
        Iterator(base: base.makeIterator(), committed: committed, origins: origins)
    }

    public struct Iterator: IteratorProtocol {
        var base: Base.Iterator
        var committed: [String: RunManifest.Input]
        let origins: OriginQueue
        /// Inputs skipped so far, per partly committed origin.
        var skipped: [String: Int] = [:]
        /// Inputs skipped in all.
        public private(set) var skippedCount = 0

        init(base: Base.Iterator, committed: [String: RunManifest.Input], origins: OriginQueue) {
            self.base = base
            self.committed = committed
            self.origins = origins
        }

        public mutating func next() -> DocumentInput? {
            while let input = base.next() {
                let key = input.origin ?? ""
                if let done = committed[key] {
                    if done.done { continue }
                    let count = skipped[key, default: 0]
                    if count < done.records {
                        skipped[key] = count + 1
                        continue
                    }
                }
                origins.push(input.origin)
                return input
            }
            return nil
        }
    }
}

/// The origins of inputs handed to the runner, in order, for the writer to take back one per
/// record. Thread-safe: the runner pulls inputs on worker threads.
public final class OriginQueue: Sendable {
    private let state = Mutex<(items: [String?], head: Int)>(([], 0))

    public init() {}

    public func push(_ origin: String?) {
        state.withLock { $0.items.append(origin) }
    }

    /// The origin of the next record; nil once the queue is empty, or for an input made in memory.
    public func pop() -> String? {
        state.withLock { queue in
            guard queue.head < queue.items.count else { return nil }
            let origin = queue.items[queue.head]
            queue.head += 1
            if queue.head >= 4096, queue.head * 2 >= queue.items.count {
                queue.items.removeFirst(queue.head)
                queue.head = 0
            }
            return origin
        }
    }
}
