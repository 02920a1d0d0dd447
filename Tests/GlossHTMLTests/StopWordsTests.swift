import GlossCore
import Testing

@testable import GlossHTML

@Suite struct StopWordsTests {
    @Test func theArchivesLanguagesHaveLists() throws {
        for code in ["de", "en", "fr", "es", "it", "nl", "pl", "pt"] {
            let list = try #require(StopWords.forLanguage(code), "\(code)")
            #expect(list.language == code)
        }
        #expect(try #require(StopWords.forLanguage("de")).contains("und"))
        #expect(try #require(StopWords.forLanguage("fr")).contains("les"))
        #expect(try #require(StopWords.forLanguage("pl")).contains("się"))
    }

    @Test func languageTagsAreReadByTheirPrimarySubtag() {
        #expect(StopWords.forLanguage("de-AT")?.language == "de")
        #expect(StopWords.forLanguage("pt_BR")?.language == "pt")
        #expect(StopWords.forLanguage("EN")?.language == "en")
        #expect(StopWords.forLanguage("ja") == nil)
        #expect(StopWords.forLanguage(nil) == nil)
    }

    @Test func countsWordsAndStopWordsCaseInsensitively() throws {
        let german = try #require(StopWords.forLanguage("de"))
        let (words, stop) = german.count(in: "Der Hund und DIE Katze – „schlafen“.")
        #expect(words == 6)
        #expect(stop == 3)  // der, und, die
    }

    @Test func theLikeliestListIsTheTextsLanguage() {
        #expect(StopWords.likeliest(for: "Die Stadt hat am Montag beschlossen, dass die Brücke im Sommer saniert wird.")?.language == "de")
        #expect(StopWords.likeliest(for: "La ville a décidé lundi que le pont sera rénové pendant l'été.")?.language == "fr")
        #expect(StopWords.likeliest(for: "El ayuntamiento decidió el lunes que el puente será renovado en verano.")?.language == "es")
        #expect(StopWords.likeliest(for: "12 34 56") == nil)
    }

    @Test func onlyTheFirstLimitWordsDecideTheLanguage() {
        let text = "die und der " + String(repeating: "avec nous ", count: 5)
        #expect(StopWords.likeliest(for: text, limit: 3)?.language == "de")
        #expect(StopWords.likeliest(for: text)?.language == "fr")
        #expect(StopWords.likeliest(for: text, limit: 0) == nil)
    }

    @Test func theWordWalkStopsWhenTheCallerSaysSo() {
        var words: [String] = []
        StopWords.forLeadingWords(in: "Eins, ZWEI drei vier") { word in
            words.append(word)
            return words.count < 2
        }
        #expect(words == ["eins", "zwei"])
    }

    /// The lists are read line by line, untrimmed: each line must be one lowercased word.
    @Test func everyLineIsOneLowercasedWord() {
        for (code, text) in StopWords.lists {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(!line.isEmpty && line == line.lowercased(), "\(code): \(line)")
                #expect(!line.unicodeScalars.contains { $0.properties.isWhitespace }, "\(code): \(line)")
            }
        }
    }

    // MARK: The byte walk and the one table, against the code they replace

    /// `forEachWord` as it was written first: Unicode properties per scalar, `lowercased()` per word.
    static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word).lowercased())
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word).lowercased()) }
        return words
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        StopWords.forEachWord(in: text) { words.append($0) }
        return words
    }

    /// Seeded random texts from scalars that test each branch: ASCII, Latin capitals that
    /// lower to other scalars (or to two: İ), Arabic letters, marks and digits, numbers that
    /// are not digits, CJK, astral letters, emoji and joiners.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let pool: [Unicode.Scalar] = ["A", "z", "Q", "0", "9", " ", ",", "-", "_", "\u{0130}", "\u{212A}", "\u{03A3}", "\u{00C9}", "\u{00DF}",
            "\u{1E9E}", "\u{0645}", "\u{0627}", "\u{0653}", "\u{064B}", "\u{0661}", "\u{06F5}", "\u{060C}", "\u{00BD}", "\u{00B2}",
            "\u{0301}", "\u{00A0}", "\u{4E2D}", "\u{1F600}", "\u{200D}", "\u{FFFD}", "\u{10400}", "\u{01C5}", "\u{0416}", "\u{05D0}"]
        return (0..<count).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0..<16, using: &random)).map { _ in pool.randomElement(using: &random)! }))
        }
    }

    @Test func theByteWalkCutsAndLowersAsThePropertyWalkDid() {
        var texts = Self.randomTexts(count: 3000, seed: 33)
        // Every scalar below U+0800 (the table's and the ASCII path's) and a sample above,
        // alone and inside words.
        let values = Array(0..<0x800) + Array(stride(from: 0x800, through: 0x10_FFFF, by: 61))
        for scalar in values.compactMap(Unicode.Scalar.init) {
            texts.append("Ab" + String(scalar) + "Cd " + String(scalar))
        }
        for text in texts {
            #expect(Self.words(text) == Self.referenceWords(text), "\(text.debugDescription)")
        }
    }

    /// The lists as they were read before: one set of lines per language.
    static let referenceSets: [String: Set<String>] = StopWords.lists.mapValues { Set($0.split(separator: "\n").map(String.init)) }

    @Test func eachListHoldsExactlyItsLines() {
        #expect(StopWords.codes.count <= 32 && StopWords.codes == StopWords.lists.keys.sorted())
        for (code, words) in Self.referenceSets {
            let list = StopWords.all[code]!
            for word in words { #expect(list.contains(word), "\(code): \(word)") }
        }
        let union = Self.referenceSets.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        #expect(Set(StopWords.membership.keys) == union)
        for (word, bits) in StopWords.membership {
            let holders = StopWords.codes.enumerated().filter { bits & (1 << UInt32($0.offset)) != 0 }.map(\.element)
            #expect(holders == StopWords.codes.filter { Self.referenceSets[$0]!.contains(word) }, "\(word)")
        }
    }

    /// `likeliest` as it was written first, over the reference sets and words.
    static func referenceLikeliest(_ text: String, limit: Int = 2000) -> String? {
        guard limit > 0 else { return nil }
        var counts: [String: Int] = [:]
        for word in referenceWords(text).prefix(limit) {
            for (code, words) in referenceSets where words.contains(word) { counts[code, default: 0] += 1 }
        }
        return counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
    }

    @Test func theLikeliestListIsTheOneTheSetsGave() {
        var random = SplitMix64(seed: 34)
        let words = Array(Self.referenceSets.values.flatMap { $0 }.sorted().prefix(4000)) + ["Xyz", "\u{0645}\u{0646}", "DIE", "Les"]
        for round in 0..<300 {
            let text = (0..<Int.random(in: 0..<30, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let limit = round % 3 == 0 ? Int.random(in: 0..<10, using: &random) : 2000
            #expect(StopWords.likeliest(for: text, limit: limit)?.language == Self.referenceLikeliest(text, limit: limit), "\(text)")
        }
    }
}
