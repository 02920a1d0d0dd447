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
}
