import Testing

@testable import GlossText

@Suite struct AbbreviationsTests {
    @Test func titlesNeverEndASentenceAndMustBeCapitalised() {
        #expect(Abbreviations.entry("Mr") == Abbreviations.Entry(kind: .title, capitalised: true))
        #expect(Abbreviations.entry("MRS")?.kind == .title)
        #expect(Abbreviations.entry("Gen")?.kind == .title)
        #expect(Abbreviations.entry("St")?.kind == .title)
        #expect(Abbreviations.entry("gen") == nil)
    }

    @Test func prefixesAndNumberAbbreviationsTakeAnyCase() {
        #expect(Abbreviations.entry("vs")?.kind == .title)
        #expect(Abbreviations.entry("e.g")?.kind == .title)
        #expect(Abbreviations.entry("No")?.kind == .beforeNumber)
        #expect(Abbreviations.entry("pp") == Abbreviations.Entry(kind: .beforeNumber, capitalised: false))
    }

    @Test func generalAbbreviationsMayEndASentence() {
        #expect(Abbreviations.entry("Inc")?.kind == .general)
        #expect(Abbreviations.entry("Dec")?.kind == .general)
        #expect(Abbreviations.entry("Calif")?.kind == .general)
        #expect(Abbreviations.entry("etc") == Abbreviations.Entry(kind: .general, capitalised: false))
        // capitalised-only: the ordinary word is no abbreviation
        #expect(Abbreviations.entry("mar") == nil)
        #expect(Abbreviations.entry("ill") == nil)
    }

    @Test func unknownAndUnfittingWordsAreNotFound() {
        for word in ["home", "U.S", "Bukele", "", "Éd", "approximately"] {
            #expect(Abbreviations.entry(word) == nil, "\(word)")
        }
    }

    @Test func entriesRoundTripThroughTheirCode() {
        for kind in [Abbreviations.Kind.title, .beforeNumber, .general] {
            for capitalised in [false, true] {
                let entry = Abbreviations.Entry(kind: kind, capitalised: capitalised)
                #expect(Abbreviations.Entry(code: entry.code) == entry)
            }
        }
    }

    @Test func everyListedWordIsFound() {
        for word in Abbreviations.titles + Abbreviations.capitalisedGeneral {
            #expect(Abbreviations.entry(word) != nil, "\(word)")
        }
        for word in Abbreviations.prefixes + Abbreviations.numberPrefixes + Abbreviations.general {
            #expect(Abbreviations.entry(word) != nil && Abbreviations.entry(word.uppercased()) != nil, "\(word)")
        }
    }
}
