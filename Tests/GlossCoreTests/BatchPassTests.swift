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
}
