import GlossText
import Testing

@testable import GlossEntities

extension WordAttributes {
    /// The attributes of `word` alone, for tests.
    init(testing word: String) {
        self = Array(word.utf8).withUnsafeBufferPointer { WordAttributes($0.baseAddress!, count: $0.count) }
    }

    /// The attributes of a sentence's `words` as the tagger describes them (sentence flags, the
    /// marks of `gazetteer`, and of `lexicon`: none by default), for tests.
    static func described(_ words: [String], gazetteer: Gazetteer, lexicon: WordLexicon = .empty) -> [WordAttributes] {
        let (joined, tokens) = LabeledSentence(words: words, tags: []).text
        var attributes = [WordAttributes](repeating: .start, count: tokens.count)
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                attributes.withUnsafeMutableBufferPointer { attributes in
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: lexicon, into: attributes)
                }
            }
        }
        return attributes
    }
}

@Suite struct WordAttributesTests {
    func attributes(_ word: String) -> WordAttributes { WordAttributes(testing: word) }

    @Test func shapesCollapseRuns() {
        #expect(attributes("Bukele").shape == attributes("Maduro").shape)
        #expect(attributes("Nicolás").shape == attributes("Donald").shape)
        #expect(attributes("U.S.").shape == attributes("E.U.").shape)
        #expect(attributes("2025").shape == attributes("7").shape)
        #expect(attributes("Bukele").shape != attributes("bukele").shape)
        #expect(attributes("ÉLAN").shape == attributes("NASA").shape)
    }

    @Test func wordsAreCaseFolded() {
        #expect(attributes("NICOLÁS").word == attributes("Nicolás").word)
        #expect(attributes("Saab").word == attributes("saab").word)
        #expect(attributes("Saab").word != attributes("Sab").word)
        #expect(attributes("Trump").suffix3 == attributes("frump").suffix3)
    }

    @Test func typographicQuotesAndDashesReadAsASCII() {
        #expect(attributes("’s").word == attributes("'s").word)
        #expect(attributes("’s").shape == attributes("'s").shape)
        #expect(attributes("Mittal’s").suffix2 == attributes("Mittal's").suffix2)
        #expect(attributes("“").word == attributes("\"").word)
        #expect(attributes("—").word == attributes("-").word)
        #expect(attributes("€5").word != attributes("5").word)
    }

    /// The word hash is that of the bytes as written (`WordHash.folded`) unless a typographic
    /// quote or dash was read as ASCII, which `readsTypographic` says.
    @Test func aWordReadWithTypographicPunctuationSaysSo() {
        for word in ["Mittal’s", "“Hi", "a—b"] {
            #expect(attributes(word).readsTypographic, "\(word)")
            #expect(attributes(word).word != Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) })
        }
        for word in ["Mittal's", "NICOLÁS", "€5", "O'Neill"] {
            #expect(!attributes(word).readsTypographic, "\(word)")
            #expect(attributes(word).word == Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) })
        }
    }

