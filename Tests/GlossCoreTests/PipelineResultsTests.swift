import GlossCore
import GlossTestSupport
import Testing

@Suite struct PipelineResultsTests {
    let pipeline = try! Pipeline([Uneven(), SpaceTokenizer()], given: [.raw, .text])

    @Test func asyncResultsComeInInputOrder() async {
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2, batchSize: 3))
        var ids: [String] = []
        for await record in runner.results(for: textInputs(200)) { ids.append(record.id) }
        #expect(ids == (0..<200).map { "doc\($0)" })
    }

    @Test func asyncInputsAreProcessedWithOneRecordEach() async {
        let (stream, continuation) = AsyncStream<DocumentInput>.makeStream()
        for input in textInputs(120) { continuation.yield(input) }
        continuation.finish()
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2, batchSize: 4))
        var count = 0
        for await record in runner.results(for: stream) {
            #expect(record.document?.tokens.count == 3)
            count += 1
        }
        #expect(count == 120)
    }

    @Test func aFailingInputSequenceEndsWithAFailureRecord() async {
        struct Broken: Error {}
        let stream = AsyncThrowingStream<DocumentInput, any Error> { continuation in
            continuation.yield(DocumentInput.text("one two", id: "first"))
            continuation.finish(throwing: Broken())
        }
        var records: [Record] = []
        for await record in PipelineRunner(pipeline: pipeline).results(for: stream) { records.append(record) }
        #expect(records.map(\.id) == ["first", "input"])
        #expect(records[1].failure?.stage == "read")
    }

    @Test func breakingOutCancelsTheRun() async {
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2, batchSize: 2, maxInFlight: 8))
        let endless = CountingSequence()
        var seen = 0
        for await _ in runner.results(for: endless, bufferSize: 4) {
            seen += 1
            if seen == 50 { break }
        }
        #expect(seen == 50)
    }
}

/// An endless sequence of text inputs.
struct CountingSequence: Sequence, Sendable {
    func makeIterator() -> AnyIterator<DocumentInput> {
        var index = 0
        return AnyIterator {
            index += 1
            return DocumentInput.text("endless \(index)", id: "e\(index)")
        }
    }
}
