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

/// Four object keys written ahead of time for `JSONWriter.members(_:_:_:_:_:places:)`, which
/// writes a run of four rounded numbers (a score's compound and its three shares) with one
/// start of the writer instead of four.
///
/// Requires: each key to fit `JSONKey`'s three words (at most 24 bytes quoted, with its colon).
/// Provides: the keys' words and lengths only, no array, so passing one retains nothing.
public struct JSONFourKeys: Sendable {
    /// Each key's `"name":`, laid in three words as `JSONKey.words` lays it.
    let words: ((UInt64, UInt64, UInt64), (UInt64, UInt64, UInt64), (UInt64, UInt64, UInt64), (UInt64, UInt64, UInt64))
    /// Each key's length in bytes.
    let counts: (Int, Int, Int, Int)

    public init(_ first: String, _ second: String, _ third: String, _ fourth: String) {
        let keys = [first, second, third, fourth].map(JSONKey.init)
        for key in keys {
            precondition(key.fitsWords, "JSONFourKeys: the key \(String(decoding: key.quoted, as: UTF8.self)) is longer than 24 bytes")
        }
        words = (keys[0].words, keys[1].words, keys[2].words, keys[3].words)
        counts = (keys[0].count, keys[1].count, keys[2].count, keys[3].count)
    }
}
