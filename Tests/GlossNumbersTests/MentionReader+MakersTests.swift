import Testing

@testable import GlossNumbers

/// `MentionReader.isMakersName`: the carmaker's teslas in chat and the chipmaker Micron in a
/// sentence are no units; the units stay where a field, a hyphen, a decimal or a title-case
/// headline says so.
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

    @Test func micronBeforeACommonNounIsTheFirm() throws {
        // base 2afde37: micrometres
        #expect(try ReportsRulesTests.units("It owns 500,000 Micron common shares.") == [nil])
        #expect(try ReportsRulesTests.units("It bought 300 Micron chips.") == [nil])
        // before a word in capitals, a chip process's length: a 2 µm process (review42)
        #expect(try ReportsRulesTests.units("It will offer two Micron CMOS processes.") == ["micrometer"])
        #expect(try ReportsRulesTests.units("The fab runs 3 Micron NMOS lines.") == ["micrometer"])
        // lower case, the plural and a title-case headline keep the length
        #expect(try ReportsRulesTests.units("a 5 micron filter") == ["micrometer"])
        #expect(try ReportsRulesTests.units("fibres 400 microns thick") == ["micrometer"])
        #expect(try ReportsRulesTests.units("Film Is 5 Micron Thick") == ["micrometer"])
        #expect(try ReportsRulesTests.units("Film Is 5 Microns Thick") == ["micrometer"])
    }
}
