import GlossCore
import GlossText

/// What the entity tagger knows of one token before looking at its neighbours: hashes of its
/// case-folded form, shape and affixes, its casing flags and its gazetteer membership.
///
/// Computed once per token in one pass over its bytes (two for a token with typographic quotes
/// or dashes; the gazetteer, lexicon and sentence flags are set by the caller); the feature
/// templates combine the attributes of a token and its neighbours.
package struct WordAttributes: Sendable {
    // The fields the rules after decoding read at every token come first, in 16 bytes
    // (`word` to `marks`), which `WordView` copies whole; the struct is 64 bytes, a cache line.

    /// The case-folded word.
    package var word: UInt64 = 0
    /// `Gazetteer` categories of the longest listed phrase the token is part of, with
    /// `Gazetteer.inside` set when the token is not the phrase's first.
    package var gazetteer: UInt16 = 0
    /// `Flags` bits.
    package var flags: UInt8 = 0
    /// `RuleWords` bits: the lists of the rules after decoding that hold the word, written with
    /// a capital (a news agency's name, a legal form); 0 for most words. Not a feature: set
    /// with the word's other attributes (so kept in `WordAttributeCache`), it lets those rules
    /// find their words in one pass that reads a byte a token (`RuleWords.find`).
    package var ruleWords: UInt8 = 0
    /// Where a capital stands inside a word of letters only, "BlackRock", "BofA", "JPMorgan":
    /// the byte offset of the first capital after a lower-case letter, or of the last capital
    /// of a leading run of two or more followed by two lower-case letters or more (capped at
    /// 255); 0 when there is none ("Bukele", "IBM", "IPOs", "GHz") or the word has a
    /// digit or an ASCII mark ("L'Eclairage", "Auto/TruckStops", "DVD_folder"). Not a feature:
    /// `MixedCaseNames` reads it.
    package var innerCapital: UInt8 = 0
    /// The first byte, an ASCII letter lowered; 0 for any other first byte. Not a feature: an
    /// acronym's letters are matched against the initials of a document's names
    /// (`DocumentConsistency`).
    package var initial: UInt8 = 0
    /// `DocumentMemory` casing bits: how the word is written elsewhere in the document.
    package var document: UInt8 = 0
    /// `Marks` bits: `hasCapital`, `isParticle`, `isConnector`, `inHeadline`, a bit each (one
    /// byte where four booleans took four, so that the struct fits 64 bytes).
    package var marks: UInt8 = 0
    /// The word's shape with runs collapsed: `Xx` for "Bukele", `X.X.` for "U.S.", `d` for "2025".
    package var shape: UInt64 = 0
    /// The first three and the last two, three and four bytes, case-folded.
    package var prefix: UInt64 = 0
    package var suffix2: UInt64 = 0
    package var suffix3: UInt64 = 0
    package var suffix4: UInt64 = 0
    /// `WordLexicon`: the Brown cluster path of the word as written (0 when unknown), how much
    /// more often a corpus capitalises it (bucket 1–8) and how frequent it is (bucket 1–15);
    /// 0 for a word the lexicon does not list.
    package var cluster: UInt32 = 0
    package var casing: UInt8 = 0
    package var frequency: UInt8 = 0
    /// Whether the word was read with its typographic quotes or dashes as ASCII ones, so that
    /// `word` is not the hash of its bytes as written (`WordHash.folded`). Not a feature:
    /// `NameLinker` takes `word` as a mention's word hash only when this is false.
    package var readsTypographic = false

    /// The bits of `marks`.
    package enum Marks {
        package static let isParticle: UInt8 = 1
        package static let isConnector: UInt8 = 2
        package static let inHeadline: UInt8 = 4
        package static let hasCapital: UInt8 = 8
    }

    /// Sets `bit` of `marks` when `on`, clears it otherwise.
    @inline(__always) private mutating func setMark(_ bit: UInt8, _ on: Bool) { marks = on ? marks | bit : marks & ~bit }

    /// Whether any letter is a capital ("iPhone" too). Not a feature: the tagger does not
    /// score a word without one that would begin a name (see `TagLattice.rule`).
    package var hasCapital: Bool {
        @inline(__always) get { marks & Marks.hasCapital != 0 }
        @inline(__always) set { setMark(Marks.hasCapital, newValue) }
    }

    /// Whether the word is a lower-case particle that begins names in news ("al" in al-Qaeda,
    /// "bin", "van", "de"). Not a feature: it lets the tagger score the word (see
    /// `EntityTagger.mayBeginName`).
    package var isParticle: Bool {
        @inline(__always) get { marks & Marks.isParticle != 0 }
        @inline(__always) set { setMark(Marks.isParticle, newValue) }
    }
    /// Whether the word is a particle or a short lower-case word that goes on inside names
    /// ("of", "the", "and", "for", "'s": "Bank of America", "Del Frisco 's"). Not a feature:
    /// a name does not go on through any other lower-case word (see `TagLattice.rule`).
    package var isConnector: Bool {
        @inline(__always) get { marks & Marks.isConnector != 0 }
        @inline(__always) set { setMark(Marks.isConnector, newValue) }
    }
    /// Whether the word is in a headline whose casing `HeadlineCasing` restored. Not a feature:
    /// a headline's plurals are as often verbs ("China Hawks Are Losing Out"; `PlaceNamedTeams`).
    package var inHeadline: Bool {
        @inline(__always) get { marks & Marks.inHeadline != 0 }
        @inline(__always) set { setMark(Marks.inHeadline, newValue) }
    }

    package enum Flags {
        package static let initialCapital: UInt8 = 1
        package static let allCapitals: UInt8 = 2
        package static let digit: UInt8 = 4
        package static let hyphen: UInt8 = 8
        package static let period: UInt8 = 16
        package static let letter: UInt8 = 32
        package static let sentenceStart: UInt8 = 64
        package static let sentenceEnd: UInt8 = 128
    }

    /// The attributes before the first and after the last token of a sentence.
    package static let start = WordAttributes(word: 1, shape: 1, prefix: 1, suffix2: 1, suffix3: 1, suffix4: 1)
    package static let end = WordAttributes(word: 2, shape: 2, prefix: 2, suffix2: 2, suffix3: 2, suffix4: 2)

    /// The attributes of the `count` bytes at `bytes` (gazetteer membership and the sentence
    /// flags are set by the caller).
    package init(_ bytes: UnsafePointer<UInt8>, count: Int) {
        // Most words of news are ASCII, read in one pass of fewer tests (`ascii(_:count:)`),
        // which gives what the general pass gives them; a word with any other byte is read there.
        self = Self.ascii(bytes, count: count) ?? WordAttributes(general: bytes, count: count)
    }

    /// The attributes of any `count` bytes at `bytes`, as `init(_:count:)` gives them: one pass
    /// with the full fold (Latin-1 capitals) and typographic marks (a second pass for those).
    init(general bytes: UnsafePointer<UInt8>, count: Int) {
        var word = WordHash.basis
        var shape = WordHash.basis
        var prefix = WordHash.basis
        var lastShape: UInt8 = 0
        var previous: UInt8 = 0
        var uppers = 0
        var lowers = 0
        var flags: UInt8 = 0
        var typographic = false
        var innerCapital = 0
        var leadingCapitals = 0
        var marks = false
        for i in 0..<count {
            let byte = bytes[i]
            if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, Self.plainPunctuation(bytes[i + 2]) != nil { typographic = true }
            let folded = WordHash.lower(byte, after: previous)
            word = WordHash.fold(word, folded)
            if i < 3 { prefix = WordHash.fold(prefix, folded) }
            var kind: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): kind = UInt8(ascii: "X")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): kind = UInt8(ascii: "x")
            case UInt8(ascii: "0")...UInt8(ascii: "9"): kind = UInt8(ascii: "d")
            case 0x80...0xBF:
                // a continuation byte: a Latin-1 capital when it differs from its folded form
                kind = folded != byte ? UInt8(ascii: "X") : (previous == 0xC3 ? UInt8(ascii: "x") : 0)
            case 0xC0...: kind = 0  // a lead byte: its continuation decides
            default: kind = byte
            }
            if kind == UInt8(ascii: "X") {
                uppers += 1
                if i == 0 || (i == 1 && previous >= 0xC0) { flags |= Flags.initialCapital }
                if lowers == 0 { leadingCapitals += 1 } else if innerCapital == 0, lastShape == UInt8(ascii: "x") { innerCapital = i }
            } else if kind == UInt8(ascii: "x") {
                lowers += 1
            } else if byte < 0x80 {
                marks = true
            }
            if kind == UInt8(ascii: "d") {
                flags |= Flags.digit
            } else if byte == UInt8(ascii: "-") {
                flags |= Flags.hyphen
            } else if byte == UInt8(ascii: ".") {
                flags |= Flags.period
            }
            if kind != 0, kind != lastShape {
                shape = WordHash.fold(shape, kind)
                lastShape = kind
            }
            previous = byte
        }
        if uppers + lowers > 0 { flags |= Flags.letter }
        if uppers > 0, lowers == 0 { flags |= Flags.allCapitals }
        if innerCapital == 0, leadingCapitals >= 2, lowers >= 2, flags & Flags.initialCapital != 0 {
            // "JPMorgan": the run's last capital begins the lower-case part.
            innerCapital = leadingCapitals - 1
        }
        self.innerCapital = marks ? 0 : UInt8(min(innerCapital, 255))
        self.word = word
        self.shape = shape
        self.prefix = prefix
        self.suffix2 = Self.suffix(bytes, count: count, length: 2)
        self.suffix3 = Self.suffix(bytes, count: count, length: 3)
        self.suffix4 = Self.suffix(bytes, count: count, length: 4)
        self.flags = flags
        self.ruleWords = uppers > 0 ? RuleWords.bits(of: word) : 0
        let kind = uppers == 0 && count <= 4 ? Self.nameWord(bytes, count: count) : 0
        self.marks = Self.marks(nameWord: kind, capital: uppers > 0)
        if count > 0, bytes[0] | 0x20 >= UInt8(ascii: "a"), bytes[0] | 0x20 <= UInt8(ascii: "z") { self.initial = bytes[0] | 0x20 }
        if typographic {
            self = Self.withPlainPunctuation(bytes, count: count)
            readsTypographic = true
        }
    }

    /// The attributes of a word of bytes that are all ASCII, as the general pass
    /// (`init(general:count:)`) gives them; nil for an empty word or one with any other byte.
    ///
    /// An ASCII byte folds by A–Z alone and is no typographic mark, so a byte is read once, its
    /// folded form kept in the last four (`tail`), from which the suffixes are hashed (written
    /// out for a word of four bytes or more), and the prefix is the word's own hash for a word
    /// of three or fewer: the general pass tested each byte for a Latin-1 capital and a
    /// typographic mark, and read the word's start and end again for its affixes.
    @inline(__always)
    private static func ascii(_ bytes: UnsafePointer<UInt8>, count: Int) -> WordAttributes? {
        guard count > 0, isASCII(bytes, count: count) else { return nil }
        var word = WordHash.basis
        var shape = WordHash.basis
        var lastShape: UInt8 = 0
        var uppers = 0
        var lowers = 0
        var flags: UInt8 = 0
        var innerCapital = 0
        var leadingCapitals = 0
        var marks = false
        // The folded bytes read so far, the last in the low byte.
        var tail: UInt32 = 0
        for i in 0..<count {
            let byte = bytes[i]
            let kind: UInt8
            if byte &- UInt8(ascii: "A") < 26 {
                kind = UInt8(ascii: "X")
                uppers &+= 1
                if lowers == 0 { leadingCapitals &+= 1 } else if innerCapital == 0, lastShape == UInt8(ascii: "x") { innerCapital = i }
            } else if byte &- UInt8(ascii: "a") < 26 {
                kind = UInt8(ascii: "x")
                lowers &+= 1
            } else {
                marks = true
                if byte &- UInt8(ascii: "0") < 10 {
                    kind = UInt8(ascii: "d")
                    flags |= Flags.digit
                } else {
                    kind = byte
                    if byte == UInt8(ascii: "-") {
                        flags |= Flags.hyphen
                    } else if byte == UInt8(ascii: ".") {
                        flags |= Flags.period
                    }
                }
            }
            let folded = WordHash.lowerASCII(byte)
            word = WordHash.fold(word, folded)
            tail = tail &<< 8 | UInt32(folded)
            if kind != 0, kind != lastShape {
                shape = WordHash.fold(shape, kind)
                lastShape = kind
            }
        }
        if bytes[0] &- UInt8(ascii: "A") < 26 { flags |= Flags.initialCapital }
        if uppers + lowers > 0 { flags |= Flags.letter }
        if uppers > 0, lowers == 0 { flags |= Flags.allCapitals }
        if innerCapital == 0, leadingCapitals >= 2, lowers >= 2, flags & Flags.initialCapital != 0 {
            innerCapital = leadingCapitals - 1
        }
        var attributes: WordAttributes
        if count >= 4 {
            // The first three bytes and the last two, three and four, written out.
            func fold(_ hash: UInt64, _ byte: UInt32) -> UInt64 { WordHash.fold(hash, UInt8(truncatingIfNeeded: byte)) }
            let (b0, b1, b2) = (WordHash.lowerASCII(bytes[0]), WordHash.lowerASCII(bytes[1]), WordHash.lowerASCII(bytes[2]))
            let prefix = WordHash.fold(WordHash.fold(WordHash.fold(WordHash.basis, b0), b1), b2)
            let (t0, t1, t2, t3) = (tail, tail &>> 8, tail &>> 16, tail &>> 24)
            attributes = WordAttributes(
                word: word, shape: shape, prefix: prefix, suffix2: fold(fold(WordHash.basis &+ 2, t1), t0),
                suffix3: fold(fold(fold(WordHash.basis &+ 3, t2), t1), t0),
                suffix4: fold(fold(fold(fold(WordHash.basis &+ 4, t3), t2), t1), t0))
        } else {
            // Three bytes or fewer: the prefix is the word, each suffix the word's bytes.
            attributes = WordAttributes(
                word: word, shape: shape, prefix: word, suffix2: suffix(tail, count: count, length: 2),
                suffix3: suffix(tail, count: count, length: 3), suffix4: suffix(tail, count: count, length: 4))
        }
        attributes.innerCapital = marks ? 0 : UInt8(min(innerCapital, 255))
        attributes.flags = flags
        attributes.ruleWords = uppers > 0 ? RuleWords.bits(of: word) : 0
        let kind = uppers == 0 && count <= 4 ? nameWord(bytes, count: count) : 0
        attributes.marks = Self.marks(nameWord: kind, capital: uppers > 0)
        if bytes[0] | 0x20 >= UInt8(ascii: "a"), bytes[0] | 0x20 <= UInt8(ascii: "z") { attributes.initial = bytes[0] | 0x20 }
        return attributes
    }

    /// Whether the `count` bytes at `bytes` (at least one) are all ASCII: 8 at a time, the last
    /// 8 read again for a count that is no multiple of 8 (a word of fewer, byte by byte).
    @inline(__always) private static func isASCII(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        let raw = UnsafeRawPointer(bytes)
        let high: UInt64 = 0x8080_8080_8080_8080
        guard count >= 8 else {
            var any: UInt8 = 0
            for i in 0..<count { any |= bytes[i] }
            return any < 0x80
        }
        var any = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        var offset = 0
        while offset + 8 < count {
            any |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        return any & high == 0
    }

    /// The suffix hash of `length` bytes (all of a shorter word's) from the last four folded
    /// bytes `tail` of an ASCII word of `count` bytes, as `suffix(_:count:length:)` hashes them.
    @inline(__always) private static func suffix(_ tail: UInt32, count: Int, length: Int) -> UInt64 {
        var hash = WordHash.basis &+ UInt64(length)
        var k = min(count, length)
        while k > 0 {
            k &-= 1
            hash = WordHash.fold(hash, UInt8(truncatingIfNeeded: tail &>> UInt32(truncatingIfNeeded: 8 &* k)))
        }
        return hash
    }

    /// The ASCII byte for the third byte of a typographic quote or dash `E2 80 xx`
    /// (‘ ’ “ ” – —); nil for any other.
    @inline(__always) private static func plainPunctuation(_ third: UInt8) -> UInt8? {
        switch third {
        case 0x98, 0x99: UInt8(ascii: "'")
        case 0x9C, 0x9D: UInt8(ascii: "\"")
        case 0x93, 0x94: UInt8(ascii: "-")
        default: nil
        }
    }

    /// The attributes of the word with its typographic quotes and dashes written as ASCII ones
    /// ("Mittal’s" reads as "Mittal's", as the training data writes it).
    private static func withPlainPunctuation(_ bytes: UnsafePointer<UInt8>, count: Int) -> WordAttributes {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { plain in
            var n = 0
            var i = 0
            while i < count {
                if bytes[i] == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, let ascii = plainPunctuation(bytes[i + 2]) {
                    plain[n] = ascii
                    i += 3
                } else {
                    plain[n] = bytes[i]
                    i += 1
                }
                n += 1
            }
            return WordAttributes(plain.baseAddress!, count: n)
        }
    }

    /// The `marks` of a word whose `nameWord(_:count:)` is `kind` (a particle goes on inside
    /// names too), with a `capital` or without.
    @inline(__always) private static func marks(nameWord kind: UInt8, capital: Bool) -> UInt8 {
        (kind == 1 ? Marks.isParticle | Marks.isConnector : kind != 0 ? Marks.isConnector : 0) | (capital ? Marks.hasCapital : 0)
    }

    /// 1 for a name particle, 2 for another word that goes on inside names, 0 for any other
    /// (the words as their bytes read little-endian into a UInt32).
    private static func nameWord(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt8 {
        var packed: UInt32 = 0
        for i in 0..<count { packed |= UInt32(bytes[i]) << (8 * UInt32(i)) }
        @inline(__always) func word(_ text: StaticString) -> UInt32 {
            var value: UInt32 = 0
            for i in 0..<text.utf8CodeUnitCount { value |= UInt32(text.utf8Start[i]) << (8 * UInt32(i)) }
            return value
        }
        switch packed {
        case word("al"), word("el"), word("bin"), word("ibn"), word("abu"), word("van"), word("von"), word("de"),
            word("da"), word("di"), word("du"), word("del"), word("dos"), word("das"), word("der"), word("den"), word("ter"),
            word("le"), word("la"):
            return 1
        case word("of"), word("the"), word("and"), word("for"), word("upon"), word("y"),
            word("e"), word("et"), word("und"), word("zu"), word("des"), word("les"), word("s"), word("'s"), word("n"):
            return 2
        default: return 0
        }
    }

    private init(word: UInt64, shape: UInt64, prefix: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64) {
        self.word = word
        self.shape = shape
        self.prefix = prefix
        self.suffix2 = suffix2
        self.suffix3 = suffix3
        self.suffix4 = suffix4
    }

    @inline(__always)
    private static func suffix(_ bytes: UnsafePointer<UInt8>, count: Int, length: Int) -> UInt64 {
        let start = max(0, count - length)
        return WordHash.folded(bytes + start, count: count - start, from: WordHash.basis &+ UInt64(length))
    }
}

extension WordAttributes {
    /// The shape hash of the word `example` ("AbC" for every word whose shape is "XxX"), for
    /// tables of shapes built once.
    static func shape(of example: String) -> UInt64 {
        WordAttributes(Array(example.utf8), count: example.utf8.count).shape
    }
}
