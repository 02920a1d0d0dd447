extension RecordRows {
    /// The rows of document `doc` read back from a results database (for its document view).
    /// Entities are numbered within the document again, as a record has them.
    public init(database: SQLiteDatabase, doc: Int) throws(SQLiteDatabase.Error) {
        self.init()
        let found = try database.rows("""
            SELECT id, source, title, published, language, site, url, bytes, characters, tokens, sentences,
                sentiment, positive, neutral, negative, duplicate_of, text FROM documents WHERE doc = ?
            """, [.integer(doc)])
        guard let row = found.first else {
            throw SQLiteDatabase.Error(description: "there is no document \(doc) in '\(database.path)' (see the documents table's doc column)")
        }
        var document = DocumentRow(id: row[0].string ?? "", bytes: row[7].int ?? 0, characters: row[8].int ?? 0)
        (document.source, document.title, document.published) = (row[1].string, row[2].string, row[3].string)
        (document.language, document.site, document.url) = (row[4].string, row[5].string, row[6].string)
        (document.tokens, document.sentenceCount) = (row[9].int, row[10].int)
        (document.sentiment, document.positive, document.neutral, document.negative) =
            (row[11].double, row[12].double, row[13].double, row[14].double)
        (document.duplicateOf, document.text) = (row[15].string, row[16].string)
        self.document = document
        let argument: [SQLiteValue] = [.integer(doc)]
        sentences = try database.rows("SELECT start, \"end\", words, sentiment FROM sentences WHERE doc = ? ORDER BY n", argument).map {
            SentenceRow(start: $0[0].int ?? 0, end: $0[1].int ?? 0, words: $0[2].int, sentiment: $0[3].double)
        }
        var local: [Int: Int] = [:]
        for entity in try database.rows("""
            SELECT d.entity, e.name, e.type, d.mentions, d.sentiment, d.sentences FROM document_entities d
            JOIN entities e ON e.entity = d.entity WHERE d.doc = ? ORDER BY d.rowid
            """, argument) {
            local[entity[0].int ?? 0] = entities.count
            entities.append(DocumentEntityRow(
                name: entity[1].string ?? "", type: entity[2].string ?? "", mentions: entity[3].int ?? 0,
                sentiment: entity[4].double, sentences: entity[5].int))
        }
        mentions = try database.rows(
            "SELECT start, \"end\", text, type, confidence, entity FROM mentions WHERE doc = ? ORDER BY start", argument
        ).compactMap { row in
            local[row[5].int ?? 0].map {
                MentionRow(start: row[0].int ?? 0, end: row[1].int ?? 0, text: row[2].string ?? "", type: row[3].string ?? "",
                           confidence: row[4].double ?? 0, entity: $0)
            }
        }
        numbers = try database.rows("""
            SELECT start, "end", kind, value, number, high, unit, currency, modifier, comparator, normalized
            FROM numbers WHERE doc = ? ORDER BY start
            """, argument).map { row in
            var number = NumberRow(start: row[0].int ?? 0, end: row[1].int ?? 0, kind: row[2].string ?? "", normalized: row[10].string ?? "")
            (number.value, number.number, number.high) = (row[3].string, row[4].double, row[5].string)
            (number.unit, number.currency, number.modifier, number.comparator) = (row[6].string, row[7].string, row[8].string, row[9].string)
            return number
        }
    }
}
