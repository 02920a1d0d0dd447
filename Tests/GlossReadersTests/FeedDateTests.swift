import Testing
@testable import GlossReaders

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Tue, 22 Apr 2025 10:15:00 GMT", "2025-04-22T10:15:00Z"),
        ("22 Apr 2025 10:15 +0100", "2025-04-22T10:15:00+01:00"),
        ("Mon, 3 Feb 97 23:05:09 EST", "1997-02-03T23:05:09-05:00"),
        ("Fri, 18 Apr 2025 16:01:44 +0000", "2025-04-18T16:01:44Z"),
        ("2025-04-22T10:15:00+02:00", "2025-04-22T10:15:00+02:00"),
        ("  2025-04-22  ", "2025-04-22"),
    ])
    func convertsKnownForms(raw: String, expected: String) {
        #expect(FeedDate.iso8601(raw) == expected)
    }

    @Test(arguments: ["yesterday", "Tue, 42 Foo 2025 10:15:00 GMT", "22 Apr 2025 10:15:00 Mars", ""])
    func rejectsTheRest(raw: String) {
        #expect(FeedDate.iso8601(raw) == nil)
    }
}
