import GlossCore
import GlossSinks

/// The prepared INSERT statements of `SQLiteSink`, one per table, and the code that binds a
/// row to each. Compiled once per run; each call binds, steps and resets.
final class SQLiteInserts {
    private let database: SQLiteDatabase
    private let document: SQLiteStatement
    private let fullText: SQLiteStatement
    private let sentence: SQLiteStatement
    private let documentEntity: SQLiteStatement
    private let mention: SQLiteStatement
    private let number: SQLiteStatement
    private let error: SQLiteStatement
    private let entity: SQLiteStatement
    private let input: SQLiteStatement

    init(_ database: SQLiteDatabase) throws(SQLiteDatabase.Error) {
        self.database = database
        document = try database.prepare("""
            INSERT INTO documents(id, source, title, published, language, site, url, bytes, characters, tokens,
                sentences, sentiment, positive, neutral, negative, duplicate_of, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        fullText = try database.prepare("INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)")
        sentence = try database.prepare("INSERT INTO sentences(doc, n, start, \"end\", words, sentiment) VALUES (?, ?, ?, ?, ?, ?)")
        documentEntity = try database.prepare(
            "INSERT INTO document_entities(doc, entity, mentions, sentences, sentiment) VALUES (?, ?, ?, ?, ?)")
        mention = try database.prepare(
            "INSERT INTO mentions(doc, entity, start, \"end\", text, type, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)")
        number = try database.prepare("""
            INSERT INTO numbers(doc, start, "end", kind, value, number, high, unit, currency, modifier, comparator, normalized)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        error = try database.prepare(
            "INSERT INTO errors(id, source, stage, code, message, byte_offset) VALUES (?, ?, ?, ?, ?, ?)")
        entity = try database.prepare("""
            INSERT INTO entities(entity, name, type, mentions, documents) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(entity) DO UPDATE SET mentions = excluded.mentions, documents = excluded.documents
            """)
        input = try database.prepare(
            "INSERT OR REPLACE INTO inputs(path, size, mtime_ns, records, errors, done) VALUES (?, ?, ?, ?, ?, ?)")
    }

    /// Inserts the document row and its full-text entry; returns its `doc` number.
    func insert(_ row: DocumentRow) throws(SQLiteDatabase.Error) -> Int {
        document.bind(row.id, at: 1)
        document.bind(row.source, at: 2)
        document.bind(row.title, at: 3)
        document.bind(row.published, at: 4)
        document.bind(row.language, at: 5)
        document.bind(row.site, at: 6)
        document.bind(row.url, at: 7)
        document.bind(row.bytes, at: 8)
        document.bind(row.characters, at: 9)
        document.bind(row.tokens, at: 10)
        document.bind(row.sentenceCount, at: 11)
        document.bind(row.sentiment, at: 12)
        document.bind(row.positive, at: 13)
        document.bind(row.neutral, at: 14)
        document.bind(row.negative, at: 15)
        document.bind(row.duplicateOf, at: 16)
        document.bind(row.text, at: 17)
        try document.run()
        let doc = database.lastInsertRowID
        fullText.bind(doc, at: 1)
        fullText.bind(row.title, at: 2)
        fullText.bind(row.text, at: 3)
        try fullText.run()
        return doc
    }

    /// Inserts a document's sentences, entities, mentions and numbers; `numbers` are the
    /// run-wide numbers of `rows.entities`, in order.
    func insert(_ rows: RecordRows, doc: Int, entities numbers: [Int]) throws(SQLiteDatabase.Error) {
        for (n, row) in rows.sentences.enumerated() {
            bind(sentence, doc, n, row.start, row.end, row.words)
            sentence.bind(row.sentiment, at: 6)
            try sentence.run()
        }
        for (index, row) in rows.entities.enumerated() {
            bind(documentEntity, doc, numbers[index], row.mentions, row.sentences)
            documentEntity.bind(row.sentiment, at: 5)
            try documentEntity.run()
        }
        for row in rows.mentions {
            bind(mention, doc, numbers[row.entity], row.start, row.end)
            mention.bind(row.text, at: 5)
            mention.bind(row.type, at: 6)
            mention.bind(row.confidence, at: 7)
            try mention.run()
        }
        for row in rows.numbers { try insert(row, doc: doc) }
    }

    private func insert(_ row: NumberRow, doc: Int) throws(SQLiteDatabase.Error) {
        bind(number, doc, row.start, row.end)
        number.bind(row.kind, at: 4)
        number.bind(row.value, at: 5)
        number.bind(row.number, at: 6)
        number.bind(row.high, at: 7)
        number.bind(row.unit, at: 8)
        number.bind(row.currency, at: 9)
        number.bind(row.modifier, at: 10)
        number.bind(row.comparator, at: 11)
        number.bind(row.normalized, at: 12)
        try number.run()
    }

    func insert(_ row: ErrorRow) throws(SQLiteDatabase.Error) {
        error.bind(row.id, at: 1)
        error.bind(row.source, at: 2)
        error.bind(row.stage, at: 3)
        error.bind(row.code, at: 4)
        error.bind(row.message, at: 5)
        error.bind(row.byteOffset, at: 6)
        try error.run()
    }

    func insert(_ entry: EntityIndex.Entry) throws(SQLiteDatabase.Error) {
        entity.bind(entry.entity, at: 1)
        entity.bind(entry.name, at: 2)
        entity.bind(entry.type, at: 3)
        bind(entity, at: 4, entry.mentions, entry.documents)
        try entity.run()
    }

    func insert(_ row: RunManifest.Input) throws(SQLiteDatabase.Error) {
        input.bind(row.path, at: 1)
        bind(input, at: 2, row.size, row.mtimeNanoseconds, row.records, row.errors, row.done ? 1 : 0)
        try input.run()
    }

    /// Binds integers to consecutive parameters from `at`.
    private func bind(_ statement: SQLiteStatement, at first: Int = 1, _ values: Int?...) {
        for (offset, value) in values.enumerated() { statement.bind(value, at: first + offset) }
    }
}
