/// An object key written ahead of time: its quoted, escaped bytes and the colon, so that a key
/// a layer writes thousands of times per document costs one short copy instead of an escape
/// scan of its name (spans write three keys each; scores four).
///
/// Make one per key as a `static let` beside the code that writes it, and pass it to
/// `JSONWriter.key(_:)`.
public struct JSONKey: Sendable {
    /// `"name":` as UTF-8.
    let quoted: [UInt8]

    public init(_ name: String) {
        var writer = JSONWriter(reservingCapacity: name.utf8.count + 3)
        writer.key(name)
        quoted = writer.bytes
    }
}
