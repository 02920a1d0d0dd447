import CZlib
import Foundation

/// The results of a run, as `gloss report` and `gloss show` take them: a SQLite database, or
/// JSON Lines (a file, plain or gzip-compressed, or a folder of part files), which is read
/// into a temporary database first so that one set of queries serves both.
public enum ResultsInput {
    /// Whether `path` is a SQLite database (by its first 16 bytes, "SQLite format 3\0").
    public static func isSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    /// The JSON Lines files of `path`: the file itself, or a folder's `.jsonl`/`.jsonl.gz`
    /// files in name order (part files sort in run order).
    public static func jsonLinesFiles(_ path: String) throws(SQLiteDatabase.Error) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SQLiteDatabase.Error(description: "'\(path)' does not exist: name a results database, a JSON Lines file or a folder of parts")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".jsonl.gz") }.sorted()
        guard !files.isEmpty else {
            throw SQLiteDatabase.Error(description: "the folder '\(path)' holds no .jsonl or .jsonl.gz files: is it the output of gloss analyze -o DIR/?")
        }
        return files.map { (path as NSString).appendingPathComponent($0) }
    }

    /// Calls `body` with each line of a JSON Lines file, plain or gzip-compressed (zlib reads both).
    public static func forEachLine(_ path: String, _ body: (Data) throws -> Void) throws {
        guard let file = gzopen(path, "rb") else {
            throw SQLiteDatabase.Error(description: "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { gzclose(file) }
        var pending = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            guard count >= 0 else { throw SQLiteDatabase.Error(description: "cannot read '\(path)': it is damaged (zlib)") }
            if count == 0 { break }
            pending.append(contentsOf: chunk[0..<Int(count)])
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                if newline > start { try body(pending[start..<newline]) }
                start = newline + 1
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { try body(pending) }
    }

    /// Opens `path` as a results database: itself if it is one, else a new database at
    /// `scratch` filled from its JSON Lines. Returns the database and the records read.
    public static func open(_ path: String, scratch: String) throws -> SQLiteDatabase {
        if isSQLite(path) { return try SQLiteDatabase(path: path, readOnly: true, create: false) }
        let sink = try SQLiteSink(path: scratch, paths: [path], options: SQLiteSink.Options(batchSize: 20_000, commitInterval: 1e9))
        for file in try jsonLinesFiles(path) {
            try forEachLine(file) { line in try sink.write(RecordRows(json: line), origin: file) }
        }
        try sink.finish(complete: true)
        return sink.database
    }
}
