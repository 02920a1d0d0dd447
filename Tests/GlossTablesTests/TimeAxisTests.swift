import GlossTables
import Testing

@Suite struct TimeAxisTests {
    @Test func fourDecadesAreStillMonths() throws {
        let axis = try #require(TimeAxis(months: ["1987-02", "2026-02"]))
        #expect(axis.unit == .month && axis.labels.count == 469)
    }

    @Test func emptyMonthsAreOnTheAxis() throws {
        let axis = try #require(TimeAxis(months: ["2025-03", "2024-11"]))
        #expect(axis.unit == .month)
        #expect(axis.labels == ["2024-11", "2024-12", "2025-01", "2025-02", "2025-03"])
        let values = axis.values(["2024-11": 4, "2025-03": 1], combine: { $0.reduce(0, +) }, empty: 0)
        #expect(values == [4, 0, 0, 0, 1])
    }

    @Test func decadesAreShownByYear() throws {
        let axis = try #require(TimeAxis(months: ["1950-03", "1950-04", "2025-06"]))
        #expect(axis.unit == .year, "906 months: more than maxPeriods")
        #expect(axis.labels.first == "1950" && axis.labels.last == "2025" && axis.labels.count == 76)
        #expect(axis.period(of: "1950-04") == "1950")
        let values = axis.values(["1950-03": 2, "1950-04": 3, "2025-06": 1], combine: { $0.reduce(0, +) }, empty: 0)
        #expect(values.first == 5 && values.last == 1 && values.reduce(0, +) == 6)
    }

    @Test func absurdSpansKeepOnlyTheYearsWithDocuments() throws {
        let axis = try #require(TimeAxis(months: ["0001-01", "2025-02", "9999-12"]))
        #expect(axis.labels == ["0001", "2025", "9999"])
    }

    @Test func noMonthsNoAxis() {
        #expect(TimeAxis(months: []) == nil)
        #expect(TimeAxis(months: ["2025-13", "x"]) == nil)
    }
}
