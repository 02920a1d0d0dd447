import Testing

@testable import GlossCore

@Suite struct OffsetMapTests {
    /// One call to the builder.
    enum Step {
        case copy(Int)
        case replace(source: Int, target: Int)
    }

    /// The map built by `steps`.
    func map(_ steps: Step...) -> OffsetMap {
        var builder = OffsetMap.Builder()
        for step in steps {
            switch step {
            case .copy(let count): builder.copy(count)
            case .replace(let source, let target): builder.replace(source: source, target: target)
            }
        }
        return builder.build()
    }

    @Test func theIdentityMapsEveryOffsetToItself() {
        let identity = OffsetMap.identity
        #expect(identity.isIdentity && identity == OffsetMap())
        #expect(identity.sourceStart(of: 7) == 7 && identity.sourceEnd(of: 7) == 7)
        #expect(identity.sourceRange(of: 3..<9) == 3..<9)
        #expect(identity.sourceRange(of: 4..<4) == 4..<4)
    }

    @Test func copiesAloneGiveTheIdentityAndAdjacentCopiesMerge() {
        #expect(map(.copy(3), .copy(4)).isIdentity)
        #expect(map(.copy(3), .copy(0), .replace(source: 0, target: 0), .copy(4)) == .identity)
        #expect(
            map(.copy(3), .copy(4), .replace(source: 2, target: 1)) == map(.copy(7), .replace(source: 2, target: 1)))
        #expect(
            map(.copy(3), .copy(4), .replace(source: 2, target: 1))
                != map(.copy(3), .replace(source: 2, target: 1), .copy(4)))
    }

    @Test func aDeletionIsSkippedBySpansAroundIt() {
        // "abcdefg" → "abfg": "cde" deleted
        let deletion = map(.copy(2), .replace(source: 3, target: 0), .copy(2))
        #expect(!deletion.isIdentity)
        #expect(deletion.sourceRange(of: 0..<2) == 0..<2)
        #expect(deletion.sourceRange(of: 2..<3) == 5..<6)
        #expect(deletion.sourceRange(of: 2..<4) == 5..<7)
        #expect(deletion.sourceRange(of: 1..<3) == 1..<6)  // a span across the deletion covers it
        #expect(deletion.sourceStart(of: 2) == 5 && deletion.sourceEnd(of: 2) == 2)
        #expect(deletion.sourceRange(of: 0..<4) == 0..<7)
    }

    @Test func deletionsAtTheStartAndEnd() {
        // "\u{FEFF}ab  " (BOM of 3 bytes, 2 trailing spaces) → "ab"
        let edges = map(.replace(source: 3, target: 0), .copy(2), .replace(source: 2, target: 0))
        #expect(edges.sourceRange(of: 0..<2) == 3..<5)
        #expect(edges.sourceRange(of: 0..<1) == 3..<4)
        #expect(edges.sourceRange(of: 1..<2) == 4..<5)
        #expect(edges.sourceStart(of: 0) == 3)
    }

    @Test func anInsertionLeadsBackToAnEmptyRange() {
        // "abcd" → "abXYZcd"
        let insertion = map(.copy(2), .replace(source: 0, target: 3), .copy(2))
        #expect(insertion.sourceRange(of: 2..<5) == 2..<2)
        #expect(insertion.sourceRange(of: 3..<4) == 2..<2)
        #expect(insertion.sourceRange(of: 1..<6) == 1..<3)
        #expect(insertion.sourceRange(of: 5..<7) == 2..<4)
    }

    @Test func aPartOfAReplacementLeadsBackToAllOfIt() {
        // "x…y" (… is 3 bytes) → "x...y"; "e\u{301}" (3 bytes) → "é" (2 bytes)
        let ellipsis = map(.copy(1), .replace(source: 3, target: 3), .copy(1))
        #expect(ellipsis.sourceRange(of: 1..<2) == 1..<4)
        #expect(ellipsis.sourceRange(of: 2..<3) == 1..<4)
        #expect(ellipsis.sourceRange(of: 4..<5) == 4..<5)
        let accent = map(.copy(3), .replace(source: 3, target: 2), .copy(1))
        #expect(accent.sourceRange(of: 0..<5) == 0..<6)
        #expect(accent.sourceRange(of: 3..<5) == 3..<6)
        #expect(accent.sourceRange(of: 4..<6) == 3..<7)
        #expect(accent.sourceStart(of: 4) == 3 && accent.sourceEnd(of: 4) == 6)
    }

    @Test func adjacentReplacementsStayApart() {
        // "a\r\nb" → "a\nb" as a deleted CR then a copied LF; "“x”" → "\"x\""
        let crlf = map(.copy(1), .replace(source: 1, target: 0), .copy(2))
        #expect(crlf.sourceRange(of: 1..<2) == 2..<3)
        let quotes = map(.replace(source: 3, target: 1), .copy(1), .replace(source: 3, target: 1))
        #expect(quotes.sourceRange(of: 0..<1) == 0..<3)
        #expect(quotes.sourceRange(of: 1..<2) == 3..<4)
        #expect(quotes.sourceRange(of: 2..<3) == 4..<7)
        #expect(quotes.sourceRange(of: 0..<3) == 0..<7)
    }

    @Test func emptySpansLeadBackToEmptyRanges() {
        let deletion = map(.copy(2), .replace(source: 3, target: 0), .copy(2))
        #expect(deletion.sourceRange(of: 2..<2) == 5..<5)
        #expect(deletion.sourceRange(of: 0..<0) == 0..<0)
        #expect(deletion.sourceRange(of: 4..<4).isEmpty)
    }

    @Test func compositionLeadsThroughBothMaps() {
        // "<b>héllo</b>" → "héllo" (markup dropped) → "hello" (é folded)
        let ingest = map(.replace(source: 3, target: 0), .copy(6), .replace(source: 4, target: 0))
        let fold = map(.copy(1), .replace(source: 2, target: 1), .copy(3))
        let both = fold.composed(onto: ingest)
        #expect(both.sourceRange(of: 0..<5) == 3..<9)
        #expect(both.sourceRange(of: 1..<2) == 4..<6)
        #expect(both.sourceRange(of: 2..<5) == 6..<9)
        #expect(both.sourceStart(of: 0) == 3)
    }

    @Test func compositionWithTheIdentityChangesNothing() {
        let deletion = map(.copy(2), .replace(source: 3, target: 0), .copy(2))
        #expect(deletion.composed(onto: .identity) == deletion)
        #expect(OffsetMap.identity.composed(onto: deletion) == deletion)
        #expect(OffsetMap.identity.composed(onto: .identity).isIdentity)
    }

    @Test func compositionOfADeletionAndAnInsertion() {
        // "abcdef" → "abef" (delete "cd") → "abXef" (insert X)
        let deletion = map(.copy(2), .replace(source: 2, target: 0), .copy(2))
        let insertion = map(.copy(2), .replace(source: 0, target: 1), .copy(2))
        let both = insertion.composed(onto: deletion)
        #expect(both.sourceRange(of: 0..<2) == 0..<2)
        #expect(both.sourceRange(of: 2..<3) == 4..<4)  // X was inserted where "cd" was deleted: just past it
        #expect(both.sourceRange(of: 3..<5) == 4..<6)
        #expect(both.sourceRange(of: 1..<4) == 1..<5)
    }

    @Test func threeRewritesCompose() {
        // "__abc" → "abc" → "a-bc" → "A-bc!" (each step its own map)
        let first = map(.replace(source: 2, target: 0), .copy(3))
        let second = map(.copy(1), .replace(source: 0, target: 1), .copy(2))
        let third = map(.replace(source: 1, target: 1), .copy(3), .replace(source: 0, target: 1))
        let all = third.composed(onto: second.composed(onto: first))
        #expect(all == third.composed(onto: second).composed(onto: first))
        #expect(all.sourceRange(of: 0..<1) == 2..<3)
        #expect(all.sourceRange(of: 2..<4) == 3..<5)
        #expect(all.sourceRange(of: 0..<4) == 2..<5)
        #expect(all.sourceRange(of: 4..<5) == 5..<5)
    }

    @Test func offsetsAlwaysLeadBackInOrder() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var builder = OffsetMap.Builder()
            var target = 0
            var source = 0
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Bool.random(using: &generator) {
                    let count = Int.random(in: 0...5, using: &generator)
                    builder.copy(count)
                    target += count
                    source += count
                } else {
                    let (from, to) = (
                        Int.random(in: 0...4, using: &generator), Int.random(in: 0...4, using: &generator)
                    )
                    builder.replace(source: from, target: to)
                    target += to
                    source += from
                }
            }
            let map = builder.build()
            var previous = 0
            for offset in 0..<target {
                let range = map.sourceRange(of: offset..<(offset + 1))
                #expect(range.lowerBound >= previous && range.upperBound <= source)
                previous = range.lowerBound
            }
            #expect(map.sourceRange(of: 0..<target).upperBound <= source)
        }
    }
    /// A random map of `steps` builder calls over a target of `length` bytes or so; returns the
    /// map and its target length.
    func randomMap(using generator: inout SplitMix64, steps: Int) -> (OffsetMap, Int) {
        var builder = OffsetMap.Builder()
        var target = 0
        for _ in 0..<steps {
            if Int.random(in: 0..<3, using: &generator) == 0 {
                let count = Int.random(in: 0...9, using: &generator)
                builder.copy(count)
                target += count
            } else {
                let to = Int.random(in: 0...3, using: &generator)
                builder.replace(source: Int.random(in: 0...3, using: &generator), target: to)
                target += to
            }
        }
        return (builder.build(), target)
    }

    /// A random map of up to `steps` builder calls, with up to `outer` random maps (of up to 40
    /// calls) composed onto it in turn (the outer map's source is the inner one's target);
    /// returns the map and its target length.
    func randomComposedMap(using generator: inout SplitMix64, steps: Int, outer: Int) -> (OffsetMap, Int) {
        var (map, target) = randomMap(using: &generator, steps: Int.random(in: 0...steps, using: &generator))
        for _ in 0..<Int.random(in: 0...outer, using: &generator) {
            let (next, nextTarget) = randomMap(using: &generator, steps: Int.random(in: 0...40, using: &generator))
            map = next.composed(onto: map)
            target = nextTarget
        }
        return (map, target)
    }

    @Test func rangesLeadBackAsTheirStartAndEndDoAlone() {
        var generator = SplitMix64(seed: 23)
        for _ in 0..<300 {
            let (map, target) = randomComposedMap(using: &generator, steps: 40, outer: 2)
            for start in 0..<target {
                for end in (start + 1)...min(target, start + 40) {
                    let lower = map.sourceStart(of: start)
                    let expected = lower..<max(lower, map.sourceEnd(of: end))
                    #expect(map.sourceRange(of: start..<end) == expected)
                }
            }
        }
    }

    /// A hint changes no range: on random maps (some composed), every range looked up with a
    /// random hint (out of range ones too), and ranges in the order of their starts with the hint
    /// carried from one to the next, as a record's spans are, give `sourceRange(of:)`'s range.
    @Test func aHintGivesTheSameRanges() {
        var generator = SplitMix64(seed: 48)
        for _ in 0..<300 {
            let (map, target) = randomComposedMap(using: &generator, steps: 60, outer: 1)
            var carried = 0
            for start in 0...target {
                for end in start...min(target, start + 12) {
                    let expected = map.sourceRange(of: start..<end)
                    var hint = Int.random(in: -2...70, using: &generator)
                    #expect(map.sourceRange(of: start..<end, hint: &hint) == expected)
                    #expect(map.sourceRange(of: start..<end, hint: &carried) == expected)
                }
            }
        }
    }

    /// A carried hint changes no range whatever order the ranges come in: a record's layers
    /// (each in the order of its starts, the next starting over from the text's start), spans
    /// that overlap or nest, empty ones, ones at the text's end, and the same spans shuffled, on
    /// random maps of up to 200 segments (some composed twice), with the hint also set past the
    /// map's last segment between layers.
    @Test func aCarriedHintGivesTheSameRangesInAnyOrder() {
        var generator = SplitMix64(seed: 55)
        for _ in 0..<200 {
            let (map, target) = randomComposedMap(using: &generator, steps: 200, outer: 2)
            var layers: [[Range<Int>]] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                var spans: [Range<Int>] = []
                for _ in 0..<Int.random(in: 0...40, using: &generator) {
                    let start = Int.random(in: 0...target, using: &generator)
                    spans.append(start..<min(target, start + Int.random(in: 0...30, using: &generator)))
                }
                spans.append(target..<target)
                if target > 0 { spans.append((target - 1)..<target) }
                layers.append(spans.sorted { $0.lowerBound < $1.lowerBound })
            }
            layers.append(layers.flatMap { $0 }.shuffled(using: &generator))
            var hint = 0
            for spans in layers {
                for span in spans {
                    #expect(map.sourceRange(of: span, hint: &hint) == map.sourceRange(of: span), "\(span)")
                }
                hint = Int.random(in: 0...(hint + 5), using: &generator)
            }
        }
    }
}
