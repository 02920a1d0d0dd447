import Foundation
import Testing

@testable import gloss

@Suite struct OutputClashTests {
    /// A fresh directory with one input, `in.txt`; removed by the caller.
    func directory() -> String {
        let path = NSTemporaryDirectory() + "gloss-clash-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path + "/in.txt", contents: Data("Keep me. Please.".utf8))
        return path
    }

    @Test func theSameFileIsFoundByAnySpelling() throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: folder + "/in.txt")
        #expect(OutputClash.input(among: ["seeds", folder + "/in.txt"], sameFileAs: folder + "/./in.txt") == folder + "/in.txt")
        #expect(OutputClash.input(among: [folder + "/link.txt"], sameFileAs: folder + "/in.txt") == folder + "/link.txt")
        #expect(OutputClash.input(among: [folder + "/in.txt"], sameFileAs: folder + "/new.jsonl") == nil)
        #expect(OutputClash.input(among: ["-"], sameFileAs: folder + "/in.txt") == nil)
    }

    /// `-o` naming an input truncated it and exited 0; now it is a usage error and the input is kept.
    @Test func anOutputThatIsAnInputIsAUsageErrorAndTheInputIsKept() throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Subprocess.run("gloss", ["analyze", folder + "/in.txt", "-o", folder + "/in.txt"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("is the input '\(folder)/in.txt'"))
        #expect(FileManager.default.contents(atPath: folder + "/in.txt") == Data("Keep me. Please.".utf8))
    }

    @Test func aWalkDoesNotReadTheRunsOwnOutput() throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/out.jsonl", contents: Data("{\"text\": \"old\"}\n".utf8))
        let result = try Subprocess.run("gloss", ["analyze", folder, "-o", folder + "/out.jsonl", "--overwrite"])
        #expect(result.status == 0)
        let written = try String(contentsOfFile: folder + "/out.jsonl", encoding: .utf8)
        #expect(written.split(separator: "\n").count == 1)
        #expect(written.contains("\"id\":\"\(folder)/in.txt\""))
    }
}
