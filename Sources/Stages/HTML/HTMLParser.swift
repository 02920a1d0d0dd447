import CLibXML2
import Foundation

/// Parses HTML with libxml2's push parser (SAX: no tree is built) into a `Page`.
///
/// Requires UTF-8 input: decoding happens before (see `HTMLDecoder`), and the parser is told
/// to ignore the page's own charset declarations. Recovery is on, network access off; markup
/// errors are counted, never fatal.
///
/// Cost: about the speed of libxml2's HTML tokenizer (~130 MB/s per core on this machine's
/// 2.9.14), plus O(1) work per event.
/// Thread safety: each call uses its own parser context; `xmlInitParser` runs once.
enum HTMLParser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 `bytes` into a page, reading class/id hints through `hints` (which keeps
    /// what it learns for the next page).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, hints: inout HintCache) -> Page {
        _ = initialized
        let sink = UnsafeMutablePointer<Sink>.allocate(capacity: 1)
        // The cache moves into the builder and back, so its storage stays uniquely held (no copy).
        sink.initialize(to: Sink(source: bytes, hints: hints))
        hints = HintCache()
        defer { sink.deinitialize(count: 1).deallocate() }
        var handler = makeHandler()
        parse(bytes, handler: &handler, context: sink) { sink.pointee.context = $0 }
        var page = sink.pointee.builder.finish()
        page.errorCount = sink.pointee.errors
        hints = sink.pointee.builder.hintCache  // the sink's copy goes with it (the defer)
        return page
    }

    /// Runs libxml2's HTML push parser over UTF-8 `bytes` with `handler`, passing `context` to
    /// the callbacks; `started` sees the parser context before the first byte is parsed.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, handler: inout htmlSAXHandler, context: UnsafeMutableRawPointer,
        started: (htmlParserCtxtPtr) -> Void = { _ in }
    ) {
        _ = initialized
        guard let parser = htmlCreatePushParserCtxt(&handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else { return }
        defer { htmlFreeParserCtxt(parser) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        htmlCtxtUseOptions(parser, options)
        started(parser)
        // One chunk per megabyte keeps libxml2's buffer growth cheap; the last call terminates.
        let chunk = 1 << 20
        var offset = 0
        repeat {
            let count = min(chunk, bytes.count - offset)
            let terminate: Int32 = offset + count >= bytes.count ? 1 : 0
            let base = bytes.baseAddress.map { UnsafeRawPointer($0 + offset).assumingMemoryBound(to: CChar.self) }
            _ = htmlParseChunk(parser, base, Int32(count), terminate)
            offset += count
        } while offset < bytes.count
    }

    /// Receives libxml2's callbacks for one parse. Held through a pointer, not a class
    /// reference, so the callbacks pay no reference counting or exclusivity checks.
    private struct Sink {
        var builder: PageBuilder
        var context: htmlParserCtxtPtr?
        var errors = 0

        init(source: UnsafeBufferPointer<UInt8>, hints: HintCache) { builder = PageBuilder(source: source, hints: hints) }

        /// The source offset the parser has reached.
        var position: Int {
            guard let input = context?.pointee.input else { return 0 }
            let cur = input.pointee.cur
            let base = input.pointee.base
            guard let cur, let base else { return 0 }
            return Int(input.pointee.consumed) + (cur - base)
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
            let tag = HTMLTag.lookup(name)
            let position = sink.pointee.position
            sink.pointee.builder.start(tag, attributes: Attributes(list: attributes), end: position)
        }
        handler.endElement = { context, _ in
            let sink = HTMLParser.sink(context)
            let position = sink.pointee.position
            sink.pointee.builder.end(end: position)
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let text, length > 0 else { return }
            let sink = HTMLParser.sink(context)
            let position = sink.pointee.position
            sink.pointee.builder.characters(UnsafeBufferPointer(start: text, count: Int(length)), end: position)
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.serror = { context, _ in
            guard let context else { return }
            HTMLParser.sink(context).pointee.errors += 1
        }
        return handler
    }
}
