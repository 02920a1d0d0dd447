import CLibXML2
import GlossCore

/// The first well-formedness error of a document: where and what.
struct XMLFailure: Sendable, Equatable, CustomStringConvertible {
    var line: Int
    var problem: String
    /// `xml.malformed`, or the bound the document tripped.
    var code: ErrorCode = .xmlMalformed

    var description: String { "line \(line): \(problem)" }
}

/// A safe, streaming libxml2 SAX parser: feed it chunks, it calls its handler.
///
/// Requires: chunks in document order, then `finish()`. Provides: `XMLEventHandler` events and,
/// after the first well-formedness error, `failure` (the parser stops there: events before
/// the error stand, nothing after it is delivered). Costs: one libxml2 push parser context;
/// memory is bounded by the largest text run (libxml2 caps one at 10 MB) plus libxml2's own
/// buffers; ~500 MB/s. Not thread-safe: one parser per thread, any number of parsers at once.
///
/// Safety: never loads anything. The options leave out `XML_PARSE_NOENT`, `DTDLOAD`, `DTDATTR`
/// and `HUGE`, add `NONET`, and the SAX handler's `resolveEntity` returns nothing and its
/// `externalSubset` is unset, so external entities and DTDs are never read from disk or
/// network. Entity references other than the predefined five and character references are not
/// expanded into the text. libxml2 (2.9.14 and later) stops entity amplification ("billion
/// laughs") with a fatal error, which becomes `failure`.
///
/// Bounds that libxml2 2.9.14's push parser does not keep, kept here (each stops the parse
/// with a coded `failure`): elements nested deeper than `maxDepth` (`xml.depth-limit`), and
/// text that outgrows the bytes fed by more than `maxTextGrowth` (declared entities expanded
/// over and over, `xml.entity-limit`). Without entities text is never longer than its markup,
/// so no honest document comes near either bound.
///
/// Feeds often use HTML's named entities (`&nbsp;`, `&eacute;`, `&mdash;`) without declaring
/// them, which XML makes a fatal error: every item after the first would be lost. An entity the
/// document does not declare but HTML 4 names is read as its character, as browsers and feed
/// readers do; any other undeclared entity is still an error.
final class XMLPushParser {
    /// libxml2 wants `xmlInitParser()` once, before parsers run on several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static let options: Int32 = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue)

    /// The deepest element nesting read; libxml2's own limit for its tree parser.
    static let maxDepth = 256
    /// How many bytes of text beyond the bytes fed a document may produce (entity expansion).
    static let maxTextGrowth = 1 << 20

    private let handler: any XMLEventHandler
    private let name: String
    private var context: xmlParserCtxtPtr?
    private var pending: [UInt8] = []
    private var depth = 0
    /// The bytes fed so far, and the text delivered so far: the amplification bound's measure.
    private var bytesFed = 0
    private var textBytes = 0
    /// The first fatal error, if any; once set, the parser delivers no more events.
    private(set) var failure: XMLFailure?
    /// Holds the HTML entities the document used without declaring them, made when first met;
    /// nil until then.
    private var htmlEntities: xmlDocPtr?

    /// - Parameters:
    ///   - handler: receives the events.
    ///   - name: the document's name for libxml2 (a path), used in no messages of ours.
    init(handler: any XMLEventHandler, name: String = "") {
        _ = Self.initialized
        self.handler = handler
        self.name = name
    }

