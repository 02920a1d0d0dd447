import GlossCore

/// Tags as an organisation the untagged name joined by "and", "or" or "nor" to an
/// organisation's name: "Cutrale and Citrosuco had sent telexes" with "Citrosuco" found,
/// "neither Texas Air nor Continental", "HBO and Cinemax". A firm named after its partners
/// is one name: where the organisation's name after "and" ends in a legal form, or the
/// untagged words after it do, the whole is one ("Gulf and Western Inc", "Corroon and Black
/// Corp", "Kidder Peabody and Co.").
///
/// Two names joined this way are mostly of one kind, and a one-word company the tagger has
/// seldom seen is often named beside one it knows or one a rule found by its legal form. The
/// untagged side is one to three words that `CompanyPossessives.untagged` allows (title case
/// in running text, no digits or ratings, no day, month, compass point or word usually in lower
/// case; one word no listed place or nationality), the whole run of capitalised words there
/// (not after or before another capitalised word); a name on its own before "and" does not
/// follow an article ("the South and Conrail points" is a region) and is no legal form
/// ("J.P. Morgan and Co. and Bankers Trust Corp"), and one after it is not followed by a full
/// stop, which may be an abbreviation's ("First Boston Corp and Alex. Brown and Sons Inc"). Names the tagger found as persons or places
/// stay as they are: "IBM and Japan", "Exxon and Smith" are read as the tagger read them.
///
/// Two names that modify a noun for goods or trade are left: products beside a maker's or
/// another product's name ("the Taurus and Sable models", "Ford Taurus and Mercury Sable
/// cars") and nationalities the gazetteer lacks ("EC and Korean exports", "Soviet and Comecon
/// aid"), over Reuters the rule's commonest errors (`goods`). Products named alone ("Cherokee,
/// Wagoneer and Comanche to April 10") still read as companies. A partners' firm joined is at
/// most `DocumentConsistency.longestPropagated` words, so a chain of them ("A Corp and B Co and
/// C Co …") costs O(t) and not O(t²).
///
/// Each organisation's name is first corrected by `ConjoinedOrganisations` (two names joined by
/// "and" or run past "Corp." are two, a country's acronym a place), in the same walk.
///
/// - Cost: O(t) in tokens: the tags read eight at a time for an organisation's first tag
///   (`first`); beside an organisation's name, three hash comparisons for a conjunction, and a
///   look at the words on the other side after one. Run after the rules that find organisations and before
///   `DocumentConsistency`, so the document's other mentions follow.
enum CoordinatedCompanies {
    /// The conjunctions that join two names of one kind: "and" (`NameHeads.and`), "or", "nor".
    private static let or = NameHeads.hashes("or").first!
    private static let nor = NameHeads.hashes("nor").first!
    private static let fullStop = NameHeads.hashes(".").first!
    private static let beginOrganization = EntityTag.begin(.organization).rawValue
    private static let insideOrganization = EntityTag.inside(.organization).rawValue
    /// The nouns for goods and trade that a product's or a nation's name modifies, read after the
    /// second name ("Taurus and Sable models", "EC and Korean exports").
    static let goods = NameHeads.hashes("models cars vehicles trucks aircraft engines brands exports imports aid")

    /// Whether the word at `k` in `sentence` is one of `goods` in lower case.
    @inline(__always)
    static func isGoods(_ words: UnsafeBufferPointer<WordAttributes>, at k: Int, in sentence: Range<Int>) -> Bool {
        k < sentence.upperBound && !words[k].hasCapital && goods.contains(words[k].word)
    }

    /// The first index in `start..<end` whose tag's byte is `tag`, or `end`: eight tags at a time
    /// (a byte of `tag` found as a zero byte of the word XOR `tag` repeated; the lowest flagged
    /// byte is exact), then one at a time.
    @inline(__always)
    static func first(_ tag: UInt8, in tags: UnsafeMutablePointer<EntityTag>, from start: Int, to end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let pattern = ones &* UInt64(tag)
        var i = start
        while i + 8 <= end {
            let x = UInt64(littleEndian: UnsafeRawPointer(tags + i).loadUnaligned(as: UInt64.self)) ^ pattern
            let zeros = (x &- ones) & ~x & (ones << 7)
            if zeros != 0 { return i + zeros.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end, tags[i].rawValue != tag { i += 1 }
        return i
    }

    @inline(__always) static func isAConjunction(_ word: WordAttributes) -> Bool {
        word.word == NameHeads.and || word.word == or || word.word == nor
    }

    /// Tags in `tags` (over `words`, within each of `sentences`) the untagged names joined to an
    /// organisation's.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        // Each organisation's name is found by its first tag, compared as a byte; only beside one
        // are the words read.
        let (outside, begin, inside) = (EntityTag.outside.rawValue, beginOrganization, insideOrganization)
        for sentence in sentences where sentence.count >= 3 {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard tags[i].rawValue == begin else {
                    i = first(begin, in: tags, from: i + 1, to: sentence.upperBound)
                    continue
                }
                var end = i + 1
                while end < sentence.upperBound, tags[end].rawValue == inside { end += 1 }
                // Two organisations read as one name are two, a country's name a place's.
                end = ConjoinedOrganisations.correct(i..<end, words, in: sentence, tags: tags)
                guard tags[i].rawValue == begin else {
                    i = end
                    continue
                }
                // "Quillet and [Brandle Corp]".
                let a = i - 1
                if a > sentence.lowerBound, tags[a].rawValue == outside, tags[a - 1].rawValue == outside, isAConjunction(words[a]),
                    !NameLinker.legalForms.contains(words[a - 1].word),
                    let name = CompanyPossessives.untagged(words, endingAt: a, in: sentence, tags: tags)
                {
                    if words[a].word == NameHeads.and, NameLinker.legalForms.contains(words[end - 1].word) {
                        if end - name.lowerBound <= DocumentConsistency.longestPropagated {
                            NameHeads.join(name.lowerBound..<end, as: .organization, tags: tags, confidence: confidence)
                        }
                    } else if name.lowerBound == sentence.lowerBound || !NameHeads.isArticle(words[name.lowerBound - 1]),
                        !isGoods(words, at: end, in: sentence)
                    {
                        NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                    }
                }
                // "[Brandle Corp] and Quillet": the name found is read again, for a list ("A, B and C").
                i = end
                let b = end
                if b + 1 < sentence.upperBound, tags[b].rawValue == outside, tags[b + 1].rawValue == outside, isAConjunction(words[b]),
                    let name = CompanyPossessives.untagged(words, beginningAt: b + 1, in: sentence, tags: tags)
                {
                    if words[b].word == NameHeads.and, NameLinker.legalForms.contains(words[name.upperBound - 1].word) {
                        var first = b - 1
                        while first > sentence.lowerBound, tags[first].isInside { first -= 1 }
                        if name.upperBound - first <= DocumentConsistency.longestPropagated {
                            NameHeads.join(first..<name.upperBound, as: .organization, tags: tags, confidence: confidence)
                            i = first
                        }
                    } else if name.upperBound == sentence.upperBound
                        || words[name.upperBound].word != fullStop && !isGoods(words, at: name.upperBound, in: sentence)
                    {
                        NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                        i = name.lowerBound
                    }
                }
            }
        }
    }
}
