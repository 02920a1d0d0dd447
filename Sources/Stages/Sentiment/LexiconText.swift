/// Reads the sentiment lexicons' text files as UTF-8 bytes: the rated words of a VADER-shaped
/// file (`word TAB mean …`) and the emoji file (`emoji TAB description`), as byte ranges into
/// the text, with no `String` per line, field or word.
///
/// Lines end at a line feed, a carriage return, a vertical tab, a form feed, U+0085, U+2028 or
/// U+2029 (the separators of `Character.isNewline`); empty lines are skipped. Fields end at a
/// tab, description words at a space. This is what splitting the text as `String`s by
/// `Character` gives, except where a combining mark follows a space or a line's opening `#`
/// (one `Character` there, two pieces here); the bundled files have none.
///
/// - Cost: one pass over the bytes; a plain decimal valence read from its bytes, exactly as
///   `Double(_: String)` reads it (`double`), a `String` only for another form. For the bundled
///   files (about 0.6 MB) a few million instructions, where `String` splitting took 500 million.
enum LexiconText {
    /// The rated words of a VADER-shaped file: `#` lines are comments, a line needs at least
    /// two tab-separated fields, a non-empty first one (the word) and a second one that reads as
    /// a `Double` (the valence); other lines are skipped.
    static func ratedWords(_ text: UnsafeBufferPointer<UInt8>) -> [(word: Range<Int>, valence: Double)] {
        var words: [(word: Range<Int>, valence: Double)] = []
        words.reserveCapacity(text.count / 40)
        forEachLine(text) { line in
            guard text[line.lowerBound] != UInt8(ascii: "#") else { return }
            let firstTab = firstIndex(of: UInt8(ascii: "\t"), in: text, line)
            guard firstTab > line.lowerBound, firstTab < line.upperBound else { return }
            let second = (firstTab + 1)..<firstIndex(of: UInt8(ascii: "\t"), in: text, (firstTab + 1)..<line.upperBound)
            guard let valence = double(text, second) else { return }
            words.append((line.lowerBound..<firstTab, valence))
        }
        return words
    }

    /// The emoji file's entries: an emoji that is one Unicode scalar and the words of its
    /// description (the first two non-empty tab-separated fields; other lines are skipped).
    static func emoji(_ text: UnsafeBufferPointer<UInt8>) -> [(scalar: UInt32, words: [Range<Int>])] {
        var entries: [(scalar: UInt32, words: [Range<Int>])] = []
        entries.reserveCapacity(text.count / 30)
        forEachLine(text) { line in
            let fields = pieces(of: text, line, separatedBy: UInt8(ascii: "\t"), upTo: 2)
            guard fields.count >= 2, let scalar = scalar(text, fields[0]) else { return }
            entries.append((scalar, pieces(of: text, fields[1], separatedBy: UInt8(ascii: " "), upTo: .max)))
        }
        return entries
    }

    /// Calls `body` with the byte range of each non-empty line.
    static func forEachLine(_ text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        var index = 0
        while index < text.count {
            let width = newlineWidth(text, at: index)
            if width == 0 {
                index += 1
                continue
            }
            if index > start { body(start..<index) }
            index += width
            start = index
        }
        if index > start { body(start..<index) }
    }

    /// The number of bytes of the line separator at `index`, 0 when there is none.
    @inline(__always)
    private static func newlineWidth(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = text[index]
        if byte >= 0x0A && byte <= 0x0D { return 1 }
        if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] & 0xFE == 0xA8 { return 3 }
        return 0
    }

    /// The first index of `byte` in `text[range]`, or `range.upperBound`.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, text[index] != byte { index += 1 }
        return index
    }

    /// The non-empty runs of `text[range]` between `separator` bytes, at most `limit` of them.
    private static func pieces(
        of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separatedBy separator: UInt8, upTo limit: Int
    ) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound, pieces.count < limit {
            while index < range.upperBound, text[index] == separator { index += 1 }
            let end = firstIndex(of: separator, in: text, index..<range.upperBound)
            if end > index { pieces.append(index..<end) }
            index = end
        }
        return pieces
    }

    /// `text[range]` read as `Double(_: String)` reads it. A plain decimal (a sign or none,
    /// digits, and a point with digits after it or none; at most 15 digits) is read from its
    /// bytes as the integer of its digits over a power of ten: both are exact in a `Double`
    /// (below 2^53 and 10^22), so the division's one rounding gives the correctly rounded value,
    /// the one `Double(_: String)` gives. That call (`strtod` and a `String`, about 800
    /// instructions) is left for any other form; the lexicons' 10,000 valences are read at
    /// every start.
    static func double(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        guard !range.isEmpty else { return nil }
        var index = range.lowerBound
        let sign = text[index]
        if sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { index += 1 }
        var digits: UInt64 = 0
        var count = 0
        var decimals = -1  // digits after the point; -1 before any point
        while index < range.upperBound {
            let byte = text[index]
            if byte &- UInt8(ascii: "0") < 10 {
                digits = digits &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                count += 1
                if decimals >= 0 { decimals += 1 }
            } else if byte == UInt8(ascii: "."), decimals < 0, count > 0 {
                decimals = 0
            } else {
                count = .max  // not a plain decimal
                break
            }
            index += 1
        }
        guard count > 0, count <= 15, decimals != 0 else {
            return Double(String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self))
        }
        let value = Double(digits) / powersOfTen[max(decimals, 0)]
        return sign == UInt8(ascii: "-") ? -value : value
    }

    /// 10^0 through 10^15, each exact in a `Double`.
    private static let powersOfTen: [Double] = {
        var powers: [Double] = [1]
        for _ in 1...15 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// The Unicode scalar `text[range]` holds when it holds exactly one (the text is valid UTF-8).
    private static func scalar(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32? {
        let lead = text[range.lowerBound]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard range.count == width else { return nil }
        guard width > 1 else { return UInt32(lead) }
        var value = UInt32(lead) & (0xFF >> (width + 1))
        for index in (range.lowerBound + 1)..<range.upperBound { value = value << 6 | UInt32(text[index] & 0x3F) }
        return value
    }
}
