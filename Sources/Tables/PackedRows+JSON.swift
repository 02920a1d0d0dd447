import GlossCore

extension PackedRows {
    /// The rows of one JSON Lines record as `gloss analyze` writes it (docs/record.schema.json),
    /// read with `JSONScanner`: only the members the tables hold are read, strings are
    /// unescaped straight into the packed bytes, the rest (tokens, character offsets,
    /// diagnostics) is skipped.
    ///
    /// Members of the wrong type read as absent; items without a valid span, and mentions of
    /// an entity the record does not list, are left out. Cost: one pass over the line to find
    /// the members, and one over those read.
    public init(json line: UnsafeBufferPointer<UInt8>) throws(RecordRows.FormatError) {
        do {
            var scanner = JSONScanner(line)
            guard scanner.peek() == UInt8(ascii: "{") else { throw JSONScanner.Malformed() }
            let record = try RecordMembers(&scanner)
            guard scanner.isAtEnd() else { throw JSONScanner.Malformed() }
            guard let id = record.id, scanner.at(id).first() == UInt8(ascii: "\"") else {
                throw RecordRows.FormatError(description: "a record has no \"id\": is this gloss analyze's JSON Lines output?")
            }
            var writer = Writer(reservingCapacity: line.count / 2)
            if let error = record.error, scanner.at(error).first() == UInt8(ascii: "{") {
                try Self.packError(record, error: scanner.at(error), into: &writer)
            } else {
                try JSONRecordPacker(scanner: scanner, record: record).pack(into: &writer)
            }
            self = writer.rows
        } catch let error as RecordRows.FormatError {
            throw error
        } catch {
            throw RecordRows.FormatError(description: "a line is not a JSON object: is this gloss analyze's JSON Lines output?")
        }
    }

    /// Where each member of a record's top-level object starts.
    struct RecordMembers {
        var id, source, metadata, text, stats, sentences, layers, error: Int?

        init(_ scanner: inout JSONScanner) throws(JSONScanner.Malformed) {
            try scanner.members { key, scanner throws(JSONScanner.Malformed) in
                let start = scanner.offset
                if key.is("id") { id = start } else if key.is("source") { source = start }
                else if key.is("metadata") { metadata = start } else if key.is("text") { text = start }
                else if key.is("stats") { stats = start } else if key.is("sentences") { sentences = start }
                else if key.is("layers") { layers = start } else if key.is("error") { error = start }
                try scanner.skipValue()
            }
        }
    }

    private static func packError(_ record: RecordMembers, error: JSONScanner, into writer: inout Writer) throws(JSONScanner.Malformed) {
        var (stage, code, message, byteOffset): (Int?, Int?, Int?, Int?) = (nil, nil, nil, nil)
        var scanner = error
        try scanner.members { key, scanner throws(JSONScanner.Malformed) in
            let start = scanner.offset
            if key.is("stage") { stage = start } else if key.is("code") { code = start }
            else if key.is("message") { message = start } else if key.is("byte_offset") { byteOffset = start }
            try scanner.skipValue()
        }
        writer.kind(.failure)
        let packer = JSONRecordPacker(scanner: error, record: record)
        try packer.string(record.id, into: &writer)
        try packer.string(record.source, into: &writer)
        for member in [stage, code, message] { try packer.string(member, into: &writer, orDefault: "") }
        try packer.integer(byteOffset, into: &writer)
    }
}
