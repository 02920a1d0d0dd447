/// Decodes the text of an SGML or XML element the way Reuters-21578 needs: references
/// resolved, control characters dropped, invalid UTF-8 replaced.
///
/// Provides: `&lt; &gt; &amp; &quot; &apos;` and numeric references (`&#233;`, `&#xE9;`) as
/// their characters; references to control characters (`&#3;`, `&#5;`, the SGML markers
/// Reuters used) and raw control bytes other than tab and newline dropped; tags inside the
/// text dropped; unknown references kept as written; carriage returns dropped. Invalid UTF-8
/// (a raw Latin-1 byte) becomes U+FFFD. Costs: one pass over the bytes.
enum SGMLText {
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // A tag inside the text (`<BODY>` under `<TEXT>`): drop it.
                while index < end, bytes[index] != UInt8(ascii: ">") { index += 1 }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (scalar, next) = reference(bytes, at: index) {
                if let scalar, !isControl(scalar.value) { result.append(contentsOf: Array(String(scalar).utf8)) }
                index = next
                continue
            }
            if !isControl(UInt32(byte)) { result.append(byte) }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The reference at `start` (`&...;`) and the index after it: a nil scalar for a
    /// reference to drop; nil when the bytes are not a reference this decoder knows.
    private static func reference(_ bytes: ArraySlice<UInt8>, at start: Int) -> (Unicode.Scalar?, Int)? {
        var index = start + 1
        let limit = min(bytes.endIndex, start + 12)
        while index < limit, bytes[index] != UInt8(ascii: ";") { index += 1 }
        guard index < limit else { return nil }
        let name = bytes[(start + 1)..<index]
        let next = index + 1
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return ("<", next)
        case "gt": return (">", next)
        case "amp": return ("&", next)
        case "quot": return ("\"", next)
        case "apos": return ("'", next)
        case let text where text.hasPrefix("#x") || text.hasPrefix("#X"):
            guard let value = UInt32(text.dropFirst(2), radix: 16) else { return nil }
            return (Unicode.Scalar(value), next)
        case let text where text.hasPrefix("#"):
            guard let value = UInt32(text.dropFirst()) else { return nil }
            return (Unicode.Scalar(value), next)
        default:
            return nil
        }
    }

    private static func isControl(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0x7F
    }
}
