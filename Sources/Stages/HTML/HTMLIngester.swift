import GlossCore
import GlossText

/// Turns an HTML page into the text of its article, with the page's metadata.
///
/// Decodes the page (`HTMLDecoder`: BOM, transport charset, `<meta charset>`, legacy
/// encodings), parses it with libxml2's streaming HTML parser (recovering from broken markup,
/// never touching the network; the bodies of scripts, styles and comments, which it would scan
/// a character at a time and which are never text, are cut out first: `RawTextElision`),
/// keeps the main content (`ContentExtractor`, with a `SecondOpinion` from other passes when
/// its result is short or small beside the page) or, with `content=full`, all visible text, and reads title, authors, dates, language, canonical URL,
/// site name, description, keywords and section (`MetadataExtractor`). Headings, paragraphs,
/// list items, quotes and table cells become separate blocks, joined by a blank line, so no
/// sentence runs across two of them. Every byte of the text leads back to its byte in the page.
///
/// - Requires: `raw`. Provides: `text`.
/// - Cost: dominated by libxml2's HTML tokenizer over the page less its script, style and
///   comment bodies (see `bench` for the ratio to a parse of the whole page alone);
///   extraction is linear in the number of blocks and elements, and the second opinion, on the
///   pages that need one, adds a walk over the page's words. A page with an element of more than
///   `AttributeLimit.maxPerElement` attributes (libxml2's cost is quadratic in them) fails
///   with code `html.attribute-limit` before it is parsed.
/// - Thread safety: safe to share: immutable configuration, and each call parses with its own
///   context and a class/id hint cache its pool lends it alone.
public struct HTMLIngester: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "ingest.html",
        summary: "extracts an HTML page's main text and metadata (libxml2), mapping every byte back to the page",
        requires: [.raw], provides: [.text], rewritesText: true, options: [Option.content, Option.explain],
        cost: "O(n) in bytes, ~one libxml2 HTML parse")

    /// The options, declared once (read in `init(options:)`).
    public enum Option {
        public static let content = StageOption(
            "content", "article (the main content) or full (all visible text)", default: Content.article)
        public static let explain = StageOption(
            "explain", "true to note in each document's diagnostics which extraction pass chose its text",
            default: false)
    }

    /// What text to keep.
    public enum Content: String, Sendable, CaseIterable, StageOptionValue {
        /// The article: main content only.
        case article
        /// All visible text of the page.
        case full
    }

    public var content: Content
    /// Whether to note which pass chose the text (`SecondOpinion.Choice`) in the diagnostics.
    public var explain: Bool
    /// The class/id hints worked out so far, one cache per page parsed at once, kept across
    /// pages (`HintCache`); they change no output.
    let hintCaches = HintCache.Pool()

    public init(content: Content = Option.content.defaultValue, explain: Bool = Option.explain.defaultValue) {
        self.content = content
        self.explain = explain
    }

    public init(options: StageOptions) throws {
        self.init(content: try options[Option.content], explain: try options[Option.explain])
    }

    public func process(_ document: inout Document) throws {
        let raw = document.raw
        var metadata = document.metadata
        // Most pages are UTF-8 with no byte-order mark: libxml2 then parses the input bytes as
        // they are, and no decoded copy is made.
        let (decoded, extraction) = try raw.withUnsafeBufferPointer {
            bytes -> (HTMLDecoder.Decoded?, Extraction) in
            if let problem = PlainTextIngester.binaryProblem(bytes) {
                throw StageError("input is not HTML (\(problem)); pass web pages, or use ingest.text with allow-binary")
            }
            switch HTMLDecoder.examine(bytes, contentType: metadata.contentType) {
            case .asIs:
                let reading = try Self.scan(bytes)
                return (nil, extract(from: bytes, reading: reading, metadata: &metadata))
            case .decoded(let decoded):
                var utf8 = decoded.result.text
                let extraction = try utf8.withUTF8 { utf8 in
                    let reading = try Self.scan(utf8, map: decoded.result.map)
                    return extract(from: utf8, reading: reading, metadata: &metadata)
                }
                var composed = extraction
                composed.map = extraction.map.composed(onto: decoded.result.map)
                return (decoded, composed)
            }
        }
        try document.replaceText(extraction.text, map: extraction.map)
        document.metadata = metadata
        document.releaseRaw()
        if let decoded, decoded.result.replacements > 0 {
            document.diagnostics.append(
                Diagnostic(
                    stage: Self.descriptor.name,
                    message: "replaced invalid \(decoded.result.encoding) byte sequences with U+FFFD",
                    count: decoded.result.replacements))
        }
        if let unknown = decoded?.unknown {
            document.diagnostics.append(
                Diagnostic(stage: Self.descriptor.name, message: "unknown encoding \"\(unknown)\"; decoded as UTF-8"))
        }
        if explain, content == .article {
            document.diagnostics.append(Diagnostic(stage: Self.descriptor.name, message: Self.explanation(extraction.outcome)))
        }
        if raw.isEmpty {
            document.diagnostics.append(Diagnostic(stage: Self.descriptor.name, message: "empty input"))
        } else if extraction.text.isEmpty {
            document.diagnostics.append(
                Diagnostic(
                    stage: Self.descriptor.name,
                    message: content == .article
                        ? "no main content found; set option content=full for all visible text" : "no visible text"))
        }
    }

    /// The kept text, its offset map, and which pass chose it.
    struct Extraction {
        var text: String
        var map: OffsetMap
        var outcome: SecondOpinion.Outcome?
    }

    /// The diagnostic `explain` adds: `extraction: PASS (second opinion ran|not needed)`.
    static func explanation(_ outcome: SecondOpinion.Outcome?) -> String {
        guard let outcome else { return "extraction: main (second opinion not needed)" }
        return "extraction: \(outcome.choice.rawValue) (second opinion \(outcome.ran ? "ran" : "not needed"))"
    }

    /// The scan of UTF-8 `bytes` that `HTMLParser` cuts the page by (nil where it makes none:
    /// `RawTextElision.Reading`), once no start tag is found with more attributes than
    /// `AttributeLimit` allows; `map` leads offsets back to the input's for the error.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, map: OffsetMap = .identity) throws -> RawTextElision.Reading? {
        let reading = RawTextElision.Reading(bytes)
        if let excess = AttributeLimit.firstExcess(in: bytes, scanned: reading?.tags) { throw AttributeLimit.error(excess, at: map) }
        return reading
    }

    /// Parses UTF-8 HTML (cut by its scan, `reading`), fills in metadata and returns the kept
    /// text with its offset map.
    func extract(from bytes: UnsafeBufferPointer<UInt8>, reading: RawTextElision.Reading?, metadata: inout Metadata) -> Extraction {
        let page = hintCaches.withCache { HTMLParser.parse(bytes, reading: reading, hints: &$0) }
        let extractor = ContentExtractor(page: page)
        var h1: [String] = []
        var h2: [String] = []
        for block in page.blocks where !block.hidden {
            if block.tag == .h1 && h1.count < 8 { h1.append(page.string(of: block)) }
            if block.tag == .h2 && h2.count < 8 { h2.append(page.string(of: block)) }
        }
        let jsonLD = JSONLD(scripts: page.jsonLD)  // parsed once, for the metadata and the second opinion
        MetadataExtractor(page: page).apply(to: &metadata, h1: h1, h2: h2, byline: Self.byline(in: page), jsonLD: jsonLD)
        guard content == .article else {
            let (text, map) = Self.assemble(page, blocks: extractor.allBlocks(), sourceCount: bytes.count)
            return Extraction(text: text, map: map, outcome: nil)
        }
        let main = extractor.articleBlocks(title: metadata.title)
        let opinion = SecondOpinion(
            page: page, language: page.htmlLanguage ?? metadata.language, title: metadata.title, articleBody: jsonLD.articleBody)
        let outcome = opinion.decide(main: main)
        let (text, map) = Self.assemble(page, blocks: outcome.blocks, sourceCount: bytes.count)
        return Extraction(text: text, map: map, outcome: outcome)
    }

    /// The text of the first byline element (`rel=author`, `itemprop=author`, class "byline" or
    /// "author") shorter than 100 characters, as Readability reads bylines.
    static func byline(in page: Page) -> String? {
        var inByline = [Int32](repeating: -1, count: page.nodes.count)
        for (index, node) in page.nodes.enumerated() {
            if node.parent >= 0 && inByline[Int(node.parent)] >= 0 {
                inByline[index] = inByline[Int(node.parent)]
            } else if node.byline {
                inByline[index] = Int32(index)
            }
        }
        // Each byline's blocks joined by spaces, the bylines in the order of their first block;
        // `slots` finds a byline's text by its node (no dictionary).
        var slots = [Int32](repeating: -1, count: page.nodes.count)
        var texts: [String] = []
        for block in page.blocks where !block.hidden {
            let owner = Int(inByline[Int(block.node)])
            guard owner >= 0 else { continue }
            if slots[owner] < 0 {
                slots[owner] = Int32(texts.count)
                texts.append(page.string(of: block))
            } else {
                texts[Int(slots[owner])] += " " + page.string(of: block)
            }
        }
        return texts.first { !$0.isEmpty && $0.count < 100 }
    }

    /// Joins the blocks with blank lines and maps every byte back to the parsed bytes.
    static func assemble(_ page: Page, blocks: [Int], sourceCount: Int) -> (text: String, map: OffsetMap) {
        var output: [UInt8] = []
        output.reserveCapacity(blocks.reduce(0) { $0 + page.blocks[$1].count + 2 })
        var builder = OffsetMap.Builder()
        var cursor = 0
        for (position, index) in blocks.enumerated() {
            let block = page.blocks[index]
            if position > 0 {
                output.append(0x0A)
                output.append(0x0A)
                builder.replace(source: 0, target: 2)
            }
            for segmentIndex in Int(block.segmentStart)..<Int(block.segmentEnd) {
                let segment = page.segments[segmentIndex]
                let targetEnd = segmentIndex + 1 < Int(block.segmentEnd)
                    ? Int(page.segments[segmentIndex + 1].target) : Int(block.textEnd)
                let targetCount = targetEnd - Int(segment.target)
                var sourceStart = Int(segment.source)
                let sourceEnd = min(Int(segment.source + segment.sourceCount), sourceCount)
                if sourceStart > cursor {
                    builder.replace(source: sourceStart - cursor, target: 0)
                    cursor = sourceStart
                }
                sourceStart = max(sourceStart, cursor)
                let sourceLength = max(0, sourceEnd - sourceStart)
                if segment.copy && sourceLength == targetCount {
                    builder.copy(targetCount)
                } else {
                    builder.replace(source: sourceLength, target: targetCount)
                }
                cursor = max(cursor, sourceStart + sourceLength)
                output.append(contentsOf: page.text[Int(segment.target)..<targetEnd])
            }
        }
        if cursor < sourceCount { builder.replace(source: sourceCount - cursor, target: 0) }
        return (String(decoding: output, as: UTF8.self), builder.build())
    }
}
