import GlossCore
import Testing

@Suite struct DateNormalizerTests {
    @Test(arguments: [
        ("2025-04-21", "2025-04-21"),
        ("  2025-04-21  ", "2025-04-21"),
        ("2025/04/21", "2025-04-21"),
        ("2025-4-7", "2025-04-07"),
        ("2025-04-21T09:30:00Z", "2025-04-21T09:30:00Z"),
        ("2025-04-21t09:30:00z", "2025-04-21T09:30:00Z"),
        ("2025-04-21T09:30Z", "2025-04-21T09:30:00Z"),
        ("2025-04-21 09:30", "2025-04-21T09:30:00"),
        ("2025-04-21T09:30:00.123456+02:00", "2025-04-21T09:30:00+02:00"),
        ("2025-04-21T09:30:00+0200", "2025-04-21T09:30:00+02:00"),
        ("2025-04-21T09:30:00-05:00", "2025-04-21T09:30:00-05:00"),
        ("2025-04-21T09:30:00+00:00", "2025-04-21T09:30:00Z"),
        ("2025-04-21T09:30:00 UTC", "2025-04-21T09:30:00Z"),
    ])
    func readsISO8601Variants(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("Mon, 21 Apr 2025 09:30:00 GMT", "2025-04-21T09:30:00Z"),
        ("Mon, 21 Apr 2025 09:30:00 +0200", "2025-04-21T09:30:00+02:00"),
        ("Tue, 22 Apr 2025 9:05:00 +0530", "2025-04-22T09:05:00+05:30"),
        ("Mon, 21 Apr 2025 09:30:00 -0000", "2025-04-21T09:30:00Z"),
        ("Mon, 21 Apr 2025 09:30:00 EST", "2025-04-21T09:30:00-05:00"),
        ("Mon, 21 Apr 2025 09:30:00 PDT", "2025-04-21T09:30:00-07:00"),
        // a zone this does not know is dropped: the local time stays, without an offset
        ("Mon, 21 Apr 2025 09:30:00 CEST", "2025-04-21T09:30:00"),
        ("21 Apr 2025 09:30 Z", "2025-04-21T09:30:00Z"),
        ("Mon, 3 Feb 97 23:05:09 EST", "1997-02-03T23:05:09-05:00"),
        ("22 Apr 25 10:15 +0100", "2025-04-22T10:15:00+01:00"),
    ])
    func readsRFC822WithZonesAndOffsets(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("April 21, 2025 9:30 AM", "2025-04-21T09:30:00"),
        ("April 21, 2025 9:30 PM", "2025-04-21T21:30:00"),
        ("April 21, 2025, 12:15 a.m.", "2025-04-21T00:15:00"),
        ("April 21, 2025 12:15 PM", "2025-04-21T12:15:00"),
        ("April 21, 2025", "2025-04-21"),
        ("Apr. 21st, 2025", "2025-04-21"),
        ("21 April 2025", "2025-04-21"),
        ("Monday 21 April 2025", "2025-04-21"),
        ("1 September 2024", "2024-09-01"),
        ("December 31, 1999", "1999-12-31"),
    ])
    func readsWrittenDates(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test func readsUnixSecondsAndMilliseconds() {
        #expect(DateNormalizer.normalize("1745227800") == "2025-04-21T09:30:00Z")
        #expect(DateNormalizer.normalize("1745227800000") == "2025-04-21T09:30:00Z")
        #expect(DateNormalizer.normalize("1745227800.25") == "2025-04-21T09:30:00Z")
        // a leap day
        #expect(DateNormalizer.normalize("951782400") == "2000-02-29T00:00:00Z")
    }

    @Test(arguments: [
        "", "   ", "not a date", "yesterday", "2025-13-01", "2025-04-32", "April 2025", "32 April 2025", "21 Foo 2025",
        "12345", "2025", "Mon, 21 Apr", "99999999999999",
    ])
    func garbageIsNil(input: String) {
        #expect(DateNormalizer.normalize(input) == nil)
    }

    @Test func findsDatesInURLs() {
        #expect(DateNormalizer.fromURL("https://news.example.com/world/2019/11/19/bridge-reopens") == "2019-11-19")
        #expect(DateNormalizer.fromURL("https://example.org/2024-02-29/leap-day.html") == "2024-02-29")
        #expect(DateNormalizer.fromURL("https://example.org/archive/2021/03/05") == "2021-03-05")
        // no date, a year out of range, a month out of range, mixed separators
        #expect(DateNormalizer.fromURL("https://example.org/story/12345") == nil)
        #expect(DateNormalizer.fromURL("https://example.org/1989/01/01/old") == nil)
        #expect(DateNormalizer.fromURL("https://example.org/2019/13/01/x") == nil)
        #expect(DateNormalizer.fromURL("https://example.org/2019/11-19/x") == nil)
        #expect(DateNormalizer.fromURL("") == nil)
    }
}
