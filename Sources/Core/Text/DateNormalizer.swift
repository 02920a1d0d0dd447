/// Turns the dates pages, feeds and archives write into ISO 8601: `2025-04-21` for a day,
/// `2025-04-21T09:30:00Z` or `2025-04-21T11:30:00+02:00` for a time.
///
/// Reads ISO 8601 and RFC 3339 variants (space for `T`, fractions, `+0200` offsets), RFC 822
/// and 1123 (`Mon, 21 Apr 2025 09:30:00 GMT`; RFC 822's two-digit years too), `April 21, 2025`, `21 April 2025`, `2025/04/21`,
/// and Unix times in seconds or milliseconds. Named zones other than GMT/UTC/Z and the US
/// ones are dropped (the local time is kept without an offset).
/// Cost: one pass over a short string; no Foundation formatters.
public enum DateNormalizer {
    /// The ISO 8601 form of `value`, or nil if it is not a date this reads.
    public static func normalize(_ value: String) -> String? {
        var scanner = Scanner(Array(value.utf8))
        scanner.skipSpaces()
        if let result = scanner.iso() { return result }
        scanner = Scanner(Array(value.utf8))
        if let result = scanner.written() { return result }
        return nil
    }

    /// A date found in a URL path: `/2019/11/19/` or `/2019-11-19/` (years 1990–2099).
    public static func fromURL(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        var index = 0
        while index + 10 <= bytes.count {
            if bytes[index] == 0x2F, let year = number(bytes, index + 1, 4), (1990...2099).contains(year) {
                let separator = bytes[safe: index + 5]
                if separator == 0x2F || separator == 0x2D, let month = number(bytes, index + 6, 2), (1...12).contains(month),
                    bytes[safe: index + 8] == separator, let day = number(bytes, index + 9, 2), (1...31).contains(day)
                {
                    return "\(year)-\(pad(month))-\(pad(day))"
                }
            }
            index += 1
        }
        return nil
    }

    static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<start + count {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static let months: [String] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }
        var current: UInt8? { bytes[safe: index] }

