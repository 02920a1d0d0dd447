import CPrefetch

extension WordScoreCache {
    /// Room `writeWordSums` keeps in each token's part of its `rows` scratch for its hashed
    /// window rows (at most 23), before its listed rows (at most 3) and its row counts.
    static let hashedRoom = 24
    /// Where a token's row counts are kept in its part of the scratch (hashed | listed << 8).
    static let countsAt = FeatureTemplates.wordCapacity - 1

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
        var step = 0
        while step < count &+ 2 {
            if step < count {
                // Hash token `step`'s window rows, asking for their index entries.
                let i = first &+ tokens[step]
                #if GLOSS_ROW_TRACE
                    RowTrace.note(0xFFFF_FFFF)
                #endif
                let part = rows + step &* capacity
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
                prefetch(window.w.pointee)
            }
            if step >= 1, step <= count {
                // Token `step - 1`'s hashed rows to their places, asking for their weights.
                let part = rows + (step &- 1) &* capacity
                let hashed = Int(part[Self.countsAt] & 0xFF)
                for r in 0..<hashed {
                    let place = places(part[r])
                    part[r] = place
                    places.prefetchWeights(place)
                }
            }
            if step >= 2 {
                // Token `step - 2`'s rows summed with its own sums.
                let j = step &- 2
                let part = rows + j &* capacity
                let counts = Int(part[Self.countsAt])
                let word = words[first &+ tokens[j]]
                var sums = model.sum(places: UnsafeBufferPointer(start: part, count: counts & 0xFF))
                sums = sums &+ model.sum(places: UnsafeBufferPointer(start: part + Self.hashedRoom, count: counts >> 8))
                (ownSums(word, model: model) &+ sums).write(scale: model.scale, into: scores + tokens[j] &* EntityTag.count)
            }
            step &+= 1
        }
    }
}
