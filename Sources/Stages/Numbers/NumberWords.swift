import GlossText

/// The English words numbers are written with, looked up by their bytes (case-folded) in a
/// `ByteTable`: cardinals, ordinals and their plurals (fraction denominators), scales,
/// `dozen`, `half`, `quarter`, and the glue words `a`, `and`, `point`, `minus`, `over`.
enum NumberWord: Hashable, Sendable {
    /// zero…nineteen (and `nought`, `naught`, `nil`-free forms).
    case unit(Int)
    /// twenty…ninety.
    case tens(Int)
    /// hundred, thousand, million, billion, trillion, lakh, crore: the power of ten.
    case scale(Int)
    /// dozen, dozens, doz, dz: ×12.
    case dozen
    /// first…nineteenth, twentieth…ninetieth, hundredth…trillionth: the value.
    case ordinal(Int)
    /// thirds, fifths, hundredths: a fraction's denominator.
    case ordinalPlural(Int)
    /// half, halves.
    case half
    /// quarter, quarters.
    case quarter
    /// a, an: one, before a scale, dozen or fraction.
    case article
    case and
    case point
    /// minus, negative.
    case minus
    case over
    /// k, bn, bln, bil, mil, mln, mn, tn, tln, trn: the power of ten of an abbreviated scale.
    case multiplier(Int)

    /// The word at `bytes[start..<end]`, case-folded.
    @inline(__always)
    static func lookup(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> NumberWord? {
        // most words fail on their first two letters and length alone: "of", "said", "the"
        let letter = Int((bytes[start] | 0x20) &- UInt8(ascii: "a"))
        let length = end - start
        guard letter < 26, length <= 16 else { return nil }
        let second = length == 1 ? 26 : Int((bytes[start + 1] | 0x20) &- UInt8(ascii: "a"))
        guard second <= 26, shapes[letter * 27 + second] & (1 << UInt32(length)) != 0 else { return nil }
        guard let index = table.value(bytes + start, count: length, folding: true) else { return nil }
        return entries[Int(index)].word
    }

    /// Whether a number word that can start a number (or `a`, `an`) begins with the byte at
    /// `start` and the one after it (a letter, or none before `end` or a hyphen): a word that
    /// cannot start one needs no search for hyphens between number words.
    @inline(__always)
    static func mayStart(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let letter = Int((bytes[start] | 0x20) &- UInt8(ascii: "a"))
        guard letter < 26 else { return false }
        var second = end - start == 1 ? 26 : Int((bytes[start + 1] | 0x20) &- UInt8(ascii: "a"))
        if second > 26 { second = 26 }
        return starts[letter * 27 + second]
    }

    /// For each first and second letter (26 for none), whether a word that can start a number
    /// begins so.
    static let starts: [Bool] = {
        var starts = [Bool](repeating: false, count: 26 * 27)
        for (text, word) in entries where word.startsNumber || word == .article {
            let bytes = Array(text.utf8)
            let second = bytes.count == 1 ? 26 : Int(bytes[1] &- UInt8(ascii: "a"))
            starts[Int(bytes[0] &- UInt8(ascii: "a")) * 27 + second] = true
        }
        return starts
    }()

    /// The word `text` (for tests and small lookups).
    static func lookup(_ text: String) -> NumberWord? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { lookup($0, from: 0, to: buffer.count) }
        }
    }

    /// Whether the word can start a number (not glue such as `and`, `point`, `over`).
    var startsNumber: Bool {
        switch self {
        case .and, .point, .over, .multiplier: false
        default: true
        }
    }

    private static let units = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let tensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let unitOrdinals = [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth",
    ]
    private static let tensOrdinals = [
        "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    ]
    private static let scales: [(String, Int)] = [
        ("hundred", 2), ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12), ("lakh", 5), ("lakhs", 5),
        ("crore", 7), ("crores", 7),
    ]

    static let entries: [(text: String, word: NumberWord)] = {
        var entries: [(String, NumberWord)] = []
        for (value, word) in units.enumerated() { entries.append((word, .unit(value))) }
        entries += [("nought", .unit(0)), ("naught", .unit(0))]
        for (index, word) in tensWords.enumerated() { entries.append((word, .tens(20 + 10 * index))) }
        for (word, power) in scales {
            entries.append((word, .scale(power)))
            var ordinal = word
            if ordinal.hasSuffix("s") { continue }
            ordinal += "th"
            entries.append((ordinal, .ordinal(pow10(power))))
            entries.append((ordinal + "s", .ordinalPlural(pow10(power))))
        }
        entries += [
            ("hundreds", .scale(2)), ("thousands", .scale(3)), ("millions", .scale(6)), ("billions", .scale(9)),
            ("trillions", .scale(12)),
        ]
        for (value, word) in unitOrdinals.enumerated() {
            entries.append((word, .ordinal(value)))
            if value >= 3 { entries.append((word + "s", .ordinalPlural(value))) }
        }
        entries += [("nineth", .ordinal(9)), ("thirds", .ordinalPlural(3)), ("fourths", .ordinalPlural(4))]
        for (index, word) in tensOrdinals.enumerated() {
            entries.append((word, .ordinal(20 + 10 * index)))
            entries.append((word + "s", .ordinalPlural(20 + 10 * index)))
        }
        entries += [
            ("dozen", .dozen), ("dozens", .dozen), ("doz", .dozen), ("dozs", .dozen), ("dz", .dozen), ("dzs", .dozen),
            ("half", .half), ("halves", .half), ("quarter", .quarter), ("quarters", .quarter),
            ("a", .article), ("an", .article), ("and", .and), ("point", .point), ("minus", .minus),
            ("negative", .minus), ("over", .over),
            ("k", .multiplier(3)), ("bn", .multiplier(9)), ("bln", .multiplier(9)), ("mil", .multiplier(6)),
            ("mln", .multiplier(6)), ("mn", .multiplier(6)), ("tn", .multiplier(12)), ("trn", .multiplier(12)),
            ("tln", .multiplier(12)), ("bil", .multiplier(9)),
        ]
        return entries
    }()

    /// For each first and second letter (26 for none), a bit for each length some word of the
    /// table has.
    static let shapes: [UInt32] = {
        var shapes = [UInt32](repeating: 0, count: 26 * 27)
        for (text, _) in entries {
            let bytes = Array(text.utf8)
            let letter = Int(bytes[0] &- UInt8(ascii: "a"))
            let second = bytes.count == 1 ? 26 : Int(bytes[1] &- UInt8(ascii: "a"))
            precondition(second <= 26, "\(text): a number word is made of letters")
            shapes[letter * 27 + second] |= 1 << UInt32(bytes.count)
        }
        return shapes
    }()

    /// Each word's index in `entries`, looked up by its bytes with A–Z folded as they are read
    /// (no key packed per word); a word listed twice keeps its last entry.
    static let table = ByteTable<UInt8>(entries.indices.reversed().map { (key: entries[$0].text, value: UInt8($0)) })

    private static func pow10(_ power: Int) -> Int {
        var value = 1
        for _ in 0..<power { value *= 10 }
        return value
    }
}
