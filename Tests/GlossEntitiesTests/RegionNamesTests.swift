import GlossCore
import Testing

@testable import GlossEntities

@Suite struct RegionNamesTests {
    /// The tags `CoordinatedCompanies` (whose walk over organisations' names asks the rule) leaves.
    static func apply(_ sentence: String, _ names: [(Int, Int, EntityType)]) throws -> [EntityTag] {
        try ConjoinedOrganisationsTests.apply(sentence, tags: NewsNamesTests.tags(sentence, names))
    }

    @Test func aRegionReadAsAnOrganisationIsAPlace() throws {
        for (s, given) in [
            ("barges carried grain from the Midwest to the Gulf", [(5, 1, EntityType.organization)]),
            ("rain fell over the western Corn Belt this week", [(5, 2, .organization)]),
            ("exports to the Americas rose", [(3, 1, .organization)]),
            ("a bank in the Middle East said", [(4, 2, .organization)]),
            ("one Midwest cash grain trader said", [(1, 1, .organization)]),
        ] {
            let expected = given.map { ($0.0, $0.1, EntityType.location) }
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, expected), "\(s)")
        }
    }

    @Test func companiesNamedLikeRegionsStay() throws {
        for (s, given) in [
            // At a clause's start; before a capitalised word; a longer name; no region.
            ("Midwest acts as an administrator for the plan", [(0, 1, EntityType.organization)]),
            ("the Midwest Stock Exchange opened late", [(1, 3, .organization)]),
            ("shares of the Corn Belt Bancorp rose", [(3, 3, .organization)]),
            ("shares of America West rose", [(2, 2, .organization)]),
            ("the Quillet Belt Co said", [(1, 3, .organization)]),
        ] {
            #expect(try Self.apply(s, given) == NewsNamesTests.tags(s, given), "\(s)")
        }
    }
}
