import Foundation
import GlossCore

/// Decides a page's encoding and decodes it to UTF-8: a byte-order mark first; then bytes that
/// are valid UTF-8 are read as UTF-8 whatever the page declares (ASCII reads the same in every
/// ASCII-compatible encoding, and valid multi-byte UTF-8 is almost never meant as anything else:
/// a saved page whose charset tag was left behind); otherwise, in the order browsers use, the
/// charset of the transport (`Content-Type` from a web archive or a feed), then the page's own
/// `<meta charset>`, `<meta http-equiv="Content-Type">` or XML declaration in its first 4 KiB,
/// then UTF-8 with invalid bytes replaced. (A 7-bit encoding such as ISO-2022-JP, which no
/// page on the web should use, would be read as ASCII.)
///
/// Labels follow the WHATWG Encoding Standard where it matters: `iso-8859-1`, `latin1` and
/// `us-ascii` mean windows-1252. Invalid bytes become U+FFFD and are counted, never fatal.
/// Cost: one pass to validate UTF-8 (the usual case, which looks for no declaration at all);
/// legacy encodings see `Transcoder`.
enum HTMLDecoder {
    /// The decoded page and what was decided.
    struct Decoded {
        var result: TextDecoder.Result
        /// Where the encoding came from: `bom`, `transport`, `meta`, `default`.
        var origin: String
        /// A declared encoding this system does not know, if any (UTF-8 was used instead).
        var unknown: String?
    }

    /// What a page needs: nothing (valid UTF-8 with no byte-order mark, the usual case, whose
    /// bytes a parser can read as they are) or decoding.
    enum Outcome {
        case asIs
        case decoded(Decoded)
    }

    /// Whether the bytes start with a UTF-8 or UTF-16 byte-order mark.
    private static func hasBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            || (bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    }

    /// Decides whether the page's bytes can be read as they are, decoding them when not; the
    /// bytes are validated once.
    static func examine(_ bytes: UnsafeBufferPointer<UInt8>, contentType: String?) -> Outcome {
        if hasBOM(bytes) { return .decoded(Decoded(result: TextDecoder.decode(bytes), origin: "bom")) }
        if UTF8Validator.isValid(bytes) { return .asIs }
        return .decoded(decodeDeclared(bytes, contentType: contentType))
    }

    /// The page decoded to UTF-8 (a copy even when its bytes are valid UTF-8 already).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, contentType: String?) -> Decoded {
        switch examine(bytes, contentType: contentType) {
        case .asIs:
            let text = String(decoding: bytes, as: UTF8.self)
            return Decoded(result: TextDecoder.Result(text: text, map: .identity, replacements: 0, encoding: "utf-8"), origin: "valid utf-8")
        case .decoded(let decoded):
            return decoded
        }
    }

    /// Bytes with no byte-order mark that are not valid UTF-8: the transport's or the page's
    /// declared encoding, else UTF-8 with invalid bytes replaced.
    private static func decodeDeclared(_ bytes: UnsafeBufferPointer<UInt8>, contentType: String?) -> Decoded {
        var label: String?
        var origin = "default"
        if let contentType, let charset = charset(inContentType: contentType) {
            label = charset
            origin = "transport"
        } else if let declared = prescan(bytes) {
            label = declared
            origin = "meta"
        }
        guard let label, let name = canonicalName(label), name != "UTF-8" else {
            return Decoded(result: TextDecoder.decode(bytes), origin: origin)
        }
        if let result = Transcoder.decode(bytes, encoding: name) {
            return Decoded(result: result, origin: origin)
        }
        return Decoded(result: TextDecoder.decode(bytes), origin: "default", unknown: label)
    }

    /// The `charset` parameter of a media type, lowercased and unquoted.
    static func charset(inContentType value: String) -> String? {
        guard let range = value.range(of: "charset=", options: .caseInsensitive) else { return nil }
        var rest = value[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if let end = rest.firstIndex(where: { $0 == ";" || $0 == " " }) { rest = String(rest[..<end]) }
        rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return rest.isEmpty ? nil : rest.lowercased()
    }

    /// The iconv name for a label, nil for an empty label; UTF-8 for the UTF-8 family and for
    /// UTF-16 labels in a page without a BOM (the page was evidently not UTF-16).
    static func canonicalName(_ label: String) -> String? {
        let lower = label.lowercased().trimmingCharacters(in: .whitespaces)
        switch lower {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
            "iso_8859-1", "cp819", "ibm819":
            return "WINDOWS-1252"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312": return "GBK"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j": return "CP932"
        case "euc-kr", "ks_c_5601-1987", "windows-949": return "CP949"
        case "big5", "big5-hkscs", "x-x-big5": return "BIG5-HKSCS"
        case "iso-8859-9", "latin5": return "WINDOWS-1254"
        case "tis-620", "iso-8859-11": return "WINDOWS-874"
        default: return lower.uppercased()
        }
    }

    /// Looks for a declared encoding in the first 4 KiB: `<meta charset=X>`,
    /// `<meta http-equiv=Content-Type content="...; charset=X">`, or `<?xml ... encoding="X"?>`.
    static func prescan(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = min(bytes.count, 4096)
        var head = [UInt8](UnsafeBufferPointer(rebasing: bytes[0..<count]))
        for index in head.indices where head[index] >= 0x41 && head[index] <= 0x5A { head[index] |= 0x20 }
        let text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>"),
            let value = attributes(in: text[text.index(text.startIndex, offsetBy: 5)..<end.lowerBound])["encoding"],
            !value.isEmpty
        {
            return value
        }
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let attributes = attributes(in: text[meta.upperBound..<tagEnd])
            // `<meta charset=utf-8/>`: the slash closes the tag.
            if let value = attributes["charset"]?.trimmingCharacters(in: CharacterSet(charactersIn: "/;")), !value.isEmpty {
                return value
            }
            if attributes["http-equiv"] == "content-type", let content = attributes["content"],
                let value = charset(inContentType: content)
            {
                return value
            }
            searchStart = tagEnd
        }
        return nil
    }

    /// The attributes in a lowercased tag's text, by name (the first of each name), values
    /// unquoted and trimmed; an unquoted value ends at a space. Names are matched whole, so
    /// `charset=` inside another attribute's value is not a charset.
    private static func attributes(in tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var index = tag.startIndex
        func skip(while predicate: (Character) -> Bool) {
            while index < tag.endIndex && predicate(tag[index]) { index = tag.index(after: index) }
        }
        while index < tag.endIndex {
            skip { $0.isWhitespace || $0 == "/" }
            let nameStart = index
            skip { !$0.isWhitespace && $0 != "=" && $0 != "/" }
            let name = String(tag[nameStart..<index])
            skip { $0.isWhitespace }
            var value = ""
            if index < tag.endIndex && tag[index] == "=" {
                index = tag.index(after: index)
                skip { $0.isWhitespace }
                if index < tag.endIndex, tag[index] == "\"" || tag[index] == "'" {
                    let quote = tag[index]
                    let start = tag.index(after: index)
                    let end = tag[start...].firstIndex(of: quote) ?? tag.endIndex
                    value = String(tag[start..<end])
                    index = end < tag.endIndex ? tag.index(after: end) : end
                } else {
                    let start = index
                    skip { !$0.isWhitespace }
                    value = String(tag[start..<index])
                }
            } else if name.isEmpty && index < tag.endIndex {
                index = tag.index(after: index)
            }
            if !name.isEmpty && result[name] == nil { result[name] = value.trimmingCharacters(in: .whitespaces) }
        }
        return result
    }
}
