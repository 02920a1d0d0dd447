/// One record's rows of the results tables, packed into bytes: what a worker makes of a record
/// (`TableRowEncoder`, `PackedRows(record:)`) and what a JSON Lines line becomes
/// (`PackedRows(json:)`), so that the SQLite sink only binds values straight from the buffer
/// and steps its prepared statements, with no string made per value.
///
/// The rows are in the tables' column order (`ResultsSchema.columns`), less what only the
/// sink knows (`doc`, the run-wide `entity` number):
/// ```
/// value     tag 0 NULL | 1 Int64 | 2 Float64 | 3 UInt32 byte count + UTF-8 bytes   (little-endian)
/// record    UInt8 1 (a document) or 2 (a failure), then
///   failure   6 values: id, source, stage, code, message, byte_offset
///   document  17 values: id, source, title, published, language, site, url, bytes, characters,
///                        tokens, sentences, sentiment, positive, neutral, negative, duplicate_of, text
///             UInt32 E, E × entity:   text type, text name, Int64 mentions; 2 values: sentences, sentiment
///             UInt32 S, S × sentence: 5 values: n, start, end, words, sentiment
///             UInt32 M, M × mention:  UInt32 entity (index of the document's entities); 5 values:
///                                     start, end, text, type, confidence
///             UInt32 N, N × number:   11 values: start, end, kind, value, number, high, unit,
///                                     currency, modifier, comparator, normalized
/// ```
/// ("text" without "value" is a byte count and bytes with no tag.) A real that is not finite
/// is packed as NULL. `PackedRows.Reader` reads it back; `RecordRows(packed:)` unpacks it.
public struct PackedRows: Sendable, Equatable {
    public internal(set) var bytes: [UInt8]

    /// What the first byte says the record is.
    public enum Kind: UInt8, Sendable {
        case document = 1
        case failure = 2
    }

    /// A value's tag.
    enum Tag: UInt8 {
        case null = 0, integer, real, text
    }

    /// Wraps bytes made by `Writer` (or by a worker with `TableRowEncoder`).
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The record's kind, or nil for an empty or damaged buffer.
    public var kind: Kind? { bytes.first.flatMap(Kind.init) }

    /// Calls `body` with a reader over the bytes.
    public func withReader<R, E: Error>(_ body: (inout Reader) throws(E) -> R) throws(E) -> R {
        let result = bytes.withUnsafeBytes { raw in
            var reader = Reader(raw)
            return Result { () throws(E) -> R in try body(&reader) }
        }
        return try result.get()
    }
}

extension PackedRows {
    /// Appends values in the layout above. Cost: a copy of each text's bytes, amortised growth.
    public struct Writer {
        public private(set) var bytes: [UInt8] = []

        public init(reservingCapacity capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

        public var rows: PackedRows { PackedRows(bytes: bytes) }

        mutating func kind(_ kind: Kind) { bytes.append(kind.rawValue) }

        mutating func null() { bytes.append(Tag.null.rawValue) }

        mutating func integer(_ value: Int?) {
            guard let value else { return null() }
            bytes.append(Tag.integer.rawValue)
            raw(Int64(value))
        }

        mutating func real(_ value: Double?) {
            guard let value, value.isFinite else { return null() }
            bytes.append(Tag.real.rawValue)
            raw(value.bitPattern)
        }

        mutating func text(_ value: String?) {
            guard var value else { return null() }
            bytes.append(Tag.text.rawValue)
            value.withUTF8 { rawText($0) }
        }

        /// A text value from bytes that are valid UTF-8.
        mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
            bytes.append(Tag.text.rawValue)
            rawText(utf8)
        }

        /// A text value whose bytes `body` appends to the buffer it is given (for JSON strings
        /// unescaped in place); the count is filled in after.
        mutating func text(appending body: (inout [UInt8]) -> Void) {
            bytes.append(Tag.text.rawValue)
            rawText(appending: body)
        }

        /// A text without a tag, appended by `body` as `text(appending:)`.
        mutating func rawText(appending body: (inout [UInt8]) -> Void) {
            let at = position
            raw(UInt32(0))
            body(&bytes)
            setCount(bytes.count - at - 4, at: at)
        }

        /// A text without a tag (an entity's type and name).
        mutating func rawText(_ value: String) {
            var value = value
            value.withUTF8 { rawText($0) }
        }

        mutating func rawText(_ utf8: UnsafeBufferPointer<UInt8>) {
            raw(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }

        /// A count of rows, or an index, without a tag.
        mutating func count(_ value: Int) { raw(UInt32(value)) }

        /// An integer without a tag.
        mutating func rawInteger(_ value: Int) { raw(Int64(value)) }

        /// The byte offset of the next value, to patch a count written before its rows (`setCount`).
        var position: Int { bytes.count }

        /// Overwrites the count written at `position`.
        mutating func setCount(_ value: Int, at position: Int) {
            withUnsafeBytes(of: UInt32(value).littleEndian) { for (offset, byte) in $0.enumerated() { bytes[position + offset] = byte } }
        }

        private mutating func raw<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }
}
