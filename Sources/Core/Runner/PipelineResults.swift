import Dispatch
import Foundation

/// The records of a run as an `AsyncSequence`, in input order by default.
///
/// The run goes on in the background on the runner's Dispatch queues; at most `bufferSize`
/// records wait for the consumer, so a slow consumer slows the run rather than growing memory.
/// Ending the iteration early (a `break`, or cancelling the consuming task) cancels the run.
public struct PipelineResults: AsyncSequence, Sendable {
    public typealias Element = Record

    private let stream: AsyncStream<Record>
    private let space: DispatchSemaphore

    init(stream: AsyncStream<Record>, space: DispatchSemaphore) {
        self.stream = stream
        self.space = space
    }

    public func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator(), space: space) }

    public struct Iterator: AsyncIteratorProtocol {
        var base: AsyncStream<Record>.Iterator
        let space: DispatchSemaphore

        public mutating func next() async -> Record? {
            let record = await base.next()
            if record != nil { space.signal() }
            return record
        }
    }
}

extension PipelineRunner {
    /// Runs the pipeline over `inputs` in the background and returns the records as an
    /// `AsyncSequence`.
    public func results<Inputs: Sequence & Sendable>(for inputs: Inputs, bufferSize: Int = 64) -> PipelineResults
    where Inputs.Element == DocumentInput {
        results(for: inputs, bufferSize: bufferSize, onTermination: {})
    }

    /// Runs the pipeline over an asynchronous sequence of inputs (for example lines arriving
    /// on a socket) and returns the records as an `AsyncSequence`. If `inputs` throws, the run
    /// ends with one failure record (stage `read`, id `input`) that carries the error.
    public func results<Inputs: AsyncSequence & Sendable>(for inputs: Inputs, bufferSize: Int = 64)
        -> PipelineResults where Inputs.Element == DocumentInput
    {
        let bridge = AsyncInputBridge(capacity: max(options.batchSize, bufferSize))
        let producer = Task {
            do {
                for try await input in inputs {
                    guard await bridge.push(input) else { break }
                }
            } catch {
                _ = await bridge.push(
                    DocumentInput(id: "input", payload: .unreadable("the input sequence failed: \(error)", code: .readSequence)))
            }
            bridge.finish()
        }
        return results(for: bridge, bufferSize: bufferSize) {
            producer.cancel()
            bridge.cancel()
        }
    }

    private func results<Inputs: Sequence & Sendable>(
        for inputs: Inputs, bufferSize: Int, onTermination: @escaping @Sendable () -> Void
    ) -> PipelineResults where Inputs.Element == DocumentInput {
        let (stream, continuation) = AsyncStream<Record>.makeStream(bufferingPolicy: .unbounded)
        let space = DispatchSemaphore.counting(max(1, bufferSize))
        let token = CancellationToken()
        continuation.onTermination = { _ in
            token.cancel()
            space.signal()
            onTermination()
        }
        DispatchQueue(label: "gloss.results", qos: .userInitiated).async { [self] in
            run(inputs, cancellation: token) { record in
                if !token.isCancelled { space.wait() }
                continuation.yield(record)
            }
            continuation.finish()
        }
        return PipelineResults(stream: stream, space: space)
    }
}

/// Hands inputs from an asynchronous producer to the runner's blocking pull, holding at most
/// `capacity` of them.
final class AsyncInputBridge: Sequence, @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [DocumentInput] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private var waitingProducer: CheckedContinuation<Void, Never>?
    private let capacity: Int

    init(capacity: Int) { self.capacity = Swift.max(1, capacity) }

    /// Adds an input, waiting while the bridge is full. Returns false once the consumer is gone.
    func push(_ input: DocumentInput) async -> Bool {
        while true {
            let accepted: Bool? = condition.withLock {
                if cancelled { return nil }
                guard items.count - head < capacity else { return false }
                items.append(input)
                condition.signal()
                return true
            }
            guard let accepted else { return false }
            if accepted { return true }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = condition.withLock {
                    if cancelled || items.count - head < capacity { return true }
                    waitingProducer = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
    }

    func finish() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    func cancel() {
        condition.withLock {
            cancelled = true
            finished = true
            waitingProducer?.resume()
            waitingProducer = nil
            condition.broadcast()
        }
    }

    /// Blocks until an input arrives or the producer finishes.
    func next() -> DocumentInput? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !finished { condition.wait() }
        guard head < items.count else { return nil }
        let input = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        waitingProducer?.resume()
        waitingProducer = nil
        return input
    }

    func makeIterator() -> Iterator { Iterator(bridge: self) }

    struct Iterator: IteratorProtocol {
        let bridge: AsyncInputBridge
        mutating func next() -> DocumentInput? { bridge.next() }
    }
}
