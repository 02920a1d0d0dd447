import Foundation
import GlossCore
import GlossSinks
import GlossTables
import Testing

@Suite struct ResultsInputTests {
    @Test func jsonLinesPlainAndGzipFillTheSameDatabase() throws {
        let records = try TableFixtures.records() + [TableFixtures.failure]
        let plain = TableFixtures.temporaryPath(".jsonl")
        let compressed = TableFixtures.temporaryPath(".jsonl.gz")
        defer { [plain, compressed].forEach(TableFixtures.cleanUp) }
        do {
            let a = try JSONLinesSink(path: plain)
            let b = try JSONLinesSink(path: compressed)
            for record in records {
                try a.write(record)
                try b.write(record)
            }
            try a.finish()
            try b.finish()
        }
        #expect(!ResultsInput.isSQLite(plain))
        var counts: [Int] = []
        for path in [plain, compressed] {
            let scratch = TableFixtures.temporaryPath(".sqlite")
            defer { TableFixtures.cleanUp(scratch) }
            let database = try ResultsInput.open(path, scratch: scratch)
            #expect(ResultsInput.isSQLite(scratch))
            counts.append(try database.rows("SELECT (SELECT count(*) FROM documents) * 10 + (SELECT count(*) FROM errors)")[0][0].int ?? 0)
        }
        #expect(counts == [21, 21])
    }

    @Test func aFolderIsReadPartByPartAndAnEmptyOneIsRefused() throws {
        let folder = TableFixtures.temporaryPath("/")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(throws: SQLiteDatabase.Error.self) { try ResultsInput.jsonLinesFiles(folder) }
        for name in ["part-00001.jsonl", "part-00000.jsonl.gz", "_manifest.jsonl.txt"] {
            #expect(FileManager.default.createFile(atPath: folder + name, contents: Data()))
        }
        #expect(try ResultsInput.jsonLinesFiles(folder).map { ($0 as NSString).lastPathComponent } == ["part-00000.jsonl.gz", "part-00001.jsonl"])
    }

    @Test func linesAreSplitWithoutTheNewlineAndTheLastMayLackOne() throws {
        let path = TableFixtures.temporaryPath(".jsonl")
        defer { TableFixtures.cleanUp(path) }
        try "a\n\nbc\nd".write(toFile: path, atomically: true, encoding: .utf8)
        var lines: [String] = []
        try ResultsInput.forEachLine(path) { lines.append(String(decoding: $0, as: UTF8.self)) }
        #expect(lines == ["a", "bc", "d"])
    }
}
