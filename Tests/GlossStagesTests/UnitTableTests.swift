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
}
