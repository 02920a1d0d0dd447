import Testing

@testable import GlossHTML

/// Following the parser through a cut page: offsets turned back into the page's, and cuts
/// that no event claims found out.
@Suite struct CutFollowerTests {
    typealias Cut = RawTextElision.Cut

    /// A script cut of 100 bytes at parsed offset 10 and a comment cut of 50 at parsed offset 30
    /// (terminator `-->`).
    let cuts = [Cut(kind: .rawText(.script), parsedStart: 10, count: 100), Cut(kind: .comment(terminator: 3), parsedStart: 30, count: 50)]

    @Test func turnsOffsetsBackIntoThePage() {
        var follower = CutFollower(cuts: cuts)
        #expect(follower.pageOffset(5) == 5)
        #expect(follower.rawTextStarts(.script, at: 9))
        follower.claim()
        #expect(follower.pageOffset(9) == 9)
        #expect(follower.pageOffset(19) == 119)
        follower.commentEnds(at: 33, empty: true)
        #expect(follower.pageOffset(33) == 183)
        #expect(follower.pageOffset(40) == 190)
        #expect(follower.isComplete)
    }

    @Test func failsPastACutNobodyClaimed() {
        var follower = CutFollower(cuts: cuts)
        #expect(follower.pageOffset(9) == 9)
        _ = follower.pageOffset(10)
        #expect(follower.failed)
        #expect(!follower.isComplete)
    }

    @Test func claimsOnlyWithTheRightEvent() {
        var follower = CutFollower(cuts: cuts)
        #expect(!follower.rawTextStarts(.style, at: 9))
        #expect(!follower.rawTextStarts(.script, at: 8))
        follower.commentEnds(at: 9, empty: true)
        _ = follower.pageOffset(12)
        #expect(follower.failed)

        var second = CutFollower(cuts: cuts)
        second.claim()
        _ = second.pageOffset(20)
        second.commentEnds(at: 33, empty: false)  // a comment that began before the cut
        _ = second.pageOffset(33)
        #expect(second.failed)
    }

    /// A run of text cut after its first byte at page offset 20 (40 bytes cut, so parsed offset
    /// 21 is where the run ended): claimed only by a characters event there, which is handed the
    /// run's page range; an event at that offset before it (an implied element) fails the cut.
    @Test func claimsATextRunWithTheCharactersEventAtItsEnd() {
        let text = [Cut(kind: .text, parsedStart: 21, count: 40, pageStart: 21)]
        var follower = CutFollower(cuts: text)
        #expect(follower.textEnds(at: 20) == nil)
        #expect(follower.pageOffset(20) == 20)
        #expect(follower.textEnds(at: 21) == 20..<61)
        #expect(follower.pageOffset(21) == 61)
        #expect(follower.textEnds(at: 21) == nil)  // once
        #expect(follower.isComplete)

        var early = CutFollower(cuts: text)
        _ = early.pageOffset(21)
        #expect(early.failed)
        #expect(early.textEnds(at: 21) == nil)

        var other = CutFollower(cuts: cuts)
        #expect(other.textEnds(at: 10) == nil)  // not a text cut
    }

    @Test func countsCutsBeyondWhereTheParserStoppedAsPassed() {
        var follower = CutFollower(cuts: cuts)
        follower.parserStopped(at: 9)
        #expect(!follower.isComplete)  // the parser may have looked at the cut
        follower.parserStopped(at: 10 - CutFollower.lookahead - 1)
        #expect(follower.isComplete)

        var claimed = CutFollower(cuts: cuts)
        claimed.claim()
        claimed.parserStopped(at: 0)
        #expect(!claimed.isComplete)
    }

    @Test func followsAPageWithoutCuts() {
        var follower = CutFollower()
        #expect(follower.pageOffset(1_000) == 1_000)
        follower.parserStopped(at: 0)
        #expect(follower.isComplete)
    }

    /// Two values cut from a `<div>` whose start tag ends at parsed offset 20 (cuts at 10 and
    /// 15), then a comment cut at 30.
    let valueCuts = [
        Cut(kind: .attributeValue(.div), parsedStart: 10, count: 40, claimAt: 20),
        Cut(kind: .attributeValue(.div), parsedStart: 15, count: 60, claimAt: 20),
        Cut(kind: .comment(terminator: 3), parsedStart: 30, count: 50),
    ]

    @Test func claimsAStartTagsValuesTogether() {
        var follower = CutFollower(cuts: valueCuts)
        #expect(follower.pageOffset(9) == 9)
        follower.startTagEnds(.div, at: 20)
        #expect(follower.pageOffset(20) == 120)
        follower.commentEnds(at: 33, empty: true)
        #expect(follower.pageOffset(40) == 190)
        #expect(follower.isComplete)
    }

    /// A `<div>` whose start tag ends at parsed offset 20, with a value cut whole and its `class`
    /// and `id` values cut for the page to be read (`pageValue`).
    let pageValueCuts = [
        Cut(kind: .attributeValue(.div), parsedStart: 10, count: 40, claimAt: 20, pageStart: 10),
        Cut(kind: .pageValue(.div, .class), parsedStart: 12, count: 5, claimAt: 20, pageStart: 52),
        Cut(kind: .pageValue(.div, .id), parsedStart: 15, count: 3, claimAt: 20, pageStart: 60),
    ]

    @Test func keepsTheClaimedClassAndIDValuesPageRangesForTheEvent() {
        var follower = CutFollower(cuts: pageValueCuts)
        #expect(!follower.hasPageValues)
        follower.startTagEnds(.div, at: 20)
        #expect(follower.hasPageValues)
        #expect(follower.takePageValues() == CutFollower.PageValues(classValue: 52..<57, idValue: 60..<63))
        #expect(!follower.hasPageValues)  // taken once
        #expect(follower.takePageValues() == CutFollower.PageValues())
        #expect(follower.pageOffset(20) == 68)
        #expect(follower.isComplete)
        // Another element at that offset claims none of them, and the parser passing them fails.
        var other = CutFollower(cuts: pageValueCuts)
        other.startTagEnds(.p, at: 20)
        #expect(!other.hasPageValues)
        _ = other.pageOffset(20)
        #expect(other.failed)
    }

    @Test func claimsValuesOnlyWithTheRightTagAtTheRightOffset() {
        for (tag, offset) in [(HTMLTag.p, 20), (.div, 19), (.div, 21)] {
            var follower = CutFollower(cuts: valueCuts)
            follower.startTagEnds(tag, at: offset)
            _ = follower.pageOffset(20)
            #expect(follower.failed, "\(tag) \(offset)")
        }
        // The comment's event does not claim a value.
        var follower = CutFollower(cuts: valueCuts)
        follower.commentEnds(at: 20, empty: true)
        _ = follower.pageOffset(20)
        #expect(follower.failed)
    }
}
