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
}
