import GlossCore
import Testing

@testable import GlossEntities

@Suite struct UntaggedRegionsTests {
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try NewsPersonsTests.applying(sentence, tags: given, sure: 0.9, gazetteer: Gazetteer(text: "")) { words, tags, confidence in
            UntaggedRegions.apply(words, found: RuleWords.find(words, sentences: [0..<words.count]), tags: tags, confidence: confidence)
        }
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aBlocAfterTheIsAPlace() throws {
        for (s, at) in [
            ("the envoy warned the West", 4),
            ("trade with the West fell last year", 3),
            ("The West has little leverage", 1),
            ("talks between the East and Moscow", 3),
            ("exports to the Americas rose", 3),
            ("the West 's response was slow", 1),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, [])) == Self.tags(s, [(at, 1, .location)]), "\(s)")
        }
    }

    @Test func aCompassWordJoinsTheRegion() throws {
        for (s, given, expected) in [
            ("hotels in Western Europe rose", [(3, 1, EntityType.location)], [(2, 2, EntityType.location)]),
            ("sales to Eastern Europe fell", [(2, 1, .organization), (3, 1, .location)], [(2, 2, .location)]),
            ("Northern Canada had snow", [(1, 1, .location)], [(0, 2, .location)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func theNetherlandsLosesItsArticle() throws {
        let s = "ships idle in the Netherlands and Spain"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .location), (6, 1, .location)])) == Self.tags(s, [(4, 1, .location), (6, 1, .location)]))
    }

    @Test func nearMissesAreLeft() throws {
        for (s, names) in [
            // A capital after the bloc's word, a place's part, no "the", a lower-case word.
            ("the West German banks said", [(Int, Int, EntityType)]()),
            ("storms hit the West coast", []),
            ("prices in West rose", []),
            ("the west is dry", []),
            // The tagger's name; a compass word after a capitalised word or before a place no
            // region list holds.
            ("the West Bank border", [(1, 2, .location)]),
            ("Illinois Central Asia fund", [(0, 1, .location), (2, 1, .location)]),
            ("Central Quorvik fell", [(1, 1, .location)]),
            ("in Netherlands Antilles", [(1, 2, .location)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
