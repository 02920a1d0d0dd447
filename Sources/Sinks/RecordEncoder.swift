import GlossCore

/// Writes records as JSON objects, one per line (JSON Lines).
///
/// A document:
/// ```json
/// {"id":"a.txt","source":"a.txt","metadata":{…},"text":"…",
///  "stats":{"bytes":2555,"characters":2519,"tokens":480,"sentences":18},
///  "sentences":[{"span":[0,190],"chars":[0,188],"tokens":[0,33]}],
///  "tokens":[{"span":[0,3],"chars":[0,3],"kind":"word"}],
///  "layers":{…},"diagnostics":[{"stage":"ingest.text","message":"…","count":1}]}
/// ```
/// A failure: `{"id":"b.txt","source":"b.txt","error":{"stage":"read","code":"read.not-found","message":"…"}}`.
///
/// `span` is a UTF-8 byte range of `text`, `chars` the same range in Unicode scalars (what
/// Python slices by), `source` (present when ingest or normalisation rewrote the text) the byte
/// range of the original input it came from. Tokens are written only on request: they dwarf
/// the rest.
///
/// Given to `PipelineRunner.run(_:encoding:cancellation:handler:)` (it is a `RecordEncoding`),
/// it encodes each record on the worker that made it; the sink then writes the bytes.
public struct RecordEncoder: RecordEncoding {
    public var includeText: Bool
    public var includeTokens: Bool

    public init(includeText: Bool = true, includeTokens: Bool = false) {
        self.includeText = includeText
        self.includeTokens = includeTokens
    }

    /// Appends one record and a newline to `writer`.
    public func encode(_ record: Record, into writer: inout JSONWriter) {
        switch record {
        case .document(let document): encode(document, into: &writer)
        case .failure(let failure): encode(failure, into: &writer)
        }
        writer.newline()
    }

    /// The most bytes of text a document may have to be encoded on a worker, and the most
    /// bytes a line encoded there may take (`JSONLinesSink.spillThreshold`, 1 MiB). A bigger
    /// record is left to the sink, which writes it in slices of that size as it encodes, so a
    /// giant document costs no more memory than when sinks encoded every record.
    public static let workerLimit = JSONLinesSink.spillThreshold

    /// One record as a line of JSON with its newline, made on a worker thread; nil for a
    /// record left to the sink, which then encodes it in slices: a document of over
    /// `workerLimit` bytes of text, one whose line cannot fit (`minimumLineBytes`, e.g. with
    /// tokens, 40 bytes or more each), and a line that grows past `workerLimit` as it is
    /// encoded. The worker gives such a line up at the limit (within 256 sentences or tokens,
    /// or one layer), so a record the sink encodes again costs at most about `workerLimit`
    /// bytes of encoding twice, and the worker never holds more than that.
    public func encodeOnWorker(_ record: Record) -> [UInt8]? {
        workerEncoding(record).bytes
    }

    /// `encodeOnWorker`'s bytes, and how many bytes of JSON the worker made before it gave up
    /// or finished (0 when the record was declined before encoding).
    func workerEncoding(_ record: Record) -> (bytes: [UInt8]?, made: Int) {
        if case .document(let document) = record,
            document.text.utf8.count > Self.workerLimit || minimumLineBytes(document) > Self.workerLimit
        {
            return (nil, 0)
        }
        let overflow = JSONSpill(threshold: Self.workerLimit) { _ in throw Overflow() }
        var made = 0
        let line = JSONWriter.line(reservingCapacity: lineCapacity(record), spill: overflow) { writer in
            encode(record, into: &writer)
            made = overflow.bytesTaken + writer.byteCount
        }
        return (overflow.hasFailed ? nil : line, made)
    }

    /// The buffer a worker starts a line in: room for the line a document's text usually makes
    /// (with every stage, 5 to 10 bytes of JSON per byte of text, more for a short text thick
    /// with names and numbers), so that the buffer seldom grows and copies itself on the way.
    func lineCapacity(_ record: Record) -> Int {
        guard let document = record.document else { return 1024 }
        return min(4096 + 12 * document.text.utf8.count, Self.workerLimit + 65_536)
    }

    /// A lower bound of the bytes of `document`'s line, from counts alone: its text (when
    /// written), each sentence (`{"span":[0,0],"chars":[0,0],"tokens":[0,0]}`, 43 bytes) and
    /// each token when written (`{"span":[0,0],"chars":[0,0],"kind":"url"}`, 40 bytes).
    func minimumLineBytes(_ document: Document) -> Int {
        var bytes = includeText ? document.text.utf8.count : 0
        if document.present.contains(.sentences) { bytes += 40 * document.sentences.count }
        if includeTokens && document.present.contains(.tokens) { bytes += 40 * document.tokens.count }
        return bytes
    }

