import CSQLite

/// A connection to a SQLite database file, through the system's SQLite (libsqlite3).
///
/// A thin layer: `execute` for statements without results, `prepare` for ones run many times
/// or read row by row. Errors carry SQLite's message and the statement. Not thread-safe: one
/// connection per thread. The connection is opened without its mutex (SQLITE_OPEN_NOMUTEX),
/// and the first one made in a process turns off SQLite's memory statistics: both locks were
/// taken on every call and allocation, some tenth of a bulk insert's instructions.
public final class SQLiteDatabase {
    /// What SQLite said went wrong, with the statement or file it was about.
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    let handle: OpaquePointer
    public let path: String

    /// Opens (or, with `create`, creates) the database at `path`; `readOnly` opens it for reading only.
    public init(path: String, readOnly: Bool = false, create: Bool = true) throws(Error) {
        _ = Self.configured
        var pointer: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)) | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &pointer, flags, nil)
        guard status == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            if let pointer { sqlite3_close_v2(pointer) }
            throw Error(description: "cannot open the SQLite database '\(path)': \(message)")
        }
        handle = pointer
        self.path = path
        sqlite3_busy_timeout(handle, 5000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// SQLite's process-wide settings, made once before the first connection (see the type's comment).
    private static let configured: Bool = gloss_sqlite_disable_memory_statistics() == SQLITE_OK

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws(Error) {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(message)
            throw Error(description: "SQLite error in '\(path)': \(text) (in: \(sql.prefix(200)))")
        }
    }

    /// Compiles a statement to bind and run, possibly many times.
    public func prepare(_ sql: String) throws(Error) -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK,
            let statement
        else {
            throw Error(description: "SQLite cannot prepare a statement on '\(path)': \(lastMessage) (in: \(sql.prefix(200)))")
        }
        return SQLiteStatement(statement, database: self)
    }

    /// Runs a query and returns each row's columns as values (`Int`, `Double`, `String`, or nil).
    public func rows(_ sql: String, _ arguments: [SQLiteValue] = []) throws(Error) -> [[SQLiteValue]] {
        let statement = try prepare(sql)
        for (index, argument) in arguments.enumerated() { statement.bind(argument, at: index + 1) }
        var result: [[SQLiteValue]] = []
        while try statement.step() {
            result.append((0..<statement.columnCount).map(statement.value))
        }
        return result
    }

    /// The rowid the last INSERT made.
    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
}

/// A value SQLite stores: integer, real, text or NULL.
public enum SQLiteValue: Sendable, Equatable {
    case integer(Int)
    case real(Double)
    case text(String)
    case null

    public var int: Int? {
        switch self {
        case .integer(let value): value
        case .real(let value): Int(value)
        default: nil
        }
    }

    public var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    public var string: String? {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .null: nil
        }
    }
}
