/// One record as rows of the results tables (`documents`, `sentences`, `mentions`, `numbers`,
/// `document_entities`, `errors`): what the SQLite and CSV sinks write, the report reads and
/// the document view draws.
///
/// Made from a `Record` in memory (`RecordRows(record:)`, the fast path of `gloss analyze`) or
/// from a JSON Lines record (`RecordRows(json:)`, for `gloss report` and `gloss show`). Offsets
/// are UTF-8 bytes of the text (`start`, `end`), as in the record format. Plain values only,
/// so it is cheap to build and `Sendable`.
public struct RecordRows: Sendable, Equatable {
    public var document: DocumentRow?
    public var sentences: [SentenceRow] = []
    public var mentions: [MentionRow] = []
    /// The entities the document names, with their counts and sentiment in it; `mentions`
    /// point into this array by `entity`.
    public var entities: [DocumentEntityRow] = []
    public var numbers: [NumberRow] = []
    public var error: ErrorRow?

    public init() {}
}

/// A processed document: its metadata, figures and document-level sentiment.
public struct DocumentRow: Sendable, Equatable {
    public var id: String
    public var source: String?
    public var title: String?
    public var published: String?
    public var language: String?
    public var site: String?
    public var url: String?
    public var bytes: Int
    public var characters: Int
    public var tokens: Int?
    public var sentenceCount: Int?
    /// Word-weighted mean compound of the sentences (-1…1); nil without the sentiment stage.
    public var sentiment: Double?
    public var positive: Double?
    public var neutral: Double?
    public var negative: Double?
    /// The id of the earlier document this one repeats (dedupe stage).
    public var duplicateOf: String?
    /// The text, nil with `--no-text`.
    public var text: String?

    public init(id: String, bytes: Int = 0, characters: Int = 0) {
        self.id = id
        self.bytes = bytes
        self.characters = characters
    }
}

/// A sentence: its byte range and, with the sentiment stage, its score.
public struct SentenceRow: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var words: Int?
    public var sentiment: Double?

    public init(start: Int, end: Int, words: Int? = nil, sentiment: Double? = nil) {
        self.start = start
        self.end = end
        self.words = words
        self.sentiment = sentiment
    }
}

/// A named entity of one document: linked across the run by `name` and `type`.
public struct DocumentEntityRow: Sendable, Equatable {
    public var name: String
    /// `PER`, `ORG`, `LOC` or `MISC`.
    public var type: String
    public var mentions: Int
    /// Mean compound of the sentences that mention it; nil without sentiment.
    public var sentiment: Double?
    public var sentences: Int?

    public init(name: String, type: String, mentions: Int, sentiment: Double? = nil, sentences: Int? = nil) {
        self.name = name
        self.type = type
        self.mentions = mentions
        self.sentiment = sentiment
        self.sentences = sentences
    }
}

/// One mention of an entity.
public struct MentionRow: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: String
    public var confidence: Double
    /// Index into `RecordRows.entities`.
    public var entity: Int

    public init(start: Int, end: Int, text: String, type: String, confidence: Double, entity: Int) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.confidence = confidence
        self.entity = entity
    }
}

/// A numeric expression: its kind, its exact value as written (`value`) and as a double
/// (`number`), the high bound of a range, unit, currency and modifier.
public struct NumberRow: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var kind: String
    public var value: String?
    public var number: Double?
    public var high: String?
    public var unit: String?
    public var currency: String?
    public var modifier: String?
    public var comparator: String?
    public var normalized: String

    public init(start: Int, end: Int, kind: String, normalized: String) {
        self.start = start
        self.end = end
        self.kind = kind
        self.normalized = normalized
    }
}

/// An input that failed: which stage, the stable code, the message.
public struct ErrorRow: Sendable, Equatable {
    public var id: String
    public var source: String?
    public var stage: String
    public var code: String
    public var message: String
    public var byteOffset: Int?

    public init(id: String, source: String?, stage: String, code: String, message: String, byteOffset: Int? = nil) {
        self.id = id
        self.source = source
        self.stage = stage
        self.code = code
        self.message = message
        self.byteOffset = byteOffset
    }
}
