/// Bit flags for each of the 256 byte values, so the tokeniser's inner loops classify an ASCII
/// byte with one table load and one mask.
///
/// Bytes from 0x80 up carry only `nonASCII`: they start or continue a multi-byte scalar, which
/// `ScalarClass` classifies.
enum ByteClass {
    /// A–Z and a–z.
    static let letter: UInt8 = 1 << 0
    /// 0–9.
    static let digit: UInt8 = 1 << 1
    /// A–Z.
    static let upper: UInt8 = 1 << 2
    /// Tab, line feed, vertical tab, form feed, carriage return and space.
    static let space: UInt8 = 1 << 3
    /// Other ASCII control bytes and DEL: skipped like whitespace, never a token.
    static let control: UInt8 = 1 << 4
    /// 0x80–0xFF.
    static let nonASCII: UInt8 = 1 << 5
    /// A byte an emoticon can start with (`:` `;` `=` `<` `>` `8` `B` `X` `x` `^` `-` `o` `O`
    /// `T` `(` `)`).
    static let emoticonStart: UInt8 = 1 << 6
    /// A byte that may continue a word or turn it into something else: `-` `'` `.` `@` `$`
    /// `&` `_` `:`. Any other ASCII byte ends a word.
    static let wordJoiner: UInt8 = 1 << 7

    /// A letter or a digit.
    static let alphanumeric: UInt8 = letter | digit
    /// Bytes that separate tokens and are never part of one.
    static let separator: UInt8 = space | control

    /// The flags of every byte value.
    static let table: [UInt8] = (0..<256).map { flags(of: UInt8($0)) }

    /// The flags of `byte`.
    static func flags(of byte: UInt8) -> UInt8 {
        var flags: UInt8 = 0
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): flags |= letter | upper
        case UInt8(ascii: "a")...UInt8(ascii: "z"): flags |= letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): flags |= digit
        case 0x09...0x0D, 0x20: flags |= space
        case 0x00...0x1F, 0x7F: flags |= control
        case 0x80...0xFF: flags |= nonASCII
        default: break
        }
        if Array(":;=<>8BXx^-oOT()".utf8).contains(byte) { flags |= emoticonStart }
        if Array("-'.@$&_:".utf8).contains(byte) { flags |= wordJoiner }
        return flags
    }
}
