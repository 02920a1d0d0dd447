import CSQLite

/// A compiled SQLite statement: bind parameters (1-based), `step` through rows, `reset` to run
/// it again. A `String` is bound as a copy (SQLITE_TRANSIENT), so callers' strings may go
/// away; a packed value's text is bound in place (see `bind(_:at:)` for `PackedRows.Reader.Value`).
public final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    public func bind(_ value: Int?, at index: Int) {
        if let value { sqlite3_bind_int64(statement, Int32(index), Int64(value)) } else { sqlite3_bind_null(statement, Int32(index)) }
    }

    public func bind(_ value: Double?, at index: Int) {
        if let value, value.isFinite { sqlite3_bind_double(statement, Int32(index), value) } else { sqlite3_bind_null(statement, Int32(index)) }
    }

    public func bind(_ value: String?, at index: Int) {
        guard let value else {
            sqlite3_bind_null(statement, Int32(index))
            return
        }
        var copy = value
        copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                _ = sqlite3_bind_text64(statement, Int32(index), "", 0, gloss_sqlite_transient(), UInt8(SQLITE_UTF8))
                return
            }
            _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(statement, Int32(index), $0, UInt64(bytes.count), gloss_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
    }

    public func bind(_ value: SQLiteValue, at index: Int) {
        switch value {
        case .integer(let number): bind(number, at: index)
        case .real(let number): bind(number, at: index)
        case .text(let text): bind(text, at: index)
        case .null: sqlite3_bind_null(statement, Int32(index))
        }
    }

    /// Binds a packed value. Its text is bound without a copy (SQLITE_STATIC): the bytes it
    /// points into must stay alive and unchanged until the statement has run (`run()` clears
    /// the bindings).
    public func bind(_ value: PackedRows.Reader.Value, at index: Int) {
        switch value {
        case .null: sqlite3_bind_null(statement, Int32(index))
        case .integer(let number): sqlite3_bind_int64(statement, Int32(index), Int64(number))
        case .real(let number): sqlite3_bind_double(statement, Int32(index), number)
        case .text(let bytes):
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                _ = sqlite3_bind_text64(statement, Int32(index), "", 0, gloss_sqlite_transient(), UInt8(SQLITE_UTF8))
                return
            }
            _ = sqlite3_bind_text64(
                statement, Int32(index), base.assumingMemoryBound(to: CChar.self), UInt64(bytes.count), nil, UInt8(SQLITE_UTF8))
        }
    }

    /// Binds the reader's next `count` values to consecutive parameters from `first`.
    func bind(_ reader: inout PackedRows.Reader, count: Int, from first: Int) {
        for index in first..<first + count { bind(reader.value(), at: index) }
    }

    /// Runs the statement to its next row: true while there is one, false when done.
    @discardableResult
    public func step() throws(SQLiteDatabase.Error) -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            throw SQLiteDatabase.Error(description: "SQLite error in '\(database.path)': \(database.lastMessage)")
        }
    }

    /// Runs a statement that returns no rows, then resets it and clears its bindings for the next run.
    public func run() throws(SQLiteDatabase.Error) {
        defer { reset() }
        try step()
    }

    /// Runs a statement that returns no rows and resets it, keeping its bindings: for a
    /// statement whose every parameter is bound again before each run (the sink's inserts).
    /// Text bound in place stays referenced, never read, until it is bound again.
    func runRebinding() throws(SQLiteDatabase.Error) {
        defer { sqlite3_reset(statement) }
        try step()
    }

    public func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    public var columnCount: Int { Int(sqlite3_column_count(statement)) }

    /// Column `index` (0-based) of the current row.
    public func value(_ index: Int) -> SQLiteValue {
        let column = Int32(index)
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
        case SQLITE_NULL: return .null
        default:
            guard let text = sqlite3_column_text(statement, column) else { return .null }
            let count = Int(sqlite3_column_bytes(statement, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
    }
}
