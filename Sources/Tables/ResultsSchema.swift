/// The tables of a results database (`gloss analyze -o results.sqlite`) and of the CSV folder
/// (`--format csv`): docs/results-database.md describes each column, with example queries.
///
/// ```
/// documents ──< sentences            documents.doc = sentences.doc
///     │    ──< numbers               documents.doc = numbers.doc
///     │    ──< mentions >── entities mentions.entity = entities.entity
///     └────< document_entities >──┘  (per document: mentions, sentences, mean sentiment)
/// errors                             inputs that failed
/// documents_fts                      FTS5 over title and text (external content: documents)
/// run, inputs                        what a resumed run needs (paths, committed inputs)
/// ```
public enum ResultsSchema {
    /// The schema version, in `run` (key `schema`); bumped when a column changes meaning.
    public static let version = 1

    /// Column names of each table, in order, as the CSV files have them.
    public static let columns: [(table: String, columns: [String])] = [
        ("documents", ["doc", "id", "source", "title", "published", "language", "site", "url", "bytes", "characters",
                       "tokens", "sentences", "sentiment", "positive", "neutral", "negative", "duplicate_of", "text"]),
        ("sentences", ["doc", "n", "start", "end", "words", "sentiment"]),
        ("entities", ["entity", "name", "type", "mentions", "documents"]),
        ("document_entities", ["doc", "entity", "mentions", "sentences", "sentiment"]),
        ("mentions", ["doc", "entity", "start", "end", "text", "type", "confidence"]),
        ("numbers", ["doc", "start", "end", "kind", "value", "number", "high", "unit", "currency", "modifier",
                     "comparator", "normalized"]),
        ("errors", ["error", "id", "source", "stage", "code", "message", "byte_offset"]),
    ]

    /// The indexes for the joins and filters of the report and the example queries. Made when
    /// a run finishes (sorting once costs less than keeping them up to date row by row, which
    /// took about a tenth of the writer's time): a killed run's database has its rows, its
    /// full-text index and no secondary indexes until `--resume` finishes it.
    public static let indexes = """
        CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc);
        CREATE INDEX IF NOT EXISTS document_entities_doc ON document_entities(doc);
        CREATE INDEX IF NOT EXISTS document_entities_entity ON document_entities(entity);
        CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
        CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
        CREATE INDEX IF NOT EXISTS numbers_doc ON numbers(doc);
        CREATE INDEX IF NOT EXISTS numbers_kind_number ON numbers(kind, number);
        CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
        CREATE INDEX IF NOT EXISTS errors_code ON errors(code);
        """

    /// The statements that create the tables, if they are not there yet.
    public static let create = """
        CREATE TABLE IF NOT EXISTS run(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS inputs(
            path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, records INTEGER NOT NULL,
            errors INTEGER NOT NULL, done INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS documents(
            doc INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT, title TEXT, published TEXT, language TEXT,
            site TEXT, url TEXT, bytes INTEGER NOT NULL, characters INTEGER NOT NULL, tokens INTEGER,
            sentences INTEGER, sentiment REAL, positive REAL, neutral REAL, negative REAL, duplicate_of TEXT, text TEXT);
        CREATE TABLE IF NOT EXISTS sentences(
            doc INTEGER NOT NULL REFERENCES documents, n INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            words INTEGER, sentiment REAL);
        CREATE TABLE IF NOT EXISTS entities(
            entity INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
            documents INTEGER NOT NULL, UNIQUE(type, name));
        CREATE TABLE IF NOT EXISTS document_entities(
            doc INTEGER NOT NULL REFERENCES documents, entity INTEGER NOT NULL REFERENCES entities,
            mentions INTEGER NOT NULL, sentences INTEGER, sentiment REAL);
        CREATE TABLE IF NOT EXISTS mentions(
            doc INTEGER NOT NULL REFERENCES documents, entity INTEGER NOT NULL REFERENCES entities,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, confidence REAL);
        CREATE TABLE IF NOT EXISTS numbers(
            doc INTEGER NOT NULL REFERENCES documents, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL,
            value TEXT, number REAL, high TEXT, unit TEXT, currency TEXT, modifier TEXT, comparator TEXT,
            normalized TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS errors(
            error INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT, stage TEXT NOT NULL, code TEXT NOT NULL,
            message TEXT NOT NULL, byte_offset INTEGER);
        """

    /// The full-text index over titles and texts (external content: the `documents` table).
    public static let fullText = """
        CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='doc');
        """
}
