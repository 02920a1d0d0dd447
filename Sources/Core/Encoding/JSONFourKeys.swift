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
