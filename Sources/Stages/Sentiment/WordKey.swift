import GlossEntities

/// How sentiment lexicons look a word up: its UTF-8 bytes with ASCII letters folded to
/// lowercase and the typographic apostrophe (U+2019) read as `'`, hashed with 64-bit FNV-1a.
///
/// Folding happens while hashing and comparing, so a word of the text is looked up in place,
/// without making a `String` or copying its bytes.
enum WordKey {
    /// Byte `b` folded: A–Z to a–z, everything else as it is.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Calls `body` with each folded byte of `bytes[start..<end]` (U+2019 becomes one `'`).
    @inline(__always)
    static func forEachFolded(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, _ body: (UInt8) -> Void) {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                body(UInt8(ascii: "'"))
                index += 3
            } else {
                body(fold(byte))
                index += 1
            }
        }
    }

    /// The FNV-1a hash of the folded bytes of `bytes[start..<end]`.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var hash = WordHash.basis
        forEachFolded(bytes, from: start, to: end) { byte in hash = WordHash.fold(hash, byte) }
        return hash
    }

    /// Whether the folded bytes of `bytes[start..<end]` equal `stored` (already folded).
    @inline(__always)
    static func equals(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, _ stored: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        var position = 0
        var same = true
        forEachFolded(bytes, from: start, to: end) { byte in
            if position >= stored.count || stored[position] != byte { same = false }
            position += 1
        }
        return same && position == stored.count
    }
}
