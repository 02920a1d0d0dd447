import GlossText

/// The entity tagger's feature templates: which attributes of a token and its ±2 window (their
/// `WordLexicon` clusters and casing too) and the tag before it are combined, each hashed to a
/// row of the weight table.
///
/// Static features depend on the words alone and are the same however the sentence is tagged
/// (the trainer computes them once); the history feature on the tags of the document's earlier
/// sentences; transition features pair a tag with the tag before it (`TagLattice`).
package enum FeatureTemplates {
    /// At most this many static features per token.
    package static let staticCapacity = 47
    /// Room for a token's word rows: its static features and its history row.
    package static let wordCapacity = staticCapacity + 1
    /// Exactly this many transition features per token and previous tag.
    package static let transitionCount = 3

    /// The row for template `template` with value `value` in a table of `1 << bits` rows
    /// (`bits` in 1...31; models have 8 to 26): the top `bits` bits of SplitMix's finaliser
    /// (`WordHash.mix`) of the value and template. Its last step (`z ^ z >> 31`) changes only
    /// bits below the top 33, so it is left out: the same row, two instructions fewer at each
    /// of a token's 24 to 51 rows. The shift masks its count (`&>>`): the same row as `>>` for
    /// those sizes, without the check for a shift past 63 that `>>` makes.
    @inline(__always) package static func row(_ template: UInt64, _ value: UInt64, bits: Int) -> UInt32 {
        var z = value &+ template &* 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z &>> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z &>> 27)) &* 0x94d0_49bb_1331_11eb
        return UInt32(truncatingIfNeeded: z &>> UInt64(64 - bits))
    }

    /// The most `bits` `row` is exact for.
    package static let largestBits = 31

    /// Writes the static features of token `i` of a sentence whose attributes are `words` into
    /// `rows`; returns how many: its own (`ownFeatures`), then its window's (`windowFeatures`).
    @inline(__always)
    package static func staticFeatures(
        _ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, bits: Int, into rows: UnsafeMutablePointer<UInt32>
    ) -> Int {
        let own = ownFeatures(words[i], bits: bits, into: rows)
        return own + windowFeatures(words, i, bits: bits, into: rows + own)
    }

    /// At most this many features of a token alone (`ownFeatures`).
    package static let ownCapacity = 24

    /// Writes the static features that depend on `w` alone (the word, its shape, affixes,
    /// flags, gazetteer bits, casing in the document, cluster, casing and frequency in a
    /// corpus) into `rows`; returns how many (`ownCapacity`). Their summed weights are the same
    /// wherever the word stands, which `WordScoreCache` keeps.
    @inline(__always)
    package static func ownFeatures(_ w: WordAttributes, bits: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            rows[n] = row(template, value, bits: bits)
            n += 1
        }
        let capitals = WordAttributes.Flags.sentenceStart | WordAttributes.Flags.initialCapital
        add(1, 0)  // bias
        add(2, w.word)
        add(7, w.shape)
        add(10, w.prefix)
        add(11, w.suffix2)
        add(12, w.suffix3)
        add(13, w.suffix4)
        add(14, UInt64(w.flags))
        add(16, UInt64(w.gazetteer))
        add(20, w.shape &* 31 &+ UInt64(w.gazetteer))
        add(22, w.word &* 31 &+ UInt64(w.flags & WordAttributes.Flags.sentenceStart))
        add(25, w.word &* 31 &+ UInt64(w.flags & (WordAttributes.Flags.initialCapital | WordAttributes.Flags.allCapitals)))
        add(28, UInt64(w.document) | UInt64(w.flags & capitals) << 8)
        // The word lexicon: the word's cluster path cut after 4, 6, 8, 10 and 12 steps and
        // whole, alone and with its shape and casing; how often a corpus capitalises the word,
        // and how frequent it is.
        add(29, UInt64(w.cluster & 0xF))
        add(35, UInt64(w.cluster & 0x3F))
        add(36, UInt64(w.cluster & 0xFF))
        add(37, UInt64(w.cluster & 0x3FF))
        add(38, UInt64(w.cluster & 0xFFF))
        add(39, UInt64(w.cluster))
        add(40, UInt64(w.cluster) &* 31 &+ w.shape)
        add(41, UInt64(w.cluster & 0x3FF) | UInt64(w.flags & capitals) << 32)
        add(46, UInt64(w.casing) | UInt64(w.flags & capitals) << 8)
        add(47, UInt64(w.casing) | UInt64(w.frequency) << 8 | UInt64(w.flags & WordAttributes.Flags.initialCapital) << 16)
        add(50, UInt64(w.frequency) &* 31 &+ w.shape)
        return n
    }

    /// The window of token `i` of `words`: the two words before it, itself and the two after,
    /// with `WordAttributes.start` and `.end` beyond the sentence (at `edges`, which a caller
    /// that makes many windows reads once). The window points at the words (valid while
    /// `words` is), so that features read the fields they need and no word is copied.
    @inline(__always)
    package static func window(
        _ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, edges: UnsafePointer<WordAttributes> = Window.edges
    ) -> Window {
        let at = words.baseAddress! + i
        return Window(
            p2: i >= 2 ? at - 2 : edges, p1: i >= 1 ? at - 1 : edges, w: at,
            n1: i + 1 < words.count ? at + 1 : edges + 1, n2: i + 2 < words.count ? at + 2 : edges + 1)
    }

    /// A token (`w`) and the words around it (`window`).
    package struct Window {
        package var p2, p1, w, n1, n2: UnsafePointer<WordAttributes>

        /// `WordAttributes.start` and `.end`, where a window points beyond a sentence.
        package static var edges: UnsafePointer<WordAttributes> { Edges.shared.pointer }

        /// Memory that holds `.start` and `.end`, written once and never freed, so that it is
        /// safe to read from any thread.
        private struct Edges: @unchecked Sendable {
            let pointer: UnsafePointer<WordAttributes>

            static let shared: Edges = {
                let edges = UnsafeMutablePointer<WordAttributes>.allocate(capacity: 2)
                edges.initialize(to: .start)
                (edges + 1).initialize(to: .end)
                return Edges(pointer: UnsafePointer(edges))
            }()
        }
    }

    /// Writes the static features of token `i` of `words` that involve its neighbours (±2)
    /// into `rows`; returns how many (`staticCapacity - ownCapacity`).
    @inline(__always)
    package static func windowFeatures(
        _ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, bits: Int, into rows: UnsafeMutablePointer<UInt32>
    ) -> Int {
        windowFeatures(window(words, i), bits: bits, into: rows)
    }

    /// Writes the static features of `window`'s token that involve its neighbours (±2) into
    /// `rows`; returns how many (`staticCapacity - ownCapacity`).
    @inline(__always)
    package static func windowFeatures(_ window: Window, bits: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        var n = 0
        forEachWindowFeature(window, bits: bits) { row in
            rows[n] = row
            n += 1
        }
        return n
    }

    /// Calls `body` with each row of `windowFeatures(_:bits:into:)`, in the same order: a
    /// caller may turn each into what it needs as it is made, with no array of rows between.
    @inline(__always)
    package static func forEachWindowFeature(_ window: Window, bits: Int, _ body: (UInt32) -> Void) {
        forEachWindowFeature(window, bits: bits, body) { listed, _, value in body(row(listed.template, value, bits: bits)) }
    }

    /// The same, but a row of a `Listed` template goes to `listed` instead of `body`, with its
    /// template, its index in the template's list and its value (the row is `row(template,
    /// value)`): the tagger reads its place in the model from a table by the index
    /// (`WordScoreCache.wordSums`), where `body` gets the other rows, to be hashed and looked
    /// up in the model's index. The rows come in the same order either way.
    @inline(__always)
    package static func forEachWindowFeature(
        _ window: Window, bits: Int, _ body: (UInt32) -> Void, listed: (_ template: Listed, _ index: Int, _ value: UInt64) -> Void
    ) {
        let (p2, p1, w, n1, n2) = (window.p2, window.p1, window.w, window.n1, window.n2)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) { body(row(template, value, bits: bits)) }
        // Corpus casings are buckets 0 to 8 (`WordLexicon.mark`); a larger one would be hashed.
        // Each is below 9 when each plus 7 is below 16, tested at once without a branch.
        let (p1Casing, wCasing, n1Casing) = (Int(p1.pointee.casing), Int(w.pointee.casing), Int(n1.pointee.casing))
        let casingsListed = ((p1Casing &+ 7) | (wCasing &+ 7) | (n1Casing &+ 7)) < 16
        add(3, p1.pointee.word)
        add(4, n1.pointee.word)
        add(5, p2.pointee.word)
        add(6, n2.pointee.word)
        add(8, p1.pointee.shape)
        add(9, n1.pointee.shape)
        add(15, UInt64(p1.pointee.flags) | UInt64(n1.pointee.flags) << 8)
        add(17, UInt64(p1.pointee.gazetteer) | UInt64(n1.pointee.gazetteer) << 16)
        add(18, p1.pointee.word &* 31 &+ w.pointee.word)
        add(19, w.pointee.word &* 31 &+ n1.pointee.word)
        add(21, p1.pointee.shape &* 31 &+ w.pointee.shape &* 7 &+ n1.pointee.shape)
        add(23, p2.pointee.gazetteer == 0 && n2.pointee.gazetteer == 0 ? 0 : UInt64(p2.pointee.gazetteer) | UInt64(n2.pointee.gazetteer) << 16)
        add(24, p1.pointee.suffix3 &* 31 &+ w.pointee.shape)
        add(26, p1.pointee.word &* 31 &+ w.pointee.shape)
        add(27, w.pointee.shape &* 31 &+ n1.pointee.word)
        // The neighbours' cluster paths and how often a corpus capitalises them.
        add(42, UInt64(p1.pointee.cluster & 0x3FF) | UInt64(n1.pointee.cluster & 0x3FF) << 32)
        add(43, UInt64(p2.pointee.cluster & 0x3FF) | UInt64(n2.pointee.cluster & 0x3FF) << 32)
        add(44, UInt64(p1.pointee.cluster & 0x3F) | UInt64(w.pointee.cluster & 0x3F) << 32)
        add(45, UInt64(w.pointee.cluster & 0x3FF) | UInt64(n1.pointee.cluster & 0x3FF) << 32)
        let casingPair = UInt64(p1Casing) | UInt64(n1Casing) << 8
        let casingTriple = UInt64(p1Casing) | UInt64(wCasing) << 8 | UInt64(n1Casing) << 16
        if casingsListed {
            listed(.casingPair, p1Casing &+ 9 &* n1Casing, casingPair)  // 48
            listed(.casingTriple, p1Casing &+ 9 &* (wCasing &+ 9 &* n1Casing), casingTriple)  // 49
        } else {
            add(Listed.casingPair.template, casingPair)
            add(Listed.casingTriple.template, casingTriple)
        }
        // The shapes of the two words after and of the two before ("Xx of Xx", ", d"):
        // EWT dev +0.3 for single models, +0.8 for the ten-model mean.
        add(53, n1.pointee.shape &* 31 &+ n2.pointee.shape)
        add(54, p2.pointee.shape &* 31 &+ p1.pointee.shape)
    }

    /// The row of token `word`'s document history: the types its word was tagged with in the
    /// document's earlier sentences (`DocumentMemory.history`), with its initial capital.
    @inline(__always) package static func historyFeature(_ word: WordAttributes, history: UInt8, bits: Int) -> UInt32 {
        row(Listed.history.template, historyValue(word, history: history), bits: bits)
    }

    /// The value of `historyFeature`'s row.
    @inline(__always) static func historyValue(_ word: WordAttributes, history: UInt8) -> UInt64 {
        UInt64(history) << 8 | UInt64(word.flags & WordAttributes.Flags.initialCapital)
    }

    /// The index of `historyFeature`'s row in `Listed.history`'s list.
    @inline(__always) package static func historyIndex(_ word: WordAttributes, history: UInt8) -> Int {
        Int(history) << 1 | Int(word.flags & WordAttributes.Flags.initialCapital)
    }

    /// The templates of a token's word rows whose values are few enough to list, each value by
    /// an index (0 to `count - 1`): a model keeps the place of each value's row in its weights
    /// (`EntityModel.listedPlaces`, 5 KB for all three, the few lines used most often in the
    /// first-level cache), so the tagger reads a row of these from it instead of hashing the row
    /// (`row`) and reading the model's index, a line of 256 KB that most often misses the
    /// first-level cache. (The 6-bit cluster prefixes of template 44, 4,096 values in 16 KB,
    /// were listed too and dropped: their lines missed the caches more often than the index's.)
    package enum Listed: Int, CaseIterable, Sendable {
        /// The history row (`historyFeature`): 256 histories, with or without an initial
        /// capital; the index is the history shifted left by one, or the capital bit.
        case history
        /// Template 48: the corpus casings (buckets 0 to 8) of the words before and after; the
        /// index is the first plus 9 times the second.
        case casingPair
        /// Template 49: the corpus casings of the word before, the token and the word after;
        /// the index is the first plus 9 times the second plus 81 times the third.
        case casingTriple

        /// The template its rows are hashed with.
        @inline(__always) package var template: UInt64 {
            switch self {
            case .history: 34
            case .casingPair: 48
            case .casingTriple: 49
            }
        }

        /// How many values it lists.
        @inline(__always) package var count: Int {
            switch self {
            case .history: 512
            case .casingPair: 81
            case .casingTriple: 729
            }
        }

        /// Where its list begins among all the listed templates' values, in the order of the
        /// cases.
        @inline(__always) package var offset: Int {
            switch self {
            case .history: 0
            case .casingPair: 512
            case .casingTriple: 593
            }
        }

        /// The values of all the listed templates.
        package static let total = 1322

        /// The value its row at `index` is hashed with.
        package func value(_ index: Int) -> UInt64 {
            switch self {
            case .history: UInt64(index >> 1) << 8 | UInt64(index & 1)
            case .casingPair: UInt64(index % 9) | UInt64(index / 9) << 8
            case .casingTriple: UInt64(index % 9) | UInt64(index / 9 % 9) << 8 | UInt64(index / 81) << 16
            }
        }
    }

    /// Writes the `transitionCount` rows that pair token `word`'s tag with the tag before it:
    /// that tag alone, with the word, and with the word's shape.
    @inline(__always)
    package static func transitionFeatures(_ word: WordAttributes, previous: EntityTag, bits: Int, into rows: UnsafeMutablePointer<UInt32>) {
        let p = UInt64(previous.rawValue) &+ 1
        rows[0] = row(30, p, bits: bits)
        rows[1] = row(32, word.word &* 31 &+ p, bits: bits)
        rows[2] = row(33, word.shape &* 31 &+ p, bits: bits)
    }
}
