/// One document moving through a pipeline: its identity, metadata, text and standoff layers.
///
/// ```
///   raw bytes ──ingest──▶ text ──normalise──▶ text' ──tokenise──▶ tokens ──split──▶ sentences
///        ▲                                  │
///        └────────── offsets (OffsetMap) ───┘   every span leads back to the raw bytes
/// ```
///
/// The text may be rewritten (by ingest and normalisation) only while no token, sentence or
/// typed layer points into it; after that it is immutable, and every rewrite is recorded in
/// `offsets`. Spans are validated when they are added.
public struct Document: Sendable {
    /// Unique within a run: a path, `file.jsonl:7`, a URL or an id given with the input.
    public let id: String
    /// Where the document came from (a path or URL), if known.
    public let source: String?
    public var metadata: Metadata
    /// The input bytes as read, before ingest. Ingest stages may release them.
    public private(set) var raw: [UInt8]
    /// The document's text. Always valid UTF-8.
    public private(set) var text: String
    /// Leads byte offsets of `text` back to byte offsets of `raw`.
    public private(set) var offsets: OffsetMap = .identity
    /// The tokens, in text order, without overlaps.
    public private(set) var tokens: [Token] = []
    /// The sentences, in text order, without overlaps.
    public private(set) var sentences: [Sentence] = []
    /// Typed layers added by stages (numbers, entities, sentiment, third-party layers).
    public private(set) var layers = LayerStore()
    /// Notes left by stages.
    public var diagnostics: [Diagnostic] = []
    /// The layers this document carries.
    public private(set) var present: Set<LayerID> = [.raw]

    /// A document that still needs ingest: its text is empty until an ingest stage sets it.
    public init(id: String, source: String? = nil, raw: [UInt8], metadata: Metadata = Metadata()) {
        self.id = id
        self.source = source
        self.raw = raw
        self.text = ""
        self.metadata = metadata
    }

    /// A document whose text is already known (no ingest needed).
    public init(id: String, source: String? = nil, text: String, metadata: Metadata = Metadata()) {
        self.id = id
        self.source = source
        self.raw = []
        self.text = text
        self.metadata = metadata
        self.present = [.raw, .text]
    }

    /// The text's UTF-8 bytes in `span`.
    public func text(of span: Span) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(span.start))
        let end = utf8.index(start, offsetBy: span.count)
        return text[start..<end]
    }

    /// The byte range of `raw` that `span` of the text came from.
    public func sourceRange(of span: Span) -> Range<Int> { offsets.sourceRange(of: span.range) }

    /// Replaces the text. `map` leads offsets of the new text back to offsets of the current
    /// one; it is composed with the existing map so that spans still lead back to `raw`.
    ///
    /// - Throws: `StageError` if tokens, sentences or typed layers already point into the text.
    public mutating func replaceText(_ newText: String, map: OffsetMap, provides layer: LayerID = .text) throws {
        guard tokens.isEmpty, sentences.isEmpty, layers.isEmpty else {
            throw StageError(
                "the text cannot be rewritten after tokens, sentences or layers were added; "
                    + "run text-rewriting stages (ingest, normalise) before the tokeniser")
        }
        text = newText
        offsets = map.composed(onto: offsets)
        present.insert(.text)
        present.insert(layer)
    }

    /// Drops the raw bytes once ingest no longer needs them (saves memory on large inputs).
    public mutating func releaseRaw() { raw = [] }

    /// Sets the tokens after checking they are in order, do not overlap and lie in the text.
    public mutating func setTokens(_ newTokens: [Token]) throws {
        let length = UInt32(text.utf8.count)
        var previousEnd: UInt32 = 0
        for (index, token) in newTokens.enumerated() {
            guard token.span.start >= previousEnd, token.span.end <= length, !token.span.isEmpty else {
                throw StageError(
                    "token \(index) at \(token.span) is empty, overlaps the one before it or lies past the text's "
                        + "\(length) bytes", byteOffset: Int(token.span.start))
            }
            previousEnd = token.span.end
        }
        tokens = newTokens
        present.insert(.tokens)
    }

    /// Sets the sentences after checking they are in order and agree with the tokens.
    public mutating func setSentences(_ newSentences: [Sentence]) throws {
        var previousEnd: UInt32 = 0
        var previousToken = 0
        for (index, sentence) in newSentences.enumerated() {
            let tokenRange = sentence.tokens
            guard sentence.span.start >= previousEnd, tokenRange.lowerBound >= previousToken,
                tokenRange.upperBound <= tokens.count,
                tokenRange.isEmpty
                    || (tokens[tokenRange.lowerBound].span.start >= sentence.span.start
                        && tokens[tokenRange.upperBound - 1].span.end <= sentence.span.end)
            else {
                throw StageError(
                    "sentence \(index) at \(sentence.span) overlaps the one before it or disagrees with its tokens "
                        + "\(tokenRange)", byteOffset: Int(sentence.span.start))
            }
            previousEnd = sentence.span.end
            previousToken = tokenRange.upperBound
        }
        sentences = newSentences
        present.insert(.sentences)
    }

    /// Reads or sets a typed layer. Setting one marks its layer present.
    public subscript<K: LayerKey>(key: K.Type) -> K.Value? {
        get { layers[key] }
        set {
            layers[key] = newValue
            if newValue != nil { present.insert(K.id) } else { present.remove(K.id) }
        }
    }

    /// The text's bytes; valid UTF-8. Calls `body` with a buffer over them without copying
    /// when the string is native.
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
