import CLibXML2

/// libxml2's HTML push parser with callbacks that do nothing: the cost of parsing alone, the
/// reference `bench` times in the same run as `ingest.html` so that its figure is a ratio,
/// comparable across noisy machines.
///
/// It parses the page whole, with no cuts: `ingest.html` gives libxml2 the page without its
/// script, style and comment bodies (`RawTextElision`), so ingest can take fewer instructions
/// than this reference; the reference stays a parse of the whole page, the cost a plain libxml2
/// parse of it has.
///
/// Cost: libxml2's HTML tokenizer and tree-less SAX dispatch, with the options `ingest.html`
/// uses.
public enum HTMLParseReference {
    /// Parses `bytes` (UTF-8) and returns the number of elements seen.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var handler = htmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElement = { context, _, _ in
            context?.assumingMemoryBound(to: Int.self).pointee += 1
        }
        handler.endElement = { _, _ in }
        handler.characters = { _, _, _ in }
        handler.serror = { _, _ in }
        HTMLParser.parse(bytes, handler: &handler, context: &count)
        return count
    }
}
