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

    @Test func theInitialsTestLetEveryRegionThrough() {
        // `isARegion` asks the set only for a last word whose initial `lastInitials` holds: every
        // region's last word and "belt" must be there (the list here is `regions`' own).
        let names = ["midwest", "mideast", "americas", "west", "east", "orient", "middle east", "far east", "near east"]
        #expect(Set(names.map { $0.split(separator: " ").map { NameHeads.hashes(String($0)).first! } }) == RegionNames.regions)
        for last in names.map({ String($0.split(separator: " ").last!) }) + ["belt"] {
            #expect(RegionNames.lastInitials >> (last.utf8.first! & 31) & 1 != 0, "\(last)")
        }
        // Most organisations' last words begin with another letter.
        for last in ["corp", "inc", "co", "ltd", "group"] {
            #expect(RegionNames.lastInitials >> (last.utf8.first! & 31) & 1 == 0, "\(last)")
        }
    }
}
