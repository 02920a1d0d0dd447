import Foundation
import GlossCore
import GlossSinks

/// Writes records into a SQLite results database (`gloss analyze -o results.sqlite`): the
/// tables of `ResultsSchema`, and the FTS5 index over titles and texts.
///
/// Records go in transactions of `batchSize` records (or `commitInterval` seconds, whichever
/// comes first). Each commit also writes the `inputs` table (records committed per input
/// file, whether it is done) and the changed entity counts, in the same transaction, so a
/// killed run leaves a database that is consistent as of its last commit (write-ahead log,
/// `synchronous=NORMAL`): `--resume` reads `inputs` and skips what was committed, like the
/// manifest of a folder run. `finish(complete: true)` makes the secondary indexes
/// (`ResultsSchema.indexes`) and marks the run complete in `run`.
///
/// Cost: a few prepared INSERTs per record, bound from its packed rows without copying a text
/// (`PackedRows`, made on the workers with `TableRowEncoder`), and the FTS5 tokenizer over the
/// text; one fsync per commit. Not thread-safe: call it from the thread that receives records.
public final class SQLiteSink {
    public struct Options: Sendable {
        /// Records per transaction.
        public var batchSize: Int
        /// Seconds after which a transaction is committed even if it holds fewer records.
        public var commitInterval: Double
        /// Whether `documents.text` (and the full-text index of it) is written.
        public var includeText: Bool
        /// Whether the database gets its full-text index (`documents_fts`); a report's scratch
        /// database does without.
        public var fullText: Bool

        public init(batchSize: Int = 2000, commitInterval: Double = 10, includeText: Bool = true, fullText: Bool = true) {
            self.batchSize = batchSize
            self.commitInterval = commitInterval
            self.includeText = includeText
            self.fullText = fullText
        }
    }

    /// What an interrupted run in a database committed, for `--resume`.
    public struct State: Sendable {
        public var paths: [String]
        public var inputs: [String: RunManifest.Input]
        public var complete: Bool
    }

    public let database: SQLiteDatabase
    private let options: Options
    private let statements: SQLiteInserts
    private var entities: EntityIndex
    private var inputs: [String: RunManifest.Input]
    private var touched: [String] = []
    private var current: String?
    private var pending = 0
    private var started = DispatchTime.now().uptimeNanoseconds
    /// Records written, counting those of the run it resumes.
    public private(set) var count = 0

