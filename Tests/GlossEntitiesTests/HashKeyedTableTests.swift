import GlossCore
import Testing

@testable import GlossEntities

@Suite struct HashKeyedTableTests {
    @Test func answersAsADictionaryDoesThroughGrowth() {
        var random = SplitMix64(seed: 17)
        var table = HashKeyedTable<Int>()
        var expected: [UInt64: Int] = [:]
        // Small keys (many share a home slot in a small table), random ones, and 0.
        let keys = (0..<300).map { UInt64($0) } + (0..<3_000).map { _ in random.next() } + [0]
        for (k, key) in keys.enumerated() {
            if k % 3 == 0 {
                table.set(key, to: k)
                expected[key] = k
            } else {
                table.update(key, default: 100) { $0 += k }
                expected[key, default: 100] += k
            }
        }
        #expect(table.count == expected.count)
        for key in keys { #expect(table[key] == expected[key]) }
        for _ in 0..<1_000 {
            let absent = random.next()
            #expect(table[absent] == expected[absent])
        }
    }

    @Test func keepsValuesInTheOrderTheirKeysCame() {
        var table = HashKeyedTable<String>(capacity: 2)
        #expect(table.isEmpty && table[7] == nil)
        for (key, value) in [(UInt64(9), "a"), (3, "b"), (9, "c"), (1 << 63, "d")] { table.set(key, to: value) }
        #expect(table.values == ["c", "b", "d"])
        #expect(table.update(3, default: "") { $0 } == "b")
        #expect(table.count == 3 && !table.isEmpty)
    }
}

@Suite struct HashKeyedTableReuseTests {
    /// A table cleared for reuse answers as a new one, whatever it held and however large it
    /// grew: kept storage (a few keys after thousands) and given-back storage (a table more than
    /// `keptSlack` times too large) alike.
    @Test func aClearedTableAnswersAsANewOne() {
        var random = SplitMix64(seed: 41)
        var kept = HashKeyedTable<Int>()
        for round in 0..<6 {
            // Rounds of many keys, then few, then many again, so both branches are taken.
            let count = [2_000, 3, 40, 0, 1_000, 9][round]
            let capacity = [64, 0, 64, 16, 5, 2_000][round]
            kept.removeAll(keepingRoomFor: capacity)
            var fresh = HashKeyedTable<Int>(capacity: capacity)
            #expect(kept.isEmpty && kept.count == 0)
            let keys = (0..<count).map { k in k % 5 == 0 ? UInt64(k) : random.next() }
            for (k, key) in keys.enumerated() {
                kept.update(key, default: -k) { $0 += 1 }
                fresh.update(key, default: -k) { $0 += 1 }
            }
            #expect(kept.values == fresh.values, "round \(round)")
            for key in keys { #expect(kept[key] == fresh[key]) }
            for _ in 0..<200 {
                let absent = random.next()
                #expect(kept[absent] == nil && !kept.contains(absent))
            }
        }
    }

    /// A table given back for being too large gives back its values too: a worker's table after
    /// a huge document keeps no room for that document's values. One that fits keeps them.
    @Test func aTableGivenBackGivesBackItsValues() {
        var table = HashKeyedTable<Int>()
        for key in 0..<5_000 { table.set(UInt64(key) &* 0x9e37_79b9, to: key) }
        table.removeAll(keepingRoomFor: 3_000)
        #expect(table.values.capacity >= 5_000)
        for key in 0..<5_000 { table.set(UInt64(key) &* 0x9e37_79b9, to: key) }
        table.removeAll(keepingRoomFor: 3)
        #expect(table.isEmpty)
        #expect(table.values.capacity < 100)
    }
}
