import Foundation
import GlossCore
import Synchronization

/// Transcodes legacy encodings (windows-1252, ISO-8859-x, KOI8-R, Shift_JIS, GB2312, Big5,
/// EUC-KR...) to UTF-8 through the C library's iconv, replacing invalid bytes with U+FFFD and
/// counting them, with an offset map from every UTF-8 byte back to its input byte.
///
/// Single-byte encodings go through a 256-entry table built once per encoding (fast, exact);
/// multi-byte encodings through iconv one character at a time (exact, about 10–20 MB/s; such
/// pages are rare).
/// Thread safety: tables are built under a lock; iconv descriptors are per call.
enum Transcoder {
    /// The text, or nil if the system does not know the encoding.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String) -> TextDecoder.Result? {
        if let table = singleByteTable(for: encoding) {
            return decodeSingleByte(bytes, table: table, encoding: encoding)
        }
        return decodeMultiByte(bytes, encoding: encoding)
    }

    /// UTF-8 for each byte value, or nil for a byte the encoding does not define.
    typealias Table = [[UInt8]?]

    private static let tables = Mutex<[String: Table?]>([:])

    /// The table of a single-byte encoding; nil when the encoding is unknown or multi-byte.
    private static func singleByteTable(for encoding: String) -> Table? {
        if let known = tables.withLock({ $0[encoding] }) { return known }
        let table = buildTable(encoding)
        tables.withLock { $0[encoding] = .some(table) }
        return table
    }

    private static func buildTable(_ encoding: String) -> Table? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var table = Table(repeating: nil, count: 256)
        for value in 0..<256 {
            var input = [CChar(bitPattern: UInt8(value))]
            var output = [CChar](repeating: 0, count: 8)
            var inLeft = 1
            var outLeft = 8
            let result = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            iconv(converter, nil, nil, nil, nil)
            if result == -1 {
                if errno == EINVAL { return nil }  // an incomplete sequence: a multi-byte encoding
                continue  // EILSEQ: undefined byte
            }
            table[value] = output[0..<(8 - outLeft)].map { UInt8(bitPattern: $0) }
        }
        return table
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func decodeSingleByte(_ bytes: UnsafeBufferPointer<UInt8>, table: Table, encoding: String) -> TextDecoder.Result {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var builder = OffsetMap.Builder()
        var replacements = 0
        for byte in bytes {
            if byte < 0x80, let ascii = table[Int(byte)], ascii.count == 1, ascii[0] == byte {
                output.append(byte)
                builder.copy(1)
            } else if let utf8 = table[Int(byte)] {
                output.append(contentsOf: utf8)
                builder.replace(source: 1, target: utf8.count)
            } else {
                output.append(contentsOf: replacement)
                builder.replace(source: 1, target: 3)
                replacements += 1
            }
        }
        return TextDecoder.Result(
            text: String(decoding: output, as: UTF8.self), map: builder.build(), replacements: replacements,
            encoding: encoding.lowercased())
    }

    private static func decodeMultiByte(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String) -> TextDecoder.Result? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var builder = OffsetMap.Builder()
        var replacements = 0
        var index = 0
        var scratch = [CChar](repeating: 0, count: 8)
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 && byte != 0x1B {  // ASCII is ASCII in every encoding this path takes, except ISO-2022's escapes
                output.append(byte)
                builder.copy(1)
                index += 1
                continue
            }
            // One character: give iconv one more input byte at a time until it has a whole
            // character, so that each output character maps to exactly its own input bytes
            // (with more input, iconv would convert a following ASCII byte in the same call).
            let available = min(bytes.count - index, 8)
            let start = UnsafeMutablePointer(mutating: UnsafeRawPointer(bytes.baseAddress! + index).assumingMemoryBound(to: CChar.self))
            var consumed = 0
            var produced = 0
            var invalid = false
            for length in 1...available {
                var inLeft = length
                var outLeft = scratch.count
                let result = scratch.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    var inPointer: UnsafeMutablePointer<CChar>? = start
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
                consumed = length - inLeft
                produced = scratch.count - outLeft
                if result != -1 || consumed > 0 || produced > 0 { break }
                if errno != EINVAL || length == available {  // an invalid byte, or input that ends mid-character
                    invalid = true
                    break
                }
            }
            if produced > 0 && consumed > 0 {
                output.append(contentsOf: scratch[0..<produced].map { UInt8(bitPattern: $0) })
                builder.replace(source: consumed, target: produced)
                index += consumed
            } else if invalid || consumed == 0 {
                iconv(converter, nil, nil, nil, nil)
                output.append(contentsOf: replacement)
                builder.replace(source: 1, target: 3)
                replacements += 1
                index += 1
            } else {
                builder.replace(source: consumed, target: 0)  // a shift sequence with no output
                index += consumed
            }
        }
        return TextDecoder.Result(
            text: String(decoding: output, as: UTF8.self), map: builder.build(), replacements: replacements,
            encoding: encoding.lowercased())
    }
}
