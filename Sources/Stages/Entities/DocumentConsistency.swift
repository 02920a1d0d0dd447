import GlossCore
import GlossText

/// Makes the names a document's sentences were tagged with agree: one name, one type, and a
/// name found once is found wherever the same capitalised words, or their initials, come again.
///
/// A tagger reads one sentence at a time and may call "Firefox" a place in one sentence and a
/// person in the next. Each name (its sequence of case-folded words) gets the type with the
/// most confidence summed over its mentions; then every untagged run of the same words
/// beginning with a capital is tagged as that name (but for the pronoun "I", after a ticker
/// "<I>"), and so is an untagged word in capitals that spells the initials of a name's two or
/// more capitalised words ("CPA" after "Coalition Provisional Authority").
///
/// Before the votes, `CompanyEvidence` makes organisations of the one-word persons that the
/// document calls companies and never persons ("Adsteam" … "Adsteam shares eased").
///
/// - Cost: O(t) in tokens (`CompanyEvidence`'s pass included): a hash per token of a name, a bit test per capitalised untagged
///   token (`FirstWords`), and up to the longest name's length (at most `longestPropagated`)
///   in hashes and lookups for one whose word begins a name; a table of the document's names,
///   keyed by the names' hashes (`HashKeyedTable`, no hasher per lookup), in storage a worker
///   keeps from one document to the next (`Tables`).
enum DocumentConsistency {
    /// What a document's mentions of one name say: confidence summed per type.
    struct Votes {
        var confidence = SIMD4<Float>(repeating: 0)
        var mentions = 0
        /// The type with the most confidence; the first type on a tie.
        var best: EntityType {
            var best = 0
            for t in 1..<4 where confidence[t] > confidence[best] { best = t }
            return EntityType(rawValue: UInt8(best))!
        }
        /// The mean confidence of the mentions.
        var mean: Float { confidence.sum() / Float(max(mentions, 1)) }
    }

    /// Names longer than this many words are made one type but not looked for again.
    static let longestPropagated = 12

    static let keySeed: UInt64 = 0x51_7cc1_b727_220a

    /// The name key of the words in `range`: a hash of their case-folded words in order.
    @inline(__always) static func key(_ words: UnsafeBufferPointer<WordAttributes>, _ range: Range<Int>) -> UInt64 {
        var key = keySeed
        for i in range { key = WordHash.extend(key, with: words[i].word) }
        return key
    }

    /// The tables one document's rules fill: the votes per name, the names' spans and the
    /// acronyms. A worker keeps them from one document to the next (`TaggerCaches`), so a
    /// document asks for no new table (`HashKeyedTable.removeAll(keepingRoomFor:)`).
    struct Tables: Sendable {
        var names = HashKeyedTable<Votes>()
        var spans: [(range: Range<Int>, key: UInt64)] = []
        var acronyms = HashKeyedTable<UInt64>()

        /// The most names whose tables are kept for the next window: a larger window's are
        /// given back after it (`release`, called by `EntityRecognizer` after each window and
        /// with `DocumentBuffers.release`); kept, they would stay for good and add to the peak
        /// of the tagging and linking after them (32 MB more for a 1-million-token page of names).
        static let namesKept = 1 << 14

        /// Gives the tables back to the allocator after a window of more than `namesKept` names.
        mutating func release() {
            if spans.capacity > Self.namesKept { self = Tables() }
        }
    }

