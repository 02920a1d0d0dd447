/// The pieces of one window as `NumberPiece.pieces` writes them: straight into the
/// uninitialised storage of `Array(unsafeUninitializedCapacity:)`, with none of the uniqueness
/// and capacity tests `Array.append` makes for every token.
///
/// Requires: room for `capacity` pieces at `base`, alive while the buffer is used.
/// Provides: what the builder asks of an array (`append`, `+=`, `last`, `count`, indexing,
/// `removeSubrange(first...)`); a piece past `capacity` is not written and `overflowed` is set
/// instead, so that the builder starts the window again with more room. Costs: a compare and
/// a store a piece; `NumberPiece` holds no reference, so nothing is retained or destroyed.
struct PieceBuffer {
    private let base: UnsafeMutablePointer<NumberPiece>
    let capacity: Int
    /// The pieces written.
    private(set) var count = 0
    /// Whether a piece found no room (the pieces written are then incomplete).
    private(set) var overflowed = false

    init(_ base: UnsafeMutablePointer<NumberPiece>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// Writes `piece` after the others, or sets `overflowed` when there is no room.
    @inline(__always)
    mutating func append(_ piece: NumberPiece) {
        guard count < capacity else {
            overflowed = true
            return
        }
        (base + count).initialize(to: piece)
        count += 1
    }

    static func += (buffer: inout PieceBuffer, pieces: [NumberPiece]) {
        for piece in pieces { buffer.append(piece) }
    }

    /// The last piece written, or nil.
    var last: NumberPiece? { count > 0 ? base[count - 1] : nil }

    /// Piece `index`, below `count`.
    subscript(index: Int) -> NumberPiece {
        precondition(index >= 0 && index < count, "piece \(index) of \(count)")
        return base[index]
    }

    /// The pieces from `range.lowerBound` to the last.
    subscript(range: PartialRangeFrom<Int>) -> UnsafeBufferPointer<NumberPiece> {
        precondition(range.lowerBound >= 0 && range.lowerBound <= count, "pieces from \(range.lowerBound) of \(count)")
        return UnsafeBufferPointer(start: base + range.lowerBound, count: count - range.lowerBound)
    }

    /// Forgets the pieces from `range.lowerBound` on (they hold no reference to release).
    mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        precondition(range.lowerBound >= 0 && range.lowerBound <= count, "pieces from \(range.lowerBound) of \(count)")
        count = range.lowerBound
    }
}
