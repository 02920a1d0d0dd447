import CLibXML2
import Foundation

/// Parses HTML with libxml2's push parser (SAX: no tree is built) into a `Page`.
///
/// Requires UTF-8 input: decoding happens before (see `HTMLDecoder`), and the parser is told
/// to ignore the page's own charset declarations. Recovery is on, network access off; markup
/// errors are counted, never fatal.
///
/// Cost: libxml2's HTML tokenizer over the page less the script, style and comment bodies and
/// the unread quoted attributes, the `class` and `id` values and most runs of text it is spared
/// (`RawTextElision`, a scan and a copy; the start-element and characters events read those from
/// the page), plus O(1)
/// work per event; a page
/// whose cuts the parser's events do not bear out is parsed twice.
/// Thread safety: each call uses its own parser context; `xmlInitParser` runs once.
enum HTMLParser {
    /// Runs `xmlInitParser` once; read it before the first call into libxml2.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 `bytes` into a page, reading class/id hints through `hints` (which keeps
    /// what it learns for the next page).
    ///
    /// libxml2 is given the page with the bodies of its scripts, styles and comments, and the
    /// quoted attributes ingest does not read, cut out (`RawTextElision`) when there
    /// are enough of them; when the parser's events show a cut
    /// was guessed wrong (`CutFollower`), the page is parsed again as it is. The page comes out
    /// the same either way, apart from `errorCount`, which then leaves out errors in cut bodies.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, hints: inout HintCache, cutting: Bool = true) -> Page {
        parse(bytes, reading: cutting ? RawTextElision.Reading(bytes) : nil, hints: &hints)
    }

    /// Parses `bytes` as `parse(_:hints:cutting:)` does, with the page's scan made already
    /// (`RawTextElision.Reading`, which `HTMLIngester` reads the attribute counts of first); nil
    /// parses the page as it is.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, reading: RawTextElision.Reading?, hints: inout HintCache) -> Page {
        if let reading, let page = parseCut(bytes, reading: reading, hints: &hints) { return page }
        return parse(bytes, parsing: bytes, following: CutFollower(), hints: &hints)!
    }

    /// The page parsed from its cut bytes, or nil when there is nothing worth cutting or the
    /// parser's events do not bear the cuts out.
    static func parseCut(_ bytes: UnsafeBufferPointer<UInt8>, hints: inout HintCache) -> Page? {
        guard let reading = RawTextElision.Reading(bytes) else { return nil }
        return parseCut(bytes, reading: reading, hints: &hints)
    }

    /// `parseCut(_:hints:)` with the page's scan made already.
    static func parseCut(_ bytes: UnsafeBufferPointer<UInt8>, reading: RawTextElision.Reading, hints: inout HintCache) -> Page? {
        guard let elision = RawTextElision(bytes, reading: reading) else { return nil }
        return elision.bytes.withUnsafeBufferPointer { parsed in
            parse(bytes, parsing: parsed, following: CutFollower(cuts: elision.cuts), hints: &hints)
        }
    }

    /// Parses `parsed` (`source`, or `source` cut) into a page of `source`, or nil when
    /// `follower` finds a cut the parser did not claim.
    private static func parse(
        _ source: UnsafeBufferPointer<UInt8>, parsing parsed: UnsafeBufferPointer<UInt8>, following follower: CutFollower,
        hints: inout HintCache
    ) -> Page? {
        _ = initialized
        let sink = UnsafeMutablePointer<Sink>.allocate(capacity: 1)
        // The cache moves into the builder and back, so its storage stays uniquely held (no copy).
        sink.initialize(to: Sink(source: source, hints: hints, follower: follower))
        hints = HintCache()
        defer { sink.deinitialize(count: 1).deallocate() }
        var handler = makeHandler()
        parse(parsed, handler: &handler, context: sink, started: { sink.pointee.context = $0 }) { _ in
            sink.pointee.follower.parserStopped(at: sink.pointee.parsedPosition)
        }
        hints = sink.pointee.builder.hintCache  // the sink's copy goes with it (the defer)
        guard sink.pointee.follower.isComplete else { return nil }
        var page = sink.pointee.builder.finish()
        page.errorCount = sink.pointee.errors
        return page
    }

    /// The bytes libxml2 is given at a time: one chunk per megabyte keeps its buffer growth
    /// cheap; the last call terminates.
    static let chunkSize = 1 << 20

    /// Where the last chunk of `count` bytes starts (0 for a page of one chunk): the chunk given
    /// with the terminate flag, which libxml2 parses as complete input.
    static func lastChunkStart(_ count: Int) -> Int { count <= chunkSize ? 0 : (count - 1) / chunkSize * chunkSize }

    /// Runs libxml2's HTML push parser over UTF-8 `bytes` with `handler`, passing `context` to
    /// the callbacks; `started` sees the parser context before the first byte is parsed, and
    /// `finished` after the last.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, handler: inout htmlSAXHandler, context: UnsafeMutableRawPointer,
        started: (htmlParserCtxtPtr) -> Void = { _ in }, finished: (htmlParserCtxtPtr) -> Void = { _ in }
    ) {
        _ = initialized
        guard let parser = htmlCreatePushParserCtxt(&handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else { return }
        defer { htmlFreeParserCtxt(parser) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        htmlCtxtUseOptions(parser, options)
        started(parser)
        let chunk = chunkSize
        var offset = 0
        repeat {
            let count = min(chunk, bytes.count - offset)
            let terminate: Int32 = offset + count >= bytes.count ? 1 : 0
            let base = bytes.baseAddress.map { UnsafeRawPointer($0 + offset).assumingMemoryBound(to: CChar.self) }
            _ = htmlParseChunk(parser, base, Int32(count), terminate)
            offset += count
        } while offset < bytes.count
        finished(parser)
    }

    /// Receives libxml2's callbacks for one parse. Held through a pointer, not a class
    /// reference, so the callbacks pay no reference counting or exclusivity checks.
    private struct Sink {
        var builder: PageBuilder
        var context: htmlParserCtxtPtr?
        var errors = 0
        var follower: CutFollower
        /// The tags of the element names the parser has given (`TagCache`).
        var tags = TagCache()

        init(source: UnsafeBufferPointer<UInt8>, hints: HintCache, follower: CutFollower) {
            builder = PageBuilder(source: source, hints: hints)
            self.follower = follower
        }

        /// The offset the parser has reached in the bytes it parses.
        @inline(__always) var parsedPosition: Int {
            guard let input = context?.pointee.input else { return 0 }
            let cur = input.pointee.cur
            let base = input.pointee.base
            guard let cur, let base else { return 0 }
            return Int(input.pointee.consumed) + (cur - base)
        }

        /// The source offset of parsed offset `parsed` (where the parser is), or nil (and the
        /// parser stopped) once the follower has failed: the page is then parsed again without
        /// cuts. Inlined into each callback, which reads the parser's offset once.
        @inline(__always) mutating func position(at parsed: Int) -> Int? {
            let position = follower.pageOffset(parsed)
            guard follower.failed else { return position }
            if let context { xmlStopParser(context) }
            return nil
        }

        /// Gives up on the cuts: the page is parsed again without them.
        mutating func abandonCuts() {
            follower.fail()
            if let context { xmlStopParser(context) }
        }

        /// The page's bytes of the `class` and `id` values cut from the start tag that claimed
        /// its cuts (`CutFollower.pageValues`), which `Attributes.traits` reads where libxml2's
        /// list holds the empty value it read for a cut one.
        func pageBytes(_ values: CutFollower.PageValues) -> Attributes.PageBytes {
            Attributes.PageBytes(
                classValue: values.classValue.map { UnsafeBufferPointer(rebasing: builder.source[$0]) },
                idValue: values.idValue.map { UnsafeBufferPointer(rebasing: builder.source[$0]) })
        }
    }

    private static func sink(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<Sink> {
        pointer!.assumingMemoryBound(to: Sink.self)
    }

    /// The SAX handler; built per call, since a C struct global is not concurrency-safe in Swift 6.
    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElement = { context, name, attributes in
            guard let name else { return }
            let sink = HTMLParser.sink(context)
            let tag = sink.pointee.tags.tag(name)
            let parsed = sink.pointee.parsedPosition
            sink.pointee.follower.startTagEnds(tag, at: parsed)
            guard let position = sink.pointee.position(at: parsed) else { return }
            var read = Attributes(list: attributes)
            if !sink.pointee.follower.hasPageValues {
                sink.pointee.builder.start(tag, attributes: read, end: position)
            } else {
                withUnsafePointer(to: sink.pointee.pageBytes(sink.pointee.follower.takePageValues())) { bytes in
                    read.pageBytes = bytes
                    sink.pointee.builder.start(tag, attributes: read, end: position)
                }
            }
            if sink.pointee.follower.rawTextStarts(tag, at: parsed) {
                if !sink.pointee.builder.isCapturing {
                    sink.pointee.follower.claim()
                } else if sink.pointee.builder.capturesOwnJSONLD, let body = sink.pointee.follower.claimJSONLD() {
                    // The script's JSON-LD, cut only where libxml2 would hand it over as it is.
                    let source = sink.pointee.builder.source
                    sink.pointee.builder.characters(UnsafeBufferPointer(rebasing: source[body]), end: body.upperBound)
                } else {
                    // A capture (a title; JSON-LD cut as plain script) would read the cut bytes.
                    sink.pointee.abandonCuts()
                }
            }
        }
        handler.endElement = { context, _ in
            let sink = HTMLParser.sink(context)
            guard let position = sink.pointee.position(at: sink.pointee.parsedPosition) else { return }
            sink.pointee.builder.end(end: position)
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let text, length > 0 else { return }
            let sink = HTMLParser.sink(context)
            let parsed = sink.pointee.parsedPosition
            if length == 1, let run = sink.pointee.follower.textEnds(at: parsed) {
                // The first byte of a run of text cut after it: the run is read from the page.
                let source = sink.pointee.builder.source
                guard source[run.lowerBound] == text.pointee else { return sink.pointee.abandonCuts() }
                guard let position = sink.pointee.position(at: parsed) else { return }
                guard position == run.upperBound else { return sink.pointee.abandonCuts() }
                sink.pointee.builder.characters(UnsafeBufferPointer(rebasing: source[run]), end: position)
                return
            }
            guard let position = sink.pointee.position(at: parsed) else { return }
            sink.pointee.builder.characters(UnsafeBufferPointer(start: text, count: Int(length)), end: position)
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.comment = { context, value in
            let sink = HTMLParser.sink(context)
            let parsed = sink.pointee.parsedPosition
            sink.pointee.follower.commentEnds(at: parsed, empty: value?.pointee ?? 0 == 0)
            _ = sink.pointee.position(at: parsed)
        }
        handler.serror = { context, _ in
            guard let context else { return }
            HTMLParser.sink(context).pointee.errors += 1
        }
        return handler
    }
}
