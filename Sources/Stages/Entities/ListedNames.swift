import GlossCore

/// Tags an organisation the gazetteer lists by a name of two or more words ("European Union",
/// "Federal Reserve", "Securities and Exchange Commission") wherever the tagger left it
/// untagged.
///
/// The tagger weighs the gazetteer as one feature among many, and its training text hardly
/// holds these names (English-EWT has no "European Union"): in three Reuters files it left
/// "Federal Reserve", standing alone, untagged 96 times. A listed phrase of several
/// capitalised words is an organisation nearly always; one word ("Apple", "Target", "Meta")
/// is not, so single words are left to the tagger unless "the" comes before them: "the Fed",
/// "the Bundesbank", "the IMF" (a company's name takes no article: "Apple", "the Apple Store"),
/// and no listed surname or place ("the Gates nomination") or word of a headline ("Protect
/// Europe From the Next Drone Incursion").
/// The phrase must stand alone: the words
/// either side of it are not capitalised (an article before it may be: "The European Union
/// said"), so "Federal Reserve Bank of New York" and "Dallas Federal Reserve" are not cut
/// short.
///
/// - Cost: O(t) in tokens, reading the gazetteer marks `describe` already set; run after
///   decoding and before `NameHeads` and `DocumentConsistency`, so a name found here is
///   found again in the rest of the document.
enum ListedNames {
    /// Tags the untagged listed organisations in `tags` over `words`, within each of `sentences`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`): the
    /// pass reads a view's gazetteer bits a token, the full attributes only at a listed
    /// organisation.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                let categories = views[i].gazetteer
                guard categories & Gazetteer.organization != 0, categories & Gazetteer.inside == 0 else {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < sentence.upperBound, views[end].gazetteer & Gazetteer.inside != 0 { end += 1 }
                // "Board" after the listed name joins it, and a title may follow ("Federal Reserve
                // Board Chairman Paul Volcker": `BoardNames`).
                let board = BoardNames.follows(words, i..<end, in: sentence, tags: tags)
                if board { end += 1 }
                if end - i >= 2 || followsThe(words, i, in: sentence), board || standsAlone(words, i..<end, in: sentence),
                    (i..<end).allSatisfy({ tags[$0] == .outside })
                {
                    tags[i] = .begin(.organization)
                    for k in (i + 1)..<end { tags[k] = .inside(.organization) }
                    for k in i..<end { confidence[k] = EntityTagger.confidenceOfARule }
                }
                i = end
            }
        }
    }


    /// Whether token `i` of `sentence` follows "the" and is no listed surname or place ("the
    /// Gates nomination", "the City") nor a headline's word.
    @inline(__always)
    static func followsThe(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, in sentence: Range<Int>) -> Bool {
        i > sentence.lowerBound && words[i - 1].word == NameHeads.the && words[i].gazetteer & notAfterThe == 0 && !words[i].inHeadline
    }
    private static let notAfterThe = Gazetteer.surname | Gazetteer.city | Gazetteer.state | Gazetteer.country

    /// Whether the words over `range` are capitalised (connectors aside: "of", "and") and the
    /// words either side of them in `sentence` are not, an article before them aside.
    @inline(__always)
    static func standsAlone(_ words: UnsafeBufferPointer<WordAttributes>, _ range: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard words[range.lowerBound].hasCapital, words[range.upperBound - 1].hasCapital,
            range.allSatisfy({ words[$0].hasCapital || words[$0].isConnector })
        else { return false }
        if NameHeads.followsACapitalisedWord(words, range.lowerBound, in: sentence) { return false }
        return range.upperBound == sentence.upperBound || !words[range.upperBound].hasCapital
    }
}
