import GlossCore
import GlossStages

extension PackedRows {
    /// The rows of a record the pipeline made, read from its typed layers (no JSON in between):
    /// the one place that maps layers to table rows (`RecordRows(record:)` unpacks these).
    ///
    /// Cost: linear in the layers' sizes; one copy of each text (the document's text only when
    /// `includeText` is set). Runs on a worker (`TableRowEncoder`) or on the sink's thread.
    public init(record: Record, includeText: Bool = true) {
        var writer = Writer(reservingCapacity: Self.estimatedSize(record, includeText: includeText))
        switch record {
        case .failure(let failure):
            writer.kind(.failure)
            writer.text(failure.id)
            writer.text(failure.source)
            writer.text(failure.stage)
            writer.text(failure.code.rawValue)
            writer.text(failure.message)
            writer.integer(failure.byteOffset)
        case .document(let document):
            document.withTextBytes { text in Self.pack(document, text: text, includeText: includeText, into: &writer) }
        }
        self = writer.rows
    }

    /// Enough bytes for most records at once: the text and some 40 bytes per annotation.
    private static func estimatedSize(_ record: Record, includeText: Bool) -> Int {
        guard case .document(let document) = record else { return 256 }
        return 512 + (includeText ? document.text.utf8.count : 0) + 40 * document.sentences.count
    }

    private static func pack(_ document: Document, text: UnsafeBufferPointer<UInt8>, includeText: Bool, into writer: inout Writer) {
        let sentiment = document[SentimentLayer.self]
        writer.kind(.document)
        writer.text(document.id)
        writer.text(document.source)
        writer.text(document.metadata.title)
        writer.text(document.metadata.published)
        writer.text(document.metadata.language)
        writer.text(document.metadata.siteName)
        writer.text(document.metadata.url)
        writer.integer(text.count)
        writer.integer(text.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })  // Unicode scalars: bytes that start one
        writer.integer(document.present.contains(.tokens) ? document.tokens.count : nil)
        writer.integer(document.present.contains(.sentences) ? document.sentences.count : nil)
        writer.real(sentiment?.score.compound)
        writer.real(sentiment?.score.positive)
        writer.real(sentiment?.score.neutral)
        writer.real(sentiment?.score.negative)
        writer.text(document[DuplicateLayer.self]?.of)
        if includeText { writer.text(utf8: text) } else { writer.null() }
        packEntities(document[EntityLayer.self], sentiment: sentiment, into: &writer)
        packSentences(document, sentiment: sentiment, into: &writer)
        packMentions(document[EntityLayer.self], text: text, into: &writer)
        packNumbers(document[NumberLayer.self]?.mentions ?? [], into: &writer)
    }

    private static func packEntities(_ found: DocumentEntities?, sentiment: DocumentSentiment?, into writer: inout Writer) {
        let entities = found?.entities ?? []
        var scores = [EntitySentiment?](repeating: nil, count: entities.count)
        for score in sentiment?.entities ?? [] where scores.indices.contains(score.entity) { scores[score.entity] = score }
        writer.count(entities.count)
        for (index, entity) in entities.enumerated() {
            writer.rawText(entity.type.description)
            writer.rawText(entity.name)
            writer.rawInteger(entity.mentions)
            writer.integer(scores[index]?.sentences)
            writer.real(scores[index]?.score.compound)
        }
    }

    private static func packSentences(_ document: Document, sentiment: DocumentSentiment?, into writer: inout Writer) {
        if let sentiment {
            writer.count(sentiment.sentences.count)
            for (n, sentence) in sentiment.sentences.enumerated() {
                packSentence(n: n, sentence.span, words: sentence.words, sentiment: sentence.score.compound, into: &writer)
            }
        } else if document.present.contains(.sentences) {
            writer.count(document.sentences.count)
            for (n, sentence) in document.sentences.enumerated() {
                packSentence(n: n, sentence.span, words: nil, sentiment: nil, into: &writer)
            }
        } else {
            writer.count(0)
        }
    }

    private static func packSentence(n: Int, _ span: Span, words: Int?, sentiment: Double?, into writer: inout Writer) {
        writer.integer(n)
        writer.integer(Int(span.start))
        writer.integer(Int(span.end))
        writer.integer(words)
        writer.real(sentiment)
    }

    private static func packMentions(_ found: DocumentEntities?, text: UnsafeBufferPointer<UInt8>, into writer: inout Writer) {
        let mentions = found?.mentions ?? []
        writer.count(mentions.count)
        for mention in mentions {
            writer.count(mention.entity)
            writer.integer(Int(mention.span.start))
            writer.integer(Int(mention.span.end))
            writer.text(utf8: UnsafeBufferPointer(rebasing: text[Int(mention.span.start)..<Int(mention.span.end)]))
            writer.text(mention.type.description)
            writer.real(mention.confidence)
        }
    }

    private static func packNumbers(_ mentions: [NumberMention], into writer: inout Writer) {
        writer.count(mentions.count)
        for mention in mentions {
            writer.integer(Int(mention.span.start))
            writer.integer(Int(mention.span.end))
            writer.text(mention.kind.rawValue)
            writer.text(mention.value?.description)
            writer.real(mention.value?.double)
            writer.text(mention.high?.description)
            writer.text(mention.unit)
            writer.text(mention.currency)
            writer.text(mention.modifier)
            writer.text(mention.comparator?.rawValue)
            writer.text(mention.normalized)
        }
    }
}
