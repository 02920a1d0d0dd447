/// An HTTP response as a web archive stores it: status line, headers, body.
///
/// Requires: the bytes of a WARC `response` block or an ARC record, starting `HTTP/`. Provides:
/// the status code, header values by name (case-insensitive), and the body with chunked
/// transfer coding and gzip or deflate content coding undone. Costs: one pass over the header
/// lines; decoding the body copies it once. A value; Sendable.
struct HTTPResponse: Sendable {
    var status: Int
    /// Header names lowercased, in order.
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// Parses `block`; nil when it does not start with an HTTP status line.
    init?(parsing block: [UInt8]) {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        let (headerEnd, bodyStart) = block.withUnsafeBufferPointer { Self.headerEnd($0) }
        let lines = block[..<headerEnd].split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.last == 13 ? line.dropLast() : line
        }
        let statusFields = lines[0].split(separator: 32, maxSplits: 2)
        guard statusFields.count >= 2, let status = Int(String(decoding: statusFields[1], as: UTF8.self)) else {
            return nil
        }
        self.status = status
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() where !line.isEmpty {
            if line.first == 32 || line.first == 9, !headers.isEmpty {
                headers[headers.count - 1].value += " " + Self.trimmed(line)
            } else if let colon = line.firstIndex(of: 58) {
                headers.append((Self.trimmed(line[..<colon]).lowercased(), Self.trimmed(line[(colon + 1)...])))
            }
        }
        self.headers = headers
        body = Array(block[bodyStart...])
    }

    /// The first value of header `name` (lowercase).
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The media type of `Content-Type`, lowercased, without parameters: `text/html`.
    var mediaType: String? {
        header("content-type").map { Self.mediaType(of: $0) }
    }

    static func mediaType(of contentType: String) -> String {
        String(contentType.split(separator: ";", maxSplits: 1).first ?? "")
            .trimmingSpaces.lowercased()
    }

    /// The body with chunked transfer coding and gzip/deflate content coding undone.
    ///
    /// A body that claims to be chunked but does not parse as chunks is kept as it is (crawlers
    /// often store the de-chunked body with the header left in).
    /// - Throws: `GzipError` (as a description) when the content coding is broken or too large,
    ///   or a message for a coding Gloss cannot undo.
    func decodedBody(maxBytes: Int) throws(HTTPBodyError) -> [UInt8] {
        var bytes = body
        if header("transfer-encoding")?.lowercased().contains("chunked") == true,
           let unchunked = bytes.withUnsafeBufferPointer({ Self.unchunked($0) }) {
            bytes = unchunked
        }
        let coding = header("content-encoding")?.lowercased().trimmingSpaces ?? ""
        do {
            switch coding {
            case "", "identity", "none":
                return bytes
            case "gzip", "x-gzip":
                guard bytes.starts(with: [0x1f, 0x8b]) else { return bytes }
                return try GzipStream(bytes: bytes).readAll(maxBytes: maxBytes)
            case "deflate":
                if let zlib = try? GzipStream(bytes: bytes, windowBits: 15).readAll(maxBytes: maxBytes) { return zlib }
                return try GzipStream(bytes: bytes, windowBits: -15).readAll(maxBytes: maxBytes)
            default:
                throw HTTPBodyError(description: "Content-Encoding '\(coding)' is not supported (only gzip and deflate)")
            }
        } catch let error as GzipError {
            throw HTTPBodyError(description: "cannot undo Content-Encoding \(coding): \(error.description)")
        } catch let error as HTTPBodyError {
            throw error
        } catch {
            throw HTTPBodyError(description: "\(error)")
        }
    }

    /// Where the header block ends and where the body starts (after CRLF CRLF or LF LF); the
    /// whole block when there is no blank line.
    private static func headerEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 10 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 { return (index, index + 2) }
                if index + 2 < bytes.count, bytes[index + 1] == 13, bytes[index + 2] == 10 { return (index, index + 3) }
            }
            index += 1
        }
        return (bytes.count, bytes.count)
    }

    /// The body of a chunked transfer coding; nil when `bytes` are not well-formed chunks.
    private static func unchunked(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            var size = 0
            var digits = 0
            while index < bytes.count, let digit = hexValue(bytes[index]) {
                size = size &* 16 &+ digit
                digits += 1
                index += 1
            }
            guard digits > 0, digits <= 8 else { return nil }
            while index < bytes.count, bytes[index] != 10 { index += 1 }  // chunk extensions, CR
            index = min(index + 1, bytes.count)  // a body may end right after a chunk-size line
            if size == 0 { return result }
            guard index + size <= bytes.count else {
                result.append(contentsOf: bytes[index...])  // truncated payload: keep what is there
                return result
            }
            result.append(contentsOf: bytes[index..<index + size])
            index += size
            if index < bytes.count, bytes[index] == 13 { index += 1 }
            if index < bytes.count, bytes[index] == 10 { index += 1 }
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 48...57: Int(byte - 48)
        case 97...102: Int(byte - 87)
        case 65...70: Int(byte - 55)
        default: nil
        }
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingSpaces
    }
}

/// Why an HTTP body could not be decoded.
struct HTTPBodyError: Error, Sendable, CustomStringConvertible {
    var description: String
}
