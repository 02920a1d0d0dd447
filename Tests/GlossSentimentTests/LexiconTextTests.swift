import Foundation
import GlossCore
import Testing

@testable import GlossSentiment

/// The byte reader of the lexicon files gives what splitting them as `String`s by `Character`
/// gives (the reading `SentimentLexicon` had before), on hand-made lines and on the bundled files.
@Suite struct LexiconTextTests {
    /// The rated words as `String` splitting reads them.
    static func ratedByCharacters(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, let value = Double(fields[1]) else { return nil }
            return "\(fields[0])=\(value)"
        }
    }

    /// The emoji entries as `String` splitting reads them.
    static func emojiByCharacters(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, fields[0].unicodeScalars.count == 1, let scalar = fields[0].unicodeScalars.first else { return nil }
            return "\(scalar.value)=" + fields[1].split(separator: " ").joined(separator: "|")
        }
    }

    static func rated(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            LexiconText.ratedWords(bytes).map { "\(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.word]), as: UTF8.self))=\($0.valence)" }
        }
    }

    static func emoji(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            LexiconText.emoji(bytes).map { entry in
                "\(entry.scalar)=" + entry.words.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }.joined(separator: "|")
            }
        }
    }

    @Test func ratedLines() {
        let text = "good\t1.9\t0.5\t[1, 2]\n# note\t2\n\nbad\t-2.5\r\n\tno word\t1\nnovalue\t\nodd\tx\nfinal\t1e0\u{2028}après\t0.3\u{85}last\t-0.25"
        #expect(Self.rated(text) == ["good=1.9", "bad=-2.5", "final=1.0", "après=0.3", "last=-0.25"])
        #expect(Self.rated(text) == Self.ratedByCharacters(text))
    }

    @Test func emojiLines() {
        let text = "😀\tgrinning face\n👍🏽\tthumbs up: medium skin tone\n\t\t\n☺\t\tsmiling  face\r\n#️⃣\tkeycap\u{0C}é\tlatin e\nx"
        #expect(Self.emoji(text) == ["128512=grinning|face", "9786=smiling|face", "233=latin|e"])
        #expect(Self.emoji(text) == Self.emojiByCharacters(text))
    }

    @Test func bundledFilesReadAsByCharacters() throws {
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Stages/Sentiment/Resources")
        for name in ["vader_lexicon", "news_lexicon"] {
            let text = try String(contentsOf: resources.appendingPathComponent("\(name).txt"), encoding: .utf8)
            let rated = Self.rated(text)
            #expect(rated.count > 1000, "\(name)")
            #expect(rated == Self.ratedByCharacters(text), "\(name)")
        }
        let emojiText = try String(contentsOf: resources.appendingPathComponent("emoji_utf8_lexicon.txt"), encoding: .utf8)
        let emoji = Self.emoji(emojiText)
        #expect(emoji.count > 1000)
        #expect(emoji == Self.emojiByCharacters(emojiText))
    }
}

/// The valences read from bytes are `Double(_: String)`'s, bit for bit: plain decimals read by
/// the fast path, every other form by `Double(_:)` itself.
@Suite struct LexiconTextValenceTests {
    static func read(_ string: String) -> Double? {
        var string = string
        return string.withUTF8 { LexiconText.double($0, 0..<$0.count) }
    }

    @Test func plainDecimalsAreReadAsDoubleReadsThem() {
        var random = SplitMix64(seed: 3)
        var cases = [
            "0", "-0", "+0", "-0.0", "1", "-1", "+1.5", "0.1", "0.2", "0.3", "-3.4", "2.25", "1.", ".5", "-.5", "1e3",
            "00012.3400", "123456789012345", "1234567890123456", "0.000000000000001", "9.99999999999999",
            "-", "+", ".", "", "1.2.3", "nan", "inf", " 1", "1 ", "4,5", "0x1p3", "--1",
        ]
        for _ in 0..<20_000 {
            let digits = 1 + Int(random.next() % 15)
            var text = random.next() % 4 == 0 ? "-" : ""
            let point = Int(random.next() % UInt64(digits + 1))
            for k in 0..<digits {
                if k == point && k > 0 { text += "." }
                text += String(random.next() % 10)
            }
            cases.append(text)
        }
        for text in cases {
            let expected = text.isEmpty ? nil : Double(text)
            let got = Self.read(text)
            #expect(got?.bitPattern == expected?.bitPattern, "\(text)")
        }
    }
}