        mutating func skipSpaces() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x2C || byte == 0x0A { index += 1 }
        }

        mutating func digits(max: Int = 20) -> (value: Int, count: Int)? {
            var value = 0
            var count = 0
            while let byte = current, byte >= 0x30 && byte <= 0x39, count < max {
                value = value * 10 + Int(byte - 0x30)
                count += 1
                index += 1
            }
            return count > 0 ? (value, count) : nil
        }

        mutating func accept(_ byte: UInt8) -> Bool {
            if current == byte {
                index += 1
                return true
            }
            return false
        }

        mutating func word() -> String {
            let start = index
            while let byte = current, (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x2E { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        }

        /// `YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][Z|±hh[:]mm]`, `YYYY/MM/DD`, or a Unix time.
        mutating func iso() -> String? {
            let start = index
            guard let year = digits(max: 13) else { return nil }
            if year.count >= 9 && atEnd || (year.count >= 9 && current == 0x2E) {
                let seconds = year.count >= 12 ? year.value / 1000 : year.value
                return DateNormalizer.unix(seconds)
            }
            guard year.count == 4 else {
                index = start
                return nil
            }
            let separator = current
            guard separator == 0x2D || separator == 0x2F else {
                index = start
                return nil
            }
            index += 1
            guard let month = digits(max: 2), (1...12).contains(month.value), accept(separator!),
                let day = digits(max: 2), (1...31).contains(day.value)
            else { return nil }
            var result = "\(year.value)-\(pad(month.value))-\(pad(day.value))"
            guard accept(0x54) || accept(0x74) || accept(0x20) else { return atEnd ? result : result }
            guard let time = clock() else { return result }
            result += "T" + time
            result += zone() ?? ""
            return result
        }

        /// `hh:mm[:ss[.fff]]` as `hh:mm:ss`.
        mutating func clock() -> String? {
            guard let hour = digits(max: 2), hour.value < 24, accept(0x3A), let minute = digits(max: 2), minute.value < 60
            else { return nil }
            var second = 0
            if accept(0x3A), let value = digits(max: 2) { second = min(value.value, 59) }
            if accept(0x2E) || accept(0x2C) { _ = digits() }
            return "\(pad(hour.value)):\(pad(minute.value)):\(pad(second))"
        }

        /// `Z`, `±hh:mm`, `±hhmm`, `GMT`, `UTC`, US zone names; nil when absent or unknown.
        mutating func zone() -> String? {
            skipSpaces()
            if accept(0x5A) || accept(0x7A) { return "Z" }
            if let sign = current, sign == 0x2B || sign == 0x2D {
                index += 1
                guard let hours = digits(max: 2) else { return nil }
                var minutes = 0
                _ = accept(0x3A)
                if let value = digits(max: 2) { minutes = value.value }
                if hours.count == 2 && hours.value == 0 && minutes == 0 { return "Z" }
                return "\(sign == 0x2B ? "+" : "-")\(pad(hours.value)):\(pad(minutes))"
            }
            switch word() {
            case "gmt", "utc", "ut": return "Z"
            case "est": return "-05:00"
            case "edt": return "-04:00"
            case "cst": return "-06:00"
            case "cdt": return "-05:00"
            case "mst": return "-07:00"
            case "mdt": return "-06:00"
            case "pst": return "-08:00"
            case "pdt": return "-07:00"
            default: return nil
            }
        }

        /// RFC 822 (`Mon, 21 Apr 2025 09:30:00 GMT`), `April 21, 2025 9:30 AM`, `21 April 2025`.
        mutating func written() -> String? {
            skipSpaces()
            var day: Int?
            var month: Int?
            var year: Int?
            var time: String?
            var zoneText: String?
            var steps = 0
            while !atEnd && steps < 12 {
                steps += 1
                skipSpaces()
                if let number = digits(max: 4) {
                    if current == 0x3A {
                        index -= number.count
                        time = clock()
                        if time == nil { return nil }
                        skipSpaces()
                        let save = index
                        let meridiem = word()
                        if meridiem == "pm" || meridiem == "p.m." , let value = time, let hour = Int(value.prefix(2)), hour < 12 {
                            time = pad(hour + 12) + value.dropFirst(2)
                        } else if meridiem == "am" || meridiem == "a.m.", let value = time, value.hasPrefix("12") {
                            time = "00" + value.dropFirst(2)
                        } else {
                            index = save
                        }
                        zoneText = zone()
                    } else if number.count == 4 {
                        year = number.value
                    } else if number.count == 2, day != nil, month != nil, year == nil {
                        // RFC 822's two-digit year (`3 Feb 97`): 50–99 are 19xx, 00–49 20xx
                        year = number.value + (number.value < 50 ? 2000 : 1900)
                    } else if day == nil && number.value >= 1 && number.value <= 31 {
                        day = number.value
                        _ = word()  // "st", "nd", "th"
                    } else {
                        return nil
                    }
                    continue
                }
                let name = word()
                if name.isEmpty {
                    index += 1
                    continue
                }
                if let found = months.firstIndex(where: { name.hasPrefix($0) }), month == nil {
                    month = found + 1
                }
            }
            guard let year, let month, let day, (1...31).contains(day) else { return nil }
            var result = "\(year)-\(pad(month))-\(pad(day))"
            if let time { result += "T" + time + (zoneText ?? "") }
            return result
        }
    }

    /// A Unix time in seconds as UTC ISO 8601.
    static func unix(_ seconds: Int) -> String? {
        guard seconds > 0 && seconds < 4_102_444_800 else { return nil }
        let days = seconds / 86_400
        let rest = seconds % 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(pad(month))-\(pad(day))T\(pad(rest / 3600)):\(pad(rest % 3600 / 60)):\(pad(rest % 60))Z"
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
