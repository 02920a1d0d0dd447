import CPrefetch

extension WordScoreCache {
    /// Room `writeWordSums` keeps in each token's part of its `rows` scratch for its hashed
    /// window rows (at most 23), before its listed rows (at most 3) and its row counts.
    static let hashedRoom = 24
    /// Where a token's row counts are kept in its part of the scratch (hashed | listed << 8).
    static let countsAt = FeatureTemplates.wordCapacity - 1
    /// Where a token's own entry's slot (`ownSlot`, found when the entry was asked for) is kept
    /// in its part of the scratch, so the key is hashed once.
    static let ownSlotAt = countsAt - 1

    /// Writes the sums of all the word rows of each token `first + tokens[j]` of a sentence's
    /// `words` (`j` below `count`), scaled as `TagSums.write` scales them, to
    /// `scores + tokens[j] * EntityTag.count`: the same sums as `wordSums` gives each, to the
    /// bit, `history(i)` giving token `i`'s history (`DocumentMemory.history`). `rows` is
    /// scratch for `count × FeatureTemplates.wordCapacity` rows; `places` the model's
    /// (`EntityModel.withRowPlaces`); `edges` is `FeatureTemplates.Window.edges`.
    ///
    /// The tokens go through three steps, each a token behind the one before, so that what a
    /// step reads was asked of the memory a token earlier (`RowPlaces.prefetchIndex`,
    /// `prefetchWeights`, `prefetch(_:)`): token `j`'s window rows are hashed (their index
    /// entries, its own sums' entry and its transition entry asked for), token `j - 1`'s rows
    /// are looked up in the index (their weights asked for), and token `j - 2`'s rows and own
    /// sums are summed. Summing each token as it was hashed waited on the index and the
    /// weights at every row: a token's two dozen rows are most often first-level misses each,
    /// too far apart in its instructions for the processor to wait on many at once.
    ///
    /// - Cost: what `wordSums` costs each token, and a few instructions a row more for the
    ///   hints (no load waits on them: a hint for a line already held costs its instruction).
    @inline(__always)
    package mutating func writeWordSums(
        _ words: UnsafeBufferPointer<WordAttributes>, first: Int, tokens: UnsafePointer<Int>, count: Int, history: (Int) -> UInt8,
        model: EntityModel, places: EntityModel.RowPlaces, rows: UnsafeMutablePointer<UInt32>, edges: UnsafePointer<WordAttributes>,
        into scores: UnsafeMutablePointer<Float>
    ) {
        let bits = model.bits
        let capacity = FeatureTemplates.wordCapacity
        // Token `j`'s window rows hashed, asking for their index entries.
        @inline(__always) func hash(_ j: Int) {
            let i = first &+ tokens[j]
            #if GLOSS_ROW_TRACE
                RowTrace.note(0xFFFF_FFFF)
            #endif
            let part = rows + j &* capacity
            let window = FeatureTemplates.window(words, i, edges: edges)
            var hashed = 0
            var listed = Self.hashedRoom
            FeatureTemplates.forEachWindowFeature(
                window, bits: bits,
                { row in
                    part[hashed] = row
                    places.prefetchIndex(row)
                    hashed &+= 1
                },
                listed: { template, index, _ in
                    part[listed] = places(template, index)
                    listed &+= 1
                })
            part[listed] = places(.history, FeatureTemplates.historyIndex(window.w.pointee, history: history(i)))
            listed &+= 1
            part[Self.countsAt] = UInt32(truncatingIfNeeded: hashed | (listed &- Self.hashedRoom) << 8)
            part[Self.ownSlotAt] = UInt32(truncatingIfNeeded: prefetch(window.w.pointee))
        }
        // Token `j`'s hashed rows to their places, asking for their weights.
        @inline(__always) func lookUp(_ j: Int) {
            let part = rows + j &* capacity
            let hashed = Int(part[Self.countsAt] & 0xFF)
            for r in 0..<hashed {
                let place = places(part[r])
                part[r] = place
                places.prefetchWeights(place)
            }
        }
        // Token `j`'s rows summed with its own sums.
        @inline(__always) func sum(_ j: Int) {
            let part = rows + j &* capacity
            let counts = Int(part[Self.countsAt])
            let word = words[first &+ tokens[j]]
            var sums = model.sum(places: UnsafeBufferPointer(start: part, count: counts & 0xFF))
            sums = sums &+ model.sum(places: UnsafeBufferPointer(start: part + Self.hashedRoom, count: counts >> 8))
            (ownSums(word, slot: Int(part[Self.ownSlotAt]), model: model) &+ sums).write(scale: model.scale, into: scores + tokens[j] &* EntityTag.count)
        }
        // Step `s` hashes token `s`, looks token `s - 1` up and sums token `s - 2`: the first
        // two steps and the last two apart, so that the steps between test no bounds (three
        // tests a step, each mispredicted at a piece's ends).
        for s in 0..<min(count, 2) { hash(s) }
        if count > 0 { lookUp(0) }
        var step = 2
        while step < count {
            hash(step)
            lookUp(step &- 1)
            sum(step &- 2)
            step &+= 1
        }
        if count > 1 {
            lookUp(count &- 1)
            sum(count &- 2)
        }
        if count > 0 { sum(count &- 1) }
    }
}
