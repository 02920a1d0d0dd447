import Foundation
import GlossCore
import GlossSinks
import GlossTestSupport
import Synchronization
import Testing

@Suite struct PipelineRunnerTests {
    let pipeline = try! Pipeline([Uneven(), SpaceTokenizer()], given: [.raw, .text])

    @Test func keepsInputOrderWhileWorkersFinishOutOfOrder() {
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 4, batchSize: 2))
        let records = runner.run(textInputs(500))
        #expect(records.map(\.id) == (0..<500).map { "doc\($0)" })
    }

    @Test func unorderedModeYieldsEveryRecordOnce() {
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 3, batchSize: 4, ordered: false))
        let records = runner.run(textInputs(300))
        #expect(Set(records.map(\.id)) == Set((0..<300).map { "doc\($0)" }))
        #expect(records.count == 300)
    }

    @Test func hugeJobAndBatchCountsDoNotOverflow() {
        let options = RunOptions(jobs: Int.max, batchSize: Int.max)
        #expect(options.maxInFlight == Int.max)
        #expect(RunOptions(jobs: 2, batchSize: 3).maxInFlight == 24)
    }

    @Test func oneJobAndManyJobsGiveIdenticalOutput() {
        let inputs = textInputs(400) { "word \($0) and \(String(repeating: "x", count: $0 % 13))" }
        let encoder = RecordEncoder(includeTokens: true)
        func output(jobs: Int, batch: Int) -> [UInt8] {
            PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: jobs, batchSize: batch))
                .run(inputs).flatMap { encoder.encode($0) }
        }
        let single = output(jobs: 1, batch: 1)
        #expect(single == output(jobs: 2, batch: 7))
        #expect(single == output(jobs: 5, batch: 64))
    }

    @Test func aFailingStageYieldsAnErrorRecordAndTheRunGoesOn() throws {
        let pipeline = try Pipeline([Picky(), SpaceTokenizer()], given: [.raw, .text])
        let inputs = textInputs(10) { $0 % 3 == 0 ? "a bad one" : "a good one" }
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2, batchSize: 3))
        let records = runner.run(inputs)
        #expect(records.count == 10)
        let failures = records.compactMap(\.failure)
        #expect(failures.map(\.id) == ["doc0", "doc3", "doc6", "doc9"])
        #expect(failures.allSatisfy { $0.stage == "test.picky" && $0.message == "the text says bad" && $0.byteOffset == 3 })
        #expect(records.compactMap(\.document).allSatisfy { $0.tokens.count == 3 })
        let figures = runner.statistics
        #expect(figures.records == 10 && figures.failures == 4)
        #expect(figures.stages.map(\.name) == ["read", "test.picky", "test.tokens"])
        #expect(figures.stages[1].failures == 4 && figures.stages[2].documents == 6)
        #expect(figures.tokens == 18)
    }

    @Test func unreadableInputsBecomeReadFailures() {
        let inputs = [
            DocumentInput(id: "gone", source: "/no/such/file", payload: .file(path: "/no/such/file")),
            DocumentInput.text("fine text", id: "ok"),
            DocumentInput(id: "big", payload: .bytes([UInt8](repeating: 65, count: 100))),
        ]
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2, maxDocumentBytes: 50))
        let records = runner.run(inputs)
        #expect(records.map(\.id) == ["gone", "ok", "big"])
        #expect(records[0].failure?.stage == "read")
        #expect(records[0].failure?.message == "no such file or directory")
        #expect(records[1].document != nil)
        #expect(records[2].failure?.message.contains("over the limit of 50 bytes") == true)
    }

    /// The bound on documents in flight, checked with counters: documents pulled from the input
    /// minus records handed out never exceeds `maxInFlight`.
    @Test func documentsInFlightStayBounded() {
        let pulled = Counter()
        let inputs = CountingInputs(count: 20_000, pulled: pulled)
        let options = RunOptions(jobs: 2, batchSize: 8, maxInFlight: 32)
        let runner = PipelineRunner(pipeline: pipeline, options: options)
        var delivered = 0
        var widest = 0
        runner.run(inputs) { (_: Record) in
            widest = max(widest, pulled.value - delivered)
            delivered += 1
        }
        #expect(delivered == 20_000)
        #expect(widest <= 32)
        #expect(widest > 8)  // workers do run ahead of the consumer
    }

    @Test func cancellationStopsReadingAnEndlessInput() {
        let pulled = Counter()
        let endless = CountingInputs(count: .max, pulled: pulled)
        let token = CancellationToken()
        let options = RunOptions(jobs: 2, batchSize: 4, maxInFlight: 16)
        var delivered = 0
        PipelineRunner(pipeline: pipeline, options: options).run(endless, cancellation: token) { (_: Record) in
            delivered += 1
            if delivered == 1_000 { token.cancel() }
        }
        #expect(delivered >= 1_000)
        #expect(delivered == pulled.value)  // every input read yields its record
        #expect(delivered <= 1_000 + 16)
    }

    @Test func aThrowingHandlerStopsTheRunAndRethrows() {
        struct Enough: Error {}
        var seen = 0
        #expect(throws: Enough.self) {
            try PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2, batchSize: 2)).run(textInputs(1_000)) {
                (_: Record) throws(Enough) in
                seen += 1
                if seen == 10 { throw Enough() }
            }
        }
        #expect(seen == 10)
    }

    @Test func statisticsCountTimeAndBytesPerStage() {
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2))
        let figures = runner.run(textInputs(50) { _ in "abc def" }) { (_: Record) in }
        #expect(figures.records == 50)
        #expect(figures.inputBytes == 50 * 7)
        #expect(figures.tokens == 100)
        #expect(figures.stages.allSatisfy { $0.documents == 50 })
        #expect(figures.wallNanoseconds > 0)
        #expect(figures.latencyBuckets.reduce(0, +) == 50)
        #expect(runner.statistics == figures)
    }

    /// A worker runs each stage over its whole batch before the next stage: the order that keeps
    /// a stage's code and tables in the caches. A document a stage fails leaves the batch.
    @Test func runsEachStageOverTheWholeBatchBeforeTheNext() throws {
        let log = CallLog()
        let pipeline = try Pipeline(
            [LoggingStage(name: "first", log: log), Picky(), LoggingStage(name: "second", log: log)], given: [.raw, .text])
        let inputs = textInputs(6) { $0 == 1 ? "a bad one" : "fine" }
        let records = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 1, batchSize: 3)).run(inputs)
        #expect(records.map(\.id) == (0..<6).map { "doc\($0)" })
        #expect(records[1].failure?.stage == "test.picky")
        #expect(log.entries.withLock { $0 } == [
            "first doc0", "first doc1", "first doc2", "second doc0", "second doc2",
            "first doc3", "first doc4", "first doc5", "second doc3", "second doc4", "second doc5",
        ])
    }

    /// A batch ends at the input that brings its known bytes to `batchBytes`, so a batch of
    /// large pages holds a few of them: the stage-by-stage order shows where batches end.
    @Test func aBatchEndsWhenItsInputsReachBatchBytes() throws {
        let log = CallLog()
        let pipeline = try Pipeline(
            [LoggingStage(name: "first", log: log), LoggingStage(name: "second", log: log)], given: [.raw, .text])
        let sizes = [600, 600, 1, 1, 2_000, 1, 0]
        let inputs = sizes.enumerated().map { DocumentInput.text(String(repeating: "a", count: $1), id: "doc\($0)") }
        let options = RunOptions(jobs: 1, batchSize: 32, batchBytes: 1_000)
        let records = PipelineRunner(pipeline: pipeline, options: options).run(inputs)
        #expect(records.map(\.id) == (0..<7).map { "doc\($0)" })
        #expect(log.entries.withLock { $0 } == [
            "first doc0", "first doc1", "second doc0", "second doc1",
            "first doc2", "first doc3", "first doc4", "second doc2", "second doc3", "second doc4",
            "first doc5", "first doc6", "second doc5", "second doc6",
        ])
    }

    /// Files count by the size their source listed; inputs of unknown size count as empty, so
    /// only `batchSize` ends their batches.
    @Test func byteCountHintsComeFromMemoryOrTheListedSize() {
        #expect(DocumentInput.text("héllo", id: "t").byteCountHint == 6)
        #expect(DocumentInput(id: "b", payload: .bytes([1, 2, 3])).byteCountHint == 3)
        #expect(DocumentInput(id: "f", payload: .file(path: "/x"), fileSize: 42).byteCountHint == 42)
        #expect(DocumentInput(id: "f", payload: .file(path: "/x")).byteCountHint == nil)
        #expect(DocumentInput(id: "d", payload: .deferred { _ in [] }).byteCountHint == nil)
        #expect(RunOptions().batchBytes == 1 << 20 && RunOptions(batchBytes: 0).batchBytes == 1)
    }

    @Test func emptyInputYieldsNothing() {
        let records = PipelineRunner(pipeline: pipeline).run([DocumentInput]())
        #expect(records.isEmpty)
    }
}

/// The stages' calls, in the order they came.
final class CallLog: Sendable {
    let entries = Mutex<[String]>([])
}

/// Notes each document it sees in a `CallLog`, as "name id".
struct LoggingStage: Stage {
    let name: String
    let log: CallLog
    let provides: Set<LayerID> = []

    func process(_ document: inout Document) throws {
        log.entries.withLock { $0.append("\(name) \(document.id)") }
    }
}

/// An input sequence that counts how many inputs were pulled from it.
struct CountingInputs: Sequence {
    let count: Int
    let pulled: Counter

    func makeIterator() -> Iterator { Iterator(count: count, pulled: pulled) }

    struct Iterator: IteratorProtocol {
        let count: Int
        let pulled: Counter
        var index = 0

        mutating func next() -> DocumentInput? {
            guard index < count else { return nil }
            defer { index += 1 }
            pulled.increment()
            return DocumentInput.text("input \(index) text", id: "in\(index)")
        }
    }
}
