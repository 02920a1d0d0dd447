/// The time axis of the report's charts over publication dates: every month from the first
/// month with documents to the last, the empty ones included, so that the gaps in an archive
/// show as gaps; or every year when that would be more than `maxPeriods` months (an archive
/// of decades), and only the years with documents when even the years are too many (dates
/// from year 1 to 9999 are a source's error, and would make the report huge).
///
/// Cost: linear in the periods shown, at most `maxPeriods`.
public struct TimeAxis: Sendable, Equatable {
    public enum Unit: String, Sendable {
        case month, year
    }

    /// The most columns a chart gets before months become years.
    public static let maxPeriods = 600

    public let unit: Unit
    /// Every period shown, oldest first: `YYYY-MM` or `YYYY`.
    public let labels: [String]

    /// The axis over the months (`YYYY-MM`, any order) that have documents; nil when there are none.
    public init?(months: [String]) {
        let indexes = months.compactMap(Self.monthIndex)
        guard let first = indexes.min(), let last = indexes.max() else { return nil }
        if last - first < Self.maxPeriods {
            unit = .month
            labels = (first...last).map(Self.monthLabel)
        } else if last / 12 - first / 12 < Self.maxPeriods {
            unit = .year
            labels = (first / 12...last / 12).map { Self.yearLabel($0) }
        } else {
            unit = .year
            labels = Set(indexes.map { $0 / 12 }).sorted().map { Self.yearLabel($0) }
        }
    }

    /// The label of the period a month (`YYYY-MM`) falls in.
    public func period(of month: String) -> String {
        unit == .month ? month : String(month.prefix(4))
    }

    /// One value per period: `combine` of the values of its months (from `values`, months as
    /// keys), or `empty` for a period with none.
    public func values(_ values: [String: Double], combine: ([Double]) -> Double, empty: Double) -> [Double] {
        var byPeriod: [String: [Double]] = [:]
        for (month, value) in values { byPeriod[period(of: month), default: []].append(value) }
        return labels.map { byPeriod[$0].map(combine) ?? empty }
    }

    /// Months since year 0 of `YYYY-MM…`; nil for another shape.
    static func monthIndex(_ label: String) -> Int? {
        let utf8 = Array(label.utf8.prefix(7))
        guard utf8.count == 7, utf8[4] == UInt8(ascii: "-"),
            let year = Int(String(decoding: utf8[0..<4], as: UTF8.self)),
            let month = Int(String(decoding: utf8[5..<7], as: UTF8.self)), (1...12).contains(month)
        else { return nil }
        return year * 12 + month - 1
    }

    private static func monthLabel(_ index: Int) -> String {
        yearLabel(index / 12) + "-" + (index % 12 + 1 < 10 ? "0" : "") + String(index % 12 + 1)
    }

    private static func yearLabel(_ year: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    }
}
