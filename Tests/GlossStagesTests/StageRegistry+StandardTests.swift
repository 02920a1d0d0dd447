import Foundation
import GlossCore
import Testing

import GlossSinks
import GlossSources
@testable import GlossStages

/// The built-in stages together, as `gloss analyze` runs them.
@Suite struct StandardPipelineTests {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/000_fb4e75e7260c85f4.txt").path

    let pipeline = try! StageRegistry.standard.makePipeline(StageRegistry.defaultStageNames)

    @Test func registersTheBuiltInsInPipelineOrder() {
        // The default pipeline in order, with the two ingests `ingest` chooses between after it,
        // then the stages not run by default (sentiment).
        #expect(
            Array(StageRegistry.standard.descriptors.map(\.name).filter { !$0.hasPrefix("ingest.") }
                .prefix(StageRegistry.defaultStageNames.count)) == StageRegistry.defaultStageNames)
        for descriptor in StageRegistry.standard.descriptors {
            #expect(!descriptor.summary.isEmpty && !descriptor.cost.isEmpty, "\(descriptor.name) needs a summary and cost")
        }
    }

    @Test func theSeedGetsSentencesTokensAndARepairedText() throws {
        let records = PipelineRunner(pipeline: pipeline).run(FileSource(paths: [Self.seedPath]))
        let document = try #require(records.first?.document)
        // 17 lines, each a paragraph; line 4 holds two sentences
        #expect(document.sentences.count == 18)
        #expect(document.tokens.count > 400)
        // every sentence starts with an uppercase letter or an opening quote
        for sentence in document.sentences {
            let first = document.text(of: sentence.span).unicodeScalars.first!
            #expect(first.properties.isUppercase || first == "“", "sentence starts with \(first)")
        }
        // the normaliser repaired "re -election", and the repaired word leads back to the input bytes
        let repaired = try #require(document.text.range(of: "whose re-election"))
        let start = document.text.utf8.distance(from: document.text.startIndex, to: repaired.lowerBound) + 6
        let span = Span(start: start, end: start + 11)
        let raw = try FileReader.read(path: Self.seedPath, maxBytes: 1 << 20)
        let source = document.sourceRange(of: span)
        #expect(String(decoding: raw[source], as: UTF8.self) == "re -election")
    }

    @Test func oneJobAndManyJobsGiveIdenticalOutput() throws {
        var texts = [try String(contentsOfFile: Self.seedPath, encoding: .utf8)]
        texts += (0..<300).map { "Report \($0): Mr. Smith paid $1,234.56 (about 12%) on Dec. 3… “Fine!” he said.\n\nNext para \($0)." }
        let inputs = texts.enumerated().map { DocumentInput(id: "t\($0.offset)", payload: .bytes(Array($0.element.utf8))) }
        let encoder = RecordEncoder(includeTokens: true)
        func output(_ options: RunOptions) -> [UInt8] {
            PipelineRunner(pipeline: pipeline, options: options).run(inputs).flatMap { encoder.encode($0) }
        }
        let single = output(RunOptions(jobs: 1, batchSize: 1))
        #expect(single == output(RunOptions(jobs: 2, batchSize: 5)))
        #expect(single == output(RunOptions(jobs: 4, batchSize: 64)))
    }

    @Test func hostileBytesNeverCrashAndEachYieldsARecord() {
        var generator = SystemRandomNumberGenerator()
        var inputs: [DocumentInput] = []
        for index in 0..<200 {
            let length = Int.random(in: 0..<2_000, using: &generator)
            var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if index % 2 == 0 { bytes = bytes.map { $0 == 0 ? 0x20 : $0 } }  // half without NUL bytes get past the binary check
            inputs.append(DocumentInput(id: "junk\(index)", payload: .bytes(bytes)))
        }
        inputs.append(DocumentInput(id: "truncated", payload: .bytes(Array("Ends mid-character: caf".utf8) + [0xC3])))
        inputs.append(DocumentInput(id: "marks", payload: .bytes(Array(String(repeating: "e\u{301}\u{302}\u{303}", count: 5_000).utf8))))
        let records = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2, batchSize: 7)).run(inputs)
        #expect(records.count == inputs.count)
        #expect(records.map(\.id) == inputs.map(\.id))
        #expect(records.last?.document != nil)
        #expect(records[records.count - 2].document?.diagnostics.first?.count == 1)
    }
}

/// README's embedding example, compiled and run so the README stays true.
@Suite struct ReadmeExampleTests {
    struct QuestionCounter: RegistrableStage {
        static let descriptor = StageDescriptor(
            name: "acme.questions", summary: "counts question marks",
            requires: [.text], provides: [QuestionLayer.id])

        init(options: StageOptions) throws {}

        func process(_ document: inout Document) throws {
            document[QuestionLayer.self] = Questions(count: document.text.utf8.filter { $0 == UInt8(ascii: "?") }.count)
        }
    }

    struct Questions: Sendable, JSONEncodable {
        var count: Int
        func writeJSON(to writer: inout JSONWriter, context: JSONContext) { writer.number(count) }
    }

    enum QuestionLayer: LayerKey {
        static let id: LayerID = "acme.questions"
        typealias Value = Questions
    }

    @Test func theEmbeddingExampleRuns() async throws {
        var registry = StageRegistry.standard
        registry.register(QuestionCounter.self)
        let pipeline = try registry.makePipeline(["ingest", "normalize", "tokenize", "sentences", "acme.questions"])
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2))

        var seen: [String] = []
        runner.run(FileSource(paths: [StandardPipelineTests.seedPath])) { record in
            if let document = record.document {
                seen.append("\(document.sentences.count > 10) \(document[QuestionLayer.self]?.count ?? -1)")
            }
        }
        #expect(seen == ["true 0"])

        var counts: [Int] = []
        for await record in runner.results(for: [DocumentInput.text("Why? Because.", id: "q")]) {
            counts.append(record.document?[QuestionLayer.self]?.count ?? 0)
        }
        #expect(counts == [1])
    }
}