    deinit {
        if let htmlEntities { xmlFreeDoc(htmlEntities) }
        if let context {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
    }

    /// Parses the next chunk of the document; returns false once the document has failed.
    @discardableResult
    func feed(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil else { return false }
        bytesFed += chunk.count
        guard let context else {
            makeContext(first: chunk)
            return failure == nil
        }
        if !chunk.isEmpty {
            _ = xmlParseChunk(context, chunk.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(chunk.count), 0)
        }
        return failure == nil
    }

    /// Parses the next chunk of the document; returns false once the document has failed.
    @discardableResult
    func feed(_ chunk: [UInt8]) -> Bool {
        chunk.withUnsafeBytes { feed($0) }
    }

    /// Ends the document: reports an unclosed element or an empty document as `failure`.
    func finish() {
        guard failure == nil else { return }
        if context == nil { makeContext(first: UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard let context, failure == nil else { return }
        _ = xmlParseChunk(context, nil, 0, 1)
        flushText()
    }

    /// Makes `context` with the first chunk, which goes in with it so libxml2 can detect the
    /// encoding, and parses that chunk; sets `failure` when libxml2 cannot start.
    private func makeContext(first chunk: UnsafeRawBufferPointer) {
        var sax = Self.makeHandler()
        let base = chunk.baseAddress?.assumingMemoryBound(to: CChar.self)
        guard let context = xmlCreatePushParserCtxt(&sax, nil, base, Int32(chunk.count), name) else {
            failure = XMLFailure(line: 0, problem: "libxml2 could not create a parser (out of memory?)")
            return
        }
        self.context = context
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        _ = xmlCtxtUseOptions(context, Self.options)
        if !chunk.isEmpty {
            // xmlCreatePushParserCtxt only buffers the first chunk; parse it now.
            _ = xmlParseChunk(context, nil, 0, 0)
        }
    }

    // MARK: Events from the callbacks

    fileprivate func startElement(_ name: XMLName, attributes: [String: String]) {
        guard failure == nil else { return }
        depth += 1
        guard depth <= Self.maxDepth else {
            return stop(XMLFailure(
                line: currentLine, problem: "elements are nested more than \(Self.maxDepth) deep; the file is refused",
                code: .xmlDepthLimit))
        }
        flushText()
        handler.startElement(name, attributes: attributes)
    }

    fileprivate func endElement(_ name: XMLName) {
        guard failure == nil else { return }
        depth -= 1
        flushText()
        handler.endElement(name)
    }

    fileprivate func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard failure == nil else { return }
        textBytes += count
        guard textBytes <= bytesFed + Self.maxTextGrowth else {
            pending.removeAll()
            return stop(XMLFailure(
                line: currentLine,
                problem: "entities expand the text to more than \(Self.maxTextGrowth) bytes beyond the file's own "
                    + "size (an entity amplification attack); the file is refused",
                code: .xmlEntityLimit))
        }
        pending.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// Records `failure` and stops libxml2, which then delivers no more events.
    private func stop(_ failure: XMLFailure) {
        self.failure = failure
        if let context { xmlStopParser(context) }
    }

    private var currentLine: Int { context.map { Int(xmlSAX2GetLineNumber($0)) } ?? 0 }

    fileprivate func error(_ error: xmlError) {
        guard failure == nil, error.level == XML_ERR_FATAL else { return }
        var problem = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        while problem.last?.isWhitespace == true { problem.removeLast() }
        var code = ErrorCode.xmlMalformed
        if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
            problem += " (its entities expand too far, as in a \"billion laughs\" attack; the file is refused)"
            code = .xmlEntityLimit
        }
        failure = XMLFailure(line: Int(error.line), problem: problem, code: code)
    }

    /// The entity HTML names `name`, as an internal entity this parser holds, or nil when HTML
    /// names none. In text libxml2 parses its content (one character) as it would a declared
    /// entity's; in an attribute it keeps the reference as written, for `decodeAttribute`.
    fileprivate func htmlEntity(_ name: UnsafePointer<xmlChar>) -> xmlEntityPtr? {
        guard let description = htmlEntityLookup(name), let scalar = Unicode.Scalar(description.pointee.value) else {
            return nil
        }
        if htmlEntities == nil {
            htmlEntities = xmlNewDoc(nil)
            if let document = htmlEntities { xmlCreateIntSubset(document, "entities", nil, nil) }
        }
        guard let document = htmlEntities else { return nil }
        if let existing = xmlGetDocEntity(document, name) { return existing }
        let content = Array(String(Character(scalar)).utf8) + [0]
        return xmlAddDocEntity(document, name, Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), nil, nil, content)
    }

    private func flushText() {
        guard !pending.isEmpty else { return }
        let text = pending
        pending.removeAll(keepingCapacity: true)
        handler.text(text)
    }

    // MARK: The SAX handler

    /// The parser behind a callback's context pointer; nil for a context libxml2 made itself.
    private static func parser(_ context: UnsafeMutableRawPointer?) -> XMLPushParser? {
        guard let context, let owner = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else {
            return nil
        }
        return Unmanaged<XMLPushParser>.fromOpaque(owner).takeUnretainedValue()
    }

    private static func makeName(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> XMLName {
        let localName = local.map { String(cString: $0) } ?? ""
        guard let prefix else { return XMLName(qualified: localName, local: localName) }
        return XMLName(qualified: String(cString: prefix) + ":" + localName, local: localName)
    }

    /// A SAX2 handler whose defaults keep the internal subset (for entity declarations) and
    /// whose own callbacks deliver elements, text and errors to the parser.
    private static func makeHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        // Never load anything from outside the document.
        sax.resolveEntity = { _, _, _ in nil }
        // Declared entities as libxml2 keeps them, then HTML's named ones (see the type's doc).
        sax.getEntity = { context, name in
            if let declared = xmlSAX2GetEntity(context, name) { return declared }
            guard let name, let parser = XMLPushParser.parser(context) else { return nil }
            return parser.htmlEntity(name)
        }
        sax.externalSubset = nil
        sax.reference = nil
        sax.comment = nil
        sax.processingInstruction = nil
        sax.warning = nil
        sax.error = nil
        sax.fatalError = nil
        sax.startElement = nil
        sax.endElement = nil
        sax.startElementNs = { context, local, prefix, _, _, _, attributeCount, _, attributes in
            guard let parser = XMLPushParser.parser(context) else { return }
            var values: [String: String] = [:]
            if let attributes, attributeCount > 0 {
                for index in 0..<Int(attributeCount) {
                    let base = index * 5
                    guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                    let name = XMLPushParser.makeName(attributes[base], attributes[base + 1]).qualified
                    let bytes = UnsafeBufferPointer(start: start, count: end - start)
                    values[name] = XMLPushParser.decodeAttribute(bytes)
                }
            }
            parser.startElement(XMLPushParser.makeName(local, prefix), attributes: values)
        }
        sax.endElementNs = { context, local, prefix, _ in
            XMLPushParser.parser(context)?.endElement(XMLPushParser.makeName(local, prefix))
        }
        sax.characters = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            XMLPushParser.parser(context)?.characters(bytes, Int(count))
        }
        sax.cdataBlock = sax.characters
        sax.ignorableWhitespace = sax.characters
        sax.serror = { context, error in
            guard let error else { return }
            XMLPushParser.parser(context)?.error(error.pointee)
        }
        return sax
    }

