import Dispatch
import Foundation

/// Runs a pipeline over a stream of inputs on several Dispatch queues, handing out one record
/// per input as results complete.
///
/// ```
///               ┌── worker 1 (queue) ──┐
///  inputs ─pull─┼── worker 2 (queue) ──┼──▶ reorder ──▶ handler / AsyncSequence
///  (batches)    └── worker N (queue) ──┘    buffer      (caller's thread)
///        ▲                                                   │
///        └──────────── in-flight slots (backpressure) ◀──────┘
/// ```
///
/// - Workers pull batches of inputs under a lock (so any `Sequence` can feed them): up to
///   `RunOptions.batchSize` inputs, fewer when their known sizes reach `RunOptions.batchBytes`
///   (a batch of large pages holds a few of them). They read each
///   input, run the stages stage by stage over the batch (each stage over every document of
///   the batch before the next: its code and tables stay in the processor's caches, where
///   document by document the later stages' evict them), encode the records when given a
///   `RecordEncoding`, and leave the batch's records in a reorder buffer.
/// - The calling thread hands records to the handler, in input order by default. A batch's
///   in-flight slot is freed only when its records have been handed out, so at most
///   `RunOptions.maxInFlight` documents (and, of known sizes, about `maxInFlight / batchSize`
///   batches of `batchBytes`) are held at once, whatever the input's length.
/// - A stage that throws turns its document into a `DocumentFailure` record; the run goes on.
/// - Before the handler sees a record, each `OrderedStage` finishes it on the calling thread,
///   in delivery order (`Pipeline.deliver(_:)`).
/// - Per-stage times and counts accumulate in `statistics`.
///
/// Stages never see threads: each document is processed by one worker from start to end.
public final class PipelineRunner: Sendable {
    public let pipeline: Pipeline
    public let options: RunOptions
    private let collector: StatisticsCollector

    public init(pipeline: Pipeline, options: RunOptions = RunOptions()) {
        self.pipeline = pipeline
        self.options = options
        self.collector = StatisticsCollector(stageNames: pipeline.names)
    }

    /// The figures of the current or last run.
    public var statistics: RunStatistics { collector.snapshot }

    /// Runs the pipeline over `inputs`, calling `handler` on the calling thread with one record
    /// per input, and returns the run's figures.
    ///
    /// If `handler` throws, no further input is read, documents in flight are finished and
    /// dropped, and the error is rethrown.
    @discardableResult
    public func run<Inputs: Sequence, Failure: Error>(
        _ inputs: Inputs, cancellation: CancellationToken = CancellationToken(),
        handler: (Record) throws(Failure) -> Void
    ) throws(Failure) -> RunStatistics where Inputs.Element == DocumentInput {
        try run(inputs, encoding: nil, cancellation: cancellation) { (encoded: EncodedRecord) throws(Failure) in
            try handler(encoded.record)
        }
    }

    /// Runs the pipeline over `inputs` as `run(_:cancellation:handler:)` does, and has each
    /// record encoded by `encoding` on the worker that made it, so that the handler (a sink)
    /// only writes the bytes. The handler gets nil bytes for a record the encoding declined,
    /// and for every record of a pipeline with an `OrderedStage` (whose `deliver` runs after
    /// the workers): it encodes those itself.
    @discardableResult
    public func run<Inputs: Sequence, Failure: Error>(
        _ inputs: Inputs, encoding: (any RecordEncoding)?, cancellation: CancellationToken = CancellationToken(),
        handler: (EncodedRecord) throws(Failure) -> Void
    ) throws(Failure) -> RunStatistics where Inputs.Element == DocumentInput {
        collector.reset()
        let started = DispatchTime.now().uptimeNanoseconds
        let state = RunState(iterator: AnyIterator(inputs.makeIterator()), options: options, cancellation: cancellation)
        let group = DispatchGroup()
        for worker in 0..<options.jobs {
            let queue = DispatchQueue(label: "gloss.worker.\(worker)", qos: .userInitiated)
            queue.async(group: group) { [self] in work(state, encoding: encoding) }
        }
        var handlerError: Failure?
        state.deliver(ordered: options.ordered) { records in
            for record in records where handlerError == nil {
                do throws(Failure) {
                    // Bytes are made only when no stage has a deliver step.
                    try handler(record.bytes == nil ? EncodedRecord(record: pipeline.deliver(record.record), bytes: nil) : record)
                } catch {
                    handlerError = error
                    cancellation.cancel()
                }
            }
        }
        group.wait()
        collector.setWallTime(DispatchTime.now().uptimeNanoseconds - started)
        if let handlerError { throw handlerError }
        return collector.snapshot
    }

    /// Runs the pipeline and collects every record, in input order.
    public func run<Inputs: Sequence>(_ inputs: Inputs) -> [Record] where Inputs.Element == DocumentInput {
        var records: [Record] = []
        run(inputs) { records.append($0) }
        return records
    }

