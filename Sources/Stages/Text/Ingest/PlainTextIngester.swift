import GlossCore

/// Turns raw bytes into text: plain-text ingest.
///
/// Strips a byte-order mark, decodes UTF-8 (or UTF-16 with a BOM), replaces invalid bytes with
/// U+FFFD and reports how many in a diagnostic, and rejects input that is binary rather than
/// text (NUL bytes or mostly control bytes), so junk becomes an error record instead of
/// garbage output.
///
/// - Requires: `raw`. Provides: `text`.
/// - Cost: one pass over the bytes; the binary check reads the first 8 KiB 32 or 8 bytes at a time,
///   and the standard library validates UTF-8 while it makes the text, one copy of the input.
/// - Thread safety: a value with immutable configuration; safe to share.
public struct PlainTextIngester: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "ingest.text",
        summary: "decodes plain text (UTF-8, UTF-16 with BOM), replacing and counting invalid bytes",
        requires: [.raw], provides: [.text], rewritesText: true, options: [Option.allowBinary],
        cost: "O(n) in bytes, one copy")

    /// The options, declared once (read in `init(options:)`).
    public enum Option {
        public static let allowBinary = StageOption(
            "allow-binary", "keep input that looks binary (NUL or control bytes) instead of failing", default: false)
    }

    /// Whether input that looks binary is kept.
    public var allowBinary: Bool

    public init(allowBinary: Bool = Option.allowBinary.defaultValue) { self.allowBinary = allowBinary }

    public init(options: StageOptions) throws {
        self.init(allowBinary: try options[Option.allowBinary])
    }

    public func process(_ document: inout Document) throws {
        let raw = document.raw
        let result = try raw.withUnsafeBufferPointer { bytes -> TextDecoder.Result in
            if !allowBinary, let problem = Self.binaryProblem(bytes) {
                throw StageError("input is not text (\(problem)); pass only text files, or set option allow-binary")
            }
            return TextDecoder.decode(bytes)
        }
        try document.replaceText(result.text, map: result.map)
        document.releaseRaw()
        if result.replacements > 0 {
            document.diagnostics.append(
                Diagnostic(
                    stage: Self.descriptor.name,
                    message: "replaced invalid \(result.encoding) byte sequences with U+FFFD",
                    count: result.replacements))
        }
    }

    /// Says why the bytes look binary, or nil if they look like text. Looks at the first 8 KiB:
    /// a NUL byte (outside UTF-16) or more than 10% control bytes other than whitespace.
    package static func binaryProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return nil
        }
        let sample = min(bytes.count, 8192)
        guard sample > 0, let base = bytes.baseAddress else { return nil }
        var controls = 0
        var index = 0
        // Eight bytes at a time, each test exact per byte (no carry crosses a byte): text has
        // few bytes below 0x20, and most of those are whitespace. Thirty-two bytes with none
        // (most of a page's, between its line breaks) are passed with one test.
        while index + 8 <= sample {
            let raw = UnsafeRawPointer(base + index)
            if index + 32 <= sample {
                let words = (
                    raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                    raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                if Self.lowBytes(words.0) | Self.lowBytes(words.1) | Self.lowBytes(words.2) | Self.lowBytes(words.3) == 0 {
                    index += 32
                    continue
                }
            }
            let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let below = Self.lowBytes(word)
            if below != 0 {
                let nul = Self.zeroBytes(word)
                if nul != 0 { return "a NUL byte at offset \(index + nul.trailingZeroBitCount / 8)" }
                let whitespace = Self.zeroBytes(word ^ 0x0909_0909_0909_0909) | Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                    | Self.zeroBytes(word ^ 0x0C0C_0C0C_0C0C_0C0C) | Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                controls += (below & ~whitespace).nonzeroBitCount
            }
            index += 8
        }
        for offset in index..<sample {
            let byte = bytes[offset]
            if byte == 0 { return "a NUL byte at offset \(offset)" }
            if byte < 0x20 && byte != 9 && byte != 10 && byte != 13 && byte != 12 { controls += 1 }
        }
        if controls * 10 > sample {
            return "\(controls) control bytes in the first \(sample)"
        }
        return nil
    }

    /// The high bit of each byte of `word` below 0x20, and no other bit (either byte order:
    /// the test is per byte).
    @inline(__always) private static func lowBytes(_ word: UInt64) -> UInt64 {
        ~((word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x6060_6060_6060_6060) | word) & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` that is zero, and no other bit.
    @inline(__always) private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~((word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
    }
}
