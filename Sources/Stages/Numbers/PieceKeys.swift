import Foundation
import GlossText

/// The keys of a run of pieces, each one piece longer than the one before, as lowercase bytes
/// (A–Z folded; other letters as `String.lowercased()` folds them), with a space where bytes
/// separate two pieces: what `MentionReader.keysForward` and `keysBackward` read, looked up in
/// `ByteTable`s without making a `String`.
///
/// Requires: the text and pieces the reader holds; a table whose keys fit `byteCapacity`
/// bytes and `keyCapacity` pieces (`PieceKeysTests` checks every table `MentionReader` reads).
/// Provides: `count` keys; key `length` covers `length` pieces. Costs: the run's bytes copied
/// once into a buffer held inline (no allocation: this runs around every number), with every
/// key a slice of it: forward keys share its start, backward keys its end.
struct PieceKeys {
    /// The most bytes a run's longest key may hold.
    static let byteCapacity = 64
    /// The most keys (pieces) a run may hold.
    static let keyCapacity = 8

    private typealias Storage = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// The longest key's bytes; each key is a slice of them.
    private var storage: Storage = (0, 0, 0, 0, 0, 0, 0, 0)
    /// Where key `length` starts and ends in `storage`: byte `length - 1` of each word.
    private var starts: UInt64 = 0
    private var ends: UInt64 = 0
    /// How many keys: the run's length in pieces.
    private(set) var count = 0

    /// Keys of a run read forward: each key starts at byte 0 (pieces added with the forward
    /// method).
    static func forward() -> PieceKeys { PieceKeys() }

    /// Keys of a run read backward: pieces are written from the end of the buffer, each key
    /// ending at its end (pieces added with the backward method; the keys hold no direction).
    static func backward() -> PieceKeys { PieceKeys() }

    /// Where key `length` starts and ends.
    @inline(__always)
    private func bounds(_ length: Int) -> (start: Int, end: Int) {
        let shift = UInt64(8 * (length - 1))
        return (Int(truncatingIfNeeded: (starts >> shift) & 0xFF), Int(truncatingIfNeeded: (ends >> shift) & 0xFF))
    }

    /// Keeps `start..<end` as the next key.
    @inline(__always)
    private mutating func keep(_ start: Int, _ end: Int) {
        let shift = UInt64(8 * count)
        starts |= UInt64(start) << shift
        ends |= UInt64(end) << shift
        count += 1
    }

    /// Calls `body` with the bytes of key `length`.
    @inline(__always)
    private func withKey<R>(_ length: Int, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        let (start, end) = bounds(length)
        return withUnsafeBytes(of: storage) { raw in
            body(raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, end - start)
        }
    }

    /// The value key `length` has in `table`.
    @inline(__always)
    func value<Value>(_ length: Int, in table: ByteTable<Value>) -> Value? {
        withKey(length) { table.value($0, count: $1) }
    }

    /// Whether key `length` is `word` (lowercase ASCII).
    func matches(_ length: Int, _ word: StaticString) -> Bool {
        withKey(length) { bytes, count in
            guard count == word.utf8CodeUnitCount else { return false }
            return memcmp(bytes, word.utf8Start, count) == 0
        }
    }

    /// Key `length` as a string (made only for a key that matched).
    func string(_ length: Int) -> String {
        withKey(length) { String(decoding: UnsafeBufferPointer(start: $0, count: $1), as: UTF8.self) }
    }

    /// Adds `count` bytes at `piece` after the key so far (forward), A–Z folded when `fold`,
    /// and, when the longer key is in `reach`, keeps it; false when it is not.
    mutating func append(_ piece: UnsafePointer<UInt8>, _ count: Int, fold: Bool, spaced: Bool, reach: ByteSet) -> Bool {
        guard self.count < Self.keyCapacity else { return false }
        let mark = self.count == 0 ? 0 : bounds(self.count).end
        let end = mark + count + (spaced ? 1 : 0)
        guard end <= min(reach.longestKey, Self.byteCapacity) else { return false }
        let found = withUnsafeMutableBytes(of: &storage) { raw in
            let bytes = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            Self.write(piece, count, to: bytes + end - count, fold: fold, spaced: spaced)
            return reach.contains(bytes, count: end)
        }
        guard found else { return false }
        keep(0, end)
        return true
    }

    /// Adds `count` bytes at `piece` before the key so far (backward, with a space after them
    /// when `spaced`), A–Z folded when `fold`, and, when the longer key is in `reach`, keeps
    /// it; false when it is not.
    mutating func prepend(_ piece: UnsafePointer<UInt8>, _ count: Int, fold: Bool, spaced: Bool, reach: ByteSet) -> Bool {
        guard self.count < Self.keyCapacity else { return false }
        let end = Self.byteCapacity
        let previous = self.count == 0 ? end : bounds(self.count).start
        let start = previous - count - (spaced ? 1 : 0)
        guard start >= end - min(reach.longestKey, Self.byteCapacity) else { return false }
        let found = withUnsafeMutableBytes(of: &storage) { raw in
            let bytes = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            Self.write(piece, count, to: bytes + start, fold: fold, spaced: false)
            if spaced { bytes[start + count] = UInt8(ascii: " ") }
            return reach.contains(bytes + start, count: end - start)
        }
        guard found else { return false }
        keep(start, end)
        return true
    }

    /// Writes a space (when `spaced`) then `count` bytes at `piece`, A–Z folded when `fold`, to `target`
    /// (the space just before it).
    @inline(__always)
    private static func write(_ piece: UnsafePointer<UInt8>, _ count: Int, to target: UnsafeMutablePointer<UInt8>, fold: Bool, spaced: Bool) {
        if spaced { target[-1] = UInt8(ascii: " ") }
        for k in 0..<count { target[k] = fold ? WordHash.lowerASCII(piece[k]) : piece[k] }
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

    /// The value piece `piece`, lowercased as `lowercased(_:)` folds it, has in `table` (whose
    /// keys are lowercase): for most pieces no string is made nor bytes copied.
    @inline(__always)
    func lowercaseValue<Value>(_ piece: Int, in table: ByteTable<Value>) -> Value? {
        withLowercaseBytes(piece) { table.value($0, count: $1, folding: $2) }
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
        var keys = PieceKeys.backward()
        var index = end - 1
        while index >= floor && keys.count < count {
            let spaced = index < end - 1 && !pieces[index + 1].attached
            guard withLowercaseBytes(index, { keys.prepend($0, $1, fold: $2, spaced: spaced, reach: reach) }) else { break }
            index -= 1
        }
        return keys
    }
}
