/// A small, fast writer of JSON text into a byte buffer.
///
/// Gloss writes one JSON object per document, often with thousands of spans; this writer
/// appends to a buffer of its own (`JSONBuffer`) without intermediate strings: strings are
/// copied in runs between the bytes that need escaping, integers and rounded scores are
/// formatted on the stack. It does not check structure: callers open and close what they
/// write. Commas are inserted automatically between members. A copy of a writer is
/// independent (the buffer is copied on the first write after the writers part).
///
/// A writer given a `JSONSpill` hands its bytes to it whenever they pass the spill's threshold,
/// at the start of a value, so a sink can write a huge record in slices instead of holding it
/// whole (a document of millions of sentences writes hundreds of megabytes of JSON).
public struct JSONWriter: Sendable {
    private var buffer: JSONBuffer
    private var needsComma = false
    /// Where bytes go once they pass `spillThreshold`.
    private let spill: JSONSpill?
    private let spillThreshold: Int

    public init(reservingCapacity capacity: Int = 1024, spill: JSONSpill? = nil) {
        buffer = JSONBuffer(capacity: capacity)
        self.spill = spill
        self.spillThreshold = spill?.threshold ?? Int.max
    }

    /// The JSON text written so far, as UTF-8 (after a spill: since the last spill). A copy:
    /// read it once a value is complete.
    public var bytes: [UInt8] { buffer.array }

    /// How many bytes `bytes` holds, without copying them.
    public var byteCount: Int { buffer.count }

    /// The buffer, made this writer's own before it is written to. A function may keep it in a
    /// local only while it calls nothing that fetches `out` again (that would see two
    /// references, copy, and leave the local pointing at the old buffer).
    private var out: JSONBuffer {
        @inline(__always) mutating get {
            if !isKnownUniquelyReferenced(&buffer) { buffer = buffer.copy() }
            return buffer
        }
    }

    /// Whether the writer's spill has failed, so that what is written from now on is dropped:
    /// an encoder of a long value may stop early. False without a spill.
    public var spillHasFailed: Bool { spill?.hasFailed ?? false }

    /// Removes what was written, keeping the capacity.
    public mutating func reset() {
        out.removeAll()
        needsComma = false
    }

    @inline(__always) private mutating func separate() {
        if needsComma { out.append(UInt8(ascii: ",")) }
        needsComma = true
        if buffer.count >= spillThreshold { spillBytes() }
    }

    /// Hands the bytes written so far to the spill and starts over, keeping the capacity.
    private mutating func spillBytes() {
        spill?.take(buffer.array)
        out.removeAll()
    }

    /// Frees the buffer if a huge value grew it past `capacity` bytes: a sink calls it after a
    /// record so that one giant document does not keep its memory for the rest of the run.
    public mutating func trimCapacity(to capacity: Int) {
        out.shrink(to: capacity)
    }

