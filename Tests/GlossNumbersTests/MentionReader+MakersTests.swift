import Testing

@testable import GlossNumbers

/// `MentionReader.isMakersName`: the carmaker's teslas in chat are no units; the unit stays
/// where a field, a hyphen or a decimal says so. (The chipmaker Micron is a brand's use of a
/// unit word since numbers21: `RelationsRulesTests.aTitleCaseUnitWordBeforeThePluralItCountsIsABrand`.)
@Suite struct MentionReaderMakersTests {
    typealias D = NumberDetectorTests

    @Test func teslasInChatAreCars() throws {
        // base 2afde37: 2 and 3 tesla
        #expect(try ReportsRulesTests.units("we have 2 teslas and a truck lol") == [nil])
        #expect(try ReportsRulesTests.units("bought 3 tesla last year") == [nil])
        #expect(try ReportsRulesTests.units("the lot had 40 teslas for sale") == [nil])
        // a field, a magnet, a scanner near it; a hyphen; a decimal: the unit
        #expect(try ReportsRulesTests.units("magnets of 7 teslas") == ["tesla"])
        #expect(try ReportsRulesTests.units("a 3 tesla MRI machine") == ["tesla"])
        #expect(try ReportsRulesTests.units("the field reached 45 tesla") == ["tesla"])
        #expect(try ReportsRulesTests.units("The hospital bought a 3-tesla scanner.") == ["tesla"])
        #expect(try ReportsRulesTests.units("a reading of 1.5 tesla") == ["tesla"])
        #expect(try ReportsRulesTests.units("fields of 6 milliteslas") == ["millitesla"])
    }
}
