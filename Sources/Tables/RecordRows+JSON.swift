import Foundation

extension RecordRows {
    /// Why a line of JSON Lines could not be read as a record.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The rows of one JSON Lines record as `gloss analyze` writes it (`PackedRows(json:)`, unpacked).
    public init(json line: UnsafeBufferPointer<UInt8>) throws(FormatError) {
        self.init(packed: try PackedRows(json: line))
    }

    public init(json line: Data) throws(FormatError) {
        let packed = line.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            Result { () throws(FormatError) -> PackedRows in try PackedRows(json: raw.bindMemory(to: UInt8.self)) }
        }
        self.init(packed: try packed.get())
    }
}
