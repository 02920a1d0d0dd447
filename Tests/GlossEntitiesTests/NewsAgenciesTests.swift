import GlossCore
import Testing

@testable import GlossEntities

@Suite struct NewsAgenciesTests {
    /// The tags of the space-separated words of `sentence` after the rule, given the tagger's
    /// `tags` (all O when empty), and their confidences.
    static func apply(_ sentence: String, tags given: [EntityTag] = []) -> (tags: [EntityTag], confidence: [Float]) {
        let words = sentence.split(separator: " ").map { WordAttributes(testing: String($0)) }
        var tags = given.isEmpty ? [EntityTag](repeating: .outside, count: words.count) : given
        var confidence = given.isEmpty ? [Float](repeating: 0, count: words.count) : [Float](repeating: 0.9, count: words.count)
        words.withUnsafeBufferPointer { NewsAgencies.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence) }
        return (tags, confidence)
    }

    @Test func anAgencyReadAsAPersonOrMissedIsAnOrganisation() {
        let o = EntityTag.outside
        // "a Reuter survey": the tagger's person, with the rule's confidence at most.
        let survey = Self.apply("a Reuter survey showed", tags: [o, .begin(.person), o, o])
        #expect(survey.tags == [o, .begin(.organization), o, o])
        #expect(survey.confidence[1] == EntityTagger.confidenceOfARule)
        // Untagged, it takes the rule's confidence.
        let told = Self.apply("he told Interfax on Monday")
        #expect(told.tags == [o, o, .begin(.organization), o, o])
        #expect(told.confidence[2] == EntityTagger.confidenceOfARule)
        #expect(Self.apply("Bloomberg reported the deal", tags: [.begin(.person), o, o, o]).tags[0] == .begin(.organization))
        #expect(Self.apply("The Xinhua report said").tags == [o, .begin(.organization), o, o])
    }

    @Test func aSurnameOrALongerNameIsLeftAlone() {
        let o = EntityTag.outside
        let p = EntityTag.begin(.person)
        let person = Self.apply("Fritz Reuter wrote", tags: [p, .inside(.person), o])
        #expect(person.tags == [p, .inside(.person), o])
        #expect(Self.apply("Mayor Bloomberg said", tags: [o, p, o]).tags == [o, p, o])
        #expect(Self.apply("Bloomberg News reported").tags == [o, o, o])
        #expect(Self.apply("the Kyodo News Service said").tags.allSatisfy { $0 == o })
        // In lower case, or not listed, nothing changes; an organisation stays as it was.
        #expect(Self.apply("the reuters said").tags.allSatisfy { $0 == o })
        #expect(Self.apply("Smith said", tags: [p, o]).tags == [p, o])
        let org = Self.apply("Reuters said", tags: [.begin(.organization), o])
        #expect(org.tags == [.begin(.organization), o] && org.confidence == [0.9, 0.9])
    }

    @Test func aWordTheDocumentGivesAsASurnameStaysThePersons() {
        let o = EntityTag.outside
        let p = EntityTag.begin(.person)
        // final38 (review22) gave "Mayor Bloomberg visited Queens. Bloomberg said …" two
        // organisations (the lone one re-typed, then the document agreed) and "Edzard Reuter, …,
        // said Reuter had been right" an organisation "Reuter": the tagger's persons stay.
        let mayor = Self.apply(
            "Mayor Bloomberg visited Queens . Bloomberg said", tags: [o, p, o, .begin(.location), o, p, o])
        #expect(mayor.tags == [o, p, o, .begin(.location), o, p, o])
        let reuter = Self.apply("Edzard Reuter said Reuter was right", tags: [p, .inside(.person), o, p, o, o])
        #expect(reuter.tags == [p, .inside(.person), o, p, o, o])
        // A surname of another agency, or the same word as part of an organisation's name,
        // leaves the lone one to the rule.
        let other = Self.apply("Mayor Bloomberg told Reuter", tags: [o, p, o, p])
        #expect(other.tags == [o, p, o, .begin(.organization)])
        let holdings = Self.apply(
            "Thomson Reuters said . Reuters reported", tags: [.begin(.organization), .inside(.organization), o, o, p, o])
        #expect(holdings.tags[4] == .begin(.organization))
    }

    @Test func theEdgesOfASentenceAndEmptyInput() {
        #expect(Self.apply("Tass").tags == [.begin(.organization)])
        #expect(Self.apply("").tags.isEmpty)
        // A name that ends at the agency's word is another name ("Edzard Reuter").
        let name = Self.apply("Edzard Reuter", tags: [.begin(.person), .inside(.person)])
        #expect(name.tags == [.begin(.person), .inside(.person)])
    }
}
