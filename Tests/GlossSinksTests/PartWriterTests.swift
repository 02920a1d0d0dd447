import Foundation
import GlossCore
@testable import GlossSinks
import GlossTestSupport
import Testing

@Suite struct PartWriterTests {
    /// The inputs of three files: `a` yields 40 documents, `b` one failure, `c` 40 documents.
    func inputs(_ directory: TemporaryDirectory) -> [DocumentInput] {
        let a = directory.write("in/a.txt", "a"), b = directory.write("in/b.txt", "b"), c = directory.write("in/c.txt", "c")
        return (1...40).map { DocumentInput(id: "\(a)#\($0)", payload: .text("a \($0)"), origin: a) }
            + [DocumentInput(id: b, payload: .unreadable("gone"), origin: b)]
            + (1...40).map { DocumentInput(id: "\(c)#\($0)", payload: .text("c \($0)"), origin: c) }
    }

    /// Runs `inputs` through the writer as `gloss analyze -o DIR/` does: records in order,
    /// each with the origin of its input.
    func run(
        _ inputs: [DocumentInput], into folder: String, resuming state: RunManifest.State?, partSize: Int,
        stopAfter limit: Int? = nil, errorsPath: String? = nil
    ) throws {
        try PartWriter.prepare(directory: folder, keeping: state)
        let manifest = state == nil
            ? try RunManifest.create(directory: folder, paths: ["in"]) : try RunManifest.resume(directory: folder)
        let writer = try PartWriter(
            directory: folder, encoder: RecordEncoder(includeText: false),
            options: PartWriter.Options(partSize: partSize, commitInterval: 3600), manifest: manifest,
            resuming: state, errorsPath: errorsPath)
        let origins = OriginQueue()
        let runner = PipelineRunner(pipeline: try Pipeline([SpaceTokenizer()], given: [.raw, .text]), options: RunOptions(jobs: 2, batchSize: 3))
        var written = 0
        let cancellation = CancellationToken()
        runner.run(ResumableInputs(inputs, committed: state?.inputs ?? [:], origins: origins), cancellation: cancellation) { record in
            guard limit.map({ written < $0 }) ?? true else { return cancellation.cancel() }
            try! writer.write(record, origin: origins.pop())
            written += 1
        }
        if limit == nil { try writer.finish(complete: true) }
        // With a limit, the writer is dropped without finish: like a kill, only what was committed stays.
    }

    /// The ids in all parts of `folder`, in part order.
    func ids(in folder: String) throws -> [String] {
        let parts = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { PartWriter.partNumber(of: $0) != nil }.sorted()
        return try parts.flatMap { part in
            try gunzip(folder + "/" + part).split(separator: "\n").map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                return object["id"] as! String
            }
        }
    }

    @Test func rollsPartsBySizeAndMarksSuccess() throws {
        let directory = TemporaryDirectory()
        let folder = directory.path + "/out/"
        let inputs = inputs(directory)
        try run(inputs, into: folder, resuming: nil, partSize: 1_000)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.contains("_SUCCESS"))
        #expect(names.contains("part-00000.jsonl.gz"))
        #expect(names.filter { PartWriter.partNumber(of: $0) != nil }.count > 3)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        #expect(try ids(in: folder) == inputs.map(\.id))
        let state = try #require(try RunManifest.read(directory: folder))
        #expect(state.complete)
        #expect(state.records == 81)
        #expect(state.inputs.values.allSatisfy { $0.done })
        #expect(state.inputs[inputs[40].origin!]?.errors == 1)
        #expect(state.inputs[inputs[0].origin!]?.size == 1)
    }

    /// A run stopped partway, with a part written but never committed (a kill between rename
    /// and manifest) and a temporary part, resumes to every record exactly once.
    @Test func aResumedRunHoldsEveryRecordExactlyOnce() throws {
        let directory = TemporaryDirectory()
        let folder = directory.path + "/out/"
        let inputs = inputs(directory)
        try run(inputs, into: folder, resuming: nil, partSize: 500, stopAfter: 25)
        let state = try #require(try RunManifest.read(directory: folder))
        #expect(state.records > 0 && state.records <= 25)
        #expect(!state.complete)
        // What a kill can leave besides: a temporary part and a renamed part with no manifest line.
        let next = PartWriter.partName(state.nextPartNumber)
        _ = FileManager.default.createFile(atPath: folder + next, contents: Data("junk".utf8))
        _ = FileManager.default.createFile(atPath: folder + PartWriter.partName(state.nextPartNumber + 1) + ".tmp", contents: Data("junk".utf8))

        try run(inputs, into: folder, resuming: state, partSize: 500)
        let ids = try ids(in: folder)
        #expect(ids == inputs.map(\.id))
        #expect(Set(ids).count == ids.count)
        #expect(FileManager.default.fileExists(atPath: folder + "_SUCCESS"))
        let final = try #require(try RunManifest.read(directory: folder))
        #expect(final.records == 81)
    }

    /// Error records sent to their own file are cut back to the last commit on resume.
    @Test func theErrorsFileIsCutBackToItsLastCommit() throws {
        let directory = TemporaryDirectory()
        let folder = directory.path + "/out/"
        let errors = directory.path + "/errors.jsonl"
        let inputs = inputs(directory)
        try run(inputs, into: folder, resuming: nil, partSize: 500, stopAfter: 50, errorsPath: errors)
        let state = try #require(try RunManifest.read(directory: folder))
        try run(inputs, into: folder, resuming: state, partSize: 500, errorsPath: errors)
        let lines = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(try ids(in: folder) == inputs.map(\.id).filter { !$0.hasSuffix("b.txt") })
    }

    @Test func plainPartsAreJSONLines() throws {
        let directory = TemporaryDirectory()
        let folder = directory.path + "/out/"
        try PartWriter.prepare(directory: folder, keeping: nil)
        let writer = try PartWriter(
            directory: folder, encoder: RecordEncoder(includeText: false),
            options: PartWriter.Options(compress: false), manifest: try RunManifest.create(directory: folder, paths: []))
        for index in 0..<3 { try writer.write(.document(Document(id: "d\(index)", text: "x")), origin: nil) }
        try writer.finish(complete: true)
        let lines = try String(contentsOfFile: folder + "part-00000.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(FileManager.default.fileExists(atPath: folder + "_SUCCESS"))
    }

    @Test func partNamesRoundTrip() {
        #expect(PartWriter.partName(0) == "part-00000.jsonl.gz")
        #expect(PartWriter.partName(123_456) == "part-123456.jsonl.gz")
        #expect(PartWriter.partNumber(of: "part-00042.jsonl.gz") == 42)
        #expect(PartWriter.partNumber(of: "part-00042.jsonl.gz.tmp") == nil)
        #expect(PartWriter.partNumber(of: "_SUCCESS") == nil)
        #expect(PartWriter.partName(7, compressed: false) == "part-00007.jsonl")
        #expect(PartWriter.partNumber(of: "part-00007.jsonl") == 7)
    }
}
