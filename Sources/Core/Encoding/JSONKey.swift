/// An object key written ahead of time: its quoted, escaped bytes and the colon, so that a key
/// a layer writes thousands of times per document costs a few stores instead of an escape scan
/// of its name (spans write three keys each; scores four).
///
/// Make one per key as a `static let` beside the code that writes it, and pass it to
/// `JSONWriter.key(_:)`.
public struct JSONKey: Sendable {
    /// `"name":` as UTF-8.
    let quoted: [UInt8]
    /// `quoted` laid in three words when it fits them (`count <= 24`), zeros after it:
    /// `JSONWriter.key(_:)` stores the words rather than copying the array.
    let words: (UInt64, UInt64, UInt64)
    /// The length of `quoted`.
    let count: Int

    public init(_ name: String) {
        var writer = JSONWriter(reservingCapacity: name.utf8.count + 3)
        writer.key(name)
        let bytes = writer.bytes
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        if bytes.count <= 24 {
            withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        }
        quoted = bytes
        count = bytes.count
        self.words = words
    }

    /// Whether `words` holds the key.
    var fitsWords: Bool { count <= 24 }
}
