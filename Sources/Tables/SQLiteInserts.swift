import GlossCore
import GlossSinks

/// The prepared INSERT statements of `SQLiteSink`, one per table, and the code that binds a
/// record's packed rows (`PackedRows`) to them. Compiled once per run; each row binds its
/// values in place (no copy of a text), steps and resets.
final class SQLiteInserts {
    private let database: SQLiteDatabase
    private let document: SQLiteStatement
    /// Nil without a full-text index.
    private let fullText: SQLiteStatement?
    private let sentence: SQLiteStatement
    private let documentEntity: SQLiteStatement
    private let mention: SQLiteStatement
    private let number: SQLiteStatement
    private let error: SQLiteStatement
    private let entity: SQLiteStatement
    private let input: SQLiteStatement
    /// The run-wide numbers of the current document's entities, by their index in it.
    private var entityNumbers: [Int] = []

    init(_ database: SQLiteDatabase, fullText: Bool = true) throws(SQLiteDatabase.Error) {
        self.database = database
        document = try database.prepare("""
            INSERT INTO documents(id, source, title, published, language, site, url, bytes, characters, tokens,
                sentences, sentiment, positive, neutral, negative, duplicate_of, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        self.fullText = fullText ? try database.prepare("INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)") : nil
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

    /// Inserts one record's packed rows, numbering its entities with `entities`.
    func insert(_ rows: PackedRows, entities: inout EntityIndex) throws(SQLiteDatabase.Error) {
        try rows.withReader { (reader: inout PackedRows.Reader) throws(SQLiteDatabase.Error) in
            switch reader.kind() {
            case .failure:
                error.bind(&reader, count: 6, from: 1)
                try error.runRebinding()
            case .document:
                let doc = try insertDocument(&reader)
                try insertChildren(&reader, doc: doc, entities: &entities)
            case nil:
                throw SQLiteDatabase.Error(description: "a record's packed rows are damaged (an unknown kind): this is a bug in gloss")
            }
        }
    }

    /// Inserts the document row and its full-text entry; returns its `doc` number.
    private func insertDocument(_ reader: inout PackedRows.Reader) throws(SQLiteDatabase.Error) -> Int {
        var title = PackedRows.Reader.Value.null
        var text = PackedRows.Reader.Value.null
        for index in 1...17 {
            let value = reader.value()
            if index == 3 { title = value } else if index == 17 { text = value }
            document.bind(value, at: index)
        }
        try document.runRebinding()
        let doc = database.lastInsertRowID
        if let fullText {
            fullText.bind(doc, at: 1)
            fullText.bind(title, at: 2)
            fullText.bind(text, at: 3)
            try fullText.runRebinding()
        }
        return doc
    }

    /// Inserts a document's entities (numbering them run-wide), sentences, mentions and numbers.
    private func insertChildren(_ reader: inout PackedRows.Reader, doc: Int, entities: inout EntityIndex) throws(SQLiteDatabase.Error) {
        entityNumbers.removeAll(keepingCapacity: true)
        entities.beginDocument()
        for _ in 0..<reader.count() {
            let (type, name) = (reader.rawText(), reader.rawText())
            let mentions = reader.rawInteger()
            entityNumbers.append(entities.add(type: type, name: name, mentions: mentions))
            documentEntity.bind(doc, at: 1)
            documentEntity.bind(entityNumbers[entityNumbers.count - 1], at: 2)
            documentEntity.bind(mentions, at: 3)
            documentEntity.bind(&reader, count: 2, from: 4)
            try documentEntity.runRebinding()
        }
        for _ in 0..<reader.count() {
            sentence.bind(doc, at: 1)
            sentence.bind(&reader, count: 5, from: 2)
            try sentence.runRebinding()
        }
        for _ in 0..<reader.count() {
            let entity = reader.count()
            mention.bind(&reader, count: 5, from: 3)
            guard entityNumbers.indices.contains(entity) else {  // packing never makes one; skipped, not fatal
                mention.reset()
                continue
            }
            mention.bind(doc, at: 1)
            mention.bind(entityNumbers[entity], at: 2)
            try mention.runRebinding()
        }
        for _ in 0..<reader.count() {
            number.bind(doc, at: 1)
            number.bind(&reader, count: 11, from: 2)
            try number.runRebinding()
        }
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
