import Testing

@testable import GlossNumbers

/// A straight double quote after a number is an inch mark unless it closes a quotation.
@Suite struct MentionReaderQuotationMarksTests {
    @Test func aClosingQuoteIsNoInchMark() throws {
        for text in [
            #"bgfact("Sweden","Population",["8778461"])"#, #"He said "we sold 500" and left"#,
            #"the "Group of 77" met"#, #"attacked the "trade act of 1987" on Monday"#, #"a "50" sign"#,
        ] {
            #expect(try NumberDetectorTests.mentions(text).allSatisfy { $0.unit != "inch" }, "\(text)")
        }
    }

    @Test func anInchMarkStays() throws {
        for text in [#"a 12" pipe"#, #"screens of 15" and 17""#, #"He said "it is big." It has a 40" screen"#] {
            #expect(try NumberDetectorTests.mentions(text).contains { $0.unit == "inch" }, "\(text)")
        }
        // every even count of quotes before leaves the mark an inch's
        for count in [0, 2, 4] {
            let quoted = String(repeating: #""a" "#, count: count / 2)
            #expect(try NumberDetectorTests.mentions(quoted + #"a 12" pipe"#).contains { $0.unit == "inch" }, "\(count)")
        }
    }
}
