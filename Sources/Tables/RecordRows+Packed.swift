import GlossCore

extension RecordRows {
    /// The rows of a record the pipeline made (`PackedRows(record:)`, unpacked).
    ///
    /// Cost: linear in the layers' sizes; the text is copied only when `includeText` is set.
    public init(record: Record, includeText: Bool = true) {
        self.init(packed: PackedRows(record: record, includeText: includeText))
    }

    /// Unpacks rows: the typed form, for the CSV sink, the document view and tests.
    public init(packed: PackedRows) {
        self.init()
        packed.withReader { reader in
            switch reader.kind() {
            case .failure: error = Self.errorRow(&reader)
            case .document: unpackDocument(&reader)
            case nil: break
            }
        }
    }

    private static func errorRow(_ reader: inout PackedRows.Reader) -> ErrorRow {
        let (id, source, stage) = (reader.value().string ?? "", reader.value().string, reader.value().string ?? "")
        let (code, message) = (reader.value().string ?? "", reader.value().string ?? "")
        return ErrorRow(id: id, source: source, stage: stage, code: code, message: message, byteOffset: reader.value().int)
    }

    private mutating func unpackDocument(_ reader: inout PackedRows.Reader) {
        var row = DocumentRow(id: reader.value().string ?? "")
        (row.source, row.title, row.published) = (reader.value().string, reader.value().string, reader.value().string)
        (row.language, row.site, row.url) = (reader.value().string, reader.value().string, reader.value().string)
        (row.bytes, row.characters) = (reader.value().int ?? 0, reader.value().int ?? 0)
        (row.tokens, row.sentenceCount) = (reader.value().int, reader.value().int)
        (row.sentiment, row.positive) = (reader.value().double, reader.value().double)
        (row.neutral, row.negative) = (reader.value().double, reader.value().double)
        (row.duplicateOf, row.text) = (reader.value().string, reader.value().string)
        document = row
        for _ in 0..<reader.count() {
            let (type, name) = (String(decoding: reader.rawText(), as: UTF8.self), String(decoding: reader.rawText(), as: UTF8.self))
            let (mentions, sentences) = (reader.rawInteger(), reader.value().int)
            entities.append(DocumentEntityRow(
                name: name, type: type, mentions: mentions, sentiment: reader.value().double, sentences: sentences))
        }
        for _ in 0..<reader.count() {
            _ = reader.value()  // n: the position in the array
            sentences.append(SentenceRow(
                start: reader.value().int ?? 0, end: reader.value().int ?? 0, words: reader.value().int, sentiment: reader.value().double))
        }
        unpackMentionsAndNumbers(&reader)
    }

    private mutating func unpackMentionsAndNumbers(_ reader: inout PackedRows.Reader) {
        for _ in 0..<reader.count() {
            let entity = reader.count()
            let (start, end) = (reader.value().int ?? 0, reader.value().int ?? 0)
            let (text, type, confidence) = (reader.value().string ?? "", reader.value().string ?? "", reader.value().double ?? 0)
            mentions.append(MentionRow(start: start, end: end, text: text, type: type, confidence: confidence, entity: entity))
        }
        for _ in 0..<reader.count() {
            let (start, end) = (reader.value().int ?? 0, reader.value().int ?? 0)
            let kind = reader.value().string ?? ""
            var row = NumberRow(start: start, end: end, kind: kind, normalized: "")
            (row.value, row.number, row.high) = (reader.value().string, reader.value().double, reader.value().string)
            (row.unit, row.currency, row.modifier) = (reader.value().string, reader.value().string, reader.value().string)
            (row.comparator, row.normalized) = (reader.value().string, reader.value().string ?? "")
            numbers.append(row)
        }
    }
}
