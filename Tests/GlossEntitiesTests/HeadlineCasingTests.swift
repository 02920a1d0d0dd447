import GlossCore
import Testing

@testable import GlossEntities

@Suite struct HeadlineCasingTests {
    static let lexicon = Result { try WordLexicon.bundled() }
    static let gazetteer = Result { try Gazetteer.bundled() }

    /// The attributes of each space-separated word of `text`, described as the tagger does
    /// (with the bundled lexicon and gazetteer), and whether the sentence read as a headline.
    static func describe(_ text: String) throws -> (words: [WordAttributes], headline: Bool) {
        let lexicon = try Self.lexicon.get()
        let gazetteer = try Self.gazetteer.get()
        let (joined, tokens) = LabeledSentence(words: text.split(separator: " ").map(String.init), tags: []).text
        var words = [WordAttributes](repeating: .start, count: tokens.count)
        var headline = false
        Array(joined.utf8).withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    EntityTagger.describe(bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: lexicon, into: words)
                    headline = HeadlineCasing.isHeadline(bytes.baseAddress!, tokens: tokens, words: UnsafeBufferPointer(words))
                }
            }
        }
        return (words, headline)
    }

    /// The attributes of each space-separated word of `text` as `describe` gives them, through a
    /// word cache of `slotCount` slots that has already described the words of `before`.
    static func describeCached(_ text: String, after before: [String] = [], slotCount: Int = 64) throws -> [WordAttributes] {
        let lexicon = try Self.lexicon.get()
        let gazetteer = try Self.gazetteer.get()
        var cache = WordAttributeCache(slotCount: slotCount)
        for sentence in before + [text] {
            let (joined, tokens) = LabeledSentence(words: sentence.split(separator: " ").map(String.init), tags: []).text
            var words = [WordAttributes](repeating: .start, count: tokens.count)
            Array(joined.utf8).withUnsafeBufferPointer { bytes in
                tokens.withUnsafeBufferPointer { tokens in
                    words.withUnsafeMutableBufferPointer { words in
                        withUnsafeMutablePointer(to: &cache) { cache in
                            EntityTagger.describe(
                                bytes.baseAddress!, tokens: tokens, gazetteer: gazetteer, lexicon: lexicon, attributes: cache, into: words)
                        }
                    }
                }
            }
            if sentence == text { return words }
        }
        return []
    }

    /// A headline's rewritten words looked up in the tagger's cache (held there already, or not;
    /// a cache of one slot, where they push each other out; past the cache's longest key) are the
    /// words described anew.
    @Test func restoredWordsFromTheCacheAreTheWordsDescribedAnew() throws {
        for headline in [
            "Supreme Court Blocks Deportations Of Venezuelans", "STOCKS FALL AS IBM AND VENEZUELA WARN",
            "COMPANY SAYS INTERNATIONALISATION PLANS ARE ON TRACK", "Firm Says Ébano Unit Sold",
        ] {
            let plain = try Self.describe(headline).words
            for (before, slots) in [([String](), 64), (["the company says blocks fall and plans are on track"], 64), ([], 1)] {
                let cached = try Self.describeCached(headline, after: before, slotCount: slots)
                #expect(cached.map(WordAttributesTests.fields) == plain.map(WordAttributesTests.fields), "\(headline) \(before) \(slots)")
            }
        }
    }

    /// The attributes of `word` alone, as running text would write it.
    static func plain(_ word: String) -> WordAttributes {
        WordAttributes(testing: word)
    }

    @Test func tellsHeadlinesFromSentences() throws {
        #expect(try Self.describe("Supreme Court Blocks Deportations Of Venezuelans").headline)
        #expect(try Self.describe("U.S. STOCKS FALL AS IBM WARNS ON PROFIT").headline)
        #expect(try Self.describe("Tariffs Close Income Gaps and Bring Factory Jobs").headline)
        #expect(try !Self.describe("Nicolás Maduro , the president of Venezuela , rejected the offer .").headline)
        // Names and short words only: nothing says the capitals are a headline's.
        #expect(try !Self.describe("Nayib Bukele").headline)
        #expect(try !Self.describe("Nayib Bukele met Donald Trump in Washington .").headline)
    }

    @Test func lowersTheWordsACorpusWritesInLowerCase() throws {
        let (words, _) = try Self.describe("Supreme Court Blocks Deportations Of Venezuelans")
        // "Blocks" reads as "blocks"; "Venezuelans", usually capitalised, keeps its capital.
        #expect(words[2].shape == Self.plain("blocks").shape)
        #expect(!words[2].hasCapital)
        #expect(words[5].hasCapital)
        #expect(words[5].shape == Self.plain("Venezuelans").shape)
        // The first word keeps the sentence-start flag whatever its case.
        #expect(words[0].flags & WordAttributes.Flags.sentenceStart != 0)
    }

    @Test func readsAnAllCapitalsHeadlineAsRunningText() throws {
        let (words, _) = try Self.describe("STOCKS FALL AS IBM AND VENEZUELA WARN")
        #expect(!words[0].hasCapital)
        // A short kept word stays in capitals, as acronyms do; a long one is capitalised.
        #expect(words[3].shape == Self.plain("IBM").shape)
        #expect(words[5].shape == Self.plain("Venezuela").shape)
    }

    @Test func aLatinOneCapitalStaysInAnAllCapitalsHeadline() throws {
        let (words, headline) = try Self.describe("ÉTATS STOCKS FALL AS MARKETS WARN")
        #expect(headline)
        #expect(words[0].hasCapital)
        #expect(words[0].shape == Self.plain("États").shape)
    }

    @Test func aListedOrganisationKeepsItsCapitalInAHeadline() throws {
        // "fed" is a common word; the gazetteer lists "Fed" as an organisation.
        let (words, headline) = try Self.describe("Fed Holds Rates Steady Despite Pressure")
        #expect(headline)
        #expect(words[0].hasCapital)
        #expect(!words[1].hasCapital)
    }

    @Test func leavesOrdinarySentencesAlone() throws {
        let (words, _) = try Self.describe("Shares of Coca-Cola rose on Monday .")
        #expect(words[0].hasCapital && words[2].hasCapital && words[5].hasCapital)
        let marked = words.filter(\.inHeadline).count
        #expect(marked == 0)
    }

    @Test func marksEveryWordOfARestoredHeadline() throws {
        let (words, headline) = try Self.describe("DOLLAR SEEN FALLING UNLESS JAPAN SPURS ECONOMY")
        #expect(headline)
        let marked = words.filter(\.inHeadline).count
        #expect(marked == words.count)
    }
}
