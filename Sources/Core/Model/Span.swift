/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every annotation in Gloss is standoff: it points into the immutable text rather than
/// copying it. Offsets are 32-bit, so one document can be at most 4 GiB of text.
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first byte of the span.
    public var start: UInt32
    /// One past the last byte of the span.
    public var end: UInt32

    /// Creates a span from byte offsets; `start` must not exceed `end`.
    @inlinable
    public init(start: Int, end: Int) {
        precondition(start >= 0 && start <= end && end <= Int(UInt32.max), "invalid span \(start)..<\(end)")
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
    }

    /// Creates a span from a range of byte offsets.
    @inlinable
    public init(_ range: Range<Int>) { self.init(start: range.lowerBound, end: range.upperBound) }

    /// The span as a range of byte offsets.
    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
    /// The number of bytes the span covers.
    @inlinable public var count: Int { Int(end) - Int(start) }
    /// Whether the span covers no bytes.
    @inlinable public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span.
    @inlinable public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
