import GlossCore
import GlossText
import Testing

@testable import GlossEntities

@Suite struct GazetteerTests {
    static let gazetteer = Gazetteer(
        text: "# test list\ncountry\tel salvador\ncity\tsalvador\ncountry\tvenezuela\nstate\tgeorgia\ncountry\tgeorgia\n"
            + "demonym\tvenezuelan\ngiven\tdonald\nbogus\tnowhere\n")

    /// The gazetteer attribute of each space-separated word of `text`.
    func marks(_ text: String) -> [UInt16] {
        WordAttributes.described(text.split(separator: " ").map(String.init), gazetteer: Self.gazetteer).map(\.gazetteer)
    }

    @Test func countsPhrasesOnceAndSkipsUnknownCategories() {
        #expect(Self.gazetteer.count == 6)
    }

    @Test func linesAreReadFromBytesWhateverTheirEndsAndSpacing() {
        let clean = Self.entries("city\tnew york\nstate\tgeorgia\n")
        let messy = Self.entries("# a comment\tcity\tparis\r\ncity\t\tnew  york \r\n\n\nstate\tgeorgia\ncity\ttoo\tmany\nbogus\tx\ncity\t   ")
        #expect(messy.entries.map(\.0) == clean.entries.map(\.0))
        #expect(messy.entries.map(\.1) == clean.entries.map(\.1))
        #expect(messy.longest == 2)
        #expect(Gazetteer(text: "city\tnew york\r\nstate\tgeorgia").count == 2)
    }

    static func entries(_ text: String) -> (entries: [(UInt64, UInt16)], longest: Int) {
        var text = text
        return text.withUTF8 { Gazetteer.entries(utf8: $0) }
    }

    @Test func theLongestPhraseWins() {
        #expect(marks("in El Salvador today") == [0, Gazetteer.country, Gazetteer.country | Gazetteer.inside, 0])
        #expect(marks("Salvador") == [Gazetteer.city])
    }

    @Test func categoriesCombineAndCaseDoesNotMatter() {
        #expect(marks("GEORGIA") == [Gazetteer.country | Gazetteer.state])
        #expect(marks("the venezuelan Donald") == [0, Gazetteer.demonym, Gazetteer.givenName])
        #expect(marks("nowhere , Venezuela") == [0, 0, Gazetteer.country])
    }

    @Test func theBundledListsOneWordDemonymsBesideTwoWordOnes() throws {
        // "korean" and "african" were dropped for being words of "south korean" and "south
        // african"; "soviet" is a former country's (scripts/build-gazetteers.py).
        let gazetteer = try Gazetteer.bundled()
        for word in ["Korean", "Koreans", "African", "Soviet", "Yugoslav", "Burkinabe", "Ecuadorian"] {
            let marks = WordAttributes.described([word], gazetteer: gazetteer)[0].gazetteer
            #expect(marks & Gazetteer.demonym != 0, "\(word)")
        }
        let words = WordAttributes.described(["South", "Korean", "Costa", "Rican"], gazetteer: gazetteer)
        #expect(words.map { $0.gazetteer & Gazetteer.demonym != 0 } == [true, true, true, true])
        // A word of a two-word demonym only is none alone.
        #expect(WordAttributes.described(["Rican"], gazetteer: gazetteer)[0].gazetteer & Gazetteer.demonym == 0)
    }

