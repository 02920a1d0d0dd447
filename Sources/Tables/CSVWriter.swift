import Foundation
import GlossCore
import GlossSinks

/// Writes one CSV file (RFC 4180: UTF-8, a header row, CRLF line ends, a field quoted when it
/// holds a comma, a double quote, CR or LF, with its quotes doubled).
///
/// Buffers rows and writes them out in blocks of about 1 MiB. Not thread-safe.
public final class CSVWriter {
    private let descriptor: Int32
    private let path: String
    private var buffer: [UInt8] = []
    private var fieldsInRow = 0

    /// Creates (or truncates) `path` and writes the header row.
    public init(path: String, header: [String]) throws(JSONLinesSink.Error) {
        self.path = path
        descriptor = try JSONLinesSink.openForWriting(path)
        buffer.reserveCapacity(1 << 20)
        for name in header { field(name) }
        try endRow()
    }

    deinit { close(descriptor) }

    /// Appends a text field (nil: an empty field).
    public func field(_ value: String?) {
        separate()
        guard let value else { return }
        let needsQuotes = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            buffer.append(contentsOf: value.utf8)
            return
        }
        buffer.append(0x22)
        for byte in value.utf8 {
            buffer.append(byte)
            if byte == 0x22 { buffer.append(0x22) }
        }
        buffer.append(0x22)
    }

    public func field(_ value: Int?) {
        separate()
        if let value { buffer.append(contentsOf: String(value).utf8) }
    }

    public func field(_ value: Double?) {
        separate()
        if let value, value.isFinite { buffer.append(contentsOf: String(value).utf8) }
    }

    private func separate() {
        if fieldsInRow > 0 { buffer.append(0x2C) }
        fieldsInRow += 1
    }

    /// Ends the row; writes the buffer out when it is full.
    public func endRow() throws(JSONLinesSink.Error) {
        buffer.append(0x0D)
        buffer.append(0x0A)
        fieldsInRow = 0
        if buffer.count >= 1 << 20 { try flush() }
    }

    public func flush() throws(JSONLinesSink.Error) {
        try JSONLinesSink.writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
    }
}
