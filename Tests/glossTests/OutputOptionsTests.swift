import Foundation
import Testing

@testable import gloss

@Suite struct OutputOptionsTests {
    func folder() -> String {
        let path = NSTemporaryDirectory() + "gloss-output-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path + "/in.txt", contents: Data("Keep me. Please.".utf8))
        return path
    }

    @Test func theTargetIsAFileOrAFolder() {
        #expect(OutputOptions.target(nil) == .standardOutput)
        #expect(OutputOptions.target("-") == .standardOutput)
        #expect(OutputOptions.target("out.jsonl") == .file("out.jsonl"))
        #expect(OutputOptions.target("out/") == .directory("out/"))
        #expect(OutputOptions.target(NSTemporaryDirectory()) == .directory(NSTemporaryDirectory()))
    }

    @Test func aNonEmptyOutputFileIsKeptWithoutOverwrite() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/out.jsonl", contents: Data("precious\n".utf8))
        let refused = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "-o", dir + "/out.jsonl"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("exists and is not empty: pass --overwrite"))
        #expect(refused.stderr.contains("-o"))
        #expect(FileManager.default.contents(atPath: dir + "/out.jsonl") == Data("precious\n".utf8))
        let replaced = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "-o", dir + "/out.jsonl", "--overwrite"])
        #expect(replaced.status == 0)
        #expect(try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8).contains("Keep me."))
    }

    @Test func aNonEmptyFolderNeedsResumeOrOverwrite() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "-o", dir + "/"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("pass --resume to continue the run it holds, --overwrite to replace it"))
    }

    @Test func resumeNeedsAFolderWithARun() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "-o", dir + "/o.jsonl", "--resume"])
        #expect(file.status == 64)
        #expect(file.stderr.contains("--resume needs -o DIR/"))
        let empty = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "-o", dir + "/new/", "--resume"])
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("no run to resume"))
        let unordered = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "-o", dir + "/new/", "--unordered"])
        #expect(unordered.status == 64)
    }

    @Test func anErrorsFileIsCheckedLikeTheOutput() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let clash = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "--errors", dir + "/in.txt"])
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("name another file with --errors"))
        _ = FileManager.default.createFile(atPath: dir + "/errors.jsonl", contents: Data("old\n".utf8))
        let kept = try Subprocess.run("gloss", ["analyze", dir + "/in.txt", "--errors", dir + "/errors.jsonl"])
        #expect(kept.status == 64)
        #expect(kept.stderr.contains("pass --overwrite"))
    }
}
