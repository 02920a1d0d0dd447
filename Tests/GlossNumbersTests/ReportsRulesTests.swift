import Testing

@testable import GlossNumbers

/// numbers19's rules, one test per phenomenon that the twelfth probe set (Reports: earnings,
/// budgets, 1980s wire, health and science, property, transport, consumer prices) found short:
/// the Greek mu and the ASCII `u` before the litre's capital `L`, and the tesla without a prefix in
/// lower case.
/// Each test's first expectations are inputs the base (6a52ec0) read otherwise, as its comments
/// say.
@Suite struct ReportsRulesTests {
    typealias D = NumberDetectorTests

    static func units(_ text: String) throws -> [String?] {
        try D.mentions(text).map(\.unit)
    }

    @Test func everyFormOfMicroOnEveryFormOfTheLitre() throws {
        // base 6a52ec0: nothing for the Greek mu or `u` before a capital L (the micro sign had it)
        #expect(try Self.units("Each well held 30 μL of serum.") == ["microliter"])
        #expect(try Self.units("add 5 uL of buffer") == ["microliter"])
        #expect(try Self.units("a 20μL drop") == ["microliter"])
        // as before: the micro sign, either letter case of the litre, other prefixes
        #expect(try Self.units("Add 0.5 µL of the reagent.") == ["microliter"])
        #expect(try Self.units("add 5 μl of buffer") == ["microliter"])
        #expect(try Self.units("add 5 ul of buffer") == ["microliter"])
        #expect(try Self.units("a 10 mL syringe") == ["milliliter"])
        #expect(try Self.units("a 2 dL cup") == ["deciliter"])
        // every prefix form on every form of the symbol is in the table
        for base in ["l", "L"] {
            for micro in ["µ", "μ", "u"] {
                #expect(MetricUnits.symbols[micro + base]?.name == "microliter", "\(micro)\(base)")
            }
        }
    }

    @Test func theTeslaWithoutAPrefixInLowerCase() throws {
        // base 6a52ec0: nothing (the tesla was read only with a prefix)
        #expect(try D.summary("The hospital bought a 3-tesla scanner.") == ["3-tesla=3 tesla"])
        #expect(try Self.units("a field of 1.5 tesla") == ["tesla"])
        #expect(try Self.units("magnets of 7 teslas") == ["tesla"])
        // as before: prefixed in any case, and the carmaker in capitals is no unit
        #expect(try Self.units("fields of 6 milliteslas") == ["millitesla"])
        #expect(try D.mentions("It sold 500 Tesla cars.").allSatisfy { $0.kind != .dimension })
        #expect(try D.mentions("500 Teslas were recalled").allSatisfy { $0.kind != .dimension })
        #expect(try D.mentions("3 TESLA SHARES").allSatisfy { $0.kind != .dimension })
    }
}