    @Test func theOrganisationListsCategoriesAreRead() {
        let gazetteer = Gazetteer(text: "company\tidaho copper\norgword\tcorp\norgcue\tofficials\ncity\tboise\n")
        #expect(gazetteer.count == 4)
        let words = WordAttributes.described(["Idaho", "Copper", "Corp", "officials", "in", "Boise"], gazetteer: gazetteer)
        #expect(words.map(\.gazetteer) == [
            Gazetteer.company, Gazetteer.company | Gazetteer.inside, Gazetteer.organizationWord, Gazetteer.organizationCue, 0,
            Gazetteer.city,
        ])
    }

    @Test func theStartOfALongerPhraseIsNotListedItself() {
        let gazetteer = Gazetteer(text: "city\tnew york city\n")
        #expect(gazetteer.count == 1)
        let (joined, tokens) = LabeledSentence(words: ["New", "York", "New", "York", "City"], tags: []).text
        var words = [WordAttributes](repeating: .start, count: tokens.count)
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer {
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: .empty, into: $0)
                }
            }
        }
        let city = Gazetteer.city
        #expect(words.map(\.gazetteer) == [0, 0, city, city | Gazetteer.inside, city | Gazetteer.inside])
    }

    @Test func theWordCacheMarksPhrasesOfEachLengthAsHashingTheBytesDoes() {
        // With the word cache a phrase is extended by each token's kept hash, without it by the
        // token's bytes hashed again; the loader's keys must meet both, for one to four words.
        let gazetteer = Gazetteer(text: "organization\tnorth river port authority\ncity\tnorth river\nstate\tport\n")
        let sentence = ["North", "River", "Port", "Authority", "and", "North", "River", "Port", "said"]
        let (joined, tokens) = LabeledSentence(words: sentence, tags: []).text
        var uncached = [WordAttributes](repeating: .start, count: tokens.count)
        var cached = uncached
        var cache = WordAttributeCache()
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                uncached.withUnsafeMutableBufferPointer {
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: .empty, into: $0)
                }
                // Twice: the second time every token is read from the cache.
                for _ in 0..<2 {
                    cached.withUnsafeMutableBufferPointer { words in
                        withUnsafeMutablePointer(to: &cache) { cache in
                            EntityTagger.describe(
                                bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: .empty, attributes: cache, into: words)
                        }
                    }
                }
            }
        }
        let (organization, city, inside) = (Gazetteer.organization, Gazetteer.city, Gazetteer.inside)
        #expect(uncached.map(\.gazetteer) == [
            organization, organization | inside, organization | inside, organization | inside, 0, city, city | inside, Gazetteer.state, 0,
        ])
        #expect(cached.map(\.gazetteer) == uncached.map(\.gazetteer))
        #expect(cache.hits >= tokens.count)
    }

    @Test func theBundledListsHoldCountriesCitiesAndNames() throws {
        let bundled = try Gazetteer.bundled()
        #expect(bundled.count > 20_000)
        // A phrase's key: its first word's hash extended by each next word's.
        func hash(_ phrase: String) -> UInt64 {
            let words = phrase.split(separator: " ").map { word in
                Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) }
            }
            return words.dropFirst().reduce(words[0]) { Gazetteer.key($0, extendedBy: $1) }
        }
        #expect(bundled.categories(hash("el salvador")) & Gazetteer.country != 0)
        #expect(bundled.categories(hash("venezuela")) & Gazetteer.country != 0)
        #expect(bundled.categories(hash("washington")) & Gazetteer.city != 0)
        #expect(bundled.categories(hash("venezuelan")) & Gazetteer.demonym != 0)
        #expect(bundled.categories(hash("donald")) & Gazetteer.givenName != 0)
        #expect(bundled.categories(hash("the")) & ~Gazetteer.prefix == 0)
        // Companies with and without their legal endings, and international organisations.
        #expect(bundled.categories(hash("nvidia")) & Gazetteer.organization != 0)
        #expect(bundled.categories(hash("apple inc.")) & Gazetteer.organization != 0)
        #expect(bundled.categories(hash("apple")) & Gazetteer.organization != 0)
        #expect(bundled.categories(hash("international monetary fund")) & Gazetteer.organization != 0)
    }

    /// The gazetteer marks of `sentence`'s words, described with `cache` (nil: without one).
    static func marks(_ sentence: [String], _ gazetteer: Gazetteer, cache: UnsafeMutablePointer<WordAttributeCache>?) -> [UInt16] {
        let (joined, tokens) = LabeledSentence(words: sentence, tags: []).text
        var words = [WordAttributes](repeating: .start, count: tokens.count)
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer {
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: .empty, attributes: cache, into: $0)
                }
            }
        }
        return words.map(\.gazetteer)
    }

    @Test func phraseStartsFromTheAttributeCacheMarkAsHashingDoes() {
        // Phrases of one and more words, a first word past the cache's longest key, a
        // typographic apostrophe (hashed as written, as the lists are read), words in capitals.
        let gazetteer = Gazetteer(
            text: "city\tnew york\ncity\tsão paulo\nsurname\to’neil\norganization\tinternationalisation bank\ngiven\tnew\n")
        let sentences = [
            ["NEW", "YORK", "and", "São", "Paulo", "met", "O’Neil", "of", "Internationalisation", "Bank", "."],
            ["New", "New", "York", "York", "O'Neil", "internationalisation", "bank", "new"],
        ]
        var cache = WordAttributeCache(slotCount: 4)
        for sentence in sentences + sentences {
            let cached = withUnsafeMutablePointer(to: &cache) { Self.marks(sentence, gazetteer, cache: $0) }
            #expect(cached == Self.marks(sentence, gazetteer, cache: nil), "\(sentence)")
            #expect(cached.contains { $0 & Gazetteer.city != 0 } && cached.contains { $0 & Gazetteer.organization != 0 })
        }
        #expect(Self.marks(sentences[0], gazetteer, cache: nil)[6] == Gazetteer.surname)
    }

    @Test func phrasesAcrossSixtyFourTokensMarkAsHashingDoes() {
        // The cached marking finds its phrases' first tokens 64 at a time: phrases that begin
        // at the last token of a block, cross into the next, and begin the next.
        let gazetteer = Gazetteer(text: "city\tnew york\ncity\tsão paulo\ngiven\tnew\nstate\tnew york state\n")
        for start in [60, 62, 63, 64, 65, 126, 127] {
            var sentence = Array(repeating: "the", count: 140)
            sentence[start] = "New"
            sentence[start + 1] = "York"
            sentence[start + 2] = "State"
            sentence[start + 4] = "São"
            sentence[start + 5] = "Paulo"
            sentence[start + 6] = "new"
            var cache = WordAttributeCache(slotCount: 64)
            let cached = withUnsafeMutablePointer(to: &cache) { Self.marks(sentence, gazetteer, cache: $0) }
            #expect(cached == Self.marks(sentence, gazetteer, cache: nil), "at \(start)")
            #expect(cached[start] == Gazetteer.state && cached[start + 2] == Gazetteer.state | Gazetteer.inside, "at \(start)")
            #expect(cached[start + 4] == Gazetteer.city && cached[start + 6] == Gazetteer.givenName, "at \(start)")
        }
    }

    @Test func organisationsTakeACategoryAboveTheFirstByte() {
        let gazetteer = Gazetteer(text: "organization\tworld bank\ncity\tbank\n")
        let (joined, tokens) = LabeledSentence(words: ["the", "World", "Bank"], tags: []).text
        var words = [WordAttributes](repeating: .start, count: tokens.count)
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer {
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: .empty, into: $0)
                }
            }
        }
        #expect(words.map(\.gazetteer) == [0, Gazetteer.organization, Gazetteer.organization | Gazetteer.inside])
        #expect(Gazetteer.organization > 0xFF)
    }

    @Test func everyListedKeyIsFoundAndNoOtherWhereverItsProbeRuns() {
        // A table filled to 0.37, as the bundled one: probes that end at the first slot and
        // further on, across cache lines. Every listed word reads its categories (one of two,
        // alternating) and every other word none.
        let listed = (0..<3_000).map { "w\($0)x" }
        let text = listed.enumerated().map { "\($0.offset % 2 == 0 ? "city" : "surname")\t\($0.element)" }.joined(separator: "\n")
        let gazetteer = Gazetteer(text: text)
        #expect(gazetteer.count == listed.count)
        func hash(_ word: String) -> UInt64 { Array(word.utf8).withUnsafeBufferPointer { WordHash.folded($0.baseAddress!, count: $0.count) } }
        for (k, word) in listed.enumerated() {
            #expect(gazetteer.categories(hash(word)) == (k % 2 == 0 ? Gazetteer.city : Gazetteer.surname), "\(word)")
        }
        for k in 0..<20_000 { #expect(gazetteer.categories(hash("u\(k)y")) == 0, "u\(k)y") }
    }
}
