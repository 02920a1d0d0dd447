/// An element's name as the document wrote it (`content:encoded`) and its local part (`encoded`).
struct XMLName: Sendable, Equatable {
    /// The name with its prefix, as written: `dc:creator`, `title`.
    var qualified: String
    /// The name without its prefix: `creator`, `title`.
    var local: String

    /// Whether this is the element `name`: a qualified name (`dc:title`) matches exactly, a
    /// bare one (`title`) matches the local part whatever the prefix.
    func matches(_ name: String) -> Bool {
        name.utf8.contains(UInt8(ascii: ":")) ? qualified == name : local == name
    }
}

/// Receives the events of an `XMLPushParser`, in document order.
///
/// Requires nothing of the conformer but that it not call back into the parser. Text arrives
/// whole: the parser joins the pieces libxml2 delivers (split at chunk and entity boundaries,
/// CDATA sections included) and hands one run of text to `text(_:)` before the next element
/// event. Attribute values are decoded (`&amp;` is `&`).
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, attributes: [String: String])
    func endElement(_ name: XMLName)
    /// One run of character data between two tags, as UTF-8 bytes, entities decoded.
    func text(_ bytes: [UInt8])
}
