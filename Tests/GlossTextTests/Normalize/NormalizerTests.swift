import Foundation
import GlossCore
import Testing

import GlossStages
import GlossTestSupport
@testable import GlossText

@Suite struct NormalizerTests {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds/000_fb4e75e7260c85f4.txt").path

    /// The normalised text with the default options (or `normalizer`), compared byte for byte.
    fileprivate func normalized(_ text: String, _ normalizer: Normalizer = Normalizer()) -> Exact {
        Exact(normalizer.normalize(text).text)
    }

    /// The input bytes that the output bytes in `range` came from.
    func source(of range: Range<Int>, in input: String, _ normalizer: Normalizer = Normalizer()) -> String {
        let map = normalizer.normalize(input).map
        let bytes = Array(input.utf8)
        return String(decoding: bytes[map.sourceRange(of: range)], as: UTF8.self)
    }

    // MARK: - The stage

    @Test func anUnchangedTextKeepsItsStorageAndGetsTheIdentityMap() throws {
        var document = Document(id: "d", text: "Plain text, already clean: café, naïve, 東京, 👨‍👩‍👧.\n\nSecond paragraph.")
        let before = document.text
        let storage = document.withTextBytes { $0.baseAddress }
        try Normalizer().process(&document)
        #expect(document.text == before)
        #expect(document.withTextBytes { $0.baseAddress } == storage)  // not copied
        #expect(document.offsets.isIdentity)
        #expect(document.present.isSuperset(of: [.text, .normalizedText]))
        #expect(Normalizer().normalize(before).map.isIdentity)
    }

