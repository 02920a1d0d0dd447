import Testing

@testable import GlossNumbers

/// `MentionReader.isMakersName`: the carmaker's teslas in chat and the chipmaker Micron in a
/// sentence are no units; the units stay where a field, a hyphen, a decimal or a title-case
/// headline says so.
@Suite struct MentionReaderMakersTests {
    typealias D = NumberDetectorTests

    static func units(_ text: String) throws -> [String?] {
        try D.mentions(text).map(\.unit)
    }

    @Test func teslasInChatAreCars() throws {
        // base 2afde37: 2 and 3 tesla
        #expect(try Self.units("we have 2 teslas and a truck lol") == [nil])
        #expect(try Self.units("bought 3 tesla last year") == [nil])
        #expect(try Self.units("the lot had 40 teslas for sale") == [nil])
        // a field, a magnet, a scanner near it; a hyphen; a decimal: the unit
        #expect(try Self.units("magnets of 7 teslas") == ["tesla"])
        #expect(try Self.units("a 3 tesla MRI machine") == ["tesla"])
        #expect(try Self.units("the field reached 45 tesla") == ["tesla"])
        #expect(try Self.units("The hospital bought a 3-tesla scanner.") == ["tesla"])
        #expect(try Self.units("a reading of 1.5 tesla") == ["tesla"])
        #expect(try Self.units("fields of 6 milliteslas") == ["millitesla"])
    }

    @Test func micronInASentenceIsTheFirm() throws {
        // base 2afde37: micrometres
        #expect(try Self.units("It owns 500,000 Micron common shares.") == [nil])
        #expect(try Self.units("It will offer two Micron CMOS processes.") == [nil])
        #expect(try Self.units("It bought 300 Micron chips.") == [nil])
        // lower case, the plural and a title-case headline keep the length
        #expect(try Self.units("a 5 micron filter") == ["micrometer"])
        #expect(try Self.units("fibres 400 microns thick") == ["micrometer"])
        #expect(try Self.units("Film Is 5 Micron Thick") == ["micrometer"])
        #expect(try Self.units("Film Is 5 Microns Thick") == ["micrometer"])
    }
}
