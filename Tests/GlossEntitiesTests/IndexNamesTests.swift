import GlossCore
import Testing

@testable import GlossEntities

@Suite struct IndexNamesTests {
    /// The tags of `sentence` after `EmployerNames`' pass, which reads the indices.
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try EmployerNamesTests.apply(sentence, tags: given)
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func anIndexReadAsACompanyEndingInIndustrialIsOneMiscellaneousNameWithItsTitleCaseWords() throws {
        let s = "the Quillet Morvane Industrial Average fell 20 points"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 3, .organization)])) == Self.tags(s, [(1, 4, .miscellaneous)]))
    }

    @Test func anIndexReadAsAPersonIsMiscellaneous() throws {
        for (s, given, expected) in [
            ("the Quillet Morvane Industrial Average fell", [(1, 2, EntityType.person)], [(1, 4, EntityType.miscellaneous)]),
            ("the Quillet index rose", [(1, 1, .person)], [(1, 1, .miscellaneous)]),
            ("the Quillet Index rose", [(1, 1, .person)], [(1, 2, .miscellaneous)]),
            ("the Quillet average rose", [(1, 1, .person)], [(1, 1, .miscellaneous)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func anyNameBeforeIndustrialAverageOrIndustrialsIsMiscellaneous() throws {
        for (s, given) in [
            ("the Quillet Morvane industrial average fell", [(1, 2, EntityType.location)]),
            ("one of the Quillet Morvane industrials fell", [(3, 2, .organization)]),
        ] {
            let first = given[0].0
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, [(first, 2, .miscellaneous)]), "\(s)")
        }
    }

    @Test func aCompanyOrAPlaceBeforeIndexOrAverageStays() throws {
        for (s, names) in [
            // The compiler, the market, a place's statistic.
            ("the Quillet Bank index of 60 shares rose", [(1, 2, EntityType.organization)]),
            ("the Tarnford index fell", [(1, 1, .location)]),
            ("above the Quillet average of 8 pct", [(2, 1, .organization)]),
            // "industrial" before another word.
            ("the Quillet industrial output rose", [(1, 1, .person)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
