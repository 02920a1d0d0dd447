import Testing

@testable import GlossNumbers

/// review30's cases against numbers16's rules (MarginsRulesTests): the inputs final41 read
/// wrongly, as each test's comment says, and what must stay as it was.
@Suite struct MarginsReviewTests {
    typealias D = NumberDetectorTests

    /// The range of the first mention of `text`.
    static func range(_ text: String) throws -> [Double?]? {
        try D.mentions(text).first.map { [$0.value?.double, $0.high?.double] }
    }

    @Test func theMinusSignFusedToANumberAfterAnotherNumberIsItsSign() throws {
        // final41: ["2.1=2.1", "0.3=0.3", "1.8=1.8"] (ASCII `2.1 -0.3` gave -0.3)
        #expect(try D.summary("GDP 2.1 −0.3 1.8") == ["2.1=2.1", "−0.3=-0.3", "1.8=1.8"])
        #expect(try D.summary("Shares −0.5 −1.2") == ["−0.5=-0.5", "−1.2=-1.2"])
        #expect(try D.summary("GDP 2.1 -0.3 1.8") == ["2.1=2.1", "-0.3=-0.3", "1.8=1.8"])
        // a dash between two numbers is no sign: fused to both, or spaced from both
        for text in ["pages 10−20", "pages 10 − 20", "pages 10 - 20", "pages 10− 20"] {
            #expect(try D.mentions(text).allSatisfy { ($0.value?.double ?? 0) >= 0 }, "\(text)")
        }
    }

    @Test func halvesAfterAPeriodDeterminerAreACountOfHalves() throws {
        // final41: ["last=end+0", "three halves=1.5"], ["first=1", "three halves=1.5"], ["four halves=2"]
        for text in ["He scored in the last three halves.", "over the first three halves of play", "the past four halves"] {
            let found = try D.mentions(text)
            #expect(found.allSatisfy { $0.value?.double != 1.5 && $0.value?.double != 2 }, "\(text)")
            #expect(found.contains { $0.value?.double == 3 || $0.value?.double == 4 }, "\(text)")
        }
        // as before: a count of halves with no determiner is a fraction; quarters keep their rule
        #expect(try D.summary("Three halves is the answer.") == ["Three halves=1.5"])
        #expect(try D.summary("he ate three halves") == ["three halves=1.5"])
        #expect(try D.summary("the one half") == ["one half=0.5"])
        #expect(try D.mentions("in the last three quarters").contains { $0.value?.double == 3 })
    }

    @Test func aRangeGoingOnAfterTheHighEndsUnitKeepsTheJoinedNumber() throws {
        // final41: [100, 50000] USD and 200000 USD; [100, 50000] and 200000
        #expect(try Self.range("between one hundred and fifty thousand dollars and two hundred thousand dollars")
            == [150_000, 200_000])
        #expect(try Self.range("between one hundred and fifty thousand to two hundred thousand") == [150_000, 200_000])
        #expect(try Self.range("between one hundred and fifty thousand people and two hundred thousand people")
            == [150_000, nil])
        // as numbers16 made them: no connector and number after, the `and` is between's
        #expect(try Self.range("between nine hundred and one thousand dollars") == [900, 1000])
        #expect(try Self.range("between nine hundred and one thousand , and 5 more") == [900, 1000])
        #expect(try Self.range("between nine hundred and one thousand people to see it") == [900, 1000])
        #expect(try Self.range("between one hundred and fifty thousand") == [100, 50000])
    }
}
