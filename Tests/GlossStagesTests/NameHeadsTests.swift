import GlossCore
import Testing

@testable import GlossStages

@Suite struct NameHeadsTests {
    /// Runs the rule over one sentence, given as words with their tags.
    static func apply(_ sentence: [(String, EntityTag)]) -> [EntityTag] {
        let words = sentence.map { WordAttributes(testing: $0.0) }
        var tags = sentence.map(\.1)
        var confidence = [Float](repeating: 0.9, count: tags.count)
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence) }
        return tags
    }

    /// A name of `words` tagged `type`, then "said".
    static func named(_ words: [String], _ type: EntityType) -> [(String, EntityTag)] {
        words.enumerated().map { ($1, $0 == 0 ? EntityTag.begin(type) : .inside(type)) } + [("said", .outside)]
    }

    /// The tags of a name of `words` that was tagged `type`.
    static func retyped(_ words: [String], _ type: EntityType) -> EntityType? {
        apply(named(words, type)).first?.type
    }

    @Test func aLastWordThatNamesAnOrganisationMakesTheNameOne() {
        #expect(Self.retyped(["Georgia-Pacific", "Corp"], .person) == .organization)
        #expect(Self.retyped(["Indiana", "University"], .location) == .organization)
        #expect(Self.retyped(["Labour", "Party"], .miscellaneous) == .organization)
        // Every word of the name is re-typed, and the word after it is left alone.
        let tags = Self.apply(Self.named(["Carling", "O'Keefe", "Ltd"], .person))
        #expect(tags == [.begin(.organization), .inside(.organization), .inside(.organization), .outside])
    }

    @Test func aFirstWordBeforeOfNamesTheTypeToo() {
        #expect(Self.retyped(["University", "of", "Pennsylvania"], .location) == .organization)
        #expect(Self.retyped(["Department", "of", "Public", "Safety"], .location) == .organization)
        #expect(Self.retyped(["Gulf", "of", "Mexico"], .person) == .location)
        // Not without "of", nor with only two words.
        #expect(Self.retyped(["University", "Pennsylvania"], .location) == .location)
        #expect(Self.retyped(["University", "of"], .location) == .location)
    }

    @Test func clubsAreOrganisations() {
        #expect(Self.retyped(["Manchester", "United"], .location) == .organization)
        #expect(Self.retyped(["FC", "Basel"], .location) == .organization)
        // "United" first is no head: "United States".
        #expect(Self.retyped(["United", "States"], .location) == .location)
    }

    @Test func eventsPrizesAndLawsAreMiscellaneous() {
        #expect(Self.retyped(["Stanley", "Cup"], .organization) == .miscellaneous)
        #expect(Self.retyped(["Rimington", "Trophy"], .person) == .miscellaneous)
        #expect(Self.retyped(["Patriot", "Act"], .location) == .miscellaneous)
    }

    @Test func aPlaceHeadReTypesOnlyAPerson() {
        #expect(Self.retyped(["Cal", "Anderson", "Park"], .person) == .location)
        // "Linkin Park" the band, "Georgia Gulf" the company: an organisation stays one.
        #expect(Self.retyped(["Linkin", "Park"], .organization) == .organization)
        #expect(Self.retyped(["Georgia", "Gulf"], .organization) == .organization)
    }

    @Test func aHeadInLowerCaseOrUnlistedChangesNothing() {
        // "Chicago university" in a lower-case head, "Bank" (the West Bank) and "Club" unlisted.
        #expect(Self.retyped(["Chicago", "university"], .location) == .location)
        #expect(Self.retyped(["West", "Bank"], .location) == .location)
        #expect(Self.retyped(["Crystal", "Club"], .location) == .location)
        // A name already of the head's type, and untagged words, are left as they are.
        #expect(Self.retyped(["Sara", "Lee", "Corp"], .organization) == .organization)
        #expect(Self.apply([("the", .outside), ("Corp", .outside)]) == [.outside, .outside])
    }

    @Test func anUntaggedRunOfCapitalisedWordsWithAHeadIsTagged() {
        let o = EntityTag.outside
        // A leading article stays outside; connectors between capitalised words are inside.
        #expect(
            Self.apply([("The", o), ("Census", o), ("Bureau", o), ("said", o)])
                == [o, .begin(.organization), .inside(.organization), o])
        #expect(
            Self.apply([("the", o), ("Ways", o), ("and", o), ("Means", o), ("Committee", o)])
                == [o, .begin(.organization), .inside(.organization), .inside(.organization), .inside(.organization)])
        #expect(Self.apply([("the", o), ("Tax", o), ("Reform", o), ("Act", o)]) == [o, .begin(.miscellaneous), .inside(.miscellaneous), .inside(.miscellaneous)])
        // "the" only after "of".
        #expect(
            Self.apply([("Although", o), ("the", o), ("Finance", o), ("Ministry", o), ("said", o)])
                == [o, o, .begin(.organization), .inside(.organization), o])
        #expect(Self.apply([("Fruit", o), ("of", o), ("the", o), ("Loom", o), ("Inc", o)]).allSatisfy { $0.type == .organization })
        // One word, a place's head, a run after a tagged word or in lower case: left alone.
        #expect(Self.apply([("the", o), ("Committee", o), ("met", o)]) == [o, o, o])
        #expect(Self.apply([("in", o), ("Nevada", o), ("Falls", o)]) == [o, o, o])
        #expect(Self.apply([("Smith", .begin(.person)), ("Holding", o), ("Corp", o)]) == [.begin(.person), o, o])
        #expect(Self.apply([("the", o), ("tax", o), ("act", o)]) == [o, o, o])
    }

    @Test func aRunTheRuleTagsHasTheConfidenceOfARule() {
        let words = ["the", "Census", "Bureau"].map(WordAttributes.init(testing:))
        var tags = [EntityTag](repeating: .outside, count: 3)
        var confidence: [Float] = [1, 1, 1]
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<3], tags: &tags, confidence: &confidence) }
        #expect(confidence == [1, EntityTagger.confidenceOfARule, EntityTagger.confidenceOfARule])
    }

    @Test func namesInEachSentenceAreReTypedSeparately() {
        // Two names side by side ("Acme Inc" then "Chicago") keep their own heads.
        let words = ["Acme", "Inc", "Chicago"].map(WordAttributes.init(testing:))
        var tags: [EntityTag] = [.begin(.location), .inside(.location), .begin(.location)]
        var confidence: [Float] = [0.9, 0.9, 0.9]
        words.withUnsafeBufferPointer { NameHeads.apply($0, sentences: [0..<2, 2..<3], tags: &tags, confidence: &confidence) }
        #expect(tags == [.begin(.organization), .inside(.organization), .begin(.location)])
    }
}
