import Foundation
import GlossCore
@testable import GlossSinks
import GlossTestSupport
import Testing

/// Records encoded on the workers (`RecordEncoder.encodeOnWorker`, `PipelineRunner.run(_:encoding:...)`)
/// are the bytes the sink would have made, and what is too big is left to the sink.
@Suite struct WorkerEncodingTests {
    /// A document of `sentences` sentences "Hi. ", tokenized and split.
    static func hiDocument(sentences count: Int) throws -> Document {
        var document = Document(id: "big", text: String(repeating: "Hi. ", count: count))
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        for index in 0..<count {
            let start = index * 4
            tokens.append(Token(span: Span(start: start, end: start + 2), kind: .word))
            tokens.append(Token(span: Span(start: start + 2, end: start + 3), kind: .punctuation))
            sentences.append(Sentence(span: Span(start: start, end: start + 3), tokens: index * 2..<index * 2 + 2))
        }
        try document.setTokens(tokens)
        try document.setSentences(sentences)
        return document
    }

    @Test func aSmallRecordIsEncodedToTheSameBytes() throws {
        let document = try Self.hiDocument(sentences: 20)
        let failure = Record.failure(DocumentFailure(id: "bad", source: "b.txt", stage: "read", message: "gone"))
        for encoder in [RecordEncoder(), RecordEncoder(includeText: false, includeTokens: true)] {
            #expect(encoder.encodeOnWorker(.document(document)) == encoder.encode(.document(document)))
            #expect(encoder.encodeOnWorker(failure) == encoder.encode(failure))
        }
    }

    @Test func aDocumentWithTooMuchTextIsLeftToTheSink() {
        let document = Document(id: "big", text: String(repeating: "a", count: RecordEncoder.workerLimit + 1))
        #expect(RecordEncoder().encodeOnWorker(.document(document)) == nil)
        let justUnder = Document(id: "ok", text: String(repeating: "a", count: RecordEncoder.workerLimit / 2))
        #expect(RecordEncoder().encodeOnWorker(.document(justUnder)) != nil)
    }

    /// 100,000 sentences of 4 bytes: 400 KB of text, but several MB of JSON with tokens.
    @Test func aLineThatGrowsPastTheLimitIsLeftToTheSink() throws {
        let document = try Self.hiDocument(sentences: 100_000)
        let encoder = RecordEncoder(includeTokens: true)
        #expect(document.text.utf8.count < RecordEncoder.workerLimit)
        #expect(encoder.encode(.document(document)).count > 2 * RecordEncoder.workerLimit)
        #expect(encoder.encodeOnWorker(.document(document)) == nil)
        // Its sentences and tokens alone cannot fit: declined before any encoding.
        #expect(encoder.minimumLineBytes(document) > RecordEncoder.workerLimit)
        #expect(encoder.workerEncoding(.document(document)).made == 0)
    }

    /// 7,500 sentences with tokens: the counts allow a line under the limit, the line is over
    /// it (about 1.3 MB), and the worker gives it up at the limit rather than at its end.
    @Test func aLineThatPassesTheLimitIsGivenUpThere() throws {
        let document = try Self.hiDocument(sentences: 7_500)
        let encoder = RecordEncoder(includeTokens: true)
        let whole = encoder.encode(.document(document)).count
        #expect(encoder.minimumLineBytes(document) <= RecordEncoder.workerLimit)
        #expect(whole > RecordEncoder.workerLimit + 200_000)
        let (bytes, made) = encoder.workerEncoding(.document(document))
        #expect(bytes == nil)
        #expect(made >= RecordEncoder.workerLimit)
        #expect(made < RecordEncoder.workerLimit + 256 * 64)  // at most 256 tokens past the limit
    }

    /// The sink writes a record the worker gave up on whole, the same bytes as a sink alone.
    @Test func aRecordGivenUpOnTheWorkerIsWrittenWholeByTheSink() throws {
        let document = try Self.hiDocument(sentences: 7_500)
        let encoder = RecordEncoder(includeTokens: true)
        let directory = TemporaryDirectory()
        let path = directory.path + "/out.jsonl"
        do {
            let sink = try JSONLinesSink(path: path, encoder: encoder)
            try sink.write(.document(document), encoded: encoder.encodeOnWorker(.document(document)))
            try sink.finish()
        }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == encoder.encode(.document(document)))
    }

    @Test func theLowerBoundOfALineIsBelowItsLength() throws {
        for count in [0, 1, 7, 300] {
            let document = try Self.hiDocument(sentences: count)
            for encoder in [RecordEncoder(), RecordEncoder(includeText: false, includeTokens: true), RecordEncoder(includeTokens: true)] {
                #expect(encoder.minimumLineBytes(document) <= encoder.encode(.document(document)).count)
            }
        }
    }

    @Test func theRunnerHandsOutWorkerBytesThatTheSinkWritesAsTheyAre() throws {
        let pipeline = try Pipeline([SpaceTokenizer()], given: [.raw, .text])
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 3, batchSize: 2))
        let inputs = (0..<50).map { DocumentInput.text("word \($0) and more", id: "t\($0)") }
        let encoder = RecordEncoder(includeTokens: true)
        let directory = TemporaryDirectory()
        let path = directory.path + "/out.jsonl"
        var expected: [UInt8] = []
        var encodedOnWorkers = 0
        do {
            let sink = try JSONLinesSink(path: path, encoder: encoder)
            try runner.run(inputs, encoding: encoder) { (encoded: EncodedRecord) throws(JSONLinesSink.Error) in
                if encoded.bytes != nil { encodedOnWorkers += 1 }
                expected += encoder.encode(encoded.record)
                try sink.write(encoded.record, encoded: encoded.bytes)
            }
            try sink.finish()
            #expect(sink.count == 50)
        }
        #expect(encodedOnWorkers == 50)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    /// Marks each document in delivery order: only the delivering thread knows the final record.
    struct Stamp: OrderedStage {
        let name = "test.stamp"
        let provides: Set<LayerID> = []
        func process(_ document: inout Document) throws {}
        func deliver(_ document: inout Document) { document.diagnostics.append(Diagnostic(stage: name, message: "stamped")) }
    }

    @Test func aPipelineWithAnOrderedStageIsEncodedWhereItIsDelivered() throws {
        let runner = PipelineRunner(pipeline: try Pipeline([Stamp()], given: [.raw, .text]))
        var bytes: [[UInt8]?] = []
        var stamped = 0
        runner.run([DocumentInput.text("a b", id: "a")], encoding: RecordEncoder()) { (encoded: EncodedRecord) in
            bytes.append(encoded.bytes)
            if encoded.record.document?.diagnostics.first?.message == "stamped" { stamped += 1 }
        }
        #expect(bytes.count == 1 && bytes[0] == nil)
        #expect(stamped == 1)
    }
}
