import GlossCore
import Testing

@testable import GlossEntities

@Suite struct BusinessAgentsTests {
    /// "Osterlund" stands for a listed state, "Maria" for a listed given name.
    static let gazetteer = Gazetteer(text: "state\tosterlund\ngiven\tmaria\n")

    /// The tags after `OrganisationContexts`, which calls the rule (`PartnerFirmsTests.apply`).
    static func apply(_ text: [(String, EntityTag)]) -> [EntityTag] {
        PartnerFirmsTests.apply(text, gazetteer: gazetteer)
    }

    @Test func aOneWordNameAfterADealAndByIsACompany() {
        let (o, per, loc, org) = (EntityTag.outside, EntityTag.begin(.person), EntityTag.begin(.location), EntityTag.begin(.organization))
        #expect(Self.apply([("growth", o), ("by", o), ("Quorvik", per), ("slowed", o)]) == [o, o, org, o])
        #expect(Self.apply([("a", o), ("takeover", o), ("bid", o), ("by", o), ("Dellmere", loc), (".", o)]) == [o, o, o, o, org, o])
        #expect(Self.apply([("the", o), ("purchase", o), ("by", o), ("Vantor", per), ("of", o), ("a", o), ("plant", o)]) == [o, o, o, org, o, o, o])
    }

    @Test func peoplePlacesAndOtherNounsStay() {
        let (o, per, inPer, loc) = (EntityTag.outside, EntityTag.begin(.person), EntityTag.inside(.person), EntityTag.begin(.location))
        for text in [
            // Not a noun of a company's dealings; a capitalised word after the name; two words.
            [("a", o), ("book", o), ("by", o), ("Quorvik", per), (".", o)],
            [("written", o), ("by", o), ("Quorvik", per), (".", o)],
            [("a", o), ("bid", o), ("by", o), ("Quorvik", per), ("Holdings", o), ("rose", o)],
            [("a", o), ("bid", o), ("by", o), ("Carl", per), ("Quorvik", inPer), (".", o)],
            // A listed state or given name; a word news uses as a person's name.
            [("an", o), ("offer", o), ("by", o), ("Osterlund", loc), (".", o)],
            [("an", o), ("offer", o), ("by", o), ("Maria", per), (".", o)],
            [("an", o), ("offer", o), ("by", o), ("Putin", per), (".", o)],
        ] {
            #expect(Self.apply(text) == text.map(\.1), "\(text.map(\.0))")
        }
        // A word of a longer person's name in the document.
        let text = [("Carl", per), ("Quorvik", inPer), ("spoke", o), ("|", o), ("a", o), ("bid", o), ("by", o), ("Quorvik", per), (".", o)]
        #expect(Self.apply(text) == text.filter { $0.0 != "|" }.map(\.1))
    }
}
