import GlossCore
import Testing

@testable import GlossDedupe
import GlossSinks
import GlossStages

@Suite struct DeduplicatorTests {
    /// About 1,900 words: one changed word moves few of its 64 SimHash bits.
    static let story = (0..<120).map {
        "Item \($0) of the report says the council met on day \($0 * 7 % 31) to discuss budget line \($0 * 13 % 97)."
    }.joined(separator: " ") + " The mayor said the plan would keep taxes flat for a third year in a row."

    func records(_ texts: [(String, String)], jobs: Int = 1, batchSize: Int = 32, maxDistance: Int = 3) throws -> [Record] {
        let pipeline = try StageRegistry.standard.makePipeline(
            ["tokenize", "dedupe"], options: ["dedupe": StageOptions(values: ["max-distance": .number(Double(maxDistance))])],
            given: [.raw, .text])
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: jobs, batchSize: batchSize))
        return runner.run(texts.map { DocumentInput.text($0.1, id: $0.0) })
    }

    func marks(_ records: [Record]) -> [DuplicateMark?] { records.map { $0.document?[DuplicateLayer.self] } }

    @Test func marksExactAndNearDuplicatesOfTheFirst() throws {
        let near = Self.story.replacingOccurrences(of: "third year", with: "fourth year")
        let marks = marks(try records([
            ("a", Self.story), ("b", "Something else entirely, about the weather in the hills."),
            ("c", Self.story.uppercased()), ("d", near),
        ]))
        #expect(marks[0] == nil)
        #expect(marks[1] == nil)
        #expect(marks[2] == DuplicateMark(of: "a", kind: .exact, distance: 0))
        #expect(marks[3]?.of == "a")
        #expect(marks[3]?.kind == .near)
    }

    @Test func theFingerprintNeverReachesTheOutput() throws {
        let records = try records([("a", Self.story), ("b", Self.story)])
        #expect(records.allSatisfy { $0.document?[FingerprintLayer.self] == nil })
        let json = String(decoding: RecordEncoder().encode(records[1]), as: UTF8.self)
        #expect(json.contains(#""layers":{"duplicate":{"of":"a","kind":"exact","distance":0}}"#))
        #expect(!json.contains("dedupe.fingerprint"))
    }

    @Test func theFirstIsTheEarliestInInputOrderWithManyWorkers() throws {
        // Many copies in batches of one on four workers: whichever finishes first, "0" is the first.
        let texts = (0..<200).map { (String($0), $0 % 2 == 0 ? Self.story : "Unrelated text number \($0) about nothing much at all.") }
        for _ in 0..<3 {
            let marks = marks(try records(texts, jobs: 4, batchSize: 1))
            #expect(marks[0] == nil)
            for index in stride(from: 2, to: 200, by: 2) { #expect(marks[index]?.of == "0") }
            for index in stride(from: 1, to: 200, by: 2) { #expect(marks[index] == nil) }
        }
    }

    @Test func maxDistanceZeroFindsOnlyIdenticalSimHashes() throws {
        let near = Self.story.replacingOccurrences(of: "third year", with: "fourth year")
        let marks = marks(try records([("a", Self.story), ("b", near)], maxDistance: 0))
        #expect(marks[1] == nil || marks[1]?.distance == 0)
    }

    @Test func rejectsADistanceOutOfRange() {
        #expect(throws: StageOptions.Error.self) {
            try StageRegistry.standard.makeStage(
                named: "dedupe", options: StageOptions(values: ["max-distance": .number(65)]))
        }
    }

    @Test func needsTokens() {
        #expect(throws: PipelineError.self) { try StageRegistry.standard.makePipeline(["ingest", "dedupe"]) }
    }
}
