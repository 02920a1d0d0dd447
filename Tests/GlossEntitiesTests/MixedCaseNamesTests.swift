import GlossCore
import Testing

@testable import GlossEntities

@Suite struct MixedCaseNamesTests {
    static let gazetteer = Gazetteer(text: "city\tcitygate\n")

    /// The tags of the space-separated words of `sentence` after the rule, given the tagger's
    /// `tags` (all O when empty).
    static func apply(_ sentence: String, tags given: [EntityTag] = []) throws -> [EntityTag] {
        try NewsNamesTests.applying(MixedCaseNames.apply, to: sentence, tags: given, gazetteer: Self.gazetteer)
    }

    static func tags(_ sentence: String, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        NewsNamesTests.tags(sentence, names)
    }

    @Test func theInnerCapitalIsWhereTheSecondPartBegins() {
        #expect(WordAttributes(testing: "GreenLeaf").innerCapital == 5)
        #expect(WordAttributes(testing: "BofQ").innerCapital == 3)
        #expect(WordAttributes(testing: "XYTrading").innerCapital == 2)
        #expect(WordAttributes(testing: "ZoB").innerCapital == 2)
        // A lower-case start counts as a letter before the capital (the rule wants a capital first).
        #expect(WordAttributes(testing: "iWidget").innerCapital == 1)
        // None: one capital, all capitals, a plural of an acronym, a unit, a mark or an underscore.
        for word in ["Greenleaf", "XYZ", "CDs", "GHz", "O'Hara", "Q'Tel", "Auto/TruckHalt", "DVD_files"] {
            #expect(WordAttributes(testing: word).innerCapital == 0, "\(word)")
        }
    }

    @Test func aLoneMixedCaseWordIsAnOrganisation() throws {
        // Untagged and ending in a capital, and a one-word person or place the tagger guessed.
        var s = "analysts at GreenLeafX and ZoB cut their forecasts"
        #expect(try Self.apply(s) == Self.tags(s, [(2, 1, .organization), (4, 1, .organization)]))
        s = "XYTrading said profits rose"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .person)])) == Self.tags(s, [(0, 1, .organization)]))
        s = "funds pulled from GreenLeaf last week"
        #expect(try Self.apply(s, tags: Self.tags(s, [(3, 1, .location)])) == Self.tags(s, [(3, 1, .organization)]))
        s = "XYTrading rose"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .location)])) == Self.tags(s, [(0, 1, .organization)]))
        // After an article.
        s = "voters backed the FdQ in the east"
        #expect(try Self.apply(s) == Self.tags(s, [(3, 1, .organization)]))
    }

    @Test func surnamesWithAParticleAndListedNamesAreLeftAlone() throws {
        for s in ["McBryde said on Monday", "DeWalter said on Monday", "MacTavish said on Monday", "VonHolt said on Monday"] {
            #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .person)])) == Self.tags(s, [(0, 1, .person)]), "\(s)")
        }
        // Listed in the gazetteer as a city.
        var s = "CityGate has two plants"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .location)])) == Self.tags(s, [(0, 1, .location)]))
        // Two capitals then lower case: an initial glued to a surname.
        s = "ask JWalters for it"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 1, .person)])) == Self.tags(s, [(1, 1, .person)]))
        s = "an abbreviation like PhD or YoY"
        #expect(try Self.apply(s) == Self.tags(s, []))
    }

    @Test func aWordInsideAPersonsNameElsewhereIsLeftAlone() throws {
        let s = "chairman Peter KoLim spoke . KoLim said bids would open"
        let given = Self.tags(s, [(1, 2, .person), (5, 1, .person)])
        #expect(try Self.apply(s, tags: given) == given)
    }

    @Test func anUntaggedWordInTitleCasePartsIsLeftAlone() throws {
        // As often a product as a company; the tagger's person or place is re-typed.
        var s = "it licensed the SpeedWrite program"
        #expect(try Self.apply(s) == Self.tags(s, []))
        s = "analysts at GreenLeaf cut their forecasts"
        #expect(try Self.apply(s) == Self.tags(s, []))
        // Four capitals or more before lower case: a product's name.
        s = "VERTAmix said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(0, 1, .person)])) == Self.tags(s, [(0, 1, .person)]))
    }

    @Test func partsOfLongerNamesAndProductsAreLeftAlone() throws {
        // A capitalised word beside it, a number after it, a possessive before it.
        for s in ["shares of Oxford GreenLeafX rose", "the GreenLeafX Capital Markets unit", "it sold the PowerBoxQ 2 printer",
            "its PageWriterX language", "Acme 's PageWriterX language"] {
            #expect(try Self.apply(s) == Self.tags(s, []), "\(s)")
        }
        // An organisation found already, or part of a longer name of another type.
        var s = "analysts at GreenLeafX said"
        #expect(try Self.apply(s, tags: Self.tags(s, [(2, 1, .organization)])) == Self.tags(s, [(2, 1, .organization)]))
        s = "the GreenLeaf Ocean"
        #expect(try Self.apply(s, tags: Self.tags(s, [(1, 2, .location)])) == Self.tags(s, [(1, 2, .location)]))
    }
}