    /// Opens the database at `path` for a run over `paths`: a new run empties it first; a
    /// resumed one (`resuming` from `state(path:)`) goes on after its last commit.
    public init(path: String, paths: [String], options: Options = Options(), resuming: State? = nil) throws(SQLiteDatabase.Error) {
        if resuming == nil { Self.remove(path) }
        database = try SQLiteDatabase(path: path)
        self.options = options
        // A checkpoint every 16,384 pages of log (64 MiB) rather than 1,000: hot pages (the
        // full-text index's) are copied back less often. Two sorter threads for the indexes
        // made at the end, when the workers are done.
        try database.execute(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384; PRAGMA threads=2;")
        try database.execute(ResultsSchema.create)
        if options.fullText { try database.execute(ResultsSchema.fullText) }
        statements = try SQLiteInserts(database, fullText: options.fullText)
        entities = EntityIndex(entries: try Self.entities(database))
        inputs = resuming?.inputs ?? [:]
        count = try database.rows("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM errors)")[0][0].int ?? 0
        try writeRunHeader(paths: paths, resumed: resuming != nil)
        try database.execute("BEGIN")
    }

    /// Reads what the database at `path` committed; nil when there is no run in it.
    public static func state(path: String) throws(SQLiteDatabase.Error) -> State? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let database = try SQLiteDatabase(path: path, readOnly: true, create: false)
        guard try !database.rows("SELECT 1 FROM sqlite_master WHERE name = 'run'").isEmpty else { return nil }
        var values: [String: String] = [:]
        for row in try database.rows("SELECT key, value FROM run") { values[row[0].string ?? ""] = row[1].string }
        let pathsJSON = values["paths"].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String] }
        var inputs: [String: RunManifest.Input] = [:]
        for row in try database.rows("SELECT path, size, mtime_ns, records, errors, done FROM inputs") {
            let path = row[0].string ?? ""
            inputs[path] = RunManifest.Input(
                path: path, size: row[1].int, mtimeNanoseconds: row[2].int, records: row[3].int ?? 0,
                errors: row[4].int ?? 0, done: row[5].int == 1)
        }
        return State(paths: pathsJSON ?? [], inputs: inputs, complete: values["complete"] == "1")
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    private static func entities(_ database: SQLiteDatabase) throws(SQLiteDatabase.Error) -> [EntityIndex.Entry] {
        try database.rows("SELECT entity, name, type, mentions, documents FROM entities ORDER BY entity").map {
            EntityIndex.Entry(
                entity: $0[0].int ?? 0, name: $0[1].string ?? "", type: $0[2].string ?? "", mentions: $0[3].int ?? 0,
                documents: $0[4].int ?? 0)
        }
    }

    private func writeRunHeader(paths: [String], resumed: Bool) throws(SQLiteDatabase.Error) {
        let pathsJSON = (try? JSONSerialization.data(withJSONObject: paths)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let now = ISO8601DateFormatter().string(from: Date())
        var values: [(String, String)] = [("complete", "0"), (resumed ? "resumed" : "started", now)]
        if !resumed {
            values += [("paths", pathsJSON), ("schema", String(ResultsSchema.version)), ("gloss", GlossVersion.current)]
        }
        let statement = try database.prepare("INSERT OR REPLACE INTO run(key, value) VALUES (?, ?)")
        for (key, value) in values {
            statement.bind(key, at: 1)
            statement.bind(value, at: 2)
            try statement.run()
        }
    }

    /// Writes one record of the input `origin` (nil for inputs made in memory); commits when
    /// the transaction is full or old enough.
    public func write(_ record: Record, origin: String?) throws(SQLiteDatabase.Error) {
        try write(PackedRows(record: record, includeText: options.includeText), origin: origin)
    }

    /// Writes one record's packed rows (made on a worker by `TableRowEncoder`, or from JSON
    /// Lines by `PackedRows(json:)`).
    public func write(_ rows: PackedRows, origin: String?) throws(SQLiteDatabase.Error) {
        tally(origin: origin ?? "", failed: rows.kind == .failure)
        try statements.insert(rows, entities: &entities)
        count += 1
        pending += 1
        if pending >= options.batchSize
            || Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 >= options.commitInterval
        {
            try commit()
        }
    }

    private func tally(origin key: String, failed: Bool) {
        if key != current {
            if let current, var input = inputs[current], !input.done {
                input.done = true
                inputs[current] = input
                touched.append(current)
            }
            current = key
        }
        var input = inputs[key] ?? RunManifest.Input.statting(key)
        input.records += 1
        if failed { input.errors += 1 }
        inputs[key] = input
        if touched.last != key { touched.append(key) }
    }

    /// Commits the open transaction, with the inputs' totals and the entities' counts, and opens the next.
    public func commit() throws(SQLiteDatabase.Error) {
        for key in Set(touched) { if let input = inputs[key] { try statements.insert(input) } }
        touched.removeAll(keepingCapacity: true)
        for entry in entities.takeChanged() { try statements.insert(entry) }
        try database.execute("COMMIT; BEGIN")
        pending = 0
        started = DispatchTime.now().uptimeNanoseconds
    }

    /// Commits the rest; a complete run marks its last input done and the run complete.
    public func finish(complete: Bool) throws(SQLiteDatabase.Error) {
        if complete, let current, var input = inputs[current] {
            input.done = true
            inputs[current] = input
            touched.append(current)
        }
        try commit()
        if complete {
            try database.execute(ResultsSchema.indexes)
            try database.execute("UPDATE run SET value = '1' WHERE key = 'complete'")
        }
        try database.execute("COMMIT; PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);")
    }
}
