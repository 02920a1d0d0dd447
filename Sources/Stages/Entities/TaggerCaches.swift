import GlossCore

/// The caches that tagging one document uses, kept from one document to the next: the words'
/// attributes (`WordAttributeCache`) and their own and transition rows' sums
/// (`WordScoreCache`). Both are exact: tagging with them gives what tagging without them does.
/// Beside them, the lattice's scratch (`TagLattice.Scratch`) and the document's own arrays
/// (`DocumentBuffers`), so that a document allocates neither: `decode` writes each scratch value
/// before it reads it, and the document's arrays are set afresh for each document.
///
/// - Cost: about 3 MB per cache set (the default sizes: 2 MB of word attributes, 1.3 MB of
///   score sums), allocated once per worker, and the scratch of the longest sentence tagged
///   (at most `EntityTagger.longestPiece` tokens, about 280 KB), and the arrays of the
///   largest document tagged (about 70 bytes a token, dropped after a document of more than
///   `DocumentBuffers.tokensKept` tokens, and the rules' views of its words, 16 bytes a token).
/// - Thread safety: a value to be used by one thread at a time; `Pool` lends each to one
///   document at a time.
package struct TaggerCaches: Sendable {
    package var attributes: WordAttributeCache
    package var scores: WordScoreCache
    package var scratch = TagLattice.Scratch()
    /// The arrays of the document being tagged (`DocumentBuffers`), kept for the next one.
    package var document = DocumentBuffers()
    /// The rule words of the window being tagged (`RuleWords.find(_:sentences:into:sentencesInto:)`),
    /// kept for the next one so a window asks for no new array.
    var ruleWords: [RuleWords.Found] = []
    /// The sentences of the window being tagged where two rules can act (`RuleSentences`, found
    /// in the same pass as `ruleWords`), kept for the next one.
    var ruleSentences = RuleSentences()
    /// The compact views of the window's words the rules after decoding walk (`WordView`),
    /// kept for the next one (dropped after a window of more than `DocumentBuffers.tokensKept`
    /// tokens).
    var views: [WordView] = []
    /// The tables `DocumentConsistency` fills for the window being tagged, kept for the next
    /// one (cleared there) so a window asks for no new table.
    var consistency = DocumentConsistency.Tables()
    /// The index and arrays `NameLinker` links a document's mentions in, kept for the next
    /// document (cleared there).
    var linking = NameLinker.Scratch()

    /// Caches of `slotCount` slots each (the default sizes when nil).
    package init(slotCount: Int? = nil) {
        precondition(WordView.matchesAttributes, "WordView: its fields no longer lie where WordAttributes' do")
        attributes = WordAttributeCache(slotCount: slotCount ?? WordAttributeCache.defaultSlotCount)
        scores = WordScoreCache(slotCount: slotCount ?? WordScoreCache.defaultSlotCount)
    }

    /// Cache sets for the documents being tagged at once, each lent to one document at a time
    /// (see `LendingPool`).
    package typealias Pool = LendingPool<TaggerCaches>
}

extension LendingPool where Value == TaggerCaches {
    /// A pool of cache sets of `slotCount` slots each (the default sizes when nil).
    package convenience init(slotCount: Int? = nil) {
        self.init { TaggerCaches(slotCount: slotCount) }
    }

    /// Calls `body` with caches no other caller holds meanwhile.
    package func withCaches<Result>(_ body: (inout TaggerCaches) -> Result) -> Result { withValue(body) }
}

/// The arrays `EntityRecognizer.findMentions` fills for one document: its sentences' token
/// ranges, its words' attributes, their tags and confidences, and the tagger's memory of the
/// document (`DocumentMemory`). Kept in a worker's `TaggerCaches` and set afresh for each
/// document (`prepare`), so a document asks for no new arrays: each fresh one costs an
/// allocation, a look-up of its type in the runtime (about 750 instructions) and a release.
///
/// - Cost: about 70 bytes a token (64 of them the attributes) of the largest document of at
///   most `tokensKept` tokens.
/// - Thread safety: a value, used by one document at a time.
package struct DocumentBuffers: Sendable {
    package var ranges: [Range<Int>] = []
    package var words: [WordAttributes] = []
    package var tags: [EntityTag] = []
    package var confidence: [Float] = []
    package var memory = DocumentMemory.unallocated

    package init() {}

    /// The most tokens whose arrays are kept for the next document (5 MB): a larger document's
    /// arrays are given back after it (`release`).
    package static let tokensKept = 1 << 16

    /// Sets the arrays for a document of `tokenCount` tokens in `sentences`: the ranges read,
    /// every tag `.outside` and every confidence 0, as fresh arrays would be.
    package mutating func prepare(tokenCount: Int, sentences: [Sentence]) {
        ranges.removeAll(keepingCapacity: true)
        for sentence in sentences { ranges.append(sentence.tokens) }
        tags.refill(with: .outside, count: tokenCount)
        confidence.refill(with: 0, count: tokenCount)
    }

    /// Calls `body` with room for a window of `count` words (each `.start`, as in a fresh
    /// array), the document's tags and confidences from its first token, and the memory.
    /// The words' array keeps the largest window's count: a smaller window fills only its
    /// first `count` (a plain loop of stores; appending a repeated 64-byte value went element
    /// by element through `Sequence._copyContents`), a larger one makes a new array once.
    package mutating func withWindow<Result>(
        words count: Int,
        _ body: (
            _ words: UnsafeMutableBufferPointer<WordAttributes>, _ tags: UnsafeMutablePointer<EntityTag>,
            _ confidence: UnsafeMutablePointer<Float>, _ memory: inout DocumentMemory
        ) -> Result
    ) -> Result {
        if words.count < count { words = [WordAttributes](repeating: .start, count: count) }
        return words.withUnsafeMutableBufferPointer { kept in
            let words = UnsafeMutableBufferPointer(rebasing: kept[..<count])
            words.update(repeating: .start)
            return tags.withUnsafeMutableBufferPointer { tags in
                confidence.withUnsafeMutableBufferPointer { confidence in
                    body(words, tags.baseAddress!, confidence.baseAddress!, &memory)
                }
            }
        }
    }

    /// Gives the arrays back to the allocator after a document of more than `tokensKept` tokens.
    package mutating func release() {
        if tags.capacity > Self.tokensKept { self = DocumentBuffers() }
    }
}
