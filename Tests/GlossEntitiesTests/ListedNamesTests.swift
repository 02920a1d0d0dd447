import GlossCore
import Testing

@testable import GlossEntities

@Suite struct ListedNamesTests {
    static let gazetteer = Gazetteer(
        text: "organization\teuropean union\norganization\tfederal reserve\norganization\tsecurities and exchange commission\n"
            + "organization\tmeta\ncity\tparis\norganization\tfed\norganization\tgates\nsurname\tgates\n")

    /// The tags of the space-separated words of `sentence` after the rule, given the tagger's
    /// `tags` (all O when empty).
    static func apply(_ sentence: String, tags given: [EntityTag] = []) -> [EntityTag] {
        let words = WordAttributes.described(sentence.split(separator: " ").map(String.init), gazetteer: Self.gazetteer)
        var tags = given.isEmpty ? [EntityTag](repeating: .outside, count: words.count) : given
        var confidence = [Float](repeating: 0.9, count: words.count)
        words.withUnsafeBufferPointer {
            ListedNames.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence)
        }
        for (tag, sure) in zip(tags, confidence) where tag != .outside && given.isEmpty {
            #expect(sure == EntityTagger.confidenceOfARule)
        }
        return tags
    }

    @Test func anUntaggedListedOrganisationOfSeveralWordsIsTagged() {
        let o = EntityTag.outside
        #expect(Self.apply("officials in the European Union disagreed") == [o, o, o, .begin(.organization), .inside(.organization), o])
        #expect(Self.apply("Federal Reserve officials met") == [.begin(.organization), .inside(.organization), o, o])
        // Connectors inside the name are part of it.
        #expect(Self.apply("the Securities and Exchange Commission said").filter { $0 != o }.count == 4)
    }

    @Test func aSingleListedWordIsLeftToTheTagger() {
        #expect(Self.apply("he works for Meta now").allSatisfy { $0 == .outside })
    }

    @Test func aSingleListedWordAfterTheIsTaggedUnlessASurname() {
        #expect(Self.apply("the Fed chair said")[1] == .begin(.organization))
        #expect(Self.apply("he hates the Fed")[3] == .begin(.organization))
        #expect(Self.apply("the Gates nomination")[1] == .outside)
        #expect(Self.apply("the Fed Chair said")[1] == .outside)
    }

    @Test func anArticleBeforeThePhraseMayBeCapitalised() {
        let o = EntityTag.outside
        #expect(Self.apply("The European Union said") == [o, .begin(.organization), .inside(.organization), o])
        // Another capitalised first word makes the phrase part of a longer name.
        #expect(Self.apply("Dallas Federal Reserve officials said").allSatisfy { $0 == .outside })
    }

    @Test func aPhraseInsideALongerNameOrInLowerCaseIsNotTagged() {
        #expect(Self.apply("the Federal Reserve Bank said").allSatisfy { $0 == .outside })
        #expect(Self.apply("the New Federal Reserve said").allSatisfy { $0 == .outside })
        #expect(Self.apply("a federal reserve of oil").allSatisfy { $0 == .outside })
    }

    @Test func whatTheTaggerFoundIsKept() {
        let tagged: [EntityTag] = [.outside, .begin(.miscellaneous), .outside, .outside]
        #expect(Self.apply("the European Union said", tags: tagged) == tagged)
    }
}
