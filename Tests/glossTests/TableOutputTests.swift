import Foundation
import Testing

@testable import gloss

/// `gloss analyze` into a SQLite database or CSV tables: how the format is chosen, what is
/// refused before anything is written, and a stopped run that resumes to the same counts.
@Suite struct TableOutputTests {
    func folder() -> String {
        let path = NSTemporaryDirectory() + "gloss-tables-" + UUID().uuidString + "/"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func theFormatComesFromTheOptionOrTheExtension() {
        #expect(TableFormat.of(format: .auto, output: "r.sqlite") == .sqlite)
        #expect(TableFormat.of(format: .auto, output: "r.DB") == .sqlite)
        #expect(TableFormat.of(format: .auto, output: "r.jsonl") == nil)
        #expect(TableFormat.of(format: .sqlite, output: "r.out") == .sqlite)
        #expect(TableFormat.of(format: .csv, output: "t/") == .csv)
        #expect(TableFormat.of(format: .jsonl, output: "r.sqlite") == nil, "an explicit --format jsonl wins")
    }

    @Test func misuseIsRefusedWithTheFix() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cases: [([String], String)] = [
            (["--format", "sqlite"], "name it with -o results.sqlite"),
            (["--format", "csv", "-o", dir + "t.csv"], "trailing '/'"),
            (["--format", "csv", "-o", dir + "t/", "--resume"], "cannot be resumed"),
            (["-o", dir + "r.sqlite", "--resume"], "no run to resume"),
            (["-o", dir + "r.sqlite", "--errors", dir + "e.jsonl"], "has an errors table"),
        ]
        for (arguments, message) in cases {
            let result = try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aDatabaseIsKeptWithoutOverwriteAndResumedToTheSameCounts() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let database = dir + "r.sqlite"
        let first = try Subprocess.run("gloss", ["analyze", "seeds", "-o", database, "--stages", "text,numbers", "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try Subprocess.run("gloss", ["analyze", "seeds", "-o", database])
        #expect(again.status == 64 && again.stderr.contains("--resume"))
        let resumed = try Subprocess.run("gloss", ["analyze", "seeds", "-o", database, "--stages", "text,numbers", "--resume"])
        #expect(resumed.status == 0, "a complete run resumes to nothing more: \(resumed.stderr)")
        let other = try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "-o", database, "--resume"])
        #expect(other.status == 64 && other.stderr.contains("resume it with the same paths"))
    }

    @Test func csvTablesHaveTheirHeaders() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try Subprocess.run("gloss", ["analyze", "seeds", "--format", "csv", "-o", dir + "t/", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try String(contentsOfFile: dir + "t/documents.csv", encoding: .utf8)
        #expect(documents.hasPrefix("doc,id,source,title,published,"))
        #expect(documents.split(separator: "\r\n").count == 4, "a header and the three seeds")
    }
}
