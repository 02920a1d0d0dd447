@testable import GlossCore
import GlossTestSupport
import Testing

@Suite struct BatchPassTests {
    let stages: [any Stage] = [Picky(), SpaceTokenizer()]

    func pass(_ texts: [String], figures: inout RunStatistics) -> [Record] {
        let inputs = texts.enumerated().map { DocumentInput.text($0.element, id: "doc\($0.offset)") }
        var pass = BatchPass(inputs, textIsGiven: true, maxBytes: 1 << 20, figures: &figures)
        for (index, stage) in stages.enumerated() {
            pass.run(stage, at: index, figures: &figures)
        }
        return pass.close(figures: &figures)
    }

    @Test func recordsComeOutInBatchOrderWithFailuresInPlace() {
        var figures = RunStatistics(stageNames: stages.map(\.name))
        let records = pass(["a good one", "a bad one", "two words"], figures: &figures)
        #expect(records.map(\.id) == ["doc0", "doc1", "doc2"])
        #expect(records[1].failure?.stage == "test.picky")
        #expect(records[0].document?.tokens.count == 3 && records[2].document?.tokens.count == 2)
    }

    @Test func aFailedDocumentSkipsTheLaterStagesAndIsCountedOnce() {
        var figures = RunStatistics(stageNames: stages.map(\.name))
        _ = pass(["bad", "fine", "bad again", "fine too"], figures: &figures)
        #expect(figures.records == 4 && figures.failures == 2)
        #expect(figures.stages.map(\.documents) == [4, 4, 2])
        #expect(figures.stages.map(\.failures) == [0, 2, 0])
        #expect(figures.tokens == 3 && figures.textBytes == "fine".utf8.count + "fine too".utf8.count)
        #expect(figures.latencyBuckets.reduce(0, +) == 4)
    }

    /// Notes where a document's diagnostics are stored, appending one (room is made for four
    /// at the first): a copy of the document held elsewhere would make the append copy them.
    struct Noting: Stage {
        let name: String
        let provides: Set<LayerID> = []
        let addresses: Addresses

        func process(_ document: inout Document) throws {
            if document.diagnostics.isEmpty { document.diagnostics.reserveCapacity(4) }
            document.diagnostics.append(Diagnostic(stage: name, message: "seen"))
            addresses.note(document.diagnostics.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) })
            if document.text.contains("bad") { throw StageError("the text says bad") }
        }
    }

    final class Addresses: @unchecked Sendable {
        private(set) var seen: [Int] = []
        func note(_ address: Int) { seen.append(address) }
    }

    /// A third-party stage, registered as plugins are: it replaces documents that say "swap"
    /// with new ones (a new id and text), and throws, after noting a diagnostic, on "bad".
    struct Swapper: RegistrableStage {
        static let descriptor = StageDescriptor(name: "acme.swapper", summary: "replaces some documents", requires: [.text], provides: [])
        init(options: StageOptions) throws {}

        func process(_ document: inout Document) throws {
            if document.text.contains("swap") {
                let bad = document.text.contains("bad") ? " bad" : ""
                document = Document(id: document.id + ".swapped", text: "new words here swapped" + bad)
            }
            if document.text.contains("bad") {
                document.diagnostics.append(Diagnostic(stage: "acme.swapper", message: "about to fail"))
                throw StageError("acme says bad")
            }
        }
    }

    /// Every input yields exactly one record, in input order, whatever the plugin stage does to
    /// its document in the middle of a batch: a replaced document goes on as the replacement,
    /// a failure (one replaced first, too) is its record, and the next stages see the rest.
    @Test func aPluginStageThatReplacesOrFailsLeavesOneRecordAnInput() throws {
        var registry = StageRegistry()
        registry.register(Swapper.self)
        let pipeline = try Pipeline([try registry.makeStage(named: "acme.swapper"), SpaceTokenizer()], given: [.raw, .text])
        let texts = ["one fine text", "a bad one", "swap me", "two fine", "swap bad", "last one here", "bad", "fine"]
        let inputs = texts.enumerated().map { DocumentInput.text($0.element, id: "doc\($0.offset)") }
        for (jobs, batch) in [(1, 8), (2, 3), (1, 1)] {
            let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: jobs, batchSize: batch))
            let records = runner.run(inputs)
            #expect(records.map(\.id) == ["doc0", "doc1", "doc2.swapped", "doc3", "doc4.swapped", "doc5", "doc6", "doc7"])
            #expect(records.map { $0.failure != nil } == [false, true, false, false, true, false, true, false])
            #expect(records.compactMap(\.failure).allSatisfy { $0.stage == "acme.swapper" && $0.message == "acme says bad" })
            #expect(records[2].document?.text == "new words here swapped" && records[2].document?.tokens.count == 4)
            #expect(records.compactMap(\.document).map(\.tokens.count) == [3, 4, 2, 3, 1])
            #expect(runner.statistics.records == 8 && runner.statistics.failures == 3)
            #expect(runner.statistics.stages.map(\.documents) == [8, 8, 5])
        }
    }

    @Test func stagesChangeEachDocumentWhereItStands() {
        let addresses = Addresses()
        let noting: [any Stage] = [Noting(name: "test.first", addresses: addresses), Noting(name: "test.second", addresses: addresses)]
        var figures = RunStatistics(stageNames: noting.map(\.name))
        let inputs = ["one text", "a bad text", "two"].enumerated().map { DocumentInput.text($0.element, id: "doc\($0.offset)") }
        var pass = BatchPass(inputs, textIsGiven: true, maxBytes: 1 << 20, figures: &figures)
        for (index, stage) in noting.enumerated() { pass.run(stage, at: index, figures: &figures) }
        let records = pass.close(figures: &figures)
        // stage by stage: the first saw doc0, doc1, doc2; the second (doc1 failed) doc0, doc2
        #expect(addresses.seen.count == 5)
        #expect(addresses.seen[0] == addresses.seen[3] && addresses.seen[2] == addresses.seen[4])
        #expect(records.map(\.id) == ["doc0", "doc1", "doc2"])
        #expect(records[1].failure?.stage == "test.first" && records[1].failure?.message == "the text says bad")
        #expect(records[0].document?.diagnostics.map(\.stage) == ["test.first", "test.second"])
        #expect(records[2].document?.diagnostics.count == 2)
    }
}
