import Testing

@testable import GlossNumbers

@Suite struct NumeralTests {
    static func numeral(_ text: String) -> Numeral? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Numeral($0.baseAddress!, from: 0, to: $0.count) }
    }

    @Test func separatorsWesternAndIndian() {
        #expect(Self.numeral("1,234,567")?.value.description == "1234567")
        #expect(Self.numeral("12,34,567")?.value.description == "1234567")
        #expect(Self.numeral("1,234.5")?.value.description == "1234.5")
        #expect(Self.numeral("1,234")?.hasSeparators == true)
    }

    @Test func aSingleShortCommaGroupIsADecimalComma() {
        #expect(Self.numeral("5,00")?.value.description == "5")
        #expect(Self.numeral("3,5")?.value.description == "3.5")
        #expect(Self.numeral("22,24,26") == nil)  // a list
    }

    @Test func signsFractionsOrdinalsDecades() {
        #expect(Self.numeral("-5")?.value.description == "-5")
        #expect(Self.numeral("-5")?.isSigned == true)
        #expect(Self.numeral("3/4")?.form == .fraction)
        #expect(Self.numeral("3/4")?.value.description == "0.75")
        #expect(Self.numeral("½")?.value.description == "0.5")
        #expect(Self.numeral("⅔")?.value.description == "0.666666666666667")
        #expect(Self.numeral("21st")?.form == .ordinal)
        #expect(Self.numeral("1990s")?.form == .decade)
        #expect(Self.numeral("1990s")?.value.description == "1990")
        #expect(Self.numeral("12abc") == nil)
        #expect(Self.numeral("1.2.3") == nil)
    }

    @Test func groupsOfThreeAfterAShortLead() throws {
        #expect(try #require(Self.numeral("40")).canLeadGroups)
        #expect(try #require(Self.numeral("000")).isGroupOfThree)
        #expect(try !#require(Self.numeral("2009")).canLeadGroups)
    }
}