    public mutating func beginObject() { separate(); out.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { out.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); out.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { out.append(UInt8(ascii: "]")); needsComma = true }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        out.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a key made ahead of time; the next value written is its value.
    public mutating func key(_ key: JSONKey) {
        separate()
        let out = self.out
        key.quoted.withUnsafeBufferPointer { out.append($0) }
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
            } else if !appendFewDecimals(value) {
                out.append(contentsOf: value.description.utf8)
            }
        } else {
            out.append(contentsOf: "null".utf8)
        }
    }

    public mutating func bool(_ value: Bool) { separate(); out.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); out.append(contentsOf: "null".utf8) }

    /// Appends JSON text that is already valid (for example from `JSONEncoder`) as one value.
    public mutating func raw<C: Collection>(json: C) where C.Element == UInt8 {
        separate()
        out.append(contentsOf: json)
    }

    /// Writes `[a, b]`: the compact form Gloss uses for ranges, made on the stack and appended
    /// at once.
    public mutating func pair(_ a: Int, _ b: Int) {
        separate()
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        let out = self.out
        withUnsafeMutableBytes(of: &scratch) { buffer in
            var start = buffer.count - 1
            buffer[start] = UInt8(ascii: "]")
            start = Self.writeDigits(of: b, endingAt: start, in: buffer)
            start -= 1
            buffer[start] = UInt8(ascii: ",")
            start = Self.writeDigits(of: a, endingAt: start, in: buffer)
            start -= 1
            buffer[start] = UInt8(ascii: "[")
            out.append(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Ends the current line: JSON Lines puts one object per line.
    public mutating func newline() {
        out.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    /// Writes the decimal digits of `value` with one append: the digits are made right to left in
    /// a buffer on the stack (20 digits and a sign fit any `Int`).
    private mutating func appendInteger(_ value: Int) {
        let out = self.out
        if value >= 0 && value < 10 { out.append(UInt8(truncatingIfNeeded: value) &+ 48); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            let start = Self.writeDigits(of: value, endingAt: buffer.count, in: buffer)
            out.append(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Writes `value` in decimal (with its sign) just before `end` in `buffer`, and returns where
    /// it starts. The buffer needs room for 21 bytes.
    @inline(__always)
    private static func writeDigits(of value: Int, endingAt end: Int, in buffer: UnsafeMutableRawBufferPointer) -> Int {
        var start = end
        var magnitude = value.magnitude
        repeat {
            start -= 1
            buffer[start] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
            magnitude /= 10
        } while magnitude > 0
        if value < 0 {
            start -= 1
            buffer[start] = UInt8(ascii: "-")
        }
        return start
    }

    /// Writes `value` when it is the double nearest a decimal of at most four places and below
    /// a billion in magnitude (scores and confidences, rounded so): that decimal, trailing zeros
    /// dropped, is then the shortest text that reads back as `value`, the same text as
    /// `description`, made without it. False, having written nothing, for any other value.
    private mutating func appendFewDecimals(_ value: Double) -> Bool {
        guard abs(value) < 1e9 else { return false }
        let scaled = (value * 10_000).rounded()
        guard Double(scaled) / 10_000 == value else { return false }
        let tenThousandths = Int(scaled)
        var fraction = Int(tenThousandths.magnitude % 10_000)
        var places = 4
        while fraction % 10 == 0 && places > 1 {
            fraction /= 10
            places -= 1
        }
        // No local reference to the buffer here: `appendInteger` fetches `out` itself, and a
        // second reference would make the buffer look shared and be copied.
        if tenThousandths < 0 { out.append(UInt8(ascii: "-")) }
        appendInteger(Int(tenThousandths.magnitude / 10_000))
        out.append(UInt8(ascii: "."))
        var divisor = 1
        for _ in 1..<places { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: fraction / divisor % 10) &+ 48)
            divisor /= 10
        }
        return true
    }

    private mutating func appendQuoted(_ value: String) {
        var value = value
        let out = self.out
        value.withUTF8 { Self.appendQuoted($0, to: out) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether a byte must be escaped in a JSON string: quote, backslash, the C0 controls and
    /// DEL (written `\u007f` so that lines stay printable).
    @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    private mutating func appendQuoted<C: Collection>(utf8 value: C) where C.Element == UInt8 {
        let out = self.out
        let done: Void? = value.withContiguousStorageIfAvailable { Self.appendQuoted($0, to: out) }
        if done != nil { return }
        out.append(UInt8(ascii: "\""))
        for byte in value { Self.appendEscaped(byte, to: out) }
        out.append(UInt8(ascii: "\""))
    }

    /// The common path: runs of bytes that need no escape are copied with one append each.
    private static func appendQuoted(_ buffer: UnsafeBufferPointer<UInt8>, to out: JSONBuffer) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < buffer.count {
            let byte = buffer[index]
            if needsEscape(byte) {
                out.append(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                appendEscaped(byte, to: out)
                runStart = index + 1
            }
            index += 1
        }
        out.append(UnsafeBufferPointer(rebasing: buffer[runStart...]))
        out.append(UInt8(ascii: "\""))
    }

    /// Appends one byte of a string, escaped where JSON requires it.
    private static func appendEscaped(_ byte: UInt8, to out: JSONBuffer) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
        case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
        case 0..<0x20, 0x7F: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: out.append(byte)
        }
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

    private static let spanKey = JSONKey("span")
    private static let charsKey = JSONKey("chars")
    private static let sourceKey = JSONKey("source")

    /// Writes `"span":[s,e],"chars":[s,e],"source":[s,e]` members for a span of the text.
    public func writeSpanMembers(_ span: Span, to writer: inout JSONWriter) {
        writer.key(Self.spanKey)
        writer.pair(Int(span.start), Int(span.end))
        writer.key(Self.charsKey)
        writer.pair(characters.scalarOffset(ofByte: Int(span.start)), characters.scalarOffset(ofByte: Int(span.end)))
        if !offsets.isIdentity {
            let source = offsets.sourceRange(of: span.range)
            writer.key(Self.sourceKey)
            writer.pair(source.lowerBound, source.upperBound)
        }
    }
}
