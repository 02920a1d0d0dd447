import Foundation

/// The keys of a run of pieces, each one piece longer than the one before, as lowercase bytes
/// (A–Z folded; other letters as `String.lowercased()` folds them), with a space where bytes
/// separate two pieces: what `MentionReader.keysForward` and `keysBackward` read, looked up in
/// `ByteTable`s without making a `String`.
///
/// Requires: the text and pieces the reader holds. Provides: `count` keys; key `length`
/// covers `length` pieces. Costs: the run's bytes copied once into one buffer, with every key a
/// slice of it: forward keys share its start, backward keys its end.
struct PieceKeys {
    /// The longest key's bytes; each key is a slice of them.
    private var bytes: [UInt8]
    /// Where key `length` starts and ends in `bytes`, at `length - 1`.
    private var bounds: [(start: Int, end: Int)] = []

    /// How many keys: the run's length in pieces.
    var count: Int { bounds.count }

    /// Keys of a run read forward: each key starts at `bytes[0]`.
    static func forward() -> PieceKeys {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        return PieceKeys(bytes: bytes)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The value key `length` has in `table`.
    @inline(__always)
    func value<Value>(_ length: Int, in table: ByteTable<Value>) -> Value? {
        let (start, end) = bounds[length - 1]
        return bytes.withUnsafeBufferPointer { table.value($0.baseAddress! + start, count: end - start) }
    }

    /// Whether key `length` is `word` (lowercase ASCII).
    func matches(_ length: Int, _ word: StaticString) -> Bool {
        let (start, end) = bounds[length - 1]
        guard end - start == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for k in 0..<(end - start) where bytes[start + k] != expected[k] { return false }
        return true
    }

    /// Key `length` as a string (made only for a key that matched).
    func string(_ length: Int) -> String {
        let (start, end) = bounds[length - 1]
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Adds `count` bytes at `piece` after the key so far (forward), A–Z folded when `fold`,
    /// and, when the longer key is in `reach`, keeps it; false when it is not.
    mutating func append(_ piece: UnsafePointer<UInt8>, _ count: Int, fold: Bool, spaced: Bool, reach: ByteSet) -> Bool {
        let mark = bytes.count
        guard mark + count + (spaced ? 1 : 0) <= reach.longestKey else { return false }
        if spaced { bytes.append(UInt8(ascii: " ")) }
        for k in 0..<count { bytes.append(fold ? Self.folded(piece[k]) : piece[k]) }
        guard bytes.withUnsafeBufferPointer({ reach.contains($0.baseAddress!, count: $0.count) }) else {
            bytes.removeSubrange(mark...)
            return false
        }
        bounds.append((0, bytes.count))
        return true
    }

    /// Keys of a run read backward: pieces are written from the end of a buffer of `capacity`
    /// bytes (the longest key of the table's reach), each key ending at the buffer's end.
    static func backward(capacity: Int) -> PieceKeys {
        PieceKeys(bytes: [UInt8](repeating: 0, count: capacity))
    }

    /// Adds `count` bytes at `piece` before the key so far (backward, with a space after them
    /// when `spaced`), A–Z folded when `fold`, and, when the longer key is in `reach`, keeps
    /// it; false when it is not.
    mutating func prepend(_ piece: UnsafePointer<UInt8>, _ count: Int, fold: Bool, spaced: Bool, reach: ByteSet) -> Bool {
        let end = bytes.count
        var start = bounds.last?.start ?? end
        guard start - count - (spaced ? 1 : 0) >= 0 else { return false }
        if spaced {
            start -= 1
            bytes[start] = UInt8(ascii: " ")
        }
        start -= count
        for k in 0..<count { bytes[start + k] = fold ? Self.folded(piece[k]) : piece[k] }
        guard bytes.withUnsafeBufferPointer({ reach.contains($0.baseAddress! + start, count: end - start) }) else { return false }
        bounds.append((start, end))
        return true
    }

    @inline(__always)
    private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

extension MentionReader {
    /// Calls `body` with piece `piece`'s bytes and whether A–Z in them still need folding:
    /// the text itself when the piece has no other letter with case (as `lowercased(_:)`
    /// folds), else the bytes `String.lowercased()` makes, in canonical composition (as
    /// `ByteTable` keys are).
    @inline(__always)
    func withLowercaseBytes<R>(_ piece: Int, _ body: (UnsafePointer<UInt8>, Int, Bool) -> R) -> R {
        let start = pieces[piece].start
        let count = pieces[piece].end - start
        if foldsAsASCII(start, count) { return body(text + start, count, true) }
        let folded = String(decoding: UnsafeBufferPointer(start: text + start, count: count), as: UTF8.self).lowercased()
        var bytes = Array(folded.precomposedStringWithCanonicalMapping.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count - 1, false) }
    }

    /// The keys of pieces `start..<start + 1`, `start..<start + 2`, … up to `count` pieces
    /// (fewer at the end of the text), each built on the one before, while they stay in `reach`
    /// (the starts of a table's keys: see `UnitTable.reach`).
    func keysForward(from start: Int, count: Int, reach: ByteSet) -> PieceKeys {
        var keys = PieceKeys.forward()
        var index = start
        while index < pieces.count && keys.count < count {
            let spaced = index > start && !pieces[index].attached
            guard withLowercaseBytes(index, { keys.append($0, $1, fold: $2, spaced: spaced, reach: reach) }) else { break }
            index += 1
        }
        return keys
    }

    /// The keys of pieces `end - 1..<end`, `end - 2..<end`, … down to `floor`, up to `count`,
    /// while they stay in `reach` (the ends of a table's keys).
    func keysBackward(to end: Int, count: Int, reach: ByteSet) -> PieceKeys {
        var keys = PieceKeys.backward(capacity: reach.longestKey)
        var index = end - 1
        while index >= floor && keys.count < count {
            let spaced = index < end - 1 && !pieces[index + 1].attached
            guard withLowercaseBytes(index, { keys.prepend($0, $1, fold: $2, spaced: spaced, reach: reach) }) else { break }
            index -= 1
        }
        return keys
    }
}
