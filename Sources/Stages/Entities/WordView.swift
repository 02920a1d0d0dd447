/// The fields of a token's `WordAttributes` that the rules after decoding read at every token,
/// in 16 bytes: the word's hash, its gazetteer and casing flags, its rule words, and the
/// booleans the rules test, named as `WordAttributes` names them and copied from the
/// attributes' first 16 bytes, where they lie in the same places.
///
/// The rules walk a document's tokens again and again after decoding (`ListedNames`,
/// `RuleWords.find`, `NameHeads`, `DocumentConsistency`…), each reading a few bytes a token. In
/// the `WordAttributes` (72 bytes before, 64 now) every token is a cache line of its own, so a
/// pass over a page of more words than the first-level cache holds fetched a line a token; four
/// views share a line, and a page's views stay in that cache from one pass to the next. A rule
/// reads a token's full attributes (shape, affixes, cluster) only at the few candidates its
/// view lets through. On reut2-000 the stage's first-level read misses fell 8.4% with them
/// (docs/performance.md, twenty-fourth stop).
///
/// - Requires: made from attributes that are final for decoding (`DocumentMemory.markCasing`
///   and the gazetteer and headline marks set): the rules do not change a word's attributes.
/// - Cost: 16 bytes a token, written once a window (`fill`), after each sentence is decoded
///   while its attributes are still in the cache.
package struct WordView: Sendable, Equatable {
    /// `WordAttributes.word`.
    package var word: UInt64 = 0
    /// `WordAttributes.gazetteer`.
    package var gazetteer: UInt16 = 0
    /// `WordAttributes.flags` (`WordAttributes.Flags`).
    package var flags: UInt8 = 0
    /// `WordAttributes.ruleWords`.
    package var ruleWords: UInt8 = 0
    /// `WordAttributes.innerCapital`.
    package var innerCapital: UInt8 = 0
    /// `WordAttributes.initial`.
    package var initial: UInt8 = 0
    /// `WordAttributes.document`.
    package var document: UInt8 = 0
    /// `WordAttributes.marks` (`WordAttributes.Marks`).
    package var marks: UInt8 = 0

    package init() {}

    /// The view of `attributes`: their first 16 bytes, which hold the same fields in the same
    /// places (`matchesAttributes`), copied as two words.
    @inline(__always) package init(_ attributes: WordAttributes) {
        self = withUnsafeBytes(of: attributes) { $0.load(as: WordView.self) }
    }

    /// Whether a view's fields lie where the attributes' do (what `init(_:)` requires): checked
    /// once a worker's caches are made (`TaggerCaches.init`).
    package static let matchesAttributes: Bool = {
        typealias A = MemoryLayout<WordAttributes>
        typealias V = MemoryLayout<WordView>
        return V.size == 16 && V.alignment <= A.alignment && A.offset(of: \.word) == V.offset(of: \.word)
            && A.offset(of: \.gazetteer) == V.offset(of: \.gazetteer) && A.offset(of: \.flags) == V.offset(of: \.flags)
            && A.offset(of: \.ruleWords) == V.offset(of: \.ruleWords) && A.offset(of: \.innerCapital) == V.offset(of: \.innerCapital)
            && A.offset(of: \.initial) == V.offset(of: \.initial) && A.offset(of: \.document) == V.offset(of: \.document)
            && A.offset(of: \.marks) == V.offset(of: \.marks)
    }()

    /// `WordAttributes.hasCapital`.
    @inline(__always) package var hasCapital: Bool { marks & WordAttributes.Marks.hasCapital != 0 }
    /// `WordAttributes.isParticle`.
    @inline(__always) package var isParticle: Bool { marks & WordAttributes.Marks.isParticle != 0 }
    /// `WordAttributes.isConnector`.
    @inline(__always) package var isConnector: Bool { marks & WordAttributes.Marks.isConnector != 0 }
    /// `WordAttributes.inHeadline`.
    @inline(__always) package var inHeadline: Bool { marks & WordAttributes.Marks.inHeadline != 0 }

    /// Writes the views of `words` to `views` (as long as `words`).
    @inline(__always)
    package static func fill(_ words: UnsafeBufferPointer<WordAttributes>, into views: UnsafeMutablePointer<WordView>) {
        guard let base = words.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        for i in 0..<words.count { views[i] = raw.load(fromByteOffset: i &* MemoryLayout<WordAttributes>.stride, as: WordView.self) }
    }

    /// The views of `words`, for a caller that has no kept array (a rule called alone, as
    /// the tests call it): `body` gets a pointer to as many views as `words` has.
    package static func withViews<Result>(
        of words: UnsafeBufferPointer<WordAttributes>, _ body: (UnsafePointer<WordView>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: WordView.self, capacity: max(words.count, 1)) { views in
            fill(words, into: views.baseAddress!)
            return body(UnsafePointer(views.baseAddress!))
        }
    }
}

/// The fields a rule's test of one word reads, which a token's `WordAttributes` and its
/// `WordView` both give: a test written once (`NewsPersons.isListedName`,
/// `TitledPersons.isNameWord`) reads either, and the tests derived from them are written here
/// once for both.
package protocol WordFields {
    var word: UInt64 { get }
    var gazetteer: UInt16 { get }
    var flags: UInt8 { get }
    var ruleWords: UInt8 { get }
    var innerCapital: UInt8 { get }
    var initial: UInt8 { get }
    var document: UInt8 { get }
    var hasCapital: Bool { get }
    var isParticle: Bool { get }
    var isConnector: Bool { get }
    var inHeadline: Bool { get }
}

extension WordFields {
    /// Whether the word has a letter and a capital among them: a capitalised word in a name's
    /// run, not a capitalised symbol. The post-decoding rules walk runs of such words.
    @inline(__always) package var isCapitalisedWord: Bool { hasCapital && flags & WordAttributes.Flags.letter != 0 }

    /// Whether the word is in title case: a capital first, not all capitals.
    @inline(__always) package var isTitleCase: Bool {
        flags & (WordAttributes.Flags.initialCapital | WordAttributes.Flags.allCapitals) == WordAttributes.Flags.initialCapital
    }

    /// Whether the word is in title case outside a headline, where `HeadlineCasing` has lowered
    /// it: the form a name's words take in running text.
    @inline(__always) package var isTitleCaseInText: Bool { isTitleCase && !inHeadline }
}

extension WordAttributes: WordFields {}
extension WordView: WordFields {}