    @Test func nameParticlesAreKnownInLowerCaseOnly() {
        for word in ["al", "bin", "ibn", "van", "von", "de", "la"] { #expect(attributes(word).isParticle, "\(word)") }
        for word in ["Al", "all", "the", "also", "a", "dell", "vanity"] { #expect(!attributes(word).isParticle, "\(word)") }
        for word in ["of", "the", "and", "'s", "de", "al"] { #expect(attributes(word).isConnector, "\(word)") }
        for word in ["says", "Of", "a", "with", "also"] { #expect(!attributes(word).isConnector, "\(word)") }
    }

    @Test func flagsDescribeCasingAndCharacters() {
        typealias F = WordAttributes.Flags
        #expect(attributes("Venezuela").flags == F.initialCapital | F.letter)
        #expect(attributes("Élan").flags & F.initialCapital != 0)
        #expect(attributes("NASA").flags == F.initialCapital | F.allCapitals | F.letter)
        #expect(attributes("re-election").flags == F.hyphen | F.letter)
        #expect(attributes("U.S.").flags & F.period != 0)
        #expect(attributes("100").flags == F.digit)
    }

    /// Every field `init(_:count:)` sets, for comparing two readings.
    static func fields(_ w: WordAttributes) -> [UInt64] {
        [
            w.word, w.shape, w.prefix, w.suffix2, w.suffix3, w.suffix4, UInt64(w.flags), UInt64(w.gazetteer), UInt64(w.document),
            UInt64(w.ruleWords), UInt64(w.cluster), UInt64(w.casing), UInt64(w.frequency), w.hasCapital ? 1 : 0,
            w.isParticle ? 1 : 0, w.isConnector ? 1 : 0, UInt64(w.initial), w.inHeadline ? 1 : 0, w.readsTypographic ? 1 : 0,
            UInt64(w.innerCapital),
        ]
    }

    /// The ASCII pass gives what the general pass gives: every byte alone and every pair of a
    /// set of bytes (capitals, lower case, digits, marks, NUL and DEL), words of 1 to 16 bytes
    /// and far longer ones (an inner capital past byte 255), and pseudo-random ASCII words.
    @Test func theASCIIPassGivesWhatTheGeneralPassGives() {
        func check(_ bytes: [UInt8]) {
            let fast = bytes.withUnsafeBufferPointer { WordAttributes($0.baseAddress!, count: $0.count) }
            let general = bytes.withUnsafeBufferPointer { WordAttributes(general: $0.baseAddress!, count: $0.count) }
            #expect(Self.fields(fast) == Self.fields(general), "\(bytes)")
        }
        for byte in UInt8(0)...127 { check([byte]) }
        let some = Array("AZaz09-.'&/_ @xXdD".utf8) + [0, 127, 31]
        for a in some { for b in some { check([a, b]) } }
        for word in [
            "JPMorgan", "BofA", "BlackRock", "IPOs", "GHz", "L'Eclairage", "Auto/TruckStops", "DVD_folder", "U.S.", "re-election",
            "iPhone", "McDonald's", "al", "van", "of", "'s", "upon", "the", "Reuter", "AB", "Inc", "NASA", "x1", "1987",
            "abcdefghijklmnop", "ABCDEFGHIJKLMNOP", "AbCdEfGhIjKlMnOp", "abcdefghijklmnopq",
            "https://ledger.example.com/news/a-b", "state-of-the-art-and-beyond", String(repeating: "a", count: 300) + "Bc",
            String(repeating: "A", count: 300) + "bc", String(repeating: "Ab", count: 200),
        ] {
            check(Array(word.utf8))
        }
        var state: UInt64 = 0x1234_5678
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 59) + 1
            var bytes: [UInt8] = []
            for k in 0..<count {
                let draw = UInt8(truncatingIfNeeded: state >> UInt64(8 * (k % 7)))
                // Mostly letters, now and then a digit or a mark.
                bytes.append(draw % 5 == 0 ? some[Int(draw) % some.count] : (draw & 0x20 == 0 ? 65 : 97) + draw % 26)
            }
            check(bytes)
        }
    }

    /// A word with a byte past ASCII anywhere (first, last, in either 8-byte half) is read by
    /// the general pass: the same attributes.
    @Test func aWordWithAByteBeyondASCIIIsReadByTheGeneralPass() {
        for word in ["Zürich", "ZÜRICH", "São", "Mittal’s", "NICOLÁS", "€5", "Élan", "abcdefgé", "éabcdefgh", "abcdefghijklmnoé"] {
            let bytes = Array(word.utf8)
            let read = bytes.withUnsafeBufferPointer { WordAttributes($0.baseAddress!, count: $0.count) }
            let general = bytes.withUnsafeBufferPointer { WordAttributes(general: $0.baseAddress!, count: $0.count) }
            #expect(Self.fields(read) == Self.fields(general), "\(word)")
        }
    }
}

extension WordAttributesTests {
    /// SplitMix64: a reproducible stream of pseudo-random words for the tests below.
    struct Draws {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// The ASCII pass gives what the general pass gives for words of any ASCII bytes, each
    /// drawn on its own from all 128 (control bytes, NUL and DEL among them) or from letters
    /// with apostrophes, hyphens and periods: every length from 1 to 40 (the key's 8- and
    /// 16-byte edges, the cache's longest key and one past it), and words of 250 to 1,100 bytes.
    @Test func theASCIIPassGivesWhatTheGeneralPassGivesForAnyASCIIBytes() {
        var draws = Draws(state: 54)
        let wordy = Array("abcXYZ'-.0Q".utf8)
        var checked = 0
        for round in 0..<6_000 {
            let count = round < 5_900 ? round % 40 + 1 : 250 + draws.below(850)
            let bytes = (0..<count).map { _ in round & 1 == 0 ? UInt8(draws.below(128)) : wordy[draws.below(wordy.count)] }
            let fast = bytes.withUnsafeBufferPointer { WordAttributes($0.baseAddress!, count: $0.count) }
            let general = bytes.withUnsafeBufferPointer { WordAttributes(general: $0.baseAddress!, count: $0.count) }
            #expect(Self.fields(fast) == Self.fields(general), "\(bytes)")
            checked += 1
        }
        #expect(checked == 6_000)
    }
}