    /// One worker: pull a batch, process it, hand it to the reorder buffer, until the input
    /// ends or the run is cancelled.
    private func work(_ state: RunState, encoding: (any RecordEncoding)?) {
        var figures = RunStatistics(stageNames: pipeline.names)
        let textIsGiven = pipeline.given.contains(.text)
        let encoding = pipeline.stages.contains { $0 is any OrderedStage } ? nil : encoding
        while let (sequence, batch) = state.pullBatch() {
            var records: [EncodedRecord] = []
            records.reserveCapacity(batch.count)
            for record in process(batch, textIsGiven: textIsGiven, figures: &figures) {
                records.append(EncodedRecord(record: record, bytes: encoding?.encodeOnWorker(record)))
            }
            collector.merge(figures)
            figures = RunStatistics(stageNames: pipeline.names)
            state.complete(sequence, records)
        }
        state.workerFinished()
    }

    /// Processes a batch stage by stage (`BatchPass`): each stage runs over every document of
    /// the batch still going before the next stage starts; the records come out in batch order.
    private func process(_ batch: [DocumentInput], textIsGiven: Bool, figures: inout RunStatistics) -> [Record] {
        var pass = BatchPass(batch, textIsGiven: textIsGiven, maxBytes: options.maxDocumentBytes, figures: &figures)
        for (index, stage) in pipeline.stages.enumerated() {
            pass.run(stage, at: index, figures: &figures)
        }
        return pass.close(figures: &figures)
    }
}

/// The shared state of one run: the input iterator, the reorder buffer and the in-flight
/// slots. Workers call `pullBatch`, `complete` and `workerFinished`; the calling thread calls
/// `deliver`.
private final class RunState: @unchecked Sendable {
    // Guarded by pullLock.
    private let pullLock = NSLock()
    private var iterator: AnyIterator<DocumentInput>
    private var nextSequence = 0
    private var exhausted = false

    // Guarded by condition.
    private let condition = NSCondition()
    private var completed: [Int: [EncodedRecord]] = [:]
    private var finishedWorkers = 0

    private let slots: DispatchSemaphore
    private let jobs: Int
    private let batchSize: Int
    private let batchBytes: Int
    private let cancellation: CancellationToken

    init(iterator: AnyIterator<DocumentInput>, options: RunOptions, cancellation: CancellationToken) {
        self.iterator = iterator
        self.slots = DispatchSemaphore.counting(options.maxInFlightBatches)
        self.jobs = options.jobs
        self.batchSize = options.batchSize
        self.batchBytes = options.batchBytes
        self.cancellation = cancellation
    }

    /// Takes an in-flight slot and the next batch of inputs, or returns nil when the input is
    /// exhausted or the run is cancelled.
    func pullBatch() -> (Int, [DocumentInput])? {
        slots.wait()
        pullLock.lock()
        defer { pullLock.unlock() }
        guard !exhausted, !cancellation.isCancelled else {
            slots.signal()
            return nil
        }
        var batch: [DocumentInput] = []
        batch.reserveCapacity(min(batchSize, 1024))  // a huge batch size reserves no memory up front
        var bytes = 0
        while batch.count < batchSize, bytes < batchBytes, !cancellation.isCancelled {
            guard let input = iterator.next() else {
                exhausted = true
                break
            }
            bytes += min(max(0, input.byteCountHint ?? 0), batchBytes - bytes)  // never past batchBytes
            batch.append(input)
        }
        if cancellation.isCancelled { exhausted = true }
        guard !batch.isEmpty else {
            slots.signal()
            return nil
        }
        defer { nextSequence += 1 }
        return (nextSequence, batch)
    }

    func complete(_ sequence: Int, _ records: [EncodedRecord]) {
        condition.lock()
        completed[sequence] = records
        condition.signal()
        condition.unlock()
    }

    func workerFinished() {
        condition.lock()
        finishedWorkers += 1
        condition.signal()
        condition.unlock()
    }

    /// Hands out completed batches on the calling thread until every worker has finished and
    /// every batch has been handed out. Each batch handed out frees its in-flight slot.
    func deliver(ordered: Bool, _ body: ([EncodedRecord]) -> Void) {
        var next = 0
        condition.lock()
        while true {
            let ready: [EncodedRecord]?
            if ordered {
                ready = completed.removeValue(forKey: next)
            } else {
                ready = completed.isEmpty ? nil : completed.remove(at: completed.startIndex).value
            }
            if let ready {
                next += 1
                condition.unlock()
                body(ready)
                slots.signal()
                condition.lock()
                continue
            }
            if finishedWorkers == jobs {
                if completed.isEmpty { break }
                next = completed.keys.min()!  // cannot happen: batches complete before workers finish
                continue
            }
            condition.wait()
        }
        condition.unlock()
    }
}

extension DispatchSemaphore {
    /// A semaphore holding `count` permits. libdispatch traps when a semaphore is released
    /// holding fewer permits than it was created with (as a cancelled run's may); one created
    /// empty and signalled up to `count` has no such floor.
    static func counting(_ count: Int) -> DispatchSemaphore {
        let semaphore = DispatchSemaphore(value: 0)
        for _ in 0..<count { semaphore.signal() }
        return semaphore
    }
}
