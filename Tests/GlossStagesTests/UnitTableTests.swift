import Testing

@testable import GlossStages

@Suite struct UnitTableTests {
    @Test func unitsAndCurrencies() {
        #expect(UnitTable.suffixes["km"]?.name == "kilometer")
        #expect(UnitTable.suffixes["degrees celsius"]?.kind == .temperature)
        #expect(UnitTable.suffixes["C"]?.caseSensitive == true)
        #expect(UnitTable.suffixes["years old"]?.kind == .age)
        #expect(UnitTable.suffixes["euros"]?.currency == "EUR")
        #expect(UnitTable.currencyPrefixes["us$"]?.currency == "USD")
        #expect(UnitTable.currencyPrefixes["rs"]?.currency == "INR")
    }

    @Test func everyKeyFitsTheLongestLengths() {
        for key in UnitTable.suffixes.keys {
            #expect(key.split(separator: " ").count <= UnitTable.longestSuffix, "\(key)")
        }
        for key in UnitTable.modifiers.keys {
            #expect(key.split(separator: " ").count <= UnitTable.longestModifier, "\(key)")
        }
    }

    @Test func isoCodesAlsoComeInMillions() {
        #expect(UnitTable.currencyPrefixes["mchf"]?.power == 6)
        #expect(UnitTable.currencyPrefixes["mchf"]?.currency == "CHF")
        #expect(UnitTable.suffixes["mjpy"]?.power == 6)
        #expect(UnitTable.currencyPrefixes["chf"]?.power == 0)
        // a sign or a name has no millions form
        #expect(UnitTable.currencyPrefixes["m$"] == nil)
        #expect(UnitTable.suffixes["meuros"] == nil)
    }
}
