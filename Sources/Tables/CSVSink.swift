import Foundation
import GlossCore
import GlossSinks

/// Writes records as the results tables in CSV files in a folder (`gloss analyze --format csv
/// -o DIR/`): `documents.csv`, `sentences.csv`, `entities.csv`, `document_entities.csv`,
/// `mentions.csv`, `numbers.csv`, `errors.csv`, with the columns of `ResultsSchema.columns`
/// and the same `doc` and `entity` numbers a SQLite database gets, for spreadsheets and pandas.
///
/// `entities.csv` holds run-wide counts, so it is written by `finish()`. A CSV folder is not
/// resumable (use SQLite or a JSON Lines folder for that). Not thread-safe.
public final class CSVSink {
    private let files: [String: CSVWriter]
    private let includeText: Bool
    private let directory: String
    private var entities = EntityIndex()
    private var nextDoc = 1
    private var nextError = 1

    /// Creates `directory` if needed and the table files in it (replacing any).
    public init(directory: String, includeText: Bool = true) throws(JSONLinesSink.Error) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw JSONLinesSink.Error(description: "cannot create the folder '\(directory)': \(error.localizedDescription)")
        }
        var files: [String: CSVWriter] = [:]
        for (table, columns) in ResultsSchema.columns {
            files[table] = try CSVWriter(path: Self.path(directory, table), header: columns)
        }
        self.files = files
        self.includeText = includeText
        self.directory = directory
    }

    private static func path(_ directory: String, _ table: String) -> String {
        (directory as NSString).appendingPathComponent(table + ".csv")
    }

    public func write(_ record: Record) throws(JSONLinesSink.Error) {
        try write(RecordRows(record: record, includeText: includeText))
    }

    /// Writes one record's packed rows (made on a worker by `TableRowEncoder`).
    public func write(_ rows: PackedRows) throws(JSONLinesSink.Error) {
        try write(RecordRows(packed: rows))
    }

    public func write(_ rows: RecordRows) throws(JSONLinesSink.Error) {
        if let error = rows.error {
            try write(error)
        } else if let document = rows.document {
            let doc = nextDoc
            nextDoc += 1
            try write(document, doc: doc)
            try write(rows, doc: doc, entities: entities.add(rows.entities))
        }
    }

    private func write(_ row: ErrorRow) throws(JSONLinesSink.Error) {
        let file = files["errors"]!
        file.field(nextError)
        nextError += 1
        for text in [row.id, row.source, row.stage, row.code, row.message] { file.field(text) }
        file.field(row.byteOffset)
        try file.endRow()
    }

    private func write(_ row: DocumentRow, doc: Int) throws(JSONLinesSink.Error) {
        let file = files["documents"]!
        file.field(doc)
        for text in [row.id, row.source, row.title, row.published, row.language, row.site, row.url] { file.field(text) }
        for count in [row.bytes, row.characters, row.tokens, row.sentenceCount] { file.field(count) }
        for score in [row.sentiment, row.positive, row.neutral, row.negative] { file.field(score) }
        file.field(row.duplicateOf)
        file.field(row.text)
        try file.endRow()
    }

    private func write(_ rows: RecordRows, doc: Int, entities numbers: [Int]) throws(JSONLinesSink.Error) {
        let sentences = files["sentences"]!
        for (n, row) in rows.sentences.enumerated() {
            for value in [doc, n, row.start, row.end, row.words] { sentences.field(value) }
            sentences.field(row.sentiment)
            try sentences.endRow()
        }
        let documentEntities = files["document_entities"]!
        for (index, row) in rows.entities.enumerated() {
            for value in [doc, numbers[index], row.mentions, row.sentences] { documentEntities.field(value) }
            documentEntities.field(row.sentiment)
            try documentEntities.endRow()
        }
        let mentions = files["mentions"]!
        for row in rows.mentions {
            for value in [doc, numbers[row.entity], row.start, row.end] { mentions.field(value) }
            mentions.field(row.text)
            mentions.field(row.type)
            mentions.field(row.confidence)
            try mentions.endRow()
        }
        let numbersFile = files["numbers"]!
        for row in rows.numbers {
            for value in [doc, row.start, row.end] { numbersFile.field(value) }
            numbersFile.field(row.kind)
            numbersFile.field(row.value)
            numbersFile.field(row.number)
            for text in [row.high, row.unit, row.currency, row.modifier, row.comparator, row.normalized] { numbersFile.field(text) }
            try numbersFile.endRow()
        }
    }

    /// Writes `entities.csv` and everything buffered.
    public func finish() throws(JSONLinesSink.Error) {
        let file = files["entities"]!
        for entry in entities.entries {
            file.field(entry.entity)
            file.field(entry.name)
            file.field(entry.type)
            file.field(entry.mentions)
            file.field(entry.documents)
            try file.endRow()
        }
        for writer in files.values { try writer.flush() }
    }
}
