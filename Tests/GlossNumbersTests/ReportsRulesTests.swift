import Testing

@testable import GlossNumbers

/// numbers19's rules, one test per phenomenon that the twelfth probe set (Reports: earnings,
/// budgets, 1980s wire, health and science, property, transport, consumer prices) found short:
/// the Greek mu and the ASCII `u` before the litre's capital `L`, the tesla without a prefix in
/// lower case, and a range whose ends both carry a fused `m` read as millions from its high end.
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

    @Test func aRangeOfFusedMillionsTakesItsHighEndsReading() throws {
        // base 6a52ec0: the low end was 2.1 metres, the range [2.1, 2400000]
        let range = try D.mentions("The group sees volumes from 2.1m to 2.4m units.")
        #expect(range.count == 1)
        #expect(range.first?.value?.double == 2_100_000)
        #expect(range.first?.high?.double == 2_400_000)
        #expect(range.first?.unit == nil)
        for text in ["between 2.1m and 2.4m visitors came", "from 2.1m to 2.4m extra passengers", "2.1m–2.4m new homes"] {
            let found = try D.mentions(text)
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.value?.double == 2_100_000, "\(text)")
            #expect(found.first?.unit == nil, "\(text)")
        }
        #expect(try D.mentions("2.1m or 2.4m units").map { $0.value?.double } == [2_100_000, 2_400_000])
        // with a hyphen in one word the same range since numbers20 (`TradesRulesTests`; it had
        // been a code, as `10b-13` is)
        #expect(try D.mentions("sales of 1.5m-1.8m cars are seen").map { $0.high?.double } == [1_800_000])
        // a high end read as metres keeps the low end in metres, as do ends with no count after
        #expect(try D.mentions("Waves of 2.1m to 2.4m are expected.").allSatisfy { $0.value?.double ?? 0 < 10 })
        #expect(try D.mentions("walls of 1.5m to 1.8m high blocks").allSatisfy { $0.value?.double ?? 0 < 10 })
        #expect(try D.mentions("swells of 1.5m to 2.5m waves").allSatisfy { $0.value?.double ?? 0 < 10 })
        // as before: a lone decimal before a count is millions, before no count metres
        #expect(try D.summary("it sold 1.2m replica shirts") == ["1.2m=1200000"])
        #expect(try Self.units("the ceiling is 2.4m high") == ["meter"])
    }

    @Test func aChainOfFusedMillionsIsReadInOnePass() throws {
        // review37: each low end asked its high end, which asked its own, so a chain of n ends
        // cost n²/2 checks and recursed n deep (8,000 ends took 59 s in release, 300,000
        // overflowed the stack); the high end is now read on its own
        let chain = "Sales went from " + String(repeating: "1.1m to ", count: 40_000) + "1.2m units."
        #expect(try !D.mentions(chain).isEmpty)
        #expect(try D.mentions("from 2.1m to 2.4m units").first?.value?.double == 2_100_000)
    }
}
