/// A small, fast writer of JSON text into a byte buffer.
///
/// Gloss writes one JSON object per document, often with thousands of spans; this writer
/// appends to a `[UInt8]` without intermediate strings. It does not check structure: callers
/// open and close what they write. Commas are inserted automatically between members.
///
/// A writer given a `JSONSpill` hands its bytes to it whenever they pass the spill's threshold,
/// at the start of a value, so a sink can write a huge record in slices instead of holding it
/// whole (a document of millions of sentences writes hundreds of megabytes of JSON).
public struct JSONWriter: Sendable {
    /// The JSON text written so far, as UTF-8 (after a spill: since the last spill).
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false
    /// Where bytes go once they pass `spillThreshold`.
    private let spill: JSONSpill?
    private let spillThreshold: Int

    public init(reservingCapacity capacity: Int = 1024, spill: JSONSpill? = nil) {
        bytes.reserveCapacity(capacity)
        self.spill = spill
        self.spillThreshold = spill?.threshold ?? Int.max
    }

    /// Whether the writer's spill has failed, so that what is written from now on is dropped:
    /// an encoder of a long value may stop early. False without a spill.
    public var spillHasFailed: Bool { spill?.hasFailed ?? false }

    /// Removes what was written, keeping the capacity.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    @inline(__always) private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        if bytes.count >= spillThreshold { spillBytes() }
    }

    /// Hands the bytes written so far to the spill and starts over, keeping the capacity.
    private mutating func spillBytes() {
        spill?.take(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Frees the buffer if a huge value grew it past `capacity` bytes: a sink calls it after a
    /// record so that one giant document does not keep its memory for the rest of the run.
    public mutating func trimCapacity(to capacity: Int) {
        guard bytes.capacity > capacity else { return }
        var trimmed: [UInt8] = []
        trimmed.reserveCapacity(max(capacity, bytes.count))
        trimmed.append(contentsOf: bytes)
        bytes = trimmed
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String) { separate(); appendQuoted(value) }

    /// Writes a string from UTF-8 bytes, escaping as JSON requires. Invalid UTF-8 must not be
    /// passed; document text is always valid.
    public mutating func string<C: Collection>(utf8 value: C) where C.Element == UInt8 {
        separate()
        appendQuoted(utf8: value)
    }

    public mutating func number(_ value: Int) { separate(); appendInteger(value) }
    public mutating func number(_ value: UInt32) { separate(); appendInteger(Int(value)) }

    /// Writes a floating-point number, or `null` where JSON has no number for it.
    public mutating func number(_ value: Double) {
        separate()
        if value.isFinite {
            if value == value.rounded(), abs(value) < 1e15 {
                appendInteger(Int(value))
            } else {
                bytes.append(contentsOf: value.description.utf8)
            }
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    /// Appends JSON text that is already valid (for example from `JSONEncoder`) as one value.
    public mutating func raw<C: Collection>(json: C) where C.Element == UInt8 {
        separate()
        bytes.append(contentsOf: json)
    }

    /// Writes `[a, b]`: the compact form Gloss uses for ranges.
    public mutating func pair(_ a: Int, _ b: Int) {
        separate()
        bytes.append(UInt8(ascii: "["))
        appendInteger(a)
        bytes.append(UInt8(ascii: ","))
        appendInteger(b)
        bytes.append(UInt8(ascii: "]"))
    }

    /// Ends the current line: JSON Lines puts one object per line.
    public mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    private mutating func appendInteger(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == Int.min { bytes.append(contentsOf: "9223372036854775808".utf8); return }
            appendInteger(-value)
            return
        }
        if value < 10 { bytes.append(UInt8(truncatingIfNeeded: value) &+ 48); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var v = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while v > 0 {
                buffer[count] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }

    private mutating func appendQuoted(_ value: String) {
        var value = value
        value.withUTF8 { appendQuoted(utf8: $0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted<C: Collection>(utf8 value: C) where C.Element == UInt8 {
        bytes.append(UInt8(ascii: "\""))
        for byte in value {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A value that can write itself as one JSON value. Layer values added by stages conform, so
/// the JSON sink can write every layer without knowing its type.
public protocol JSONEncodable {
    /// Writes exactly one JSON value (an object, array, string, number, bool or null).
    func writeJSON(to writer: inout JSONWriter, context: JSONContext)
}

/// What a layer needs to write spans: the text's character offsets and the offset map back to
/// the source bytes.
public struct JSONContext {
    /// Converts UTF-8 byte offsets of the text to Unicode-scalar offsets.
    public var characters: ScalarOffsetIndex
    /// Leads spans of the text back to bytes of the original input.
    public var offsets: OffsetMap
    /// The document's text, for layers that write the text a span covers (empty when the
    /// encoder was not given it).
    public var text: String

    public init(characters: ScalarOffsetIndex, offsets: OffsetMap, text: String = "") {
        self.characters = characters
        self.offsets = offsets
        self.text = text
    }

    /// The text `span` covers, or an empty string when the context has no text or the span lies
    /// outside it.
    public func text(of span: Span) -> Substring {
        let utf8 = text.utf8
        guard Int(span.end) <= utf8.count,
            let start = utf8.index(utf8.startIndex, offsetBy: Int(span.start), limitedBy: utf8.endIndex),
            let end = utf8.index(start, offsetBy: span.count, limitedBy: utf8.endIndex)
        else { return "" }
        return text[start..<end]
    }

    /// Writes `"span":[s,e],"chars":[s,e],"source":[s,e]` members for a span of the text.
    public func writeSpanMembers(_ span: Span, to writer: inout JSONWriter) {
        writer.key("span")
        writer.pair(Int(span.start), Int(span.end))
        writer.key("chars")
        writer.pair(characters.scalarOffset(ofByte: Int(span.start)), characters.scalarOffset(ofByte: Int(span.end)))
        if !offsets.isIdentity {
            let source = offsets.sourceRange(of: span.range)
            writer.key("source")
            writer.pair(source.lowerBound, source.upperBound)
        }
    }
}
