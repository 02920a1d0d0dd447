extension PackedRows {
    /// Reads the values of `PackedRows` in order, over bytes the caller keeps alive (texts are
    /// views into them, not copies).
    ///
    /// The bytes are made by `Writer` in this process, so a read past their end is a bug: it
    /// stops the program rather than reading memory it does not own.
    public struct Reader {
        /// One value: its text, when it has one, points into the buffer.
        public enum Value {
            case null
            case integer(Int)
            case real(Double)
            case text(UnsafeRawBufferPointer)

            public var int: Int? {
                if case .integer(let value) = self { return value }
                return nil
            }

            public var double: Double? {
                switch self {
                case .real(let value): value
                case .integer(let value): Double(value)
                default: nil
                }
            }

            public var string: String? {
                if case .text(let bytes) = self { return String(decoding: bytes, as: UTF8.self) }
                return nil
            }
        }

        private let buffer: UnsafeRawBufferPointer
        private var offset = 0

        init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

        /// Whether every byte was read.
        public var isAtEnd: Bool { offset == buffer.count }

        public mutating func kind() -> Kind? {
            Kind(rawValue: byte())
        }

        public mutating func value() -> Value {
            switch Tag(rawValue: byte()) {
            case .null: return .null
            case .integer: return .integer(Int(load(Int64.self)))
            case .real: return .real(Double(bitPattern: load(UInt64.self)))
            case .text: return .text(rawText())
            case nil: preconditionFailure("PackedRows: a value with an unknown tag")
            }
        }

        /// A count or index written with `Writer.count`.
        public mutating func count() -> Int { Int(load(UInt32.self)) }

        public mutating func rawInteger() -> Int { Int(load(Int64.self)) }

        public mutating func rawText() -> UnsafeRawBufferPointer {
            let count = Int(load(UInt32.self))
            precondition(offset + count <= buffer.count, "PackedRows: a text runs past the end")
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + count])
        }

        private mutating func byte() -> UInt8 {
            precondition(offset < buffer.count, "PackedRows: read past the end")
            defer { offset += 1 }
            return buffer[offset]
        }

        private mutating func load<T: FixedWidthInteger>(_ type: T.Type) -> T {
            let size = MemoryLayout<T>.size
            precondition(offset + size <= buffer.count, "PackedRows: read past the end")
            defer { offset += size }
            return T(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
    }
}
