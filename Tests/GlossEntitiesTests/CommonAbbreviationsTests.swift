import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CommonAbbreviationsTests {
    static func apply(_ sentence: String, tags given: [EntityTag]) -> [EntityTag] {
        let words = sentence.split(separator: " ").map { WordAttributes(testing: String($0)) }
        var tags = given
        words.withUnsafeBufferPointer { CommonAbbreviations.apply($0, sentences: [0..<$0.count], tags: &tags) }
        return tags
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aCommonNounsAbbreviationIsNoName() {
        var s = "chip makers rallied on AI demand"
        #expect(Self.apply(s, tags: Self.tags(s, [(4, 1, .organization)])) == Self.tags(s, []))
        s = "the debt was cut to BB from BBB by the agency"
        #expect(Self.apply(s, tags: Self.tags(s, [(5, 1, .organization), (7, 1, .organization)])) == Self.tags(s, []))
        s = "IPO plans were shelved"
        #expect(Self.apply(s, tags: Self.tags(s, [(0, 1, .person)])) == Self.tags(s, []))
    }

    @Test func tickersLongerNamesAndOtherAcronymsStay() {
        // A ticker in angle brackets, a word inside a longer name, an agency's acronym.
        var s = "Vexor Corp < EPS > said"
        var given = Self.tags(s, [(0, 2, .organization), (3, 1, .organization)])
        #expect(Self.apply(s, tags: given) == given)
        s = "shares of GDP Holdings rose"
        given = Self.tags(s, [(2, 2, .organization)])
        #expect(Self.apply(s, tags: given) == given)
        s = "the IMF said"
        given = Self.tags(s, [(1, 1, .organization)])
        #expect(Self.apply(s, tags: given) == given)
        // The first word of a company's name with its legal form elsewhere in the document: the
        // company's short form (review39); not after a longer name without one.
        for (name, kept) in [("GDP Corp", true), ("GDP Toledo", false)] {
            let words = "\(name) said sales rose . GDP said it would buy".split(separator: " ").map { WordAttributes(testing: String($0)) }
            var tags = [EntityTag](repeating: .outside, count: words.count)
            (tags[0], tags[1], tags[6]) = (.begin(.organization), .inside(.organization), .begin(.organization))
            var expected = tags
            if !kept { expected[6] = .outside }
            words.withUnsafeBufferPointer { CommonAbbreviations.apply($0, sentences: [0..<6, 6..<11], tags: &tags) }
            #expect(tags == expected, "\(name)")
        }
        // Not in capitals: "Ai" is a name ("Ai Weiwei").
        s = "Ai spoke"
        given = Self.tags(s, [(0, 1, .person)])
        #expect(Self.apply(s, tags: given) == given)
    }
}
