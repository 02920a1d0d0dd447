import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CompanyEvidencePlacesTests {
    static let gazetteer = Gazetteer(text: "city\tmidvale\ncity\tportley\nstate\ttexas\nstate\tcarrow\ncountry\tcanada\n")

    /// The tags after `CompanyEvidence` of a document of sentences marked as
    /// `CompanyEvidenceTests.apply` reads them ("/L" begins a place, "/K" is inside one).
    static func apply(_ sentences: [String]) -> [[EntityTag]] { CompanyEvidenceTests.apply(sentences, gazetteer: gazetteer) }

    /// The types of the document's names, in order.
    static func types(_ sentences: [String]) -> [EntityType?] { CompanyEvidenceTests.types(sentences, gazetteer: gazetteer) }

    @Test func aOneWordPlaceTheDocumentCallsACompanyIsOne() {
        // A legal form that ends the name, "'s" and a company's part, an apposition, a staff
        // noun's employer, a company's noun for a word no list gives as a place.
        #expect(Self.types(["Midvale/L said profit rose .", "Midvale/L Co said it would pay ."]) == [.organization, .organization])
        #expect(Self.types(["Quorvane/L grew .", "Quorvane/L 's directors met ."]) == [.organization, .organization])
        #expect(Self.types(["Quorvane/L grew .", "Quorvane/L , a maker of pumps , said ."]) == [.organization, .organization])
        #expect(Self.types(["Quorvane/L grew .", "a Quorvane/L spokesman said ."]) == [.organization, .organization])
        #expect(Self.types(["Quorvane/L grew .", "Quorvane/L shares rose ."]) == [.organization, .organization])
        // The tagger's place with a legal form read into it is the company, and so are the
        // document's other mentions of its word.
        #expect(
            Self.apply(["talks with < Carrow/L Corp/K > began .", "Carrow/L will invest ."])
                == [[.outside, .outside, .outside, .begin(.organization), .inside(.organization), .outside, .outside, .outside],
                    [.begin(.organization), .outside, .outside, .outside]])
    }

    @Test func aPlacesCueAnywhereKeepsThePlace() {
        #expect(Self.types(["a plant in Midvale/L .", "Midvale/L Co said ."]) == [.location, .location])
        #expect(Self.types(["Midvale/L , Texas/L , grew .", "Midvale/L Co said ."]) == [.location, .location, .location])
        // The state of "City, State" that an apposition follows: "Milan, Ohio, the venture company".
        #expect(
            Self.types(["based in Midvale/L , Carrow/L , the venture company , makes parts ."]) == [.location, .location])
        // Not a comma after an unlisted word: "Quorvane, Carrow, a maker of pumps" stays a company's cue.
        #expect(Self.types(["Quorvane/L , Carrow/L , a maker of pumps , grew ."]) == [.location, .organization])
        // "in" before the word and "'s" is a company's too: no place's cue.
        #expect(Self.types(["a rise in Midvale/L 's profit .", "Midvale/L Co said ."]) == [.organization, .organization])
    }

    @Test func aWordInsideALongerNameIsNoCue() {
        // The word ends or sits inside a company's name: "Brackwell Portley Ltd", "Bank of
        // Portley Inc", "Smith and Portley Inc".
        #expect(Self.types(["Portley/L grew .", "Brackwell Portley/L Ltd said ."]) == [.location, .location])
        #expect(Self.types(["Portley/L grew .", "the Bank of Portley/L Inc said ."]) == [.location, .location])
        #expect(Self.types(["Portley/L grew .", "Smith and Portley/L Inc said ."]) == [.location, .location])
        // A legal form that does not end the name: "the Portley Group of Six".
        #expect(Self.types(["Portley/L grew .", "the Portley/L Group of Six met ."]) == [.location, .location])
        #expect(Self.types(["Portley/L grew .", "Portley/L Co Bank said ."]) == [.location, .location])
    }

    @Test func listedPlacesAndCountriesNeedMore() {
        // A listed city's market is no company: "Portley shares closed higher".
        #expect(Self.types(["Portley/L grew .", "Portley/L shares closed higher ."]) == [.location, .location])
        // A listed city's official or spokesman is the city's ("a Nagoya official"), as
        // `EmployerNames` reads it; an unlisted word's is a firm's (above).
        #expect(Self.types(["a Portley/L official said .", "Portley/L hopes to grow ."]) == [.location, .location])
        #expect(Self.types(["Portley/L grew .", "a Portley/L spokesman said ."]) == [.location, .location])
        // A country is never re-typed, nor a longer place that begins with the word ("Portley
        // Heights"), though its one-word mention a legal form follows is.
        #expect(Self.types(["Canada/L grew .", "Canada/L Ltd said ."]) == [.location, .location])
        #expect(Self.types(["Portley/L Heights/K grew .", "Portley/L Co said ."]) == [.location, .organization])
        // No cue at all.
        #expect(Self.types(["Quorvane/L grew .", "Quorvane/L said profit rose ."]) == [.location, .location])
    }

    @Test func personsAreJudgedAsBefore() {
        // The place's evidence leaves the persons' alone.
        #expect(Self.types(["Quorvane/L grew .", "Odin/P grew .", "Odin shares rose ."]) == [.location, .organization])
        #expect(Self.apply([]) == [])
        #expect(Self.apply(["Quorvane/L"]) == [[.begin(.location)]])
    }
}
