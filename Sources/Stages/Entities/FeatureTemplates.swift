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
    /// (`bits` in 1...63; models have 8 to 26). The shift masks its count (`&>>`): the same
    /// row as `>>` for those sizes, without the check for a shift past 63 that `>>` makes at
    /// each of a token's 24 to 51 rows.
    @inline(__always) package static func row(_ template: UInt64, _ value: UInt64, bits: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: WordHash.mix(value &+ template &* 0x9e37_79b9_7f4a_7c15) &>> UInt64(64 - bits))
    }

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
    /// caller may turn each into what it needs as it is made (`WordScoreCache.wordSums`: the
    /// row's place in the model's weights), with no array of rows between.
    @inline(__always)
    package static func forEachWindowFeature(_ window: Window, bits: Int, _ body: (UInt32) -> Void) {
        let (p2, p1, w, n1, n2) = (window.p2, window.p1, window.w, window.n1, window.n2)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) { body(row(template, value, bits: bits)) }
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
        add(48, UInt64(p1.pointee.casing) | UInt64(n1.pointee.casing) << 8)
        add(49, UInt64(p1.pointee.casing) | UInt64(w.pointee.casing) << 8 | UInt64(n1.pointee.casing) << 16)
        // The shapes of the two words after and of the two before ("Xx of Xx", ", d"):
        // EWT dev +0.3 for single models, +0.8 for the ten-model mean.
        add(53, n1.pointee.shape &* 31 &+ n2.pointee.shape)
        add(54, p2.pointee.shape &* 31 &+ p1.pointee.shape)
    }

    /// The row of token `word`'s document history: the types its word was tagged with in the
    /// document's earlier sentences (`DocumentMemory.history`), with its initial capital.
    @inline(__always) package static func historyFeature(_ word: WordAttributes, history: UInt8, bits: Int) -> UInt32 {
        row(34, UInt64(history) << 8 | UInt64(word.flags & WordAttributes.Flags.initialCapital), bits: bits)
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
