import GlossCore
import Testing

@testable import GlossEntities

@Suite struct NewsPersonsTests {
    /// A list of made-up surnames standing for the learnt one; "Tarnford" is also a listed city.
    static let listed = NameHeads.hashes("vantrell oskarov mirela tarnford")
    static let gazetteer = Gazetteer(text: "city\ttarnford\n")

    /// The tags of the space-separated words of `sentence` after the rule, given the tagger's
    /// `tags` (all O when empty) with each token's confidence `sure`; described with the
    /// bundled lexicon (whose casing marks and restores headlines).
    static func apply(_ sentence: String, tags given: [EntityTag] = [], sure: Float = 0.9) throws -> [EntityTag] {
        try applying(sentence, tags: given, sure: sure, gazetteer: gazetteer) { words, tags, confidence in
            NewsPersons.apply(words, sentences: [0..<words.count], tags: tags, confidence: confidence, listed: listed)
        }
    }

    /// The tags of the space-separated words of `sentence` after `rule`, given the tagger's
    /// `tags` (all O when empty) with each token's confidence `sure`; described with
    /// `gazetteer` and the bundled lexicon. Shared by the tests of the rules on persons.
    static func applying(
        _ sentence: String, tags given: [EntityTag], sure: Float, gazetteer: Gazetteer,
        rule: (UnsafeBufferPointer<WordAttributes>, UnsafeMutablePointer<EntityTag>, UnsafeMutablePointer<Float>) -> Void
    ) throws -> [EntityTag] {
        let words = WordAttributes.described(
            sentence.split(separator: " ").map(String.init), gazetteer: gazetteer, lexicon: try NewsNamesTests.lexicon.get())
        var tags = given.isEmpty ? [EntityTag](repeating: .outside, count: words.count) : given
        var confidence = [Float](repeating: sure, count: words.count)
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeMutableBufferPointer { tags in
                confidence.withUnsafeMutableBufferPointer { confidence in
                    rule(words, tags.baseAddress!, confidence.baseAddress!)
                }
            }
        }
        return tags
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func anUntaggedListedNameIsAPerson() throws {
        // At a sentence's end, in a title-case headline (its words restored), and two listed
        // words together.
        var s = "the council wants new sanctions on Oskarov"
        #expect(try Self.apply(s) == Self.tags(s, [(6, 1, .person)]))
        s = "Trade Envoy Makes Push for Talks in Meeting With Oskarov"
        #expect(try Self.apply(s) == Self.tags(s, [(9, 1, .person)]))
        s = "Mirela Vantrell spoke first"
        #expect(try Self.apply(s) == Self.tags(s, [(0, 2, .person)]))
    }

    @Test func anUnsureOtherTypeBecomesAPersonAndASureOneStays() throws {
        let s = "talks with Mirela Vantrell ended"
        let place = Self.tags(s, [(2, 2, .location)])
        #expect(try Self.apply(s, tags: place, sure: 0.3) == Self.tags(s, [(2, 2, .person)]))
        #expect(try Self.apply(s, tags: place, sure: 0.9) == place)
        // A name with an unlisted word keeps its type.
        let t = "shares of Vantrell Holdings fell"
        let company = Self.tags(t, [(2, 2, .organization)])
        #expect(try Self.apply(t, tags: company, sure: 0.3) == company)
    }

    @Test func wordsOfLongerNamesAndPlacesAreLeftAlone() throws {
        // Lower case, all capitals, a listed city, a capitalised word or a number beside it,
        // "of" after it, and a name the tagger found beside it.
        for s in [
            "the oskarov plan", "the OSKAROV index rose", "trains stop at Tarnford daily", "the Vantrell Siding spur",
            "an M 1 Vantrell engine", "the Vantrell of Ostend", "Oskarov Bank opened",
        ] {
            let given = s == "Oskarov Bank opened" ? [EntityTag.outside, .begin(.organization), .outside] : []
            let expected = given.isEmpty ? Self.tags(s, []) : given
            #expect(try Self.apply(s, tags: given) == expected, "\(s)")
        }
    }

    @Test func theLearntListHoldsSurnamesNotCommonWords() {
        // Built by scripts/build-news-persons.py from the tagger's own tags.
        #expect(NewsPersons.words.count > 300)
        for word in ["the", "bank", "money", "bill", "president", "mr", "china", "reuters"] {
            #expect(!NewsPersons.words.contains(WordAttributes(testing: word).word), "\(word)")
        }
    }
}
