import GlossCore
import Testing

@testable import GlossEntities

@Suite struct PlacedOrganisationsTests {
    static let gazetteer = Gazetteer(text: "city\tnewport news\ncity\tdetroit\ncountry\tchina\n")

    /// The tags of the space-separated words of `sentence` after the rule, given the tagger's
    /// `tags` (all O when empty), described with the bundled lexicon and the test's gazetteer.
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsNamesTests.applying(PlacedOrganisations.apply, to: sentence, tags: given, gazetteer: Self.gazetteer)
    }

    /// The tags of `sentence` with the names in `names` (`NewsNamesTests.tags`).
    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] { NewsNamesTests.tags(sentence, names) }

    @Test func aNewspaperNamedAfterItsCityIsOneOrganisation() throws {
        // The city found, the paper's word left untagged.
        var s = "a reporter for the Baltimore Sun asked"
        #expect(try Self.apply(s, tags: Self.tags(s, [(4, 1, .location)])) == Self.tags(s, [(4, 2, .organization)]))
        s = "she wrote for the San Jose Mercury News for years"
        #expect(try Self.apply(s, tags: Self.tags(s, [(4, 2, .location)])) == Self.tags(s, [(4, 4, .organization)]))
        // The whole read as a place.
        s = "the story ran in the Kansas City Star last week"
        #expect(try Self.apply(s, tags: Self.tags(s, [(5, 3, .location)])) == Self.tags(s, [(5, 3, .organization)]))
    }

    @Test func aDailyNamedAfterItsCountryIsAnOrganisation() throws {
        let s = "the news was reported by the China Daily on Monday"
        #expect(try Self.apply(s, tags: Self.tags(s, [(6, 2, .location)])) == Self.tags(s, [(6, 2, .organization)]))
    }

    @Test func aPlaceWhoseNameEndsInAPapersWordStaysAPlace() throws {
        // A listed place's name.
        var s = "the shipyard in Newport News closed"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .location)])) == Self.tags(s, [(3, 2, .location)]))
        // A capitalised word goes on: no paper's name ends there.
        s = "he went to the Detroit Post Office"
        #expect(try Self.apply(s, tags: Self.tags(s, [(4, 1, .location)])) == Self.tags(s, [(4, 1, .location)]))
        // A headline's words.
        s = "Detroit News Lifts Car Stocks"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .location)])) == Self.tags(s, [(0, 1, .location)]))
    }

    @Test func aPapersTitleAfterALowerCaseTheIsAnOrganisation() throws {
        var s = "he told the Financial Times that rates would rise"
        #expect(try Self.apply(s) == Self.tags(s, [(3, 2, .organization)]))
        // Words that end other names than papers' ("the Good News", "the North Star").
        s = "we heard the Good News on Sunday"
        #expect(try Self.apply(s) == Self.tags(s, []))
        s = "they followed the North Star home"
        #expect(try Self.apply(s) == Self.tags(s, []))
        // One word alone is no title.
        s = "it was in the Times today"
        #expect(try Self.apply(s) == Self.tags(s, []))
    }

    @Test func aPlaceBeforeAnInstitutionsNameBelongsToIt() throws {
        var s = "the Florida Department of Law Enforcement is investigating"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 1, .location), (2, 4, .organization)])) == Self.tags(s, [(1, 5, .organization)]))
        s = "the Hong Kong Association of Banks cut rates"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .location), (3, 3, .organization)])) == Self.tags(s, [(1, 5, .organization)]))
        s = "a vote in the US Senate today"
        #expect(try Self.apply(s, tags: Self.tags(s, [(4, 1, .location), (5, 1, .organization)])) == Self.tags(s, [(4, 2, .organization)]))
    }

    @Test func aPlaceBeforeAnAgencyWithoutAHeadStaysAPlace() throws {
        // No head: a country and its agency.
        var s = "a spokesman for the U.S. Treasury said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(4, 1, .location), (5, 1, .organization)])) == Self.tags(s, [(4, 1, .location), (5, 1, .organization)]))
        // An address's "-based", and a company in capitals.
        s = "the Hamburg-based Vereinsbank AG said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 1, .location), (2, 2, .organization)])) == Self.tags(s, [(1, 1, .location), (2, 2, .organization)]))
        s = "a plant in Dakota City IBP Inc said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 2, .location), (5, 2, .organization)])) == Self.tags(s, [(3, 2, .location), (5, 2, .organization)]))
    }

    @Test func aPartyOfAPlaceIsOneName() throws {
        var s = "the Communist Party of China held its congress"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .organization), (4, 1, .location)])) == Self.tags(s, [(1, 4, .organization)]))
        // A legal form's "of" gives a company's seat.
        s = "the Security Group Inc of Houston said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 3, .organization), (5, 1, .location)])) == Self.tags(s, [(1, 3, .organization), (5, 1, .location)]))
        // A capitalised word goes on after the place.
        s = "the Liberal Party of Canada Youth wing"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .organization), (4, 1, .location)])) == Self.tags(s, [(1, 2, .organization), (4, 1, .location)]))
    }
}
