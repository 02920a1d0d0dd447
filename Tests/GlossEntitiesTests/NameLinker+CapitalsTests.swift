import GlossCore
import Testing

@testable import GlossEntities

@Suite struct NameLinkerCapitalsTests {
    @Test func aPersonInCapitalsThatBeginsAnOrganisationsNameIsTheOrganisation() throws {
        // A headline's "QUILLET DORNE" read as a person; the body's firm.
        let linked = try NameLinkerTests().link(
            "QUILLET DORNE RAISES RATE . Quillet Dorne and Co said", [(0..<2, .person), (5..<9, .organization)])
        #expect(linked.mentions.map(\.type) == [.organization, .organization])
        #expect(linked.entities == [Entity(name: "Quillet Dorne and Co", type: .organization, mentions: 2)])
        // The same words in title case the tagger read as a person's vote as the headline's did
        // (the body's "Merrill Lynch said").
        let body = try NameLinkerTests().link(
            "QUILLET DORNE RAISES RATE . Quillet Dorne said . Quillet Dorne and Co rose", [(0..<2, .person), (5..<7, .person), (9..<13, .organization)])
        #expect(body.mentions.map(\.type) == [.organization, .organization, .organization])
    }

    @Test func otherPersonsStay() throws {
        // In title case ("Henry Ford" beside "Ford Motor Co" is the founder); one word in
        // capitals; a man and a firm the tagger read as one name.
        for (text, names) in [
            ("Quillet Dorne spoke . Quillet Dorne Motor Co said", [(0..<2, EntityType.person), (4..<8, .organization)]),
            ("QUILLET RAISES RATE . Quillet Dorne and Co said", [(0..<1, .person), (4..<8, .organization)]),
            // A man and a firm the tagger read as one name.
            ("QUILLET DORNE SAYS . Quillet Dorne and Vantor Capital Inc said", [(0..<2, .person), (4..<10, .organization)]),
        ] {
            let linked = try NameLinkerTests().link(text, names)
            #expect(linked.mentions.map(\.type) == names.map(\.1), "\(text)")
        }
    }
}