    /// An attribute value as libxml2 hands it over without entity substitution: `&` comes as
    /// `&#38;`, and other references stay as written; HTML's named ones (`&eacute;`) are read
    /// here, the document's own stay as written.
    static func decodeAttribute(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let value = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "&")) else { return value }
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest.index(after: amp)
            if let semicolon = rest[after...].prefix(32).firstIndex(of: ";") {
                let name = String(rest[after..<semicolon])
                if name == "#38" {
                    out += "&"
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
                if let description = htmlEntityLookup(name), let scalar = Unicode.Scalar(description.pointee.value) {
                    out.unicodeScalars.append(scalar)
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = rest[after...]
        }
        return out + rest
    }
}

extension ErrorCode {
    /// A file that is not well-formed XML; the records before the error stand.
    public static let xmlMalformed: ErrorCode = "xml.malformed"
    /// Elements nested deeper than `XMLPushParser.maxDepth`.
    public static let xmlDepthLimit: ErrorCode = "xml.depth-limit"
    /// Entities that expand too far ("billion laughs", quadratic blow-up).
    public static let xmlEntityLimit: ErrorCode = "xml.entity-limit"
    /// An XML file that holds none of the records its reader looks for.
    public static let xmlNoRecords: ErrorCode = "xml.no-records"
}
