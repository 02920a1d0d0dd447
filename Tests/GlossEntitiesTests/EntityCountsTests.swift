import GlossCore
import Testing

@testable import GlossEntities

@Suite struct EntityCountsTests {
    @Test func countsExactSpanAndTypeMatches() {
        var counts = EntityCounts()
        // gold: PER 0..<2, LOC 4..<5, ORG 6..<8; predicted: PER 0..<2 (right), LOC 4..<5 as ORG
        // (wrong type: a false positive and a false negative), ORG 6..<7 (wrong span)
        counts.add(
            gold: [(0..<2, .person), (4..<5, .location), (6..<8, .organization)],
            predicted: [(0..<2, .person), (4..<5, .organization), (6..<7, .organization)])
        #expect(counts.truePositives == [1, 0, 0, 0])
        #expect(counts.falsePositives == [0, 2, 0, 0])
        #expect(counts.falseNegatives == [0, 1, 1, 0])
        let all = counts.scores()
        #expect(abs(all.precision - 1.0 / 3) < 1e-12)
        #expect(abs(all.recall - 1.0 / 3) < 1e-12)
        #expect(abs(all.f1 - 1.0 / 3) < 1e-12)
        #expect(counts.scores([.person]).f1 == 1)
        #expect(counts.scores([.miscellaneous]) == (0, 0, 0))
        #expect(counts.gold() == 3 && counts.predicted() == 3)
    }

    @Test func addsCountsUp() {
        var a = EntityCounts()
        a.add(gold: [(0..<1, .person)], predicted: [(0..<1, .person)])
        var b = EntityCounts()
        b.add(gold: [(0..<1, .miscellaneous)], predicted: [])
        a.add(b)
        #expect(a.gold() == 2 && a.predicted() == 1)
        #expect(a.scores(EntityCounts.coreTypes).f1 == 1)
        #expect(abs(a.scores().f1 - 2.0 / 3) < 1e-12)
    }
}