    @Test func everyOptionIsDeclaredAndReadFromTheRegistry() throws {
        #expect(
            Normalizer.descriptor.options.map(\.name) == ["nfkc", "fold-punctuation", "dehyphenate", "repair-spacing"])
        #expect(Normalizer.descriptor.requires == [.text] && Normalizer.descriptor.provides == [.normalizedText])
        let values: [String: StageOptions.Value] = [
            "nfkc": .bool(true), "fold-punctuation": .string("yes"), "dehyphenate": .bool(false),
            "repair-spacing": .number(0),
        ]
        let stage = try StageRegistry.standard.makeStage(named: "normalize", options: StageOptions(values: values))
        let normalizer = try #require(stage as? Normalizer)
        #expect(normalizer.nfkc && normalizer.foldPunctuation && !normalizer.dehyphenate && !normalizer.repairSpacing)
        let defaults = try #require(try StageRegistry.standard.makeStage(named: "normalize") as? Normalizer)
        #expect(!defaults.nfkc && !defaults.foldPunctuation && defaults.dehyphenate && defaults.repairSpacing)
        #expect(throws: StageOptions.Error.self) {
            try StageRegistry.standard.makeStage(
                named: "normalize", options: StageOptions(values: ["nfc": .bool(true)]))
        }
        #expect(throws: StageOptions.Error.self) {
            try StageRegistry.standard.makeStage(
                named: "normalize", options: StageOptions(values: ["nfkc": .string("maybe")]))
        }
    }

    @Test func spansLeadBackThroughIngestToTheRawBytes() throws {
        // BOM (3 bytes) + "a\tb  c" → ingest strips the BOM → normalise: "a b c"
        var document = Document(id: "d", raw: [0xEF, 0xBB, 0xBF] + Array("a\tb  c".utf8))
        try PlainTextIngester().process(&document)
        try Normalizer().process(&document)
        #expect(document.text == "a b c")
        #expect(document.present.contains(.normalizedText))
        #expect(document.sourceRange(of: Span(start: 0, end: 1)) == 3..<4)
        #expect(document.sourceRange(of: Span(start: 2, end: 3)) == 5..<6)
        #expect(document.sourceRange(of: Span(start: 4, end: 5)) == 8..<9)
    }

    @Test func theTextCannotBeNormalisedOnceTokenised() throws {
        var document = Document(id: "d", text: "a  b")
        try document.setTokens([Token(span: Span(start: 0, end: 1), kind: .word)])
        #expect(throws: StageError.self) { try Normalizer().process(&document) }
    }

    // MARK: - The seed

    @Test func theSeedKeepsItsTypographyAndLosesItsSpacingArtefact() throws {
        let seed = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let (text, map) = Normalizer().normalize(seed)
        #expect(text.contains("whose re-election last year"))
        #expect(!text.contains("re -election"))
        #expect(text.contains("committed “rape and murder”") && text.contains("Bukele’s proposal"))
        #expect(text.contains("country – if") && text.contains("liberation … of"))
        #expect(text.utf8.count == seed.utf8.count - 1)
        // "re-election" leads back to "re -election"
        let start = text.utf8.count - text[text.range(of: "re-election last")!.lowerBound...].utf8.count
        let range = map.sourceRange(of: start..<(start + 11))
        #expect(String(decoding: Array(seed.utf8)[range], as: UTF8.self) == "re -election")
        #expect(map.sourceRange(of: 0..<start) == 0..<start)
    }

    @Test func theSeedWithFoldedPunctuation() throws {
        let seed = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let folding = Normalizer(foldPunctuation: true)
        let (text, map) = folding.normalize(seed)
        #expect(text.contains("committed \"rape and murder\", while"))
        #expect(text.contains("Bukele's proposal") && text.contains("Trump's hard"))
        #expect(text.contains("his country - if Venezuela") && text.contains("liberation ... of"))
        #expect(text.unicodeScalars.allSatisfy { $0.value < 0x80 || "á".unicodeScalars.contains($0) })
        // the straight quote before "rape" came from the three bytes of “
        let quote = text.utf8.count - text[text.range(of: "\"rape")!.lowerBound...].utf8.count
        #expect(String(decoding: Array(seed.utf8)[map.sourceRange(of: quote..<(quote + 1))], as: UTF8.self) == "“")
        #expect(String(decoding: Array(seed.utf8)[map.sourceRange(of: quote..<(quote + 5))], as: UTF8.self) == "“rape")
    }

    // MARK: - Whitespace and controls

    @Test func lineBreaksBecomeLineFeeds() {
        #expect(normalized("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(normalized("a\u{2028}b\u{0B}c\u{0C}d") == "a\nb\nc\nd")
        #expect(normalized("a\u{2029}b") == "a\n\nb")
    }

    @Test func spacesCollapseAndLeaveLineEdgesAndTheTextEdges() {
        #expect(normalized("a\tb") == "a b")
        #expect(normalized("a\u{A0}b\u{2003}c\u{202F}d\u{205F}e\u{3000}f\u{2009}g\u{1680}h") == "a b c d e f g h")
        #expect(normalized("a  \t \u{A0} b") == "a b")
        #expect(normalized("one  \n  two \t\r\n three") == "one\ntwo\nthree")
        #expect(normalized(" \n\t lead and trail \n \n") == "lead and trail")
        #expect(normalized("   ") == "")
        #expect(normalized("") == "")
    }

    @Test func blankLinesMarkParagraphsAndCollapseToOne() {
        #expect(normalized("p1\n\np2") == "p1\n\np2")
        #expect(normalized("p1\n\n\n\np2") == "p1\n\np2")
        #expect(normalized("p1\r\n \r\n\t\r\n  p2") == "p1\n\np2")
        #expect(normalized("p1\n \u{200B} \np2") == "p1\n\np2")
    }

    @Test func controlCharactersAreRemoved() {
        #expect(normalized("a\u{01}b\u{1B}c\u{7F}d") == "abcd")
        #expect(normalized("\u{93}quoted\u{94} and\u{85}") == "quoted and")
        #expect(normalized("a \u{00} b") == "a b")
        // "b" leads back to itself past the removed byte
        #expect(source(of: 1..<2, in: "a\u{01}b") == "b")
    }

    @Test func invisibleCharactersAreRemovedButJoinersStay() {
        #expect(
            normalized("soft\u{AD}ware zero\u{200B}width word\u{2060}joiner \u{FEFF}bom")
                == "software zerowidth wordjoiner bom")
        #expect(normalized("a\u{200B} \u{200B}b") == "a b")
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(normalized(family) == Exact(family))
        let persian = "می\u{200C}خواهم"
        #expect(normalized(persian) == Exact(persian))
    }

    // MARK: - Unicode normalisation

    @Test func combiningMarksAreComposed() {
        #expect(normalized("cafe\u{301}") == "café")
        #expect(normalized("Cafe\u{301} au lait, cre\u{300}me bru\u{302}le\u{301}e") == "Café au lait, crème brûlée")
        #expect(normalized("a\u{302}\u{323}") == "\u{1EAD}" && normalized("a\u{323}\u{302}") == "\u{1EAD}")
        // "é" (2 bytes) leads back to "e" + U+0301 (3 bytes); the letters around it to themselves
        #expect(source(of: 3..<5, in: "cafe\u{301}!") == "e\u{301}")
        #expect(source(of: 5..<6, in: "cafe\u{301}!") == "!")
        #expect(source(of: 0..<3, in: "cafe\u{301}!") == "caf")
    }

    @Test func hangulJamoAndSingletonsAreComposed() {
        #expect(normalized("\u{1100}\u{1161}\u{11A8}") == "각")
        #expect(normalized("가\u{11A8}") == "각")  // Foundation here leaves these two apart
        #expect(normalized("\u{212B}ngstr\u{F6}m, 5 \u{2126}") == "\u{C5}ngstr\u{F6}m, 5 \u{3A9}")
        #expect(normalized("\u{0B47}\u{0B3E}") == "\u{0B4B}")
    }

    @Test func marksThatDoNotComposeAreLeftWithoutACopy() {
        let text = "q\u{301} \u{5E9}\u{5B8}\u{5C1}\u{5DC}\u{5D5}\u{5B9}\u{5DD} \u{627}\u{64E} \u{1EC7}\u{301}"
        let (result, map) = Normalizer().normalize(text)
        #expect(Exact(result) == Exact(text) && map.isIdentity)
        // canonical order: the shin dot (class 24) goes after the qamats (class 18)
        #expect(normalized("\u{5E9}\u{5C1}\u{5B8}") == "\u{5E9}\u{5B8}\u{5C1}")
    }

    @Test func nfkcFoldsCompatibilityCharactersOnlyWhenAsked() {
        let text = "\u{FB01}ne \u{FF21}\u{FF22}\u{FF23} x\u{B2} \u{2460} \u{2026}"
        #expect(normalized(text) == Exact(text))
        #expect(normalized(text, Normalizer(nfkc: true)) == "fine ABC x2 1 ...")
        #expect(source(of: 0..<2, in: text, Normalizer(nfkc: true)) == "\u{FB01}")
        #expect(normalized("cafe\u{301}", Normalizer(nfkc: true)) == "café")
    }

    /// (Without precomposed Hangul syllables: Foundation here leaves 가 + ᆨ apart, see above.)
    @Test func theOutputIsWhatFoundationWouldGiveForTheWholeText() {
        let pieces = [
            "a", "e", "o", "u", "x", "é", "\u{301}", "\u{300}", "\u{302}", "\u{308}", "\u{323}", "\u{1100}", "\u{1161}",
            "\u{11A8}", "\u{212B}", "\u{FB01}", "\u{FF41}", "\u{B2}", "\u{0B47}", "\u{0B3E}", "\u{0DD9}", "\u{0DCF}",
            "\u{3099}", "\u{304B}", "\u{F900}", "\u{1D15E}", "\u{1D165}", ".", "\u{2126}",
        ]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            #expect(
                normalized(text) == Exact(text.precomposedStringWithCanonicalMapping),
                "\(text.unicodeScalars.map(\.value))")
            #expect(
                normalized(text, Normalizer(nfkc: true)) == Exact(text.precomposedStringWithCompatibilityMapping),
                "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func longRunsOfCombiningMarksAreCutAndNeverCrash() {
        let zalgo = "a" + String(repeating: "\u{301}\u{316}", count: 3_000) + " end"
        let result = normalized(zalgo).string
        #expect(result.unicodeScalars.first == "\u{E1}" && result.hasSuffix(" end"))
        #expect(result.unicodeScalars.count == zalgo.unicodeScalars.count - 1)
        let decomposed = String(repeating: "e\u{301}", count: 20_000)
        #expect(normalized(decomposed) == Exact(String(repeating: "é", count: 20_000)))
    }

    // MARK: - Typographic punctuation

    @Test func typographicPunctuationFoldsOnlyWhenAsked() {
        let text = "“a” „b‟ «c» ‘d’ ‚e‛ ‹f› 5′ 6″ x–y x—y x―y x‒y x‐y −3 wait…"
        #expect(normalized(text) == Exact(text))
        #expect(
            normalized(text, Normalizer(foldPunctuation: true))
                == "\"a\" \"b\" \"c\" 'd' 'e' 'f' 5' 6\" x-y x-y x-y x-y x-y -3 wait...")
        #expect(source(of: 4..<7, in: "wait…", Normalizer(foldPunctuation: true)) == "…")
    }

    // MARK: - Hyphenation at line breaks

    @Test func wordsHyphenatedAtALineBreakAreJoined() {
        #expect(normalized("the elec-\ntion was") == "the election was")
        #expect(normalized("the elec- \r\n  tion was") == "the election was")
        #expect(normalized("the elec\u{AD}\ntion and Mc\u{AD}\nDonald") == "the election and McDonald")
        // "election" leads back to "elec-\ntion"
        #expect(source(of: 4..<12, in: "the elec-\ntion was") == "elec-\ntion")
        #expect(source(of: 8..<12, in: "the elec-\ntion was") == "tion")
    }

    @Test func hyphensThatAreNotLineBreakHyphenationStay() {
        #expect(normalized("Anglo-\nSaxon") == "Anglo-\nSaxon")
        #expect(normalized("1990-\n2000") == "1990-\n2000")
        #expect(normalized("elec-\n\ntion") == "elec-\n\ntion")
        #expect(normalized("a list:\n- item") == "a list:\n- item")
        #expect(normalized("elec–\ntion") == "elec–\ntion")
        #expect(normalized("elec-\ntion", Normalizer(dehyphenate: false)) == "elec-\ntion")
        #expect(normalized("elec\u{AD}\ntion", Normalizer(dehyphenate: false)) == "elec\ntion")
    }

    // MARK: - Spacing artefacts

    @Test func aSpaceBeforeAGluedHyphenGoes() {
        #expect(normalized("whose re -election last year") == "whose re-election last year")
        #expect(normalized("a well  -known fact") == "a well-known fact")
        #expect(source(of: 6..<17, in: "whose re -election") == "re -election")
    }

    @Test func aSpaceAfterAGluedHyphenGoesUnlessTheHyphenIsSuspended() {
        #expect(normalized("whose re- election") == "whose re-election")
        #expect(
            normalized("pre- and post-war, mid- to late-1990s, pro- or anti-, pre- versus post-")
                == "pre- and post-war, mid- to late-1990s, pro- or anti-, pre- versus post-")
        #expect(normalized("pre- android") == "pre-android")
        #expect(normalized("Anti- war") == "Anti- war")
        #expect(normalized("pre- War") == "pre- War")
    }

    @Test func aSpaceBeforeClosingPunctuationGoes() {
        #expect(normalized("word , next ; then : and . Really ?! Yes !") == "word, next; then: and. Really?! Yes!")
        #expect(normalized("the end .") == "the end.")
        #expect(normalized("wait ... what") == "wait ... what")  // an ellipsis keeps its space
        #expect(normalized("in 2024 , prices") == "in 2024, prices")
        #expect(normalized("café , bar") == "café, bar")
    }

    @Test func spacesThatMeanSomethingStay() {
        let kept = [
            "a dash - between spaces", "a value of -5", "from -3 to -5", "visit example .com", "costs .5 more",
            "smile :) or ;-)", "wait . . . there", "A -B", "the “quote” , said", "3 -x", "x ,5",
        ]
        for text in kept { #expect(normalized(text) == Exact(text)) }
    }

    @Test func aPointOrCommaBetweenDigitsKeepsItsSpaces() {
        // pre-tokenised text writes a decimal point apart: 32 . 99 is one number
        for text in ["closed at 32 . 99 on Monday", "up 1 , 000 units", "rose 5 . 5 %"] {
            #expect(normalized(text) == Exact(text))
        }
        #expect(normalized("in 2024 . Prices rose") == "in 2024. Prices rose")
        #expect(normalized("rose 5 . . . 6") == "rose 5 . . . 6")
    }

    @Test func repairingSpacingCanBeTurnedOff() {
        let text = "re -election re- election word , next"
        #expect(normalized(text, Normalizer(repairSpacing: false)) == Exact(text))
    }

    // MARK: - Any input

    @Test func anyInputGivesValidTextAndAMapIntoTheInput() {
        let pieces = [
            " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n\n", "\u{A0}", "\u{2028}", "\u{2029}", "\u{01}", "\u{7F}",
            "\u{85}",
            "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{200D}", "-", "--", ",", ".", "?", ":)", "a", "re", "Word", "x", "5",
            "é", "e\u{301}", "\u{301}", "\u{1100}", "\u{1161}", "“", "”", "…", "–", "\u{FB01}", "\u{FFFD}", "👍🏽",
        ]
        var generator = SplitMix64(seed: 11)
        for round in 0..<600 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            let normalizer = Normalizer(
                nfkc: round % 3 == 0, foldPunctuation: round % 2 == 0, dehyphenate: round % 5 != 0,
                repairSpacing: round % 7 != 0)
            let (result, map) = normalizer.normalize(text)
            let input = Array(text.utf8)
            let output = Array(result.utf8)
            #expect(
                Exact(normalizer.normalize(result).text) == Exact(result), "not idempotent: \(text.debugDescription)")
            #expect(
                result.unicodeScalars.first?.properties.isWhitespace != true
                    && result.unicodeScalars.last?.properties.isWhitespace != true, "\(text.debugDescription)")
            #expect(!result.contains("\n\n\n") && !result.contains("  "))
            var previousStart = 0
            for offset in 0..<output.count {
                let range = map.sourceRange(of: offset..<(offset + 1))
                #expect(range.lowerBound >= previousStart && range.upperBound <= input.count)
                previousStart = range.lowerBound
                if range.count == 1, output[offset] < 0x80, Character(Unicode.Scalar(output[offset])).isLetter {
                    #expect(input[range.lowerBound] == output[offset], "\(text.debugDescription) at \(offset)")
                }
            }
            #expect(map.sourceRange(of: 0..<output.count).upperBound <= input.count)
        }
    }

    @Test func theWordAtATimeScanStopsWhereTheByteAtATimeRulesWould() {
        let alphabet = Array("ab Z9(,.;:!?-'\n\t\u{01}é".utf8)
        var generator = SplitMix64(seed: 5)
        ScalarTable.byteActions.withUnsafeBufferPointer { classes in
            for _ in 0..<2_000 {
                let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator)!
                }
                let start = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
                let spaceMayStart = Bool.random(using: &generator)
                /// whether the byte at `index` needs nothing, by the rules `skipPlain` states
                func isPlain(_ index: Int) -> Bool {
                    switch classes[Int(bytes[index])] {
                    case .word, .punctuation: return true
                    case .space:
                        return (index > start || spaceMayStart) && index + 1 < bytes.count
                            && classes[Int(bytes[index + 1])] == .word
                    default: return false
                    }
                }
                bytes.withUnsafeBufferPointer { source in
                    let stop = Normalizer.Pass.skipPlain(
                        source, from: start, spaceMayStart: spaceMayStart, classes: classes)
                    #expect((start..<stop).allSatisfy(isPlain), "\(bytes) from \(start)")
                    #expect(stop + 9 > bytes.count || !isPlain(stop), "\(bytes) from \(start) stopped at \(stop)")
                }
            }
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let (result, map) = Normalizer(nfkc: Bool.random(using: &generator), foldPunctuation: true).normalize(text)
            #expect(map.sourceRange(of: 0..<result.utf8.count).upperBound <= text.utf8.count)
        }
    }
}

/// A string compared byte for byte (`String`'s `==` holds canonically equivalent strings equal).
private struct Exact: Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    let string: String
    init(_ string: String) { self.string = string }
    init(stringLiteral value: String) { string = value }
    static func == (left: Exact, right: Exact) -> Bool { left.string.utf8.elementsEqual(right.string.utf8) }
    var description: String { string.debugDescription }
}
