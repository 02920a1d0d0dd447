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

    /// Calls `body` with each line of a JSON Lines file, plain or gzip-compressed (zlib reads
    /// both), without its newline; empty lines are left out. The bytes are valid during the call.
    ///
    /// Cost: the file read in 1 MiB blocks; a line that spans blocks is copied once more.
    public static func forEachLine(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard let file = gzopen(path, "rb") else {
            throw SQLiteDatabase.Error(description: "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { gzclose(file) }
        gzbuffer(file, 1 << 18)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var kept = 0  // bytes of an unfinished line at the start of `buffer`
        while true {
            if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }  // a line longer than the buffer
            let count = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress! + kept, UInt32($0.count - kept)) }
            guard count >= 0 else { throw SQLiteDatabase.Error(description: "cannot read '\(path)': it is damaged (zlib)") }
            if count == 0 { break }
            let end = kept + Int(count)
            let start = try buffer.withUnsafeBufferPointer { bytes in try eachLine(in: UnsafeBufferPointer(rebasing: bytes[..<end]), body) }
            kept = end - start
            if start > 0 && kept > 0 {
                buffer.withUnsafeMutableBytes { raw in raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: kept) }
            }
        }
        if kept > 0 { try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<kept])) } }
    }

    /// Calls `body` with each whole line of `bytes`; returns where the unfinished last line starts.
    private static func eachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int {
        var start = 0
        while start < bytes.count,
            let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start)
        {
            let newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
            if newline > start { try body(UnsafeBufferPointer(rebasing: bytes[start..<newline])) }
            start = newline + 1
        }
        return start
    }

    /// Opens `path` as a results database: itself if it is one, else a new database at
    /// `scratch` filled from its JSON Lines (`PackedRows(json:)`, no full-text index). Returns
    /// the database.
    public static func open(_ path: String, scratch: String) throws -> SQLiteDatabase {
        if isSQLite(path) { return try SQLiteDatabase(path: path, readOnly: true, create: false) }
        let sink = try SQLiteSink(path: scratch, paths: [path], options: SQLiteSink.Options(batchSize: 20_000, commitInterval: 1e9, fullText: false))
        for file in try jsonLinesFiles(path) {
            try forEachLine(file) { line in try sink.write(PackedRows(json: line), origin: file) }
        }
        try sink.finish(complete: true)
        return sink.database
    }
}
