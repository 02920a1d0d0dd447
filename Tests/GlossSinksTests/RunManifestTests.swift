import Foundation
import GlossCore
@testable import GlossSinks
import GlossTestSupport
import Testing

@Suite struct RunManifestTests {
    @Test func readsBackPartsTotalsAndSuccess() throws {
        let directory = TemporaryDirectory()
        do {
            let manifest = try RunManifest.create(directory: directory.path, paths: ["a", "b"])
            try manifest.appendPart(
                "part-00000.jsonl.gz", records: 3, bytes: 100, errorsBytes: nil,
                inputs: [RunManifest.Input(path: "a", size: 5, mtimeNanoseconds: 7, records: 2, errors: 1, done: true),
                         RunManifest.Input(path: "b", records: 1)])
            try manifest.appendPart(
                "part-00001.jsonl.gz", records: 4, bytes: 100, errorsBytes: 12,
                inputs: [RunManifest.Input(path: "b", records: 5, done: true)])
            try manifest.appendSuccess(records: 7, parts: 2)
        }
        let state = try #require(try RunManifest.read(directory: directory.path))
        #expect(state.paths == ["a", "b"])
        #expect(state.parts == ["part-00000.jsonl.gz", "part-00001.jsonl.gz"])
        #expect(state.records == 7)
        #expect(state.errorsBytes == 12)
        #expect(state.complete)
        #expect(state.nextPartNumber == 2)
        #expect(state.inputs["a"] == RunManifest.Input(path: "a", size: 5, mtimeNanoseconds: 7, records: 2, errors: 1, done: true))
        #expect(state.inputs["b"]?.records == 5)
        #expect(state.inputs["b"]?.done == true)
    }

    /// A kill in the middle of writing a line leaves half a line, which was never committed.
    @Test func aLineCutShortIsIgnored() throws {
        let directory = TemporaryDirectory()
        do {
            let manifest = try RunManifest.create(directory: directory.path, paths: ["a"])
            try manifest.appendPart("part-00000.jsonl.gz", records: 1, bytes: 10, errorsBytes: nil,
                                    inputs: [RunManifest.Input(path: "a", records: 1)])
        }
        let handle = try #require(FileHandle(forWritingAtPath: directory.path + "/" + RunManifest.fileName))
        handle.seekToEndOfFile()
        handle.write(Data("{\"part\":\"part-00001.jsonl.gz\",\"records\":9,\"inp".utf8))
        handle.closeFile()
        let state = try #require(try RunManifest.read(directory: directory.path))
        #expect(state.parts == ["part-00000.jsonl.gz"])
        #expect(state.records == 1)
        #expect(!state.complete)
    }

    @Test func noManifestIsNil() throws {
        let directory = TemporaryDirectory()
        #expect(try RunManifest.read(directory: directory.path) == nil)
    }
}
