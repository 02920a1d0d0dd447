import Synchronization

/// Stops a run: no further input is read once it is cancelled. Documents already read are
/// finished and handed out, so each of them still yields its record.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .releasing) }

    public var isCancelled: Bool { flag.load(ordering: .acquiring) }
}