    /// What the worker's spill throws: the line passed `workerLimit`.
    private struct Overflow: Error {}

    /// One record as a line of JSON, with its newline.
    public func encode(_ record: Record) -> [UInt8] {
        var writer = JSONWriter()
        encode(record, into: &writer)
        return writer.bytes
    }

    private func encode(_ failure: DocumentFailure, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.string(failure.id)
        if let source = failure.source {
            writer.key("source")
            writer.string(source)
        }
        writer.key("error")
        writer.beginObject()
        writer.key("stage")
        writer.string(failure.stage)
        writer.key("code")
        writer.string(failure.code.rawValue)
        writer.key("message")
        writer.string(failure.message)
        if let offset = failure.byteOffset {
            writer.key("byte_offset")
            writer.number(offset)
        }
        writer.endObject()
        writer.endObject()
    }

    /// The keys a document's record writes, made once (`JSONKey`).
    private static let keys = (
        id: JSONKey("id"), source: JSONKey("source"), metadata: JSONKey("metadata"), text: JSONKey("text"),
        stats: JSONKey("stats"), bytes: JSONKey("bytes"), characters: JSONKey("characters"),
        tokens: JSONKey("tokens"), sentences: JSONKey("sentences"), kind: JSONKey("kind"), layers: JSONKey("layers"))

    /// The span memos and source hints records are encoded with, one per record encoded at
    /// once (a worker's, or the sink's), kept from one record to the next.
    private static let scratches = LendingPool { JSONContext.Scratch() }

    private func encode(_ document: Document, into writer: inout JSONWriter) {
        Self.scratches.withValue { scratch in
            let context = JSONContext(
                characters: ScalarOffsetIndex(text: document.text), offsets: document.offsets, text: document.text,
                reusing: scratch)
            encode(document, into: &writer, context: context)
        }
    }

    private func encode(_ document: Document, into writer: inout JSONWriter, context: JSONContext) {
        let byteCount = document.text.utf8.count
        // asked once each: a look-up in `present` hashes the layer's name
        let hasTokens = document.present.contains(.tokens)
        let hasSentences = document.present.contains(.sentences)
        writer.beginObject()
        writer.member(Self.keys.id, string: document.id)
        if let source = document.source {
            writer.member(Self.keys.source, string: source)
        }
        if !document.metadata.isEmpty {
            writer.key(Self.keys.metadata)
            document.metadata.writeJSON(to: &writer, context: context)
        }
        if includeText {
            writer.member(Self.keys.text, string: document.text)
        }
        // A failed spill (a worker's line past its limit, or a sink's write error) drops
        // whatever follows: stop at the next of these checks.
        if writer.spillHasFailed { return }
        writer.key(Self.keys.stats)
        writer.beginObject()
        writer.member(Self.keys.bytes, byteCount)
        writer.member(Self.keys.characters, context.characters.scalarOffset(ofByte: byteCount))
        if hasTokens {
            writer.member(Self.keys.tokens, document.tokens.count)
        }
        if hasSentences {
            writer.member(Self.keys.sentences, document.sentences.count)
        }
        writer.endObject()
        if hasSentences {
            writer.key(Self.keys.sentences)
            writer.beginArray()
            for (index, sentence) in document.sentences.enumerated() {
                if index & 255 == 255 && writer.spillHasFailed { return }
                context.beginSharedSpanObject(sentence.span, to: &writer)
                writer.member(Self.keys.tokens, pair: sentence.tokens.lowerBound, sentence.tokens.upperBound)
                writer.endObject()
            }
            writer.endArray()
        }
        if includeTokens && hasTokens {
            writer.key(Self.keys.tokens)
            writer.beginArray()
            for (index, token) in document.tokens.enumerated() {
                if index & 255 == 255 && writer.spillHasFailed { return }
                context.beginSpanObject(token.span, to: &writer)
                writer.member(Self.keys.kind, string: token.kind.description)
                writer.endObject()
            }
            writer.endArray()
        }
        if !document.layers.isEmpty {
            writer.key(Self.keys.layers)
            writer.beginObject()
            document.layers.forEach { id, value in
                guard !writer.spillHasFailed else { return }
                writer.key(id.name)
                value.writeJSON(to: &writer, context: context)
            }
            writer.endObject()
        }
        if !document.diagnostics.isEmpty {
            writer.key("diagnostics")
            writer.beginArray()
            for diagnostic in document.diagnostics {
                writer.beginObject()
                writer.key("stage")
                writer.string(diagnostic.stage)
                writer.key("message")
                writer.string(diagnostic.message)
                writer.key("count")
                writer.number(diagnostic.count)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }
}
