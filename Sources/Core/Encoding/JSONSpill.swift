/// Where a `JSONWriter` hands its bytes once they pass a size, so that a sink writes a huge
/// record in slices rather than building it whole in memory.
///
/// The sink creates one, gives it to its writer, and after each record asks `rethrow()` for the
/// first write error the spill met (a spill cannot throw through the writer). Costs one
/// comparison per JSON value written; a spill is a `write` of `threshold` bytes or so.
///
/// Not thread-safe: it belongs to the writer of one sink, used on one thread. (It is marked
/// `Sendable` only so that `JSONWriter` stays a `Sendable` value; it is never shared.)
public final class JSONSpill: @unchecked Sendable {
    /// Bytes a writer holds before it spills.
    public let threshold: Int
    private let body: ([UInt8]) throws -> Void
    private var failure: (any Error)?

    /// - Parameters:
    ///   - threshold: bytes a writer holds before it spills (1 MiB by default).
    ///   - body: writes the bytes out; its first error is kept for `rethrow()`, later spills
    ///     are dropped.
    public init(threshold: Int = 1 << 20, body: @escaping ([UInt8]) throws -> Void) {
        self.threshold = max(1, threshold)
        self.body = body
    }

    /// Bytes handed over so far, including those dropped after a failure.
    public private(set) var bytesTaken = 0

    /// Whether a spill has failed (and what is written from now on is dropped): a writer's
    /// owner may stop encoding early. `rethrow()` clears it.
    public var hasFailed: Bool { failure != nil }

    func take(_ bytes: [UInt8]) {
        bytesTaken += bytes.count
        guard failure == nil else { return }
        do { try body(bytes) } catch { failure = error }
    }

    /// Throws the first error met while spilling, and forgets it.
    public func rethrow() throws {
        guard let failure else { return }
        self.failure = nil
        throw failure
    }
}
