/// Decodes input bytes to valid UTF-8 text: strips a byte-order mark, transcodes UTF-16
/// (when a BOM says so), and replaces invalid UTF-8 sequences with U+FFFD, counting them.
/// The offset map leads every byte of the text back to its input byte.
///
/// Cost: valid UTF-8 is validated and copied in one pass by the standard library, and its map
/// is the identity; invalid input takes a second, repairing pass.
public enum TextDecoder {
    /// A decoded text.
    public struct Result: Sendable {
        public var text: String
        public var map: OffsetMap
        /// Invalid byte sequences replaced with U+FFFD.
        public var replacements: Int
        /// `utf-8` or `utf-16le`/`utf-16be`.
        public var encoding: String

        public init(text: String, map: OffsetMap, replacements: Int, encoding: String) {
            self.text = text
            self.map = map
            self.replacements = replacements
            self.encoding = encoding
        }
    }

    /// Decodes `bytes`; never fails.
    public static func decode(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// Decodes `bytes`; never fails.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return decodeUTF16(bytes, bigEndian: false) }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return decodeUTF16(bytes, bigEndian: true) }
        let bomLength = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: bytes[bomLength...])
        // The standard library validates while it copies: one pass for valid input.
        if let text = String(validating: body, as: UTF8.self) {
            var builder = OffsetMap.Builder()
            builder.replace(source: bomLength, target: 0)
            builder.copy(body.count)
            return Result(text: text, map: builder.build(), replacements: 0, encoding: "utf-8")
        }
        return repairUTF8(body, skipped: bomLength)
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 if the bytes there are invalid.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let count = bytes.count
        @inline(__always) func isContinuation(_ offset: Int) -> Bool {
            index + offset < count && bytes[index + offset] & 0xC0 == 0x80
        }
        switch lead {
        case 0xC2...0xDF:
            return isContinuation(1) ? 2 : 0
        case 0xE0...0xEF:
            guard isContinuation(1), isContinuation(2) else { return 0 }
            let second = bytes[index + 1]
            if lead == 0xE0 && second < 0xA0 { return 0 }  // overlong
            if lead == 0xED && second > 0x9F { return 0 }  // surrogates
            return 3
        case 0xF0...0xF4:
            guard isContinuation(1), isContinuation(2), isContinuation(3) else { return 0 }
            let second = bytes[index + 1]
            if lead == 0xF0 && second < 0x90 { return 0 }  // overlong
            if lead == 0xF4 && second > 0x8F { return 0 }  // past U+10FFFF
            return 4
        default:
            return 0
        }
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func repairUTF8(_ bytes: UnsafeBufferPointer<UInt8>, skipped: Int) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var builder = OffsetMap.Builder()
        builder.replace(source: skipped, target: 0)
        var replacements = 0
        var index = 0
        var runStart = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                index += length
                continue
            }
            // Copy the valid run before the bad byte, then replace the maximal invalid run's
            // first byte (one U+FFFD per invalid byte, as WHATWG decoders do for lone bytes).
            output.append(contentsOf: bytes[runStart..<index])
            builder.copy(index - runStart)
            output.append(contentsOf: replacement)
            builder.replace(source: 1, target: 3)
            replacements += 1
            index += 1
            runStart = index
        }
        output.append(contentsOf: bytes[runStart..<index])
        builder.copy(index - runStart)
        return Result(
            text: String(decoding: output, as: UTF8.self), map: builder.build(), replacements: replacements,
            encoding: "utf-8")
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var builder = OffsetMap.Builder()
        builder.replace(source: 2, target: 0)
        var replacements = 0
        var index = 2
        func unit(at i: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
        }
        func emit(_ scalar: Unicode.Scalar, sourceBytes: Int) {
            let before = output.count
            output.append(contentsOf: UTF8.encode(scalar)!)
            builder.replace(source: sourceBytes, target: output.count - before)
        }
        while index + 1 < bytes.count {
            let first = unit(at: index)
            if first < 0xD800 || first > 0xDFFF {
                emit(Unicode.Scalar(first)!, sourceBytes: 2)
                index += 2
            } else if first <= 0xDBFF, index + 3 < bytes.count, case let second = unit(at: index + 2),
                (0xDC00...0xDFFF).contains(second)
            {
                let value = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
                emit(Unicode.Scalar(value)!, sourceBytes: 4)
                index += 4
            } else {
                emit("\u{FFFD}", sourceBytes: 2)
                replacements += 1
                index += 2
            }
        }
        if index < bytes.count {
            emit("\u{FFFD}", sourceBytes: 1)
            replacements += 1
        }
        return Result(
            text: String(decoding: output, as: UTF8.self), map: builder.build(), replacements: replacements,
            encoding: bigEndian ? "utf-16be" : "utf-16le")
    }
}
