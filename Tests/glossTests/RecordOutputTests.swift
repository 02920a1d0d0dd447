import Foundation
import GlossTestSupport
import Testing

@Suite(.serialized) struct RecordOutputTests {
    /// A folder of `count` small text inputs, plus one that cannot be read.
    func corpus(_ count: Int) -> String {
        let path = NSTemporaryDirectory() + "gloss-outdir-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path + "/in", withIntermediateDirectories: true)
        for index in 0..<count {
            let name = String(format: "%04d.txt", index)
            _ = FileManager.default.createFile(
                atPath: path + "/in/" + name,
                contents: Data("Document \(index) was written in Paris by Ada Lovelace. It has two sentences.".utf8))
        }
        _ = FileManager.default.createFile(atPath: path + "/in/zz.jsonl", contents: Data("not json\n{\"text\": \"fine\"}\n".utf8))
        return path
    }

    /// Every id in the folder's parts, in order.
    func ids(_ folder: String) throws -> [String] {
        let parts = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("part-") && $0.hasSuffix(".jsonl.gz") }.sorted()
        return try parts.flatMap { part in
            try gunzip(folder + "/" + part).split(separator: "\n").map { line in
                (try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["id"] as! String
            }
        }
    }

    @Test func aFolderGetsPartsAManifestAndSuccess() throws {
        let root = corpus(30)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try Subprocess.run("gloss", ["analyze", root + "/in", "-o", root + "/out/", "--part-size", "2000"])
        #expect(result.status == 1)  // one line of zz.jsonl is not JSON
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/out")
        #expect(names.contains("_SUCCESS"))
        #expect(names.contains("_manifest.jsonl"))
        #expect(names.filter { $0.hasPrefix("part-") }.count > 2)
        let ids = try ids(root + "/out")
        #expect(ids.count == 32)
        #expect(Set(ids).count == 32)
        let manifest = try String(contentsOfFile: root + "/out/_manifest.jsonl", encoding: .utf8)
        #expect(manifest.contains("\"path\":\"\(root)/in/zz.jsonl\""))
        #expect(manifest.contains("\"errors\":1"))
    }

    /// An output folder inside the walked folder is not read back, even on a second run.
    @Test func aWalkSkipsTheOutputFolder() throws {
        let root = corpus(3)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for flag in ["--overwrite", "--overwrite"] {
            let result = try Subprocess.run("gloss", ["analyze", root + "/in", "-o", root + "/in/out/", flag])
            #expect(result.status == 1)
            #expect(try ids(root + "/in/out").count == 5)
        }
    }

    @Test func errorsGoToTheirOwnFileAndGzOutputIsCompressed() throws {
        let root = corpus(3)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try Subprocess.run(
            "gloss", ["analyze", root + "/in", "-o", root + "/out.jsonl.gz", "--errors", root + "/errors.jsonl"])
        #expect(result.status == 1)
        #expect(try gunzip(root + "/out.jsonl.gz").split(separator: "\n").count == 4)
        let errors = try String(contentsOfFile: root + "/errors.jsonl", encoding: .utf8)
        #expect(errors.split(separator: "\n").count == 1)
        #expect(errors.contains("\"code\":\"jsonl.invalid\""))
    }

    /// A run killed with SIGKILL once the manifest shows a committed part, then resumed, holds
    /// every record of an uninterrupted run exactly once. (If the run ends before the kill,
    /// the test still checks a complete run.)
    @Test func aRunKilledWithSIGKILLResumesToEveryRecordOnce() throws {
        let root = corpus(400)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let whole = try Subprocess.run("gloss", ["analyze", root + "/in", "-o", root + "/whole/", "-j", "1"])
        #expect(whole.status == 1)
        let expected = try ids(root + "/whole")
        #expect(expected.count == 402)

        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let process = Process()
        process.executableURL = directory.appendingPathComponent("gloss")
        process.arguments = ["analyze", root + "/in", "-o", root + "/out/", "-j", "1", "--commit-interval", "0.001",
                             "--batch-size", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let manifest = root + "/out/_manifest.jsonl"
        while process.isRunning {
            let text = (try? String(contentsOfFile: manifest, encoding: .utf8)) ?? ""
            if text.contains("\"part\":\"part-00001.jsonl.gz\"") { break }
            usleep(1_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let resumed = try Subprocess.run("gloss", ["analyze", root + "/in", "-o", root + "/out/", "-j", "1", "--resume"])
        #expect(resumed.status == 0 || resumed.status == 1)
        #expect(FileManager.default.fileExists(atPath: root + "/out/_SUCCESS"))
        let ids = try ids(root + "/out")
        #expect(ids == expected)
    }
}