    /// Applies the rules as `apply(_:sentences:tags:confidence:tables:)` does, in tables of its own.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        var tables = Tables()
        apply(words, sentences: sentences, tags: tags, confidence: confidence, tables: &tables)
    }

    /// Applies the rules to a document's `words` whose sentences are `sentences` (ranges of
    /// `words`), rewriting `tags` and `confidence` (a propagated name gets the mean confidence
    /// of the name's mentions). First the one-word persons the document calls companies are
    /// made organisations (`CompanyEvidence`), so the votes count them as such. `tables` are
    /// cleared before they are read: what an earlier document left in them does not count (a worker
    /// gives them back after a window of more than `Tables.namesKept` names: `Tables.release`).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>, tables: inout Tables
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence, tables: &tables) }
    }

    /// `apply(_:sentences:tags:confidence:tables:)` with the words' `views` made (`WordView`),
    /// which the walks over every token read.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>, tables: inout Tables
    ) {
        CompanyEvidence.apply(words, views: views, sentences: sentences, tags: tags, confidence: confidence)
        tables.spans.removeAll(keepingCapacity: true)
        // Bit L - 1 set when some name is L words long (L ≤ longestPropagated).
        var lengths: UInt64 = 0
        let all = UnsafeBufferPointer(start: tags, count: words.count)
        for sentence in sentences {
            EntityTag.forEachName(in: all[sentence]) { name, type in
                var sum: Float = 0
                for i in name { sum += confidence[i] }
                if tables.spans.isEmpty {
                    tables.names.removeAll(keepingRoomFor: 64)
                    tables.spans.reserveCapacity(64)
                }
                let key = key(words, name)
                tables.names.update(key, default: Votes()) { votes in
                    votes.confidence[Int(type.rawValue)] += sum / Float(name.count)
                    votes.mentions += 1
                }
                tables.spans.append((name, key))
                if name.count <= longestPropagated { lengths |= 1 << UInt64(name.count - 1) }
            }
        }
        guard !tables.spans.isEmpty else { return }
        let names = tables.names
        let spans = tables.spans
        // A name of two or more capitalised words also answers to its initials ("Coalition
        // Provisional Authority", "CPA"; "Housing Authority of New Orleans", "HANO").
        tables.acronyms.removeAll(keepingRoomFor: spans.count)
        for span in spans {
            let votes = names[span.key]!
            let type = votes.best
            if tags[span.range.lowerBound].type != type {
                // Re-typed: as sure as the name's mentions were of the type it takes.
                for i in span.range { confidence[i] = votes.confidence[Int(type.rawValue)] / Float(votes.mentions) }
            }
            tags[span.range.lowerBound] = .begin(type)
            for i in span.range.dropFirst() { tags[i] = .inside(type) }
            var initials = WordHash.basis
            var letters = 0
            for i in span.range where words[i].flags & WordAttributes.Flags.initialCapital != 0 {
                guard words[i].initial != 0 else {
                    letters = 0
                    break
                }
                initials = WordHash.fold(initials, words[i].initial)
                letters += 1
            }
            // Two letters ("US", "UN") only for a place or an organisation: "Ursula Smith" does
            // not make every "US" a person.
            if letters >= 3 || (letters == 2 && (type == .location || type == .organization)) { tables.acronyms.set(initials, to: span.key) }
        }
        // Then the untagged runs of a name's words that begin with a capital, the longest
        // name first. The keys of the runs of 1, 2, … words from a token are built one word
        // at a time, up to the longest name's length, so a token costs at most
        // `longestPropagated` hashes and lookups; a token whose word begins no name
        // (`FirstWords`, most capitalised words) costs none.
        let acronyms = tables.acronyms
        let longestName = min(longestPropagated, UInt64.bitWidth - lengths.leadingZeroBitCount)
        let firstWords = FirstWords(spans.lazy.map { words[$0.range.lowerBound].word })
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: longestPropagated) { keys in
            for sentence in sentences {
                var i = sentence.lowerBound
                while i < sentence.upperBound {
                    guard tags[i] == .outside, views[i].hasCapital else {
                        i += 1
                        continue
                    }
                    // The pronoun "I" is not found again as a name of the same word (a
                    // ticker "<I>" in a story that quotes someone).
                    let beginsAName = firstWords.contains(views[i].word) && views[i].word != NameHeads.firstPerson
                    var longest = 0
                    var running: UInt64 = keySeed
                    while beginsAName, longest < min(longestName, sentence.upperBound - i), tags[i + longest] == .outside {
                        running = WordHash.extend(running, with: views[i + longest].word)
                        keys[longest] = running
                        longest += 1
                    }
                    var matched = 1
                    // An acronym unless the word is a one-word name itself; `keys[0]` is set only
                    // when a key was built (not for a word that begins no name, nor when every name
                    // is longer than `longestPropagated`: no name is one word then).
                    if views[i].flags & WordAttributes.Flags.allCapitals != 0, let key = acronyms[views[i].word],
                        longest == 0 || names[keys[0]] == nil, i + 1 == sentence.upperBound || !tags[i + 1].isInside
                    {
                        let votes = names[key]!
                        tags[i] = .begin(votes.best)
                        confidence[i] = votes.mean
                        i += 1
                        continue
                    }
                    for length in stride(from: longest, through: 1, by: -1) where lengths & (1 << UInt64(length - 1)) != 0 {
                        guard let votes = names[keys[length - 1]] else { continue }
                        if i + length < sentence.upperBound, tags[i + length].isInside { continue }
                        let type = votes.best
                        tags[i] = .begin(type)
                        for k in (i + 1)..<(i + length) { tags[k] = .inside(type) }
                        for k in i..<(i + length) { confidence[k] = votes.mean }
                        matched = length
                        break
                    }
                    i += matched
                }
            }
        }
    }

    /// The first words of a document's names (their folded hashes), as a 1,024-bit filter: a
    /// word not in it begins no name, so the runs from it need no keys and no lookups. A word
    /// in it may still begin none (two words share a bit).
    ///
    /// - Cost: 128 bytes; `contains` is a multiplication, a shift and one bit test.
    struct FirstWords {
        /// 16 words of 64 bits.
        private var bits = (SIMD8<UInt64>(), SIMD8<UInt64>())

        init<Words: Sequence<UInt64>>(_ words: Words) {
            withUnsafeMutableBytes(of: &bits) { bits in
                let lanes = bits.bindMemory(to: UInt64.self)
                for word in words {
                    let bit = Self.bit(word)
                    lanes[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }

        /// Whether `word` may be one of the first words.
        @inline(__always) func contains(_ word: UInt64) -> Bool {
            let bit = Self.bit(word)
            let lane = withUnsafeBytes(of: bits) { $0.load(fromByteOffset: (bit >> 6) * 8, as: UInt64.self) }
            return lane >> UInt64(bit & 63) & 1 != 0
        }

        /// The word's bit: the top 10 bits of a Fibonacci product.
        @inline(__always) private static func bit(_ word: UInt64) -> Int { Int(truncatingIfNeeded: (word &* 0x9e37_79b9_7f4a_7c15) >> 54) }
    }
}
