import GlossCore
import GlossStages

extension RecordRows {
    /// The rows of a record the pipeline made, read from its typed layers (no JSON in between).
    ///
    /// Cost: linear in the layers' sizes; the text is copied only when `includeText` is set.
    public init(record: Record, includeText: Bool = true) {
        self.init()
        switch record {
        case .failure(let failure):
            error = ErrorRow(
                id: failure.id, source: failure.source, stage: failure.stage, code: failure.code.rawValue,
                message: failure.message, byteOffset: failure.byteOffset)
        case .document(let document):
            fill(from: document, includeText: includeText)
        }
    }

    private mutating func fill(from document: Document, includeText: Bool) {
        let present = document.present
        var row = DocumentRow(
            id: document.id, bytes: document.text.utf8.count,
            characters: document.text.unicodeScalars.count)
        row.source = document.source
        row.title = document.metadata.title
        row.published = document.metadata.published
        row.language = document.metadata.language
        row.site = document.metadata.siteName
        row.url = document.metadata.url
        row.tokens = present.contains(.tokens) ? document.tokens.count : nil
        row.sentenceCount = present.contains(.sentences) ? document.sentences.count : nil
        row.duplicateOf = document[DuplicateLayer.self]?.of
        if includeText { row.text = document.text }
        let sentiment = document[SentimentLayer.self]
        if let sentiment {
            row.sentiment = sentiment.score.compound
            row.positive = sentiment.score.positive
            row.neutral = sentiment.score.neutral
            row.negative = sentiment.score.negative
            sentences = sentiment.sentences.map {
                SentenceRow(start: Int($0.span.start), end: Int($0.span.end), words: $0.words, sentiment: $0.score.compound)
            }
        } else if present.contains(.sentences) {
            sentences = document.sentences.map { SentenceRow(start: Int($0.span.start), end: Int($0.span.end)) }
        }
        self.document = row
        if let found = document[EntityLayer.self] { addEntities(found, sentiment: sentiment, document: document) }
        if let found = document[NumberLayer.self] { numbers = found.mentions.map(Self.numberRow) }
    }

    private mutating func addEntities(_ found: DocumentEntities, sentiment: DocumentSentiment?, document: Document) {
        var scores: [Int: EntitySentiment] = [:]
        for score in sentiment?.entities ?? [] { scores[score.entity] = score }
        entities = found.entities.enumerated().map { index, entity in
            DocumentEntityRow(
                name: entity.name, type: entity.type.description, mentions: entity.mentions,
                sentiment: scores[index]?.score.compound, sentences: scores[index]?.sentences)
        }
        mentions = found.mentions.map { mention in
            MentionRow(
                start: Int(mention.span.start), end: Int(mention.span.end), text: String(document.text(of: mention.span)),
                type: mention.type.description, confidence: mention.confidence, entity: mention.entity)
        }
    }

    private static func numberRow(_ mention: NumberMention) -> NumberRow {
        var row = NumberRow(
            start: Int(mention.span.start), end: Int(mention.span.end), kind: mention.kind.rawValue,
            normalized: mention.normalized)
        if let value = mention.value {
            row.value = value.description
            row.number = value.double.isFinite ? value.double : nil
        }
        row.high = mention.high?.description
        row.unit = mention.unit
        row.currency = mention.currency
        row.modifier = mention.modifier
        row.comparator = mention.comparator?.rawValue
        return row
    }
}
