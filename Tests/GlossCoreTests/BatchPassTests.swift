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
