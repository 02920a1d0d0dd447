import GlossCore
import Testing

@testable import GlossEntities

@Suite struct LawNamesTests {
    /// The tags of `sentence` after `EmployerNames`' pass, which reads the laws.
    static func apply(_ sentence: String, tags given: [EntityTag]) throws -> [EntityTag] {
        try EmployerNamesTests.apply(sentence, tags: given)
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func aPersonOrAnOrganisationBeforeActIsALawWithIt() throws {
        for (s, given, expected) in [
            ("a version of the Quillet Act that protects shipping", [(4, 1, EntityType.person)], [(4, 2, EntityType.miscellaneous)]),
            ("changes to the Quillet - Morvane Act were sought", [(3, 3, .organization)], [(3, 4, .miscellaneous)]),
            ("under the Quillet Deposit Insurance Acts of 1980", [(2, 3, .organization)], [(2, 4, .miscellaneous)]),
        ] {
            #expect(try Self.apply(s, tags: Self.tags(s, given)) == Self.tags(s, expected), "\(s)")
        }
    }

    @Test func aPlaceALowerCaseActAndAnActInCapitalsStay() throws {
        for (s, names) in [
            ("the Tarnford Act protects investors", [(1, 1, EntityType.location)]),
            ("Quillet acts quickly", [(0, 1, .person)]),
            ("QUILLET ACT ON RATES", [(0, 1, .organization)]),
        ] {
            let given = Self.tags(s, names)
            #expect(try Self.apply(s, tags: given) == given, "\(s)")
        }
    }
}
