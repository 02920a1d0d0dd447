/// Turns the dates feeds carry into ISO 8601.
///
/// Requires: a date as a feed wrote it. Provides: RFC 822 dates (RSS `pubDate`:
/// `Tue, 22 Apr 2025 10:15:00 GMT`, `22 Apr 2025 10:15 +0100`, two-digit years, the US zone
/// names) as `2025-04-22T10:15:00Z` or `2025-04-22T10:15:00+01:00`, keeping the offset the feed
/// gave; ISO 8601 / RFC 3339 dates (Atom, `dc:date`) as they are; nil for anything else, which
/// callers keep as written. Costs: a pass over a few dozen bytes.
enum FeedDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: String] = [
        "gmt": "Z", "ut": "Z", "utc": "Z", "z": "Z",
        "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
        "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
    ]

    /// The date as ISO 8601, or nil when it is neither RFC 822 nor ISO 8601.
    static func iso8601(_ raw: String) -> String? {
        let text = raw.trimmingSpaces
        if isISO8601(text) { return text }
        return rfc822(text)
    }

    private static func isISO8601(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { isDigit(bytes[$0]) }
        return digits && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
    }

    private static func rfc822(_ text: String) -> String? {
        var parts = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = parts.first, first.first?.isLetter == true { parts.removeFirst() }  // the weekday
        guard parts.count >= 4,
              let day = Int(parts[0]), (1...31).contains(day),
              let monthIndex = months.firstIndex(of: String(parts[1].prefix(3))),
              var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        let clock = parts[3].split(separator: ":").map { Int($0) }
        guard clock.count >= 2, clock.allSatisfy({ $0 != nil }) else { return nil }
        let hour = clock[0]!, minute = clock[1]!, second = clock.count > 2 ? clock[2]! : 0
        guard hour < 24, minute < 60, second < 61 else { return nil }
        var zone = ""
        if parts.count > 4 {
            let name = parts[4]
            if let known = zones[name] {
                zone = known
            } else if name.count == 5, let sign = name.first, sign == "+" || sign == "-",
                      name.dropFirst().allSatisfy(\.isASCII), let offset = Int(name.dropFirst()) {
                zone = offset == 0 ? "Z" : "\(sign)\(pad(offset / 100)):\(pad(offset % 100))"
            } else {
                return nil
            }
        }
        let year4 = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(year4)-\(pad(monthIndex + 1))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))\(zone)"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    var trimmingSpaces: String { XMLNode.trimmed(Array(utf8)) }
}
